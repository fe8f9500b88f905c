// Type a program into Monaco (real key presses), press Ctrl+Enter, see its output, exit code and times.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("typing a program and pressing Ctrl+Enter runs it and shows its output", async () => {
  const page = await b.newPage();
  assert.equal(await page.evaluate(() => crossOriginIsolated), true, "page is crossOriginIsolated");
  await page.evaluate(() => window.__wasmrust.setSource(""));
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.type('fn main() {\nlet x = 6 * 7;\nprintln!("the answer is {}", x);\n');
  const src = await page.evaluate(() => window.__wasmrust.getSource());
  assert.match(src, /println!\("the answer is \{\}", x\);/);
  await page.keyboard.press("Control+Enter");
  await page.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
  assert.equal(await page.locator("#console").innerText(), "the answer is 42\n");
  const status = await page.locator("#status").innerText();
  assert.match(status, /Compiled in [\d.]+ ms · ran in [\d.]+ ms/);
  assert.match(await page.locator("#module-size").innerText(), /module: [\d.]+ (KiB|B)/);
  const r = await page.evaluate(() => window.__wasmrust.lastResult);
  assert.equal(r.exit, 0);
  assert.equal(r.stdout, "the answer is 42\n");
  await screenshot(page, "run-output-1366x768");
});

test("the Run button runs the selected example", async () => {
  const page = await b.newPage();
  await page.selectOption("#examples", "fibonacci");
  await page.click("#run");
  await page.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
  assert.match(await page.locator("#console").innerText(), /fib\(20\) =  6765 \(recursive: 6765\)/);
});
