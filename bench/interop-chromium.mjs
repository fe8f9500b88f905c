// node bench/interop-chromium.mjs MODULE.wasm: the call-overhead figures in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core). The page instantiates the module with stub runtime imports
// (the benchmark prints nothing); the loader's wrapper is node-only (bench/interop.mjs).
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { formatInterop } from "./interop-core.mjs";

const [wasm] = process.argv.slice(2);
const core = readFileSync(new URL("./interop-core.mjs", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  const r = await page.evaluate(async ({ bytes, core }) => {
    const { interopBench } = await import("data:text/javascript," + encodeURIComponent(core));
    let x = 0;
    const imports = { wr: { write() {}, exit() {}, stack_overflow() {} }, bench: { next: () => (x = (x + 1) | 0) } };
    const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes), imports);
    const add = instance.exports.add;
    return interopBench({ instance, exports: { add: (a, b) => add(a, b) } });
  }, { bytes: [...readFileSync(wasm)], core });
  console.log(formatInterop(`Chromium ${browser.version()}`, r).replace("JS -> wasm (loader)", "JS -> wasm (JS wrapper)"));
} finally {
  await browser.close();
}
