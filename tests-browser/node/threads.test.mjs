// wasm::thread::spawn and wasm::SharedSlice (docs/wasm_crate.md): tests-native/interop/shared_counter.rs
// built with --threads runs its two threads on two worker_threads sharing one memory, both doing
// fetch_add on the same elements; built without --threads, or on a profile without threads, the same
// program gives the same result on one thread (said once).
import assert from "node:assert/strict";
import { test } from "node:test";
import { instantiate, WasmRustExit } from "../../runtime-js/loader.mjs";
import { nativeBuild } from "./helpers/common.mjs";

const REL = "tests-native/interop/shared_counter.rs";
const text = (out) => out.map((b) => new TextDecoder().decode(b)).join("");

test("a --threads build runs two threads on two workers sharing memory; every fetch_add is counted", { timeout: 60000 }, async () => {
  const bytes = nativeBuild(REL, ["--threads"]);
  const mod = await WebAssembly.compile(bytes);
  assert.ok(WebAssembly.Module.imports(mod).some((i) => i.kind === "memory" && i.module === "env"));
  const out = [];
  const m = await instantiate(bytes, { write: (fd, b) => out.push(b), threads: 2 });
  let onWorkers = 0;
  const spawn = m.threads.spawn;
  m.threads.spawn = (c, p) => (spawn(c, p) ? (++onWorkers, true) : false);
  assert.equal(m.run(), 0);
  assert.equal(onWorkers, 2);
  assert.equal(text(out), "threads 2 ran 2 ids 1 total 2000000\n");
  assert.equal(m.exports.count_in_threads(2, 250000), 500000n);
  assert.equal(m.exports.ping_pong(1000), 3000);  // (the two threads take 2,000 turns: they run at once)
  // more threads than workers: the extra ones run on the calling thread, said once
  const notes = [];
  const m3 = await instantiate(bytes, { write: () => {}, threads: 2, host: { note: (s) => notes.push(s) } });
  assert.equal(m3.exports.count_in_threads(5, 100000), 500000n);
  assert.equal(notes.length, 1);
  assert.match(notes[0], /every worker is busy/);
  m.close();
  m3.close();
});

test("without threads the same program gives the same result on one thread", async () => {
  const out = [];
  const plain = await instantiate(nativeBuild(REL), { write: (fd, b) => out.push(b) });
  assert.equal(plain.threads, null);
  assert.equal(plain.run(), 0);
  assert.equal(text(out), "threads 2 ran 2 ids 1 total 2000000\n");
  const notes = [];
  const emb = await instantiate(nativeBuild(REL, ["--threads"]), { profile: "embedded", write: () => {}, host: { note: (s) => notes.push(s) } });
  assert.equal(emb.exports.count_in_threads(3, 1000), 3000n);
  assert.deepEqual(notes, ["wasm::thread::spawn: the `embedded` profile has no threads, so spawned work runs on the calling thread (same result)"]);
});

test("a worker is free for the next spawn as soon as its job is joined; panics end only their thread; exit ends the program", { timeout: 60000 }, async () => {
  const bytes = nativeBuild(REL, ["--threads"]);
  const notes = [];
  const out = [];
  const m = await instantiate(bytes, { threads: 1, write: (fd, b) => out.push(b), host: { note: (s) => notes.push(s) } });
  for (let i = 0; i < 100; i++) {  // spawn right after join, with one worker: never "busy" (ping_pong would hang)
    assert.equal(m.exports.count_in_threads(1, 10), 10n);
    assert.equal(m.exports.ping_pong(3), 9);
  }
  assert.deepEqual(notes, []);
  assert.equal(m.exports.panicking_jobs(40), 20);
  assert.match(text(out), /thread '<unnamed>' panicked at .*shared_counter\.rs:\d+:\d+:\njob 0 fails/);
  assert.throws(() => m.exports.exit_in_thread(3), (e) => e instanceof WasmRustExit && e.code === 3);
  m.close();
  // without threads the panics are caught the same way
  const plain = await instantiate(nativeBuild(REL), { write: () => {} });
  assert.equal(plain.exports.panicking_jobs(10), 5);
});
