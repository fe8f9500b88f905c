// Shared by the node tests of the browser build: paths, the native CLI, the run corpus, one compiler.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCompiler } from "../../../workers/compiler-api.mjs";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The native CLI: $WASMRUST, else build-native/wasmrust, else build/wasmrust. */
export function nativeCli() {
  const cands = [process.env.WASMRUST, join(ROOT, "build-native/wasmrust"), join(ROOT, "build/wasmrust")];
  const found = cands.find((p) => p && existsSync(p));
  if (!found) throw new Error("native wasmrust CLI not found: set WASMRUST or build build-native/");
  return found;
}

/** Runs the native CLI in ROOT; returns {status, stdout (Buffer), stderr (string)}. */
export function native(args) {
  try {
    const stdout = execFileSync(nativeCli(), args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    if (typeof e.status !== "number") throw e;
    return { status: e.status, stdout: e.stdout, stderr: e.stderr.toString() };
  }
}

/** The module bytes the native CLI writes for a repository-relative source path. */
export function nativeBuild(rel, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), "wr-web-"));
  try {
    const out = join(dir, "out.wasm");
    const r = native(["build", rel, "-o", out, ...extra]);
    if (r.status !== 0) throw new Error(`native build of ${rel} failed:\n${r.stderr}`);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A sample of tests-native/run covering formatting, enums, structs, references, panics (101), eprintln,
// a wasm32-specific expectation and whole programs. WR_WEB_CORPUS=all runs every run program.
export const SAMPLE = [
  "hello_world", "prog_mandelbrot", "prog_n_queens", "prog_sorting", "prog_bigint_factorial",
  "fmt_float_shortest", "fmt_width_align", "enum_payload_struct", "struct_methods", "match_guards",
  "references_swap", "eprintln_basic", "panic_plain", "index_oob_panic", "arith_overflow_add_panic",
  "usize_overflow_wasm32",
];

export function corpusNames() {
  if (process.env.WR_WEB_CORPUS === "all") {
    return readdirSync(join(ROOT, "tests-native/run")).filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3)).sort();
  }
  if (process.env.WR_WEB_CORPUS) return process.env.WR_WEB_CORPUS.split(",");
  return SAMPLE;
}

/** Expected stdout/stderr/exit of tests-native/run/NAME (the .wasm32.KIND file wins, as in corpus.py). */
export function expectation(name) {
  const read = (kind) => {
    for (const f of [`tests-native/run/${name}.wasm32.${kind}`, `tests-native/run/${name}.${kind}`]) {
      if (existsSync(join(ROOT, f))) return readFileSync(join(ROOT, f), "utf8");
    }
    return null;
  };
  return { stdout: read("stdout") ?? "", stderr: read("stderr") ?? "", exit: Number((read("exit") ?? "0").trim()) };
}

export const readSource = (rel) => readFileSync(join(ROOT, rel), "utf8");

let compilerPromise = null;
/** One compiler module per test file (loaded once, like the worker). */
export function compiler() {
  compilerPromise ??= createCompiler();
  return compilerPromise;
}

export function sameBytes(a, b) {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}
