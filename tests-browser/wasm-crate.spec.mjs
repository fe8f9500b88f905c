// The `wasm` crate in the playground (docs/wasm_crate.md), in real Chromium on the cross-origin isolated
// page: a program that spawns threads is built for them and its threads run on Web Workers (started by
// the run worker) sharing one memory; handles, JS functions and Rust closures reach the worker's own JS
// objects through the standard `js` imports.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, REPO } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

const read = (rel) => readFileSync(join(REPO, rel), "utf8");

test("two threads on two Web Workers share memory: every fetch_add is counted, and they take turns", async () => {
  const page = await b.newPage();
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  // main() counts in two threads; ping_pong only finishes when both threads run at once
  const source = read("tests-native/interop/shared_counter.rs").replace(
    "fn main() {\n    count_in_threads(2, 1_000_000);\n}",
    'fn main() {\n    count_in_threads(2, 1_000_000);\n    println!("ping-pong: {}", ping_pong(2000));\n}');
  assert.notEqual(source, read("tests-native/interop/shared_counter.rs"));
  const r = await page.evaluate((s) => window.__wasmrust.compileAndRun(s, { fileName: "main.rs", timeLimitMs: 20000 }), source);
  assert.equal(r.ok, true, r.rendered);
  assert.equal(r.threads, true);  // built for threads: the page can share memory
  assert.equal(r.exit, 0, `${r.message} ${r.stderr}`);
  assert.equal(r.stdout, "threads 2 ran 2 ids 1 total 2000000\nping-pong: 6000\n");
});

test("the Run button runs a std::thread program on workers and shows what it printed", async () => {
  const page = await b.newPage();
  await page.evaluate((s) => window.__wasmrust.setSource(s), read("tests-native/run/thread_spawn_join.rs"));
  await page.click("#run");
  await page.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
  assert.equal(await page.locator("#console").innerText(), read("tests-native/run/thread_spawn_join.stdout"));
});

test("ExternRef, FuncRef and strings through the standard js imports, in the run worker", async () => {
  const page = await b.newPage();
  const r = await page.evaluate((s) => window.__wasmrust.compileAndRun(s, { fileName: "main.rs" }), read("tests-native/interop/js_reflect.rs"));
  assert.equal(r.ok, true, r.rendered);
  assert.equal(r.exit, 0, `${r.message} ${r.stderr}`);
  assert.match(r.stdout, /^Math\.PI = 3\.14159\n/);
  assert.match(r.stdout, /a year after the epoch: 1971-01-01T00:00:00\.000Z\n/);
  assert.match(r.stdout, /closure call 5 for index 4\nArray\.from\(\{length: 5\}, i => i \* i\) = \[0, 1, 4, 9, 16\] \(5 elements\)\nsame array: true\n$/);
});
