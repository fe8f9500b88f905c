// The Test button: a file's #[test] functions run in the page as `cargo test` runs them (libtest's report,
// exit code 101 when one fails), and Run on a file of tests without `main` does the same.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./helpers/browser.mjs";

const SOURCE = `pub fn double(x: i32) -> i32 { x * 2 }

fn main() { println!("{}", double(21)); }

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn doubles() { assert_eq!(double(4), 8); }
    #[test]
    fn wrong() { assert_eq!(double(2), 5, "two doubled"); }
    #[test]
    #[should_panic(expected = "overflow")]
    fn overflows() { double(i32::MAX); }
}
`;

let b;
before(async () => { b = await launch(); });
after(async () => { try { b.assertNoProblems(); } finally { await b.close(); } });

test("the Test button runs the #[test] functions and shows libtest's report", async () => {
  const page = await b.newPage();
  await page.evaluate((s) => window.__wasmrust.setSource(s), SOURCE);
  await page.click("#test");
  await page.locator("#exit").filter({ hasText: "Exited with code 101." }).waitFor();
  const out = await page.locator("#console").innerText();
  assert.match(out, /running 3 tests\ntest tests::doubles \.\.\. ok\ntest tests::overflows - should panic \.\.\. ok\ntest tests::wrong \.\.\. FAILED\n/);
  assert.match(out, /---- tests::wrong stdout ----\n\nthread 'tests::wrong' panicked at main\.rs:11:18:\nassertion `left == right` failed: two doubled\n  left: 4\n right: 5\n/);
  assert.match(out, /test result: FAILED\. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in [\d.]+s/);
  assert.match(await page.locator("#status").innerText(), /tests ran in/);
  // Run on the same file runs main.
  await page.click("#run");
  await page.locator("#exit").filter({ hasText: "Exited with code 0." }).waitFor();
  assert.equal(await page.locator("#console").innerText(), "42\n");
  // Without main, Run runs the tests.
  await page.evaluate((s) => window.__wasmrust.setSource(s.replace(/fn main\(\) \{[^\n]*\}\n/, "")), SOURCE);
  const r = await page.evaluate(() => window.__wasmrust.run());
  assert.equal(r.test, true);
  assert.equal(r.exit, 101);
  assert.match(r.stdout, /running 3 tests/);
});
