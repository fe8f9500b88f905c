// Shared set-up of the browser specs (tests-browser/*.spec.mjs, run by scripts/test-browser.sh with
// node's test runner): the static server (web/server.mjs over web/dist/) on a free 127.0.0.1 port, and
// Debian's Chromium through playwright-core with a fresh temporary profile that is deleted afterwards.
// Every page records console errors, uncaught exceptions and failed requests; a spec's after() hook
// asserts that none happened ("no console errors on any page").
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { startServer } from "../../web/server.mjs";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const ARTIFACTS = join(REPO, "tests-browser/artifacts");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/**
 * Starts the server and a browser. Returns {url, context, newPage(opts), problems, close()}.
 * newPage({viewport, path, blockOtherOrigins}) opens the playground and waits for __wasmrust.ready.
 */
export async function launch({ viewport = { width: 1366, height: 768 } } = {}) {
  if (!existsSync(join(REPO, "web/dist/index.html"))) throw new Error("web/dist/ missing: run scripts/test-browser.sh");
  const server = await startServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), "wasmrust-pw-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ARGS, headless: true, viewport,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const problems = [];
  const watch = (page) => {
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => {
      if (!r.__blockedOnPurpose) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
  };
  context.on("page", watch);
  for (const p of context.pages()) watch(p);

  async function newPage({ viewport: vp, path = "", blockOtherOrigins = false, wait = true } = {}) {
    const page = context.pages().find((p) => p.url() === "about:blank" && !p.__used) ?? await context.newPage();
    page.__used = true;
    if (vp) await page.setViewportSize(vp);
    if (blockOtherOrigins) {
      page.__external = [];
      await page.route("**/*", (route) => {
        const u = new URL(route.request().url());
        if (u.hostname === "127.0.0.1" || u.protocol === "data:" || u.protocol === "blob:") return route.continue();
        page.__external.push(u.href);
        return route.abort("blockedbyclient");
      });
    }
    await page.goto(server.url + path);
    if (wait) await waitReady(page);
    return page;
  }

  return {
    url: server.url, context, newPage, problems,
    assertNoProblems() { assert.deepEqual(problems, [], "the pages logged errors"); },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
      await server.close();
    },
  };
}

/** Waits until the page's test hook exists (its module script may still be loading) and is ready. */
export async function waitReady(page) {
  await page.waitForFunction(() => window.__wasmrust && window.__wasmrust.ready);
  await page.evaluate(() => window.__wasmrust.ready);
}

/** Sets the editor's source through the hook and runs it; returns lastResult. */
export async function runSource(page, source, options = {}) {
  await page.evaluate((s) => window.__wasmrust.setSource(s), source);
  return page.evaluate((o) => window.__wasmrust.run(o), options);
}

/** Saves a screenshot to tests-browser/artifacts/NAME.png (kept as a CI artifact; git-ignored). */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Waits until the console pane's text contains `text`. */
export async function consoleText(page) {
  return page.locator("#console").innerText();
}
