// The one JS wrapper around the Emscripten build of the compiler (web/compiler/wasmrust.mjs + .wasm,
// flat C API in compiler/api/web_api.cpp). It hides all memory management: strings go in, plain JS
// objects come out, and every result handle is freed before compile() returns.
//
//   import { createCompiler } from "./compiler-api.mjs";
//   const compiler = await createCompiler();               // loads the module once; keep it (warm)
//   const r = compiler.compile(src, { emitWat: true });   // synchronous, ~ms for small programs
//   r.ok, r.wasm (Uint8Array), r.wat, r.diagnostics (rustc JSON objects), r.rendered (human text)
//
// Works in a browser (main thread or worker) and in node >= 20 (tests). See docs/web-api.md.

const WR_EMIT_WAT = 1;
const WR_EMIT_WASMIR = 2;
const WR_TEST = 4;
const WR_THREADS = 8;

// Whether a module imports `wr.thread_spawn` (its code reaches wasm::thread::spawn): the name section
// is not needed, the import's bytes are (module "wr", name "thread_spawn", each length-prefixed).
const SPAWN_IMPORT = [2, 0x77, 0x72, 12, ...new TextEncoder().encode("thread_spawn")];
export function spawnsThreads(wasm) {
  outer: for (let i = 0; i + SPAWN_IMPORT.length <= wasm.length; i++) {
    for (let k = 0; k < SPAWN_IMPORT.length; k++) if (wasm[i + k] !== SPAWN_IMPORT[k]) continue outer;
    return true;
  }
  return false;
}
const TEXT = { wat: 0, wasmir: 1, diagJson: 2, diagHuman: 3, timingsJson: 4 };

const isNode = typeof process !== "undefined" && !!(process.versions && process.versions.node) &&
  typeof window === "undefined" && typeof importScripts === "undefined";

/** Default location of the factory module: web/compiler/wasmrust.mjs beside this repository's workers/. */
export const DEFAULT_MODULE_URL = new URL("../web/compiler/wasmrust.mjs", import.meta.url);

/**
 * Loads the compiler module. Options (all optional):
 *  - factory: the Emscripten factory (the default export of wasmrust.mjs) if the caller imported it
 *    itself (e.g. a bundler import); otherwise it is imported from moduleUrl.
 *  - moduleUrl: URL (or string) of wasmrust.mjs (default DEFAULT_MODULE_URL).
 *  - wasmUrl: URL of wasmrust.wasm (default: beside moduleUrl). Browsers fetch it (streaming compile).
 *  - wasmBinary: the .wasm bytes (ArrayBuffer/Uint8Array); skips fetching. Node reads wasmUrl from disk.
 * @returns {Promise<{compile: (source: string, options?: CompileOptions) => CompileResult,
 *                    version: string, liveResults: () => number, module: object}>}
 */
export async function createCompiler(options = {}) {
  const moduleUrl = new URL(options.moduleUrl ?? DEFAULT_MODULE_URL, import.meta.url);
  const wasmUrl = new URL(options.wasmUrl ?? moduleUrl.href.replace(/\.mjs$/, ".wasm"), import.meta.url);
  const init = {
    locateFile: (path) => (path.endsWith(".wasm") ? wasmUrl.href : new URL(path, moduleUrl).href),
    print: (s) => console.log(s),
    printErr: (s) => console.error(s),
  };
  if (options.wasmBinary) init.wasmBinary = options.wasmBinary;
  if (isNode) {
    // Emscripten 3.1.6's ES-module output uses CommonJS `require`/`__dirname` and fetch(file://) in node.
    const { createRequire } = await import(/* @vite-ignore */ "node:module");
    const { fileURLToPath } = await import(/* @vite-ignore */ "node:url");
    const { readFileSync } = await import(/* @vite-ignore */ "node:fs");
    const { dirname } = await import(/* @vite-ignore */ "node:path");
    if (typeof globalThis.require === "undefined") globalThis.require = createRequire(moduleUrl);
    if (typeof globalThis.__dirname === "undefined") globalThis.__dirname = dirname(fileURLToPath(moduleUrl));
    if (!init.wasmBinary) init.wasmBinary = readFileSync(fileURLToPath(wasmUrl));
  }
  const factory = options.factory ?? (await import(/* @vite-ignore */ moduleUrl.href)).default;
  const M = await factory(init);
  return wrapModule(M);
}

