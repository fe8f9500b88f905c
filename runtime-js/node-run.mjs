// Runs a compiled WasmRust module under node: `node node-run.mjs MODULE.wasm SOURCE.rs [ARGS...]`.
// Output is written synchronously so stdout and stderr interleave as the program produced them.
import { readFileSync, writeSync } from "node:fs";
import { createHost } from "./host.mjs";

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

const host = createHost({ write: (fd, bytes) => writeAll(fd === 2 ? 2 : 1, bytes) });
let code;
try {
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), host.imports);
  host.bind(instance);
  code = host.runStart();
} catch (e) {
  process.stderr.write(`error: the module trapped or failed to load: ${e && e.message ? e.message : e}\n`);
  code = 1;
}
process.exitCode = code;
