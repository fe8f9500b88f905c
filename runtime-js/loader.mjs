// Loads a compiled WasmRust module with its host: the runtime's own imports (host.mjs) plus the
// program's imports, given by the caller as { module: { name: function } }. The module describes what it
// imports and exports in two custom sections (docs/interop.md):
//   "wasmrust.imports": [{module, name, params: ["i32"|"u32"|"i64"|"f32"|"f64"|"bool"|"char"|"str"], result}]
//   "wasmrust.exports": [{name, params, result}]
// so the loader converts values at the boundary (a `&str` argument arrives as a JS string, a `bool`
// result leaves as true/false) and reports a missing or mistyped import by name before instantiating.
//
//   const m = await instantiate(bytes, { imports: { host: { log: (s) => console.log(s) } } });
//   m.exports.add(2, 3);   // 5
//   m.run();               // runs `main` if the program has one: its exit code
import { createHost, ExitSignal } from "./host.mjs";

// Host profiles (docs/interop.md): what the loader offers a module.
//   browser:  standard imports (console.*), threads when crossOriginIsolated
//   node:     standard imports, threads when worker_threads and SharedArrayBuffer exist
//   embedded: only the runtime's own imports (output, exit), no console, no threads
export const PROFILES = {
  browser: { standardImports: true, threads: true },
  node: { standardImports: true, threads: true },
  embedded: { standardImports: false, threads: false },
};

// What every module WasmRust emits needs today (memory.copy/fill; mutable globals and sign extension
// are older than every engine that has bulk memory).
export const REQUIRED = ["bulkMemory"];

export class WasmRustLinkError extends Error {}

// A call into the module that panicked or exited: `code` is its exit status (101 for a panic).
export class WasmRustExit extends Error {
  constructor(code) {
    super(code === 101 ? "the WasmRust program panicked" : `the WasmRust program exited with code ${code}`);
    this.code = code;
  }
}

export function describe(module) {
  const read = (name) => {
    const s = WebAssembly.Module.customSections(module, name);
    return s.length ? JSON.parse(new TextDecoder().decode(s[0])) : [];
  };
  return { imports: read("wasmrust.imports"), exports: read("wasmrust.exports") };
}

const signature = (d) => `(${d.params.join(", ")})${d.result ? " -> " + d.result : ""}`;

// Writes to the console by default, a line at a time.
function consoleWriter() {
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  const pending = { 1: "", 2: "" };
  return (fd, bytes) => {
    const f = fd === 2 ? 2 : 1;
    pending[f] += decoders[f].decode(bytes, { stream: true });
    let nl;
    while ((nl = pending[f].indexOf("\n")) >= 0) {
      (f === 2 ? console.error : console.log)(pending[f].slice(0, nl));
      pending[f] = pending[f].slice(nl + 1);
    }
  };
}

// Imports every host offers (node, the playground): `console.log/info/warn/error(&str)` print a line on
// the program's stdout (log, info) or stderr (warn, error). The caller's imports come first.
export function standardImports(write) {
  const enc = new TextEncoder();
  const line = (fd) => (s) => write(fd, enc.encode(s + "\n"));
  return { console: { log: line(1), info: line(1), warn: line(2), error: line(2) } };
}

function merge(base, extra) {
  const out = { ...base };
  for (const [m, fns] of Object.entries(extra)) out[m] = { ...(base[m] ?? {}), ...fns };
  return out;
}

export async function instantiate(bytesOrModule, { imports = {}, write = consoleWriter(), host: hostOpts = {}, profile = "node" } = {}) {
  const prof = PROFILES[profile];
  if (!prof) throw new WasmRustLinkError(`unknown host profile \`${profile}\` (browser, node or embedded)`);
  let module = bytesOrModule;
  if (!(module instanceof WebAssembly.Module)) {
    try {
      module = await WebAssembly.compile(bytesOrModule);
    } catch (e) {
      // Say which engine feature is missing rather than only the engine's byte offset (capabilities.mjs
      // needs the npm package wasm-feature-detect: loaded only here, so plain `wasmrust run` needs no npm).
      try {
        const { detectCapabilities, explainMissing } = await import("./capabilities.mjs");
        const why = explainMissing(await detectCapabilities(), REQUIRED);
        if (why) e.message = `${why} (${e.message})`;
      } catch {}
      throw e;
    }
  }
  const desc = describe(module);
  const host = createHost({ write, ...hostOpts });
  if (prof.standardImports) imports = merge(standardImports(write), imports);
  const decoder = new TextDecoder();
  let memory = null;
  const str = (p) => {
    const view = new DataView(memory.buffer);
    const ptr = view.getUint32(p, true), len = view.getUint32(p + 4, true);
    return decoder.decode(new Uint8Array(memory.buffer, ptr, len));
  };
  const fromWasm = { str, bool: (x) => x !== 0, char: (x) => String.fromCodePoint(x), u32: (x) => x >>> 0 };
  const toWasm = {
    bool: (x) => (x ? 1 : 0),
    char: (x) => (typeof x === "string" ? x.codePointAt(0) : x),
    i64: (x) => BigInt(x),
  };
  const importObject = { wr: host.imports.wr };
  const described = new Set(desc.imports.map((d) => `${d.module}\u0000${d.name}`));
  for (const d of desc.imports) {
    const fn = imports[d.module]?.[d.name];
    if (fn === undefined)
      throw new WasmRustLinkError(`the module imports \`${d.module}.${d.name}\` ${signature(d)}, but no such function was given (imports.${d.module}.${d.name})`);
    if (typeof fn !== "function")
      throw new WasmRustLinkError(`the import \`${d.module}.${d.name}\` ${signature(d)} must be a function, not ${fn === null ? "null" : typeof fn}`);
    const conv = d.params.map((k) => fromWasm[k]);
    const res = d.result ? toWasm[d.result] : null;
    const wrapped = conv.every((c) => !c) && !res
      ? fn
      : (...args) => {
          for (let i = 0; i < args.length; i++) if (conv[i]) args[i] = conv[i](args[i]);
          const r = fn(...args);
          return res ? res(r) : r;
        };
    (importObject[d.module] ??= {})[d.name] = wrapped;
  }
  // Imports of a module compiled without the description (or by another toolchain): passed through.
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module === "wr" || described.has(`${imp.module}\u0000${imp.name}`)) continue;
    const v = imports[imp.module]?.[imp.name];
    if (v === undefined) throw new WasmRustLinkError(`the module imports \`${imp.module}.${imp.name}\` (a ${imp.kind}), but none was given`);
    (importObject[imp.module] ??= {})[imp.name] = v;
  }
  const instance = await WebAssembly.instantiate(module, importObject);
  host.bind(instance);
  memory = instance.exports.memory;
  const exports = {};
  for (const d of desc.exports) {
    const raw = instance.exports[d.name];
    const res = d.result ? fromWasm[d.result] : null;
    const args = d.params.map((k) => toWasm[k]);
    exports[d.name] = (...xs) => {
      for (let i = 0; i < xs.length; i++) if (args[i]) xs[i] = args[i](xs[i]);
      let r;
      try {
        r = raw(...xs);
      } catch (e) {
        if (e instanceof ExitSignal) throw new WasmRustExit(e.code);
        throw e;
      }
      return res ? res(r) : r;
    };
  }
  return {
    module,
    instance,
    host,
    exports,
    description: desc,
    // Runs `main` (the `_start` export) when the program has one; returns the exit code.
    run: () => (instance.exports._start ? host.runStart() : 0),
  };
}