/** @typedef {import("./protocol.mjs").CompileOptions} CompileOptions */
/** @typedef {import("./protocol.mjs").CompileResult} CompileResult */

function wrapModule(M) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Copies `bytes` into a fresh malloc'd, NUL-terminated block; the caller frees it.
  function alloc(bytes) {
    const p = M._malloc(bytes.length + 1);
    if (!p) throw new Error("wasmrust: out of memory");
    M.HEAPU8.set(bytes, p); // HEAPU8 is re-read after every call: memory growth replaces the view
    M.HEAPU8[p + bytes.length] = 0;
    return p;
  }
  function text(h, kind) {
    const len = M._wr_result_text_len(h, kind);
    if (!len) return "";
    const p = M._wr_result_text(h, kind);
    return decoder.decode(M.HEAPU8.subarray(p, p + len));
  }
  const cstr = (p) => {
    let e = p;
    while (M.HEAPU8[e]) e++;
    return decoder.decode(M.HEAPU8.subarray(p, e));
  };
  const version = cstr(M._wr_version());

  /**
   * Compiles one source file. Synchronous; never throws for bad programs (errors are diagnostics).
   * @param {string} source
   * @param {CompileOptions} [opts]
   * @returns {CompileResult}
   */
  // threads: true builds for threads (shared memory, as `--threads`); "auto" does so only when the
  // program spawns threads (a second compile), e.g. in a cross-origin isolated page.
  function compile(source, opts = {}) {
    if (opts.threads === "auto") {
      const r = compile(source, { ...opts, threads: false });
      return r.ok && spawnsThreads(r.wasm) ? compile(source, { ...opts, threads: true }) : r;
    }
    const { fileName = "main.rs", emitWat = false, emitWasmIR = false, release = false, test = false, threads = false } = opts;
    const t0 = performance.now();
    const src = encoder.encode(String(source));
    const pName = alloc(encoder.encode(fileName));
    let pSrc = 0, h = 0;
    try {
      pSrc = alloc(src);
      const flags = (emitWat ? WR_EMIT_WAT : 0) | (emitWasmIR ? WR_EMIT_WASMIR : 0) | (test ? WR_TEST : 0) | (threads ? WR_THREADS : 0);
      h = M._wr_compile(pName, pSrc, src.length, flags, release ? 1 : 0);
      const errors = M._wr_result_errors(h);
      const warnings = M._wr_result_warnings(h);
      const wlen = M._wr_result_wasm_len(h);
      const wptr = M._wr_result_wasm_ptr(h);
      const wasm = M.HEAPU8.slice(wptr, wptr + wlen); // a copy: owns its own ArrayBuffer (transferable)
      const diagJson = text(h, TEXT.diagJson);
      const diagnostics = diagJson.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
      const result = {
        ok: errors === 0,
        errors,
        warnings,
        wasm,
        wat: text(h, TEXT.wat),
        wasmir: text(h, TEXT.wasmir),
        diagnostics,
        rendered: text(h, TEXT.diagHuman),
        timings: JSON.parse(text(h, TEXT.timingsJson) || "[]"),
        compileMs: 0,
        threads: !!threads,
      };
      result.compileMs = performance.now() - t0;
      return result;
    } finally {
      if (h) M._wr_result_free(h);
      if (pSrc) M._free(pSrc);
      M._free(pName);
    }
  }

  return { compile, version, liveResults: () => M._wr_live_results(), module: M };
}
