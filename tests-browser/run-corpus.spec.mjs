// The native run corpus through the browser build: every tests-native/run/NAME.rs is compiled by the
// page's compiler worker and run by its run worker (test hook compileAndRun, one page, sequentially);
// stdout and the exit code must match NAME.stdout / NAME.exit (NAME.wasm32.* preferred when present),
// stderr NAME.stderr when present, and the wasm bytes must be identical to the native CLI's
// (`wasmrust build`, when a native CLI is available: $WASMRUST, build-native/, build/).
//   WR_BROWSER_CORPUS=a,b   only these programs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, REPO } from "./helpers/browser.mjs";

const DIR = join(REPO, "tests-native/run");
const only = process.env.WR_BROWSER_CORPUS?.split(",").filter(Boolean);
const names = readdirSync(DIR).filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3))
  .filter((n) => !only || only.includes(n)).sort();
const expected = (name, ext) => {
  for (const f of [`${name}.wasm32.${ext}`, `${name}.${ext}`]) {
    if (existsSync(join(DIR, f))) return readFileSync(join(DIR, f), "utf8");
  }
  return null;
};
const native = [process.env.WASMRUST, "build-native/wasmrust", "build/wasmrust"]
  .filter(Boolean).map((p) => join(REPO, p)).find((p) => existsSync(p));

let b;
let tmp;
before(async () => { b = await launch(); tmp = mkdtempSync(join(tmpdir(), "wr-corpus-")); });
after(async () => { rmSync(tmp, { recursive: true, force: true }); try { b.assertNoProblems(); } finally { await b.close(); } });

test(`the run corpus (${names.length} programs) passes through the browser build`, async (t) => {
  let page = await b.newPage();
  const failures = [];
  let identical = 0;
  for (const name of names) {
    const fileName = `tests-native/run/${name}.rs`;
    const source = readFileSync(join(DIR, `${name}.rs`), "utf8");
    const testFile = source.startsWith("//@ test");  // run with the test harness, as `wasmrust test`
    let r;
    try {
      r = await page.evaluate(([s, f, test]) => window.__wasmrust.compileAndRun(s, { fileName: f, test }), [source, fileName, testFile]);
      if (testFile) r.stdout = r.stdout.replace(/finished in \d+\.\d+s/g, "finished in 0.00s");
    } catch (e) {
      // The compiler itself failed (e.g. crashed): record it, and go on with a fresh page.
      failures.push(`${name}: the browser compiler failed: ${e.message.split("\n")[0]}`);
      b.problems.length = 0; // the crash is reported here, not as a console error
      await page.close();
      page = await b.newPage();
      continue;
    }
    const want = {
      stdout: expected(name, "stdout") ?? "",
      exit: Number((expected(name, "exit") ?? "0").trim()),
      stderr: expected(name, "stderr"),
    };
    const problems = [];
    if (!r.ok) problems.push(`did not compile:\n${r.rendered}`);
    else {
      if (r.exit !== want.exit) problems.push(`exit ${r.exit} (${r.message ?? ""}), expected ${want.exit}`);
      if (r.stdout !== want.stdout) problems.push(`stdout differs:\n--- got\n${r.stdout.slice(0, 400)}\n--- expected\n${want.stdout.slice(0, 400)}`);
      if (want.stderr !== null && r.stderr !== want.stderr) problems.push(`stderr differs:\n--- got\n${r.stderr}\n--- expected\n${want.stderr}`);
    }
    if (native && r.ok) {
      const out = join(tmp, `${name}.wasm`);
      execFileSync(native, ["build", fileName, "-o", out, ...(testFile ? ["--test"] : []), ...(r.threads ? ["--threads"] : [])], { cwd: REPO, stdio: "pipe" });
      const nativeHash = createHash("sha256").update(readFileSync(out)).digest("hex");
      if (nativeHash !== r.wasmSha256) problems.push("wasm bytes differ from the native CLI's");
      else identical++;
    }
    if (problems.length) failures.push(`${name}: ${problems.join("\n")}`);
  }
  t.diagnostic(`${names.length - failures.length}/${names.length} programs match; ${native ? `${identical} modules byte-identical to ${native}` : "no native CLI: byte identity not checked"}`);
  if (failures.length) t.diagnostic(`failing: ${failures.map((f) => f.split(":")[0]).join(" ")}`);
  assert.deepEqual(failures, []);
});
