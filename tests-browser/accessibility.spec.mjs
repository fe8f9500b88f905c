// Keyboard and accessibility, at a laptop size and a narrow window: every control is reachable with Tab
// and shows a visible focus indicator; axe-core reports no violations; nothing overflows horizontally.
// Screenshots of both sizes go to tests-browser/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, screenshot, REPO } from "./helpers/browser.mjs";

const SIZES = [{ width: 1366, height: 768 }, { width: 480, height: 800 }];
// Every control a user needs (Stop is enabled only while a program runs; inactive tabs use arrow keys).
const CONTROLS = ["run", "test", "examples", "release", "share", "download-wasm", "download-wat", "editor", "tab-console", "console"];

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

async function axe(page) {
  await page.addScriptTag({ path: join(REPO, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  test(`every control is reachable with Tab and shows visible focus (${tag})`, async () => {
    const page = await b.newPage({ viewport: size });
    await page.selectOption("#examples", "hello");
    await page.evaluate(() => window.__wasmrust.run()); // enables the download buttons
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    const seen = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const inEditor = el.closest(".monaco-editor") !== null;
        const target = inEditor ? document.getElementById("editor") : el;
        const cs = getComputedStyle(target);
        const visible = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
        return { id: inEditor ? "editor" : el.id, inEditor, visible, tag: el.tagName };
      });
      if (!f) continue;
      if (!seen.some((s) => s.id === f.id)) seen.push(f);
      if (f.inEditor) {
        await page.keyboard.press("Control+m"); // Monaco: Tab moves focus instead of indenting
      }
      if (f.id === "console") break;
    }
    const ids = seen.map((s) => s.id);
    for (const c of CONTROLS) assert.ok(ids.includes(c), `${c} reachable with Tab (reached: ${ids.join(", ")})`);
    for (const s of seen) assert.ok(s.visible, `${s.id} has a visible focus outline`);
    // Ctrl+M left Tab-moves-focus on: typing Tab in the editor must indent again for the next test.
  });

  test(`axe-core reports no violations, nothing overflows (${tag})`, async () => {
    const page = await b.newPage({ viewport: size });
    await page.selectOption("#examples", "panic");
    await page.evaluate(() => window.__wasmrust.run());
    await screenshot(page, `panic-${tag}`);
    assert.deepEqual(await axe(page), []);
    await page.selectOption("#examples", "type_error");
    await page.evaluate(() => window.__wasmrust.run());
    await page.click("#tab-problems");
    await screenshot(page, `problems-${tag}`);
    assert.deepEqual(await axe(page), []);
    await page.click("#tab-wat");
    assert.deepEqual(await axe(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal page scroll (${overflow}px)`);
    const runBox = await page.locator("#run").boundingBox();
    assert.ok(runBox && runBox.x >= 0 && runBox.x + runBox.width <= size.width, "Run button on screen");
    await page.selectOption("#examples", "shapes");
    await page.click("#run");
    await page.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
    await screenshot(page, `shapes-${tag}`);
  });
}
