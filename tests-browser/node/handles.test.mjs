// The `wasm` crate's handles (docs/wasm_crate.md): tests-native/interop/handles.rs built by the native
// CLI and by the browser build (identical bytes), run with runtime-js/loader.mjs against a small fake DOM.
import assert from "node:assert/strict";
import { test } from "node:test";
import { instantiate, WasmRustExit } from "../../runtime-js/loader.mjs";
import { HandleTable, WasmRustHandleError } from "../../runtime-js/handles.mjs";
import { spawnSync } from "node:child_process";
import { compiler, nativeBuild, nativeCli, readSource, sameBytes, ROOT } from "./helpers/common.mjs";

const REL = "tests-native/interop/handles.rs";

class El {
  constructor(tag) { this.tag = tag; this.text = ""; this.children = []; this.attrs = {}; }
  get textContent() { return this.text + this.children.map((c) => c.textContent).join(""); }
}

async function load(extra = []) {
  const doc = { body: new El("body") };
  const out = [];
  const calls = [];
  let m;
  const find = (e, id) => (e.attrs.id === id ? e : e.children.map((c) => find(c, id)).find((x) => x) ?? null);
  m = await instantiate(nativeBuild(REL, extra), {
    write: (fd, b) => out.push(new TextDecoder().decode(b)),
    imports: {
      dom: {
        document: () => doc,
        body: (d) => d.body,
        create_element: (d, tag) => { assert.equal(d, doc); return new El(tag); },
        append_child: (p, c) => p.children.push(c),
        set_text: (el, t) => { el.text = t; },
        text_content: (el) => el.textContent,
        get_by_id: (d, id) => find(d.body, id),
        set_attribute: (el, k, v) => { assert.equal(typeof k, "string"); el.attrs[k] = v; },
        sha_like: (b) => { assert.ok(b instanceof Uint8Array); return b.map((x) => 255 - x); },
        fresh_object: () => ({}),
        call_each: (f, n) => { for (let i = 1; i <= n; i++) calls.push(f(i)); },
        js_adder: (k) => (x) => x + k,
      },
    },
  });
  return { m, doc, out, calls };
}

test("the browser build compiles the handles module to the native CLI's bytes", async () => {
  const r = (await compiler()).compile(readSource(REL), { fileName: REL });
  assert.equal(r.ok, true, r.rendered);
  assert.ok(sameBytes(r.wasm, nativeBuild(REL)));
});

// Reference types builds keep the values in the module's own externref table; --no-reference-types
// builds in the JS runtime's table: the same program must behave the same.
for (const [mode, flags] of [["externref table", []], ["JS handle table", ["--no-reference-types"]]]) {
test(`ExternRefs to host objects (${mode}): in structs and maps, cloned, compared, dropped; a million handles do not grow the table`, async () => {
    const { m, doc, out, calls } = await load(flags);
    assert.equal(m.run(), 0);
    assert.equal(out.join(""), [
      "live after building: 8",  // doc, body, 3 widgets' elements, their 3 clones in the map
      "title -> title #0", "intro -> intro #1", "footer -> footer #2",
      "intro found: true, same object: true",
      "missing is null: true",
      "root text: title #0intro #1footer #2",
      "live after dropping the widgets: 4",
      "bytes back: [254, 253, 252, 5]",
      "closure saw a sum of 10",
      "JS adder total: 13.5",
      "after a million handles: live 4, table grew by 0 slots",
      "live at the end: 0", ""].join("\n"));
    assert.deepEqual(calls, [2, 4, 6, 8]);  // the Rust closure's results, seen by JS
    assert.deepEqual(doc.body.children.map((c) => [c.tag, c.attrs.id]), [["h1", "title"], ["p", "intro"], ["p", "footer"]]);
    assert.equal(m.exports.live(), 0);
    assert.ok(m.exports.slots() < 16, `table slots ${m.exports.slots()}`);
    if (flags.length) assert.equal(m.host.refs.live, 0);  // (the JS runtime's table)
    else {
      assert.equal(m.host.refs.capacity, 0);  // the JS table was never used...
      assert.equal(WebAssembly.Module.customSections(m.module, "wasmrust.abi").length, 1);  // ...the module's own was
    }
  });
  
  test(`exports take and return strings, bytes, handles and functions (${mode}); borrowed handles are released after the call`, async () => {
    const { m } = await load(flags);
    assert.equal(m.exports.shout("héllo wörld"), "HÉLLO WÖRLD!");
    assert.equal(m.exports.sum_bytes(new Uint8Array([1, 2, 255])), 258);
    assert.deepEqual([...m.exports.reverse_bytes(new Uint8Array([1, 2, 3]))], [3, 2, 1]);
    const e = new El("p");
    e.text = "label";
    assert.equal(m.exports.label_of(e), "label");
    assert.equal(m.exports.keep_first(e, new El("x")), e);
    assert.equal(m.exports.apply_twice((x) => x * 3, 2), 18);
    assert.equal(m.exports.live(), 0);
    assert.throws(() => m.exports.shout(42), /argument 1 of `shout` \(&str\): expected a string, got number/);
    // panics unwind frames that never pop the shadow stack: the loader resets it (else it overflows)
    for (let i = 0; i < 500; i++) assert.throws(() => m.exports.deep_panic(20), (e) => e instanceof WasmRustExit && e.code === 101);
    assert.equal(m.exports.shout("still fine"), "STILL FINE!");
    // memory stays bounded over many calls (every slot the loader allocates is freed)
    const before = m.instance.exports.memory.buffer.byteLength;
    for (let i = 0; i < 20000; i++) m.exports.shout("x".repeat(100));
    assert.equal(m.instance.exports.memory.buffer.byteLength, before);
  });
}

test("the handle table reuses freed slots and detects stale handles by generation", () => {
  const t = new HandleTable();
  const a = t.insert("a");
  const ga = t.gen(a);
  assert.equal(t.get(a, ga), "a");
  t.free(a, ga);
  const b = t.insert("b");
  assert.equal(b, a);  // the slot is reused...
  assert.notEqual(t.gen(b), ga);  // ...under a new generation
  assert.throws(() => t.get(a, ga), (e) => e instanceof WasmRustHandleError && /stale ExternRef handle \(slot 1, generation 0\)/.test(e.message));
  assert.throws(() => t.free(a, ga), WasmRustHandleError);
  assert.equal(t.get(b, t.gen(b)), "b");
  assert.equal(t.get(0, 0), null);
  for (let k = 0; k < 1_000_000; k++) {
    const i = t.insert(k);
    t.free(i, t.gen(i));
  }
  assert.equal(t.capacity, 2);  // b's slot, and one more reused a million times
  assert.equal(t.live, 1);
});

test("the standard `js` imports reach the host's own objects: Math, Date, Array.from with a Rust closure", () => {
  const r = spawnSync(nativeCli(), ["run", "tests-native/interop/js_reflect.rs"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, [
    "Math.PI = 3.14159", "Math.abs(-3) = 3, Math.cbrt(27) = 3", "a year after the epoch: 1971-01-01T00:00:00.000Z",
    "  closure call 1 for index 0", "  closure call 2 for index 1", "  closure call 3 for index 2",
    "  closure call 4 for index 3", "  closure call 5 for index 4",
    "Array.from({length: 5}, i => i * i) = [0, 1, 4, 9, 16] (5 elements)", "same array: true", ""].join("\n"));
});
