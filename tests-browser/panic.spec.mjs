// A panic shows rustc's message on stderr (styled as stderr) and exit code 101.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("a panic shows its message and exit code 101", async () => {
  const page = await b.newPage();
  await page.selectOption("#examples", "panic");
  await page.click("#run");
  await page.locator("#exit").filter({ hasText: "Exited with code 101." }).waitFor();
  const r = await page.evaluate(() => window.__wasmrust.lastResult);
  assert.equal(r.exit, 101);
  assert.equal(r.stdout, "5! = 120\n10! = 3628800\n");
  assert.match(r.stderr, /thread 'main' panicked at main\.rs:\d+:\d+:\nattempt to multiply with overflow/);
  const err = page.locator("#console .stderr");
  assert.match(await err.innerText(), /attempt to multiply with overflow/);
  const [errColor, outColor] = await Promise.all([
    err.evaluate((e) => getComputedStyle(e).color),
    page.locator("#console .stdout").first().evaluate((e) => getComputedStyle(e).color),
  ]);
  assert.notEqual(errColor, outColor, "stderr is styled differently from stdout");
  await screenshot(page, "panic-1366x768");
});
