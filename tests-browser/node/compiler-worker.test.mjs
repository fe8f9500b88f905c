// The compiler worker (workers/compiler.worker.mjs, Comlink) under node's worker_threads, driven through
// workers/compiler-client.mjs: loads once, stays warm, returns the same bytes as the direct API, and the
// compiled module runs in a run worker.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createCompilerWorker } from "../../workers/compiler-client.mjs";
import { runProgram } from "../../workers/runner.mjs";
import { compiler, expectation, nativeBuild, readSource, sameBytes } from "./helpers/common.mjs";
import { COMPILER_WORKER, nodeWebWorker, RUN_WORKER } from "./helpers/web-worker.mjs";

let cw;
before(() => {
  cw = createCompilerWorker({ createWorker: () => nodeWebWorker(COMPILER_WORKER) });
});
after(() => cw.terminate());

test("init loads the module once; compiles reuse it (warm)", async () => {
  const info = await cw.api.init();
  assert.match(info.version, /^\d+\.\d+\.\d+$/);
  assert.ok(info.loadMs > 0);
  const again = await cw.api.init();
  assert.equal(again.loadMs, info.loadMs, "a second init does not reload");
  for (let i = 0; i < 5; i++) {
    const r = await cw.api.compile('fn main() { println!("warm"); }');
    assert.equal(r.ok, true);
  }
  const stats = await cw.api.stats();
  assert.equal(stats.compiles, 5);
  assert.equal(stats.liveResults, 0);
});

test("compile through Comlink: same result as the direct API and the native CLI, then run it", async () => {
  const rel = "tests-native/run/prog_sorting.rs";
  const src = readSource(rel);
  const r = await cw.api.compile(src, { fileName: rel, emitWat: true });
  assert.equal(r.ok, true, r.rendered);
  assert.ok(r.wasm instanceof Uint8Array);
  assert.ok(sameBytes(r.wasm, nativeBuild(rel)));
  const direct = (await compiler()).compile(src, { fileName: rel, emitWat: true });
  assert.equal(r.wat, direct.wat);
  assert.deepEqual(r.timings.map((t) => t.phase), direct.timings.map((t) => t.phase));
  let out = "";
  const run = await runProgram(r.wasm, { createWorker: () => nodeWebWorker(RUN_WORKER), onStdout: (s) => (out += s) });
  assert.equal(run.exit, 0);
  assert.equal(out, expectation("prog_sorting").stdout);
});

test("diagnostics cross the worker boundary as parsed objects", async () => {
  const r = await cw.api.compile('fn main() {\n    let x: bool = 1;\n}\n', { fileName: "demo.rs" });
  assert.equal(r.ok, false);
  assert.equal(r.wasm.length, 0);
  assert.equal(r.diagnostics[0].code.code, "E0308");
  assert.equal(r.diagnostics[0].spans[0].line_start, 2);
  assert.match(r.rendered, /--> demo\.rs:2:/);
});
