// A program printing millions of lines: the output is capped at 1 MiB, rendered in batches, and the page
// stays responsive while it runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./helpers/browser.mjs";

const FLOOD = `fn main() {
    for i in 0..3000000 {
        println!("line {} of a flood", i);
    }
}
`;

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("a flood of output is capped and the page stays responsive", async () => {
  const page = await b.newPage();
  await page.evaluate((s) => window.__wasmrust.setSource(s), FLOOD);
  // Measure main-thread stalls while the program runs: the longest gap between animation frames.
  const r = await page.evaluate(async () => {
    let worst = 0, last = performance.now(), on = true;
    const tick = (t) => { worst = Math.max(worst, t - last); last = t; if (on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const res = await window.__wasmrust.run({ timeLimitMs: 20000 });
    on = false;
    return { exit: res.exit, truncated: res.truncated, bytes: res.stdout.length, worst };
  });
  assert.equal(r.exit, 0);
  assert.equal(r.truncated, true);
  assert.ok(r.bytes <= 1 << 20 && r.bytes > 1000000, `about 1 MiB kept (${r.bytes})`);
  // a freeze (rendering 1 MiB at once, or a DOM node per line) stalls for many seconds; allow for a busy CI machine
  assert.ok(r.worst < 3000, `no frame gap over 3 s (worst ${Math.round(r.worst)} ms)`);
  await page.locator("#console").filter({ hasText: "[output truncated" }).waitFor();
  const lines = await page.locator("#console").evaluate((e) => e.textContent.split("\n").length);
  assert.ok(lines > 30000 && lines < 60000, `${lines} lines rendered`);
});
