// The WAT and WasmIR tabs show the module, its size is shown, and the .wasm and .wat download.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, screenshot } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("the WAT tab shows the module, WasmIR its IR, and the size is shown", async () => {
  const page = await b.newPage();
  await page.selectOption("#examples", "hello");
  const r = await page.evaluate(() => window.__wasmrust.run());
  assert.equal(r.exit, 0);
  await page.click("#tab-wat");
  const wat = page.locator("#wat");
  await wat.waitFor({ state: "visible" });
  const watText = await wat.innerText();
  assert.match(watText, /^\(module/);
  assert.match(watText, /\(export "_start"/);
  assert.equal(await page.locator("#tab-wat").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#console").isVisible(), false);
  await screenshot(page, "wat-1366x768");
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  await page.locator("#tab-wat").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-wasmir");
  assert.ok((await page.locator("#wasmir").innerText()).length > 50);
  const size = await page.locator("#module-size").innerText();
  assert.match(size, new RegExp(`^module: (.* KiB \\()?${r.wasmSize} B\\)?$`));
});

test("the .wasm and the .wat can be downloaded", async () => {
  const page = await b.newPage();
  await page.selectOption("#examples", "hello");
  const r = await page.evaluate(() => window.__wasmrust.run());
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#download-wasm")]);
  assert.equal(dl.suggestedFilename(), "main.wasm");
  const bytes = readFileSync(await dl.path());
  assert.equal(bytes.length, r.wasmSize);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  const [dl2] = await Promise.all([page.waitForEvent("download"), page.click("#download-wat")]);
  assert.equal(dl2.suggestedFilename(), "main.wat");
  assert.match(readFileSync(await dl2.path(), "utf8"), /^\(module/);
});
