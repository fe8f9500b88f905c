// The Emscripten build of the compiler through workers/compiler-api.mjs, in node: same bytes as the native
// CLI, WAT/WasmIR text, diagnostics JSON with the right location and code, timings, no leaked results.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compiler, corpusNames, native, nativeBuild, readSource, sameBytes } from "./helpers/common.mjs";
import { listTests } from "../../runtime-js/test-harness.mjs";

const HELLO = 'fn main() {\n    println!("Hello, world!");\n}\n';

test("hello world compiles to a wasm module with WAT, WasmIR and timings", async () => {
  const c = await compiler();
  assert.match(c.version, /^\d+\.\d+\.\d+$/);
  const r = c.compile(HELLO, { emitWat: true, emitWasmIR: true });
  assert.equal(r.ok, true, r.rendered);
  assert.equal(r.errors, 0);
  assert.deepEqual([...r.wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  assert.match(r.wat, /^\(module/);
  assert.match(r.wat, /\(export "_start"/);
  assert.ok(r.wasmir.length > 100, "WasmIR text");
  assert.equal(r.rendered, "");
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.timings.map((t) => t.phase), ["parse", "resolve", "typecheck", "mir+lower", "ownership", "verify", "emit"]);
  for (const t of r.timings) assert.ok(t.ms >= 0 && Number.isFinite(t.ms));
  assert.ok(r.compileMs > 0);
  // Without emit flags: no text, same bytes.
  const plain = c.compile(HELLO);
  assert.equal(plain.wat, "");
  assert.equal(plain.wasmir, "");
  assert.ok(sameBytes(plain.wasm, r.wasm));
  assert.equal(c.liveResults(), 0, "every result handle is freed");
});

for (const name of ["hello_world", ...corpusNames().filter((n) => n !== "hello_world")]) {
  test(`identical wasm bytes to the native CLI: run/${name}`, async () => {
    const c = await compiler();
    const rel = `tests-native/run/${name}.rs`;
    const r = c.compile(readSource(rel), { fileName: rel });
    assert.equal(r.ok, true, r.rendered);
    assert.ok(sameBytes(r.wasm, nativeBuild(rel)), `${name}: bytes differ from the native CLI`);
  });
}

test("a test build has the same bytes as `wasmrust build --test` and lists its tests", async () => {
  const c = await compiler();
  const rel = "tests-native/run/test_library.rs";
  const r = c.compile(readSource(rel), { fileName: rel, test: true });
  assert.equal(r.ok, true, r.rendered);
  assert.ok(sameBytes(r.wasm, nativeBuild(rel, ["--test"])), "bytes differ from the native CLI");
  const tests = listTests(await WebAssembly.compile(r.wasm));
  assert.deepEqual(tests.map((t) => t.name), ["root_level_test", "tests::add_accumulates", "tests::nested::bad_count",
    "tests::orders_with_question_mark", "tests::take_reports_errors", "tests::unwrap_on_error_panics", "tests::warehouse_sync"]);
  assert.equal(tests.find((t) => t.name === "tests::warehouse_sync").ignoreReason, "needs a warehouse");
  assert.equal(listTests(await WebAssembly.compile(c.compile(readSource(rel), { fileName: rel }).wasm)), null);
});

test("release profile, WAT and WasmIR text match the native CLI", async () => {
  const c = await compiler();
  const rel = "tests-native/run/prog_collatz.rs";
  const src = readSource(rel);
  const rel1 = c.compile(src, { fileName: rel, release: true, emitWat: true, emitWasmIR: true });
  assert.ok(sameBytes(rel1.wasm, nativeBuild(rel, ["--release"])), "--release bytes");
  assert.equal(rel1.wat, native(["build", rel, "--emit=wat", "--release"]).stdout.toString());
  assert.equal(rel1.wasmir, native(["build", rel, "--emit=wasmir", "--release"]).stdout.toString());
  const dev = c.compile(src, { fileName: rel, emitWasmIR: true });
  assert.equal(dev.wasmir, native(["build", rel, "--emit=wasmir"]).stdout.toString());
  assert.ok(!sameBytes(dev.wasm, rel1.wasm), "dev (overflow checks) and release differ");
});

test("a type error: diagnostics JSON has the right line, column and code, as the native CLI", async () => {
  const c = await compiler();
  const rel = "tests-native/ui/e0308_argument.rs";
  const src = readSource(rel);
  const r = c.compile(src, { fileName: rel, emitWat: true });
  assert.equal(r.ok, false);
  assert.equal(r.errors, 1);
  assert.equal(r.wasm.length, 0);
  assert.equal(r.wat, "");
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.level, "error");
  assert.deepEqual(d.code, { code: "E0308" });
  assert.equal(d.message, "mismatched types");
  const span = d.spans.find((s) => s.is_primary);
  const line = src.split("\n").findIndex((l) => l.includes("//~ ERROR")) + 1;
  assert.equal(line, 7);
  assert.equal(span.line_start, line);
  assert.equal(span.column_start, src.split("\n")[line - 1].indexOf('"three"') + 1);
  assert.equal(span.file_name, rel);
  // Byte for byte what `wasmrust build --message-format=json` / human mode print.
  const nj = native(["build", rel, "--message-format=json"]);
  assert.equal(nj.status, 1);
  assert.deepEqual(r.diagnostics, nj.stderr.split("\n").filter(Boolean).map((l) => JSON.parse(l)));
  assert.equal(r.rendered, native(["build", rel]).stderr);
  assert.match(r.rendered, /error: aborting due to 1 previous error/);
  assert.equal(c.liveResults(), 0);
});

test("syntax errors, warnings and non-ASCII source go through the API", async () => {
  const c = await compiler();
  const bad = c.compile("fn main() {\n    let x = ;\n}\n");
  assert.equal(bad.ok, false);
  assert.ok(bad.diagnostics[0].spans[0].line_start === 2, JSON.stringify(bad.diagnostics[0]));
  const warn = c.compile('fn main() {\n    let unused = 1;\n    println!("ok");\n}\n');
  assert.equal(warn.ok, true);
  assert.ok(warn.warnings >= 1 && warn.diagnostics.some((d) => d.level === "warning"), warn.rendered);
  const uni = c.compile('fn main() {\n    println!("héllo, 世界 🦀");\n}\n', { emitWat: true });
  assert.equal(uni.ok, true, uni.rendered);
  assert.ok(uni.wasm.length > 0);
  const empty = c.compile("");
  assert.equal(empty.ok, false);
  assert.match(empty.rendered, /main/);
});

test("the module stays warm: many compiles, no leaks, later compiles are not slower", async () => {
  const c = await compiler();
  const first = c.compile(HELLO).compileMs;
  let last = 0;
  for (let i = 0; i < 20; i++) last = c.compile(HELLO).compileMs;
  assert.equal(c.liveResults(), 0);
  assert.ok(last < Math.max(first * 3, 200), `warm compile ${last} ms vs first ${first} ms`);
});
