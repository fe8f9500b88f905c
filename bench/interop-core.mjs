// The call-overhead benchmark, runnable in node (bench/interop.mjs) and in a page (bench/interop.sh
// hands it to headless Chromium). Per call, median of RUNS batches of N calls, results consumed:
//   plain JS call          a JS function called from a JS loop (the reference)
//   JS -> wasm (raw)       instance.exports.add from a JS loop
//   JS -> wasm (loader)    the loader's export wrapper (value conversion, panic mapping)
//   wasm -> JS             a wasm loop calling a JS import (call_host_n), its loop cost included
//   wasm loop alone        the same loop calling nothing, to show what the import calls add
// and with wasm::ExternRef handles (docs/wasm_crate.md), through the loader's wrappers and the host's
// handle table (runtime-js/loader.mjs, host.mjs, handles.mjs):
//   wasm -> JS (&Ref)      a wasm loop (touch_n) calling the import touch(&ExternRef<Obj>) -> u32
//   wasm -> JS (-> Ref)    a wasm loop (make_n) calling make() -> ExternRef<Obj> and dropping the handle:
//                          a table insert and a free (the wr.ref_drop import) per call
//   JS -> wasm (&Ref)      the loader's wrapper of the export take_ref(&ExternRef<Obj>, u32) from a JS loop
// `m` is what runtime-js/loader.mjs's instantiate returns, given benchImports()'s imports.

// The program's imports (module "bench"): the same object every time, so that the figures are the
// handles' cost, not the allocation of a JS object.
export function benchImports() {
  let x = 0;
  const obj = { v: 7 };
  return { bench: { next: () => (x = (x + 1) | 0), touch: (o) => o.v, make: () => obj } };
}

export async function interopBench(m, { N = 2_000_000, RUNS = 7, now = () => performance.now() } = {}) {
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const time = (fn) => {
    const xs = [];
    let sink = 0;
    fn(1000);  // warm up (tier-up)
    for (let r = 0; r < RUNS; r++) {
      const t = now();
      sink ^= fn(N);
      xs.push(((now() - t) * 1e6) / N);
    }
    if (sink === 0.5) console.log(sink);  // never: keeps the results alive
    return median(xs);
  };
  function jsAdd(a, b) { return (a + b) | 0; }
  const raw = m.instance.exports.add, wrapped = m.exports.add;
  const plain = time((n) => { let acc = 0; for (let i = 0; i < n; i++) acc = jsAdd(acc, i); return acc; });
  const toWasmRaw = time((n) => { let acc = 0; for (let i = 0; i < n; i++) acc = raw(acc, i); return acc; });
  const toWasmLoader = time((n) => { let acc = 0; for (let i = 0; i < n; i++) acc = wrapped(acc, i); return acc; });
  const toJs = time((n) => m.instance.exports.call_host_n(n));
  const loopOnly = time((n) => m.instance.exports.count_n(n));
  const live0 = m.host.refs.live;
  const refToJs = time((n) => m.instance.exports.touch_n(n));
  const refFromJs = time((n) => m.instance.exports.make_n(n));
  const obj = { v: 7 }, takeRef = m.exports.take_ref;
  const refToWasm = time((n) => { let acc = 0; for (let i = 0; i < n; i++) acc ^= takeRef(obj, i); return acc; });
  // every slot was freed, and reused: the table did not grow with the calls
  if (m.host.refs.live !== live0 || m.host.refs.capacity > 8)
    throw new Error(`handle table: ${m.host.refs.live} live (was ${live0}), capacity ${m.host.refs.capacity}`);
  return { plain, toWasmRaw, toWasmLoader, toJs, loopOnly, refToJs, refFromJs, refToWasm, N, RUNS };
}

export function formatInterop(where, r) {
  const f = (x) => x.toFixed(2).padStart(7);
  return [
    `interop (${where}; ns per call, median of ${r.RUNS} batches of ${r.N.toLocaleString("en-US")}):`,
    `  plain JS call        ${f(r.plain)}`,
    `  JS -> wasm (raw)     ${f(r.toWasmRaw)}`,
    `  JS -> wasm (loader)  ${f(r.toWasmLoader)}`,
    `  wasm -> JS           ${f(r.toJs)}   (the wasm loop alone: ${f(r.loopOnly).trim()})`,
    `  wasm -> JS (&Ref)    ${f(r.refToJs)}   (touch(&ExternRef<Obj>) -> u32, from a wasm loop)`,
    `  wasm -> JS (-> Ref)  ${f(r.refFromJs)}   (make() -> ExternRef<Obj>, dropped: a table insert and free)`,
    `  JS -> wasm (&Ref)    ${f(r.refToWasm)}   (the loader's take_ref(&ExternRef<Obj>, u32), from a JS loop)`,
  ].join("\n");
}
