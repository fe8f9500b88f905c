// The call-overhead benchmark, runnable in node (bench/interop.mjs) and in a page (bench/interop.sh
// hands it to headless Chromium). Per call, median of RUNS batches of N calls, results consumed:
//   plain JS call          a JS function called from a JS loop (the reference)
//   JS -> wasm (raw)       instance.exports.add from a JS loop
//   JS -> wasm (loader)    the loader's export wrapper (value conversion, panic mapping)
//   wasm -> JS             a wasm loop calling a JS import (call_host_n), its loop cost included
//   wasm loop alone        the same loop calling nothing, to show what the import calls add
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
  return { plain, toWasmRaw, toWasmLoader, toJs, loopOnly, N, RUNS };
}

export function formatInterop(where, r) {
  const f = (x) => x.toFixed(2).padStart(7);
  return [
    `interop (${where}; ns per call, median of ${r.RUNS} batches of ${r.N.toLocaleString("en-US")}):`,
    `  plain JS call        ${f(r.plain)}`,
    `  JS -> wasm (raw)     ${f(r.toWasmRaw)}`,
    `  JS -> wasm (loader)  ${f(r.toWasmLoader)}`,
    `  wasm -> JS           ${f(r.toJs)}   (the wasm loop alone: ${f(r.loopOnly).trim()})`,
  ].join("\n");
}
