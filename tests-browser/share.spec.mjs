// Share puts the compressed source in the URL fragment: the link, opened in a new page, reproduces the
// source and its output. The last source also survives a reload (localStorage).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, runSource, waitReady } from "./helpers/browser.mjs";

const PROGRAM = `// shared ✓ (non-ASCII survives)
fn main() {
    let mut total = 0;
    for i in 1..=10 {
        total += i * i;
    }
    println!("sum of squares: {}", total);
}
`;

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("a share link opened in a new page reproduces the source and the output", async () => {
  const page = await b.newPage();
  const first = await runSource(page, PROGRAM);
  assert.equal(first.stdout, "sum of squares: 385\n");
  await page.click("#share");
  await page.locator("#status").filter({ hasText: "Share link" }).waitFor();
  const url = page.url();
  assert.match(url, /#code=[A-Za-z0-9_-]+$/);
  assert.ok(url.length < b.url.length + 300, "the source is compressed");

  // A new page with a different last-session source: the link wins.
  await page.evaluate(() => window.__wasmrust.setSource('fn main() { println!("other"); }'));
  await page.waitForTimeout(400); // saved to localStorage (debounced)
  const other = await b.context.newPage();
  await other.goto(url);
  await waitReady(other); // after goto the hook may not be installed yet
  assert.equal(await other.evaluate(() => window.__wasmrust.getSource()), PROGRAM);
  await other.click("#run");
  await other.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
  assert.equal(await other.locator("#console").innerText(), "sum of squares: 385\n");
  await other.close();
});

test("the last source survives a reload", async () => {
  const page = await b.newPage();
  const src = 'fn main() { println!("kept across reloads"); }\n';
  await page.evaluate((s) => window.__wasmrust.setSource(s), src);
  await page.waitForTimeout(400);
  await page.reload();
  await waitReady(page);
  assert.equal(await page.evaluate(() => window.__wasmrust.getSource()), src);
});
