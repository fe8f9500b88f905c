// A type error shows a squiggle (Monaco marker) at the right line with rustc's message and code, the
// hover shows both, and the problems list jumps to the location.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("a type error shows a marker with the message and error code, and the problems list jumps to it", async () => {
  const page = await b.newPage();
  await page.selectOption("#examples", "type_error");
  const r = await page.evaluate(() => window.__wasmrust.run());
  assert.equal(r.ok, false);
  assert.equal(r.exit, null, "nothing ran");
  await page.locator("#exit").filter({ hasText: "Compilation failed." }).waitFor();
  assert.match(await page.locator("#console").innerText(), /error\[E0308\]: mismatched types\n --> main\.rs:7:18/);

  const markers = await page.evaluate(() => window.__wasmrust.markers());
  assert.equal(markers.length, 1);
  assert.deepEqual(
    { line: markers[0].line, column: markers[0].column, endColumn: markers[0].endColumn, code: markers[0].code, severity: markers[0].severity },
    { line: 7, column: 18, endColumn: 29, code: "E0308", severity: "error" });
  assert.match(markers[0].message, /^mismatched types\nexpected `i32`, found `&str`/);
  await page.locator(".squiggly-error").first().waitFor();

  // Hover on the squiggle: Monaco's marker hover shows the message and the code.
  const box = await page.locator(".squiggly-error").first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover .marker.hover-contents").first();
  await hover.waitFor({ timeout: 5000 });
  const hoverText = await hover.innerText();
  assert.match(hoverText, /mismatched types/);
  assert.match(hoverText, /E0308/);
  await screenshot(page, "type-error-hover-1366x768");

  // Problems list: one entry; clicking it moves the cursor to 7:18.
  await page.click("#tab-problems");
  assert.equal(await page.locator("#problem-count").innerText(), "1");
  const item = page.locator("#problems button");
  assert.match(await item.innerText(), /error\[E0308\]: mismatched types — main\.rs:7:18/);
  await page.evaluate(() => window.__wasmrust.setSource(window.__wasmrust.getSource())); // cursor to 1:1
  await item.click();
  assert.deepEqual(await page.evaluate(() => window.__wasmrust.cursor()), { line: 7, column: 18 });
  await screenshot(page, "problems-1366x768");

  // Fixing the program clears the markers.
  await page.evaluate(() => window.__wasmrust.setSource('fn main() { let n: i32 = 42; println!("{}", n); }'));
  const fixed = await page.evaluate(() => window.__wasmrust.run());
  assert.equal(fixed.exit, 0);
  assert.deepEqual(await page.evaluate(() => window.__wasmrust.markers()), []);
  assert.equal(await page.locator("#problem-count").innerText(), "0");
});
