// The run worker (workers/run.worker.mjs, through runner.mjs's runProgram()) under node's worker_threads:
// corpus programs print the expected stdout/stderr and exit code; limits (time, output, memory) and Stop
// work; a run right after a terminated one works; the main thread stays responsive.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_TIME_LIMIT_MS } from "../../workers/protocol.mjs";
import { capMemory, createOutputReader, createOutputSink, runRequest } from "../../workers/run-core.mjs";
import { runProgram } from "../../workers/runner.mjs";
import { compiler, corpusNames, expectation, readSource } from "./helpers/common.mjs";
import { nodeWebWorker, RUN_WORKER } from "./helpers/web-worker.mjs";

const createWorker = () => nodeWebWorker(RUN_WORKER);

async function build(source, fileName = "main.rs") {
  const r = (await compiler()).compile(source, { fileName });
  assert.equal(r.ok, true, r.rendered);
  return r.wasm;
}

async function run(wasm, opts = {}) {
  let stdout = "", stderr = "", stdoutCalls = 0;
  const result = await runProgram(wasm, {
    createWorker,
    onStdout: (s) => { stdout += s; stdoutCalls++; },
    onStderr: (s) => { stderr += s; },
    ...opts,
  });
  return { ...result, stdout, stderr, stdoutCalls };
}

// Prints "start", counts to 30 million (tens of ms), prints "seven", then loops forever.
const LOOP = 'fn main() {\n    println!("start");\n    let mut i: u32 = 0;\n    loop {\n        if i < 30000000 {\n            i += 1;\n            if i == 30000000 { println!("seven"); }\n        }\n    }\n}\n';

for (const name of corpusNames()) {
  test(`run/${name}: stdout, stderr and exit code as rustc's`, async () => {
    const rel = `tests-native/run/${name}.rs`;
    const wasm = await build(readSource(rel), rel);
    const exp = expectation(name);
    const r = await run(wasm);
    assert.equal(r.stdout, exp.stdout);
    assert.equal(r.stderr, exp.stderr);
    assert.equal(r.exit, exp.exit, r.message);
    assert.equal(r.truncated, false);
  });
}

for (const name of ["test_outcomes", "test_library"]) {
  test(`run/${name} (a test file): the run worker prints libtest's report, as rustc --test`, async () => {
    const rel = `tests-native/run/${name}.rs`;
    const r0 = (await compiler()).compile(readSource(rel), { fileName: rel, test: true });
    assert.equal(r0.ok, true, r0.rendered);
    const exp = expectation(name);
    const r = await run(r0.wasm);
    assert.equal(r.stdout.replace(/finished in \d+\.\d+s/g, "finished in 0.00s"), exp.stdout);
    assert.equal(r.exit, exp.exit, r.message);
  });
}

test("message mode (no SharedArrayBuffer) delivers the same output", async () => {
  const rel = "tests-native/run/prog_n_queens.rs";
  const r = await run(await build(readSource(rel), rel), { sharedOutput: false });
  assert.equal(r.stdout, expectation("prog_n_queens").stdout);
  assert.equal(r.exit, 0);
});

test("an infinite loop is stopped by the time limit, its output kept, and the next run works", async () => {
  assert.equal(DEFAULT_TIME_LIMIT_MS, 10_000);
  const loop = await build(LOOP);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const t0 = performance.now();
  // No time-based flush after the first write: "seven" reaches the page only by the final drain of the
  // shared buffer after the worker was terminated.
  const r = await run(loop, { timeLimitMs: 1000, flushIntervalMs: 60_000 });
  clearInterval(timer);
  const wall = performance.now() - t0;
  assert.equal(r.exit, "timeout");
  assert.equal(r.stdout, "start\nseven\n", "output written just before the loop is not lost (shared mode)");
  assert.ok(wall >= 990 && wall < 4000, `stopped after ${wall} ms`);
  assert.ok(ticks >= 40, `main thread stayed responsive (${ticks} ticks of 10 ms)`);
  const next = await run(await build('fn main() { println!("next"); }'));
  assert.equal(next.exit, 0);
  assert.equal(next.stdout, "next\n");
});

