// Times compiled WasmRust modules in node: compiles each once, then runs `_start` in fresh instances
// RUNS times and prints the best wall time (output is captured, not printed).
//   node bench/classic.mjs RUNS A.wasm [B.wasm...]  ->  one line per module: "NAME MS"
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createHost } from "../runtime-js/host.mjs";

const [runsArg, ...files] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
for (const f of files) {
  const module = await WebAssembly.compile(readFileSync(f));
  let best = Infinity, out = "";
  for (let r = 0; r < runs; r++) {
    const chunks = [];
    const host = createHost({ write: (fd, bytes) => chunks.push(Buffer.from(bytes)) });
    const instance = await WebAssembly.instantiate(module, host.imports);
    host.bind(instance);
    const t = performance.now();
    const code = host.runStart();
    const d = performance.now() - t;
    if (code !== 0) throw new Error(`${f} exited with ${code}`);
    best = Math.min(best, d);
    out = Buffer.concat(chunks).toString();
  }
  console.log(`${basename(f, ".wasm")} ${best.toFixed(1)} ${Buffer.from(out).toString("base64")}`);
}
