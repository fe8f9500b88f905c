// node bench/interop-chromium.mjs MODULE.wasm: the call-overhead figures in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core). The page loads the module with the same loader as node
// (runtime-js/loader.mjs, with its host and handle table), served from the repository under a fake origin.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { formatInterop } from "./interop-core.mjs";

const [wasm] = process.argv.slice(2);
const root = new URL("../", import.meta.url);
const ORIGIN = "http://wasmrust.bench";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>interop</title>" });
    if (path === "/module.wasm") return route.fulfill({ contentType: "application/wasm", body: readFileSync(wasm) });
    if (/^\/(runtime-js|bench)\/[\w.-]+\.mjs$/.test(path))
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(new URL("." + path, root)) });
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${ORIGIN}/`);
  const r = await page.evaluate(async () => {
    const { instantiate } = await import("/runtime-js/loader.mjs");
    const { benchImports, interopBench } = await import("/bench/interop-core.mjs");
    const bytes = await (await fetch("/module.wasm")).arrayBuffer();
    const m = await instantiate(bytes, { imports: benchImports(), write: () => {}, profile: "browser" });
    return interopBench(m);
  });
  console.log(formatInterop(`Chromium ${browser.version()}`, r));
} finally {
  await browser.close();
}
