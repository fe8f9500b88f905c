// node bench/interop.mjs MODULE.wasm [chromium-figures.json]: the call-overhead figures in node.
import { readFileSync } from "node:fs";
import { instantiate } from "../runtime-js/loader.mjs";
import { interopBench, formatInterop } from "./interop-core.mjs";

const [wasm] = process.argv.slice(2);
let x = 0;
const m = await instantiate(readFileSync(wasm), { imports: { bench: { next: () => (x = (x + 1) | 0) } }, write: () => {} });
console.log(formatInterop(`node ${process.version}`, await interopBench(m)));
