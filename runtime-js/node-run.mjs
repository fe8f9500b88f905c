// Runs a compiled WasmRust module under node: `node node-run.mjs MODULE.wasm SOURCE.rs [ARGS...]`.
// Output is written synchronously so stdout and stderr interleave as the program produced them.
import { readFileSync, writeSync } from "node:fs";
import { instantiate, WasmRustLinkError } from "./loader.mjs";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  process.stderr.write("usage: node node-run.mjs MODULE.wasm [SOURCE.rs] [ARGS...]\n");
  process.exit(2);
}

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === "EAGAIN") continue;
      if (e.code === "EPIPE") return;
      throw e;
    }
  }
}

let code;
try {
  // loader.mjs: the runtime's imports plus the standard ones (console.log...); a program importing
  // anything else gets an error naming the import.
  const m = await instantiate(readFileSync(wasmPath), { write: (fd, bytes) => writeAll(fd === 2 ? 2 : 1, bytes) });
  code = m.run();
} catch (e) {
  const what = e instanceof WasmRustLinkError ? "the module cannot be linked" : "the module trapped or failed to load";
  process.stderr.write(`error: ${what}: ${e && e.message ? e.message : e}\n`);
  code = 1;
}
process.exitCode = code;
