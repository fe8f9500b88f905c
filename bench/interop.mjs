// node bench/interop.mjs MODULE.wasm: the call-overhead figures in node.
import { readFileSync } from "node:fs";
import { instantiate } from "../runtime-js/loader.mjs";
import { benchImports, interopBench, formatInterop } from "./interop-core.mjs";

const [wasm] = process.argv.slice(2);
const m = await instantiate(readFileSync(wasm), { imports: benchImports(), write: () => {} });
console.log(formatInterop(`node ${process.version}`, await interopBench(m)));
