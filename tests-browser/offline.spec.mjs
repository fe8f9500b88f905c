// All assets are local: with every request to another origin aborted, the page loads, compiles and runs,
// and it never even tried to reach another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, runSource } from "./helpers/browser.mjs";

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("the page works with all requests to other origins blocked", async () => {
  const page = await b.newPage({ blockOtherOrigins: true });
  const r = await runSource(page, 'fn main() { println!("offline"); }');
  assert.equal(r.exit, 0);
  assert.equal(r.stdout, "offline\n");
  await page.click("#tab-wat"); // the lazily loaded parts too
  await page.selectOption("#examples", "type_error");
  await page.evaluate(() => window.__wasmrust.run());
  assert.equal((await page.evaluate(() => window.__wasmrust.markers())).length, 1);
  assert.deepEqual(page.__external, [], "no request left 127.0.0.1");
});
