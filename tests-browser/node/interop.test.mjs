// The WebAssembly boundary (docs/interop.md): a module compiled by the native CLI and by the browser
// build (identical bytes), loaded with runtime-js/loader.mjs; exports called from JS, JS imports called
// from Rust with strings and numbers converted, output ordered around host calls, clear link errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { spawnSync } from "node:child_process";
import { instantiate, WasmRustExit, WasmRustLinkError } from "../../runtime-js/loader.mjs";
import { compiler, nativeBuild, nativeCli, readSource, sameBytes, ROOT } from "./helpers/common.mjs";

const REL = "tests-native/interop/host_calls.rs";

function hostImports(log) {
  return {
    host: {
      log: (s) => log.push(`log:${s}`),
      log_num: (label, x) => log.push(`${label}:${x}`),
      now_ms: () => 12.5,
      is_even: (x) => (typeof x === "bigint" ? x % 2n === 0n : false),
      initial: (name) => name[0],
    },
    env: { random_u32: () => 4000000007 },
  };
}

async function load(extra = {}) {
  const log = [];
  const out = [];
  const dec = new TextDecoder();
  const m = await instantiate(nativeBuild(REL), {
    imports: { ...hostImports(log), ...extra },
    write: (fd, bytes) => { out.push(`${fd}:${dec.decode(bytes)}`); log.push(`out${fd}:${dec.decode(bytes)}`); },
  });
  return { m, log, out };
}

test("the browser build compiles the interop module to the native CLI's bytes", async () => {
  const r = (await compiler()).compile(readSource(REL), { fileName: REL });
  assert.equal(r.ok, true, r.rendered);
  assert.ok(sameBytes(r.wasm, nativeBuild(REL)));
});

test("exports take and return numbers; imports receive strings, i64 as BigInt, u32 unsigned; output is in order", async () => {
  const { m, log } = await load();
  assert.deepEqual(m.description.exports.map((e) => e.name), ["add", "fib", "greet", "checked_div", "call_host_n"]);
  assert.equal(m.exports.add(2, 3), 5);
  assert.equal(m.exports.fib(90), 2880067194370816120n);
  assert.equal(m.exports.greet(2), true);
  assert.equal(m.exports.greet(0), false);
  assert.deepEqual(log.slice(0, 7), [  // the program's output is flushed before each host call
    "out1:greeting 2 times\n", "log:hello #1", "log:hello #2", "elapsed:12.5",
    "out1:even: true false, initial A\n", "out1:random mod 10: 7\n", "out1:greeting 0 times\n",
  ]);
});

test("a panic inside an export is reported as WasmRustExit 101 with rustc's message", async () => {
  const { m, out } = await load();
  assert.equal(m.exports.checked_div(7, 2), 3);
  assert.throws(() => m.exports.checked_div(7, 0), (e) => e instanceof WasmRustExit && e.code === 101);
  assert.match(out.join(""), /panicked at .*host_calls\.rs:\d+:\d+:\ndivision of 7 by zero/);
});

test("a missing or mistyped import is named before the module runs", async () => {
  await assert.rejects(load({ env: {} }), (e) => e instanceof WasmRustLinkError &&
    e.message === "the module imports `env.random_u32` () -> u32, but no such function was given (imports.env.random_u32)");
  await assert.rejects(load({ host: { ...hostImports([]).host, now_ms: 5 } }), /the import `host.now_ms` \(\) -> f64 must be a function, not number/);
});

test("`wasmrust run` provides console.log/error and names a missing import", () => {
  const ok = spawnSync(nativeCli(), ["run", "tests-native/interop/console_log.rs"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout, "first (println)\nsecond (console.log)\nthird (print + println)\n");
  assert.equal(ok.stderr, "4 (console.error)\n");
  const bad = spawnSync(nativeCli(), ["run", REL], { cwd: ROOT, encoding: "utf8" });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /error: the module cannot be linked: the module imports `host.log` \(str\), but no such function was given/);
});

test("capabilities are detected by validation; host profiles choose the standard imports", async () => {
  const { detectCapabilities, explainMissing, noteOnce } = await import("../../runtime-js/capabilities.mjs");
  const caps = await detectCapabilities();
  for (const k of ["simd", "referenceTypes", "bulkMemory", "exceptions", "tailCalls", "multiMemory", "memory64", "threads"])
    assert.equal(typeof caps[k], "boolean", k);
  assert.equal(caps.bulkMemory, true);  // node 18+
  assert.equal(explainMissing({ bulkMemory: false }, ["bulkMemory"]), "this engine lacks bulk memory (memory.copy/fill), which the module needs");
  assert.equal(explainMissing(caps, ["bulkMemory"]), "");
  const said = [];
  assert.equal(noteOnce("threads unavailable: work runs on one thread", (m) => said.push(m)), true);
  assert.equal(noteOnce("threads unavailable: work runs on one thread", (m) => said.push(m)), false);
  assert.equal(said.length, 1);
  // embedded: no console imports, so a program importing console.log cannot link there
  const bytes = nativeBuild("tests-native/interop/console_log.rs");
  await assert.rejects(instantiate(bytes, { profile: "embedded", write: () => {} }), /imports `console.log` \(str\)/);
  const out = [];
  const m = await instantiate(bytes, { profile: "browser", write: (fd, b) => out.push(new TextDecoder().decode(b)) });
  assert.equal(m.run(), 0);
  assert.match(out.join(""), /second \(console.log\)/);
  await assert.rejects(instantiate(bytes, { profile: "mainframe" }), /unknown host profile `mainframe`/);
});
