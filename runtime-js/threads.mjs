// Threads for `wasm::thread::spawn` (docs/wasm_crate.md): a pool of workers (worker_threads in node, Web
// Workers in a browser), each with its own instance of the module on the same shared memory. Workers are
// started before the program runs (a program that blocks in `join` cannot wait for a worker to start).
//
// Shared control words, per worker: [state (0 idle, 3 being posted, 1 job posted, 2 running), cell, packet, stack top,
// stack limit, output buffer, shutdown]. What a worker prints goes through a shared queue the main
// thread drains while it waits in `join`, before its own output and when it finishes.
//   const pool = await createThreadPool({ module, memory, exports, size: 4, write, imports });
//   pool.spawn(cell, packet) -> bool;  pool.join(packet);  pool.drain();  pool.close();

const WORDS = 8;
const QUEUE_BYTES = 1 << 20;
export const THREAD_STACK = 512 * 1024;  // each spawned thread's shadow stack
// its output buffer (1008 bytes), format! capture state (12) and handle table state (16): wasm.rs
const OUT_BLOCK = 1040;

const isNode = typeof process !== "undefined" && !!process.versions?.node;

// The output queue: [lock, used] then records (fd u32, len u32, bytes padded to 4).
export function outputQueue(sab) {
  const hdr = new Int32Array(sab, 0, 2);
  const data = new Uint8Array(sab, 8);
  const lock = () => { while (Atomics.compareExchange(hdr, 0, 0, 1) !== 0); };
  const unlock = () => Atomics.store(hdr, 0, 0);
  return {
    push(fd, bytes) {
      for (let off = 0; off < bytes.length || off === 0; ) {
        const n = Math.min(bytes.length - off, data.length - 8);
        const need = 8 + ((n + 3) & ~3);
        for (;;) {
          lock();
          const used = hdr[1];
          if (used + need <= data.length) {
            const dv = new DataView(data.buffer, 8 + used, 8);
            dv.setUint32(0, fd, true);
            dv.setUint32(4, n, true);
            data.set(bytes.subarray(off, off + n), used + 8);
            hdr[1] = used + need;
            unlock();
            break;
          }
          unlock();
          Atomics.wait(hdr, 1, used, 5);  // full: until the main thread drains it
        }
        off += n;
        if (bytes.length === 0) break;
      }
    },
    drain(write) {
      lock();
      const used = hdr[1];
      const copy = data.slice(0, used);
      hdr[1] = 0;
      unlock();
      Atomics.notify(hdr, 1);
      const dv = new DataView(copy.buffer);
      for (let p = 0; p < used; ) {
        const fd = dv.getUint32(p, true), n = dv.getUint32(p + 4, true);
        write(fd, copy.subarray(p + 8, p + 8 + n));
        p += 8 + ((n + 3) & ~3);
      }
    },
  };
}

async function startWorker(init) {
  if (isNode) {
    const url = new URL("./thread-worker.mjs", import.meta.url);
    const { Worker } = await import("node:worker_threads");
    const w = new Worker(url, { workerData: init });
    await new Promise((res, rej) => {
      w.once("message", (m) => (m === "ready" ? res() : rej(new Error(String(m)))));
      w.once("error", rej);
    });
    w.unref();
    return w;
  }
  // (written out so bundlers such as vite emit the worker)
  const w = new Worker(new URL("./thread-worker.mjs", import.meta.url), { type: "module" });
  await new Promise((res, rej) => {
    w.onmessage = (e) => (e.data === "ready" ? res() : rej(new Error(String(e.data))));
    w.onerror = (e) => rej(new Error(e.message));
    w.postMessage(init);
  });
  return w;
}

/**
 * Starts `size` workers, each with an instance of `module` on `memory`.
 * @param {{module: WebAssembly.Module, memory: WebAssembly.Memory, exports: Record<string, Function>,
 *   size?: number, write: (fd: number, bytes: Uint8Array) => void, imports?: {module: string, name: string}[]}} options
 * @returns {Promise<{size: number, spawn: (cell: number, packet: number) => boolean, join: (packet: number) => void,
 *   drain: () => void, close: () => void}>}
 */
export async function createThreadPool({ module, memory, exports, size = 4, write, imports = [] }) {
  const ctrlSab = new SharedArrayBuffer(4 * WORDS * Math.max(size, 1));
  const ctrl = new Int32Array(ctrlSab);
  const queueSab = new SharedArrayBuffer(8 + QUEUE_BYTES);
  const queue = outputQueue(queueSab);
  const workers = [];
  for (let i = 0; i < size; i++) {
    const stack = exports.__wr_malloc(THREAD_STACK);
    const out = exports.__wr_malloc(OUT_BLOCK);
    new Uint8Array(memory.buffer, out, OUT_BLOCK).fill(0);  // (the handle state starts empty, once per worker)
    const b = i * WORDS;
    ctrl[b + 3] = stack + THREAD_STACK;
    ctrl[b + 4] = stack;
    ctrl[b + 5] = out;
    workers.push(startWorker({ module, memory, ctrl: ctrlSab, queue: queueSab, index: i, imports }));
  }
  const started = await Promise.all(workers);
  const words = () => new Int32Array(memory.buffer);
  let canWait = true, closed = false;
  const pool = {
    size,
    spawn(cell, packet) {
      if (closed) return false;
      for (let i = 0; i < size; i++) {
        const b = i * WORDS;
        if (Atomics.compareExchange(ctrl, b, 0, 3) !== 0) continue;  // reserved (3) while the job is written
        ctrl[b + 1] = cell;
        ctrl[b + 2] = packet;
        Atomics.store(ctrl, b, 1);
        Atomics.notify(ctrl, b);
        return true;
      }
      return false;
    },
    join(packet) {
      const i = packet >>> 2;
      while (Atomics.load(words(), i) === 0) {
        if (canWait) {
          try {
            Atomics.wait(words(), i, 0, 10);
          } catch {
            canWait = false;  // a browser's main thread may not wait: poll instead
          }
        }
        pool.drain();
      }
      pool.drain();
    },
    drain() {
      queue.drain(write);
    },
    close() {
      closed = true;
      for (let i = 0; i < size; i++) {
        Atomics.store(ctrl, i * WORDS + 6, 1);
        Atomics.notify(ctrl, i * WORDS);
      }
      for (const w of started) w.terminate();
    },
  };
  return pool;
}
