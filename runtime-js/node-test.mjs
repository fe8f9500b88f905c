// Runs a test build under node: `node node-test.mjs MODULE.wasm SOURCE.rs [FILTER] [--exact]
// [--include-ignored | --ignored]`. Prints what `cargo test -- --test-threads=1` prints; exit code 101 when
// a test failed.
import { readFileSync, writeSync } from "node:fs";
import { runTests } from "./test-harness.mjs";

const [wasmPath, , ...rest] = process.argv.slice(2);
if (!wasmPath) {
  process.stderr.write("usage: node node-test.mjs MODULE.wasm [SOURCE.rs] [FILTER] [--exact] [--include-ignored | --ignored]\n");
  process.exit(2);
}
const opts = { filter: "", exact: false, includeIgnored: false, ignored: false };
for (const a of rest) {
  if (a === "--exact") opts.exact = true;
  else if (a === "--include-ignored") opts.includeIgnored = true;
  else if (a === "--ignored") opts.ignored = true;
  else opts.filter = a;
}
const encoder = new TextEncoder();
function write(text) {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(1, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === "EAGAIN") continue;
      if (e.code === "EPIPE") return;
      throw e;
    }
  }
}
try {
  process.exitCode = await runTests(readFileSync(wasmPath), { ...opts, write });
} catch (e) {
  process.stderr.write(`error: the test module failed to load: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
}
