// One thread of a threads build (runtime-js/threads.mjs): an instance of the module on the shared
// memory, which runs jobs the main thread posts in its control words. Its output goes to the shared
// queue; the program's own imports are not callable here (their functions live on the main thread).
import { createHost, ExitSignal } from "./host.mjs";
import { outputQueue } from "./threads.mjs";

const isNode = typeof process !== "undefined" && !!process.versions?.node;

async function main(init, post) {
  const { module, memory, ctrl: ctrlSab, queue: queueSab, index, imports } = init;
  const ctrl = new Int32Array(ctrlSab);
  const b = index * 8;
  const queue = outputQueue(queueSab);
  const host = createHost({ write: (fd, bytes) => queue.push(fd, bytes), note: () => {} });
  const importObject = { wr: host.imports.wr, env: { memory } };
  for (const { module: m, name } of imports)
    (importObject[m] ??= {})[name] = () => {
      throw new Error(`the import \`${m}.${name}\` was called on a spawned thread: a program's imports are callable only on the main thread`);
    };
  const instance = await WebAssembly.instantiate(module, importObject);
  host.bind(instance);
  post("ready");
  const enc = new TextEncoder();
  for (;;) {
    Atomics.wait(ctrl, b, 0, 100);
    if (Atomics.load(ctrl, b + 6)) return;
    if (Atomics.load(ctrl, b) !== 1) continue;
    Atomics.store(ctrl, b, 2);
    const packet = ctrl[b + 2];
    let state = 1, code = 0;
    try {
      instance.exports.__wr_thread_start(ctrl[b + 1], packet, ctrl[b + 3], ctrl[b + 4], ctrl[b + 5]);
    } catch (e) {
      if (e instanceof ExitSignal && e.code === 101) state = 2;  // a panic (its message was printed): `join` returns Err
      else if (e instanceof ExitSignal) [state, code] = [3, e.code];  // process::exit, an abort: the program ends
      else {  // a trap
        queue.push(2, enc.encode(`\nthread '<unnamed>' failed: ${e && e.message ? e.message : e}\n`));
        [state, code] = [3, 134];
      }
    }
    // free for the next job first, then the job's state (a spawn right after `join` finds this worker)
    Atomics.store(ctrl, b, 0);
    const w = new Int32Array(memory.buffer);
    w[(packet >>> 2) + 1] = code;
    Atomics.store(w, packet >>> 2, state);
    Atomics.notify(w, packet >>> 2);
  }
}

if (isNode) {  // (no top-level await: bundlers targeting older engines refuse it)
  import("node:worker_threads").then(({ parentPort, workerData }) =>
    main(workerData, (m) => parentPort.postMessage(m)).catch((e) => parentPort.postMessage(`thread worker failed: ${e.message}`)));
} else {
  self.onmessage = (e) => {
    self.onmessage = null;
    main(e.data, (m) => self.postMessage(m)).catch((err) => self.postMessage(`thread worker failed: ${err.message}`));
  };
}