test("Stop (AbortSignal) terminates a running program", async () => {
  const ctl = new AbortController();
  setTimeout(() => ctl.abort(), 300);
  const r = await run(await build(LOOP), { signal: ctl.signal });
  assert.equal(r.exit, "stopped");
  assert.ok(r.wallMs < 2000);
  assert.match(r.stdout, /^start\n/);
});

test("output is batched and capped: a flood is truncated, the program still exits", async () => {
  const flood = await build('fn main() {\n    for i in 0..200000 {\n        println!("line {}", i);\n    }\n    eprintln!("done");\n}\n');
  for (const sharedOutput of [true, false]) {
    const r = await run(flood, { outputLimitBytes: 100_000, sharedOutput });
    assert.equal(r.exit, 0);
    assert.equal(r.truncated, true);
    assert.equal(r.stdout.length, 100_000, "exactly the cap is delivered");
    assert.ok(r.stdout.startsWith("line 0\nline 1\n"));
    assert.equal(r.stderr, "", "stderr after the cap is dropped too");
    assert.ok(r.outputBytes > 2_000_000, `outputBytes counts everything (${r.outputBytes})`);
    assert.ok(r.stdoutCalls < 200, `batched: ${r.stdoutCalls} callbacks for 200000 lines`);
  }
  const all = await run(flood, { outputLimitBytes: 4 << 20 });
  assert.equal(all.truncated, false);
  assert.equal(all.stdout.split("\n").length, 200001);
  assert.equal(all.stderr, "done\n");
});

test("memory limit: the module's memory maximum is capped; too small a limit refuses to run", async () => {
  const wasm = await build('fn main() { println!("hi"); }');
  const capped = capMemory(wasm, 20);
  const { instance } = await WebAssembly.instantiate(capped, { wr: { write() {}, exit() {}, stack_overflow() {} } });
  const mem = instance.exports.memory;
  const pages = mem.buffer.byteLength / 65536;
  assert.ok(pages <= 20);
  mem.grow(20 - pages); // up to the limit is fine
  assert.throws(() => mem.grow(1), RangeError, "growth beyond the limit fails");
  assert.throws(() => capMemory(wasm, 1), /above the limit of 1/);
  const r = await run(wasm, { memoryLimitPages: 1 });
  assert.equal(r.exit, "error");
  assert.match(r.message, /pages of memory at start/);
  const ok = await run(wasm, { memoryLimitPages: 64 });
  assert.equal(ok.exit, 0);
  assert.equal(ok.stdout, "hi\n");
});

test("a module that fails to instantiate or traps is reported, not thrown", async () => {
  const bad = await run(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0xff]));
  assert.equal(bad.exit, "error");
  // A module whose _start traps (unreachable): hand-assembled, imports nothing.
  const trap = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1,
    7, 0x13, 2, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 2, 0, 6, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0, 0, 10, 5, 1, 3, 0, 0, 0x0b]);
  const t = await run(trap);
  assert.equal(t.exit, "trap");
  assert.match(t.message, /unreachable/);
});

test("run-core without a worker: sink + reader round trip, UTF-8 split across writes", async () => {
  const shared = new SharedArrayBuffer(1024);
  let out = "";
  const reader = createOutputReader({ shared, onStdout: (s) => (out += s) });
  const posted = [];
  const sink = createOutputSink({ shared, outputLimitBytes: 100 }, (m) => posted.push(m), () => 0);
  const crab = new TextEncoder().encode("🦀\n");
  sink.write(1, crab.subarray(0, 2));
  sink.write(1, crab.subarray(2));
  assert.deepEqual(sink.finish(), { truncated: false, outputBytes: 5 });
  for (const m of posted) reader.handle(m);
  reader.drain();
  assert.equal(out, "🦀\n");
  // runRequest posts started, then exit, in that order.
  const msgs = [];
  await runRequest({ wasm: (await build('fn main() { println!("x"); }')).buffer }, (m) => msgs.push(m));
  assert.deepEqual(msgs.map((m) => m.type), ["started", "output", "exit"]);
  assert.equal(new TextDecoder().decode(msgs[1].chunks[0].data), "x\n");
});
