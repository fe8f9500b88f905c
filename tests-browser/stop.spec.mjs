// An infinite loop is stopped by the time limit (and by the Stop button); the page stays responsive and
// the next program runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, runSource, screenshot } from "./helpers/browser.mjs";

const LOOP = `fn main() {
    println!("before the loop");
    let mut i: u64 = 0;
    loop {
        i = i + 1;
    }
}
`;

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("an infinite loop is stopped by the time limit and the next run works", async () => {
  const page = await b.newPage();
  await page.evaluate((s) => window.__wasmrust.setSource(s), LOOP);
  const pending = page.evaluate(() => window.__wasmrust.run({ timeLimitMs: 1500 }));
  // The page stays responsive while the program loops (it runs in a worker).
  await page.waitForFunction(() => window.__wasmrust.running);
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 1000, "main thread answered quickly");
  const r = await pending;
  assert.equal(r.exit, "timeout");
  assert.equal(r.stdout, "before the loop\n", "output written before the kill is kept");
  await page.locator("#exit").filter({ hasText: "time limit (1.5 s)" }).waitFor();
  await screenshot(page, "timeout-1366x768");
  const next = await runSource(page, 'fn main() { println!("next run"); }');
  assert.equal(next.exit, 0);
  assert.equal(next.stdout, "next run\n");
});

test("the Stop button stops a running program", async () => {
  const page = await b.newPage();
  await page.evaluate((s) => window.__wasmrust.setSource(s), LOOP);
  await page.click("#run");
  await page.locator("#stop:not([disabled])").waitFor();
  await page.locator("#console").filter({ hasText: "before the loop" }).waitFor();
  await page.click("#stop");
  await page.locator("#exit").filter({ hasText: "Stopped." }).waitFor();
  assert.equal(await page.evaluate(() => window.__wasmrust.lastResult.exit), "stopped");
  assert.equal(await page.locator("#run").isEnabled(), true);
  const next = await runSource(page, 'fn main() { println!("after stop"); }');
  assert.equal(next.stdout, "after stop\n");
});
