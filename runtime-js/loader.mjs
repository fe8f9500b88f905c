// Loads a compiled WasmRust module with its host: the runtime's own imports (host.mjs) plus the
// program's imports, given by the caller as { module: { name: function } }. The module describes what it
// imports and exports in two custom sections (docs/interop.md):
//   "wasmrust.imports": [{module, name, params: [kind...], result: kind or null}] (kinds: docs/interop.md)
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
  const mem = read("wasmrust.memory");
  const abi = read("wasmrust.abi");
  return { imports: read("wasmrust.imports"), exports: read("wasmrust.exports"), memory: Array.isArray(mem) ? null : mem,
           abi: Array.isArray(abi) ? null : abi };
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

// The `js` import module (browser and node profiles): reflection on JS values, typed as the program
// declares each import (docs/wasm_crate.md). The name's prefix says what an import does:
//   global*(name) -> globalThis[name]          get*(obj, prop) -> obj[prop]
//   set*(obj, prop, value)                      call*(obj, method, ...args) -> obj[method](...args)
//   new*(constructorName, ...args) -> new globalThis[constructorName](...args)
export function jsImport(name) {
  if (name.startsWith("global")) return (n) => globalThis[n];
  if (name.startsWith("get")) return (o, p) => o[p];
  if (name.startsWith("set")) return (o, p, v) => { o[p] = v; };
  if (name.startsWith("call")) return (o, m, ...args) => {
    if (typeof o?.[m] !== "function") throw new TypeError(`js.${name}: ${o === null ? "null" : typeof o} has no method \`${m}\``);
    return o[m](...args);
  };
  if (name.startsWith("new")) return (c, ...args) => new globalThis[c](...args);
  return undefined;
}

function merge(base, extra) {
  const out = { ...base };
  for (const [m, fns] of Object.entries(extra)) out[m] = { ...(base[m] ?? {}), ...fns };
  return out;
}

// Whether this host can run a threads build's workers: SharedArrayBuffer usable (in a browser, only on a
// cross-origin isolated page) and workers available.
function threadsUnavailable(profile) {
  if (!PROFILES[profile].threads) return `the \`${profile}\` profile has no threads`;
  if (typeof SharedArrayBuffer === "undefined") return "this host has no SharedArrayBuffer";
  if (typeof globalThis.crossOriginIsolated === "boolean" && !globalThis.crossOriginIsolated) return "the page is not cross-origin isolated";
  if (typeof process === "undefined" && typeof Worker === "undefined") return "this host has no workers";
  return null;
}

/**
 * Instantiates a WasmRust module with its host.
 * @param {BufferSource | WebAssembly.Module} bytesOrModule
 * @param {object} [options]
 * @param {Record<string, Record<string, Function>>} [options.imports] the program's imports, by module and name
 * @param {(fd: number, bytes: Uint8Array) => void} [options.write] the program's output (1 stdout, 2 stderr)
 * @param {{note?: (message: string) => void}} [options.host] host options (`note`: a degraded capability, said once)
 * @param {"browser" | "node" | "embedded"} [options.profile] what the host offers (default "node")
 * @param {number} [options.threads] workers for wasm::thread::spawn in a --threads build (default 4)
 * @param {number} [options.maxMemoryPages] a bound for a --threads build's shared memory
 * @returns {Promise<{module: WebAssembly.Module, instance: WebAssembly.Instance, host: object,
 *   exports: Record<string, Function>, description: object, threads: object | null,
 *   run: () => number, close: () => void}>}
 */
export async function instantiate(bytesOrModule, { imports = {}, write = consoleWriter(), host: hostOpts = {}, profile = "node", threads = 4, maxMemoryPages = Infinity } = {}) {
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
        const caps = await detectCapabilities();
        const why = explainMissing(caps, REQUIRED);
        if (why) e.message = `${why} (${e.message})`;
        else if (!caps.referenceTypes)  // a module with host handles keeps them in an externref table by default
          e.message = `this engine lacks reference types (externref): build the module with --no-reference-types (${e.message})`;
        else if (!caps.threads && /shared|atomic/i.test(e.message))
          e.message = `this engine lacks threads (shared memory and atomics): build the module without --threads (${e.message})`;
      } catch {}
      throw e;
    }
  }
  const desc = describe(module);
  // A threads build (--threads) imports a shared memory: the loader makes it and, when the host can, a
  // pool of workers for wasm::thread::spawn; otherwise spawned work runs on the calling thread.
  let sharedMemory = null, pool = null, noThreads = null;
  if (desc.memory?.shared) {
    if (typeof SharedArrayBuffer === "undefined")
      throw new WasmRustLinkError("this module was built with --threads (shared memory), which needs SharedArrayBuffer: this host has none (a browser page must be cross-origin isolated); build it without --threads");
    const maximum = Math.min(desc.memory.maximum, maxMemoryPages);
    if (desc.memory.initial > maximum)
      throw new RangeError(`the program needs ${desc.memory.initial} pages of memory at start, above the limit of ${maximum}`);
    sharedMemory = new WebAssembly.Memory({ initial: desc.memory.initial, maximum, shared: true });
    noThreads = threadsUnavailable(profile) ?? (threads > 0 ? null : "no worker threads were requested");
  }
  const userWrite = write;
  write = (fd, bytes) => {
    pool?.drain();  // what spawned threads printed comes first
    userWrite(fd, bytes);
  };
  const host = createHost({ write, threads: null, ...hostOpts });
  if (noThreads) host.noThreadsReason = noThreads;
  if (prof.standardImports) imports = merge(standardImports(write), imports);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let memory = null, ex = null;
  const view = () => new DataView(memory.buffer);
  // Values by kind (docs/interop.md). A kind kept in memory travels as a pointer: `str`/`&[u8]` to a
  // (ptr, len) pair, `string`/`bytes` to a Vec<u8>, `externref`/`funcref` to a (slot, generation) handle.
  const pair = (p) => {
    const v = view();
    return [v.getUint32(p, true), v.getUint32(p + 4, true)];
  };
  const vecBytes = (p) => new Uint8Array(memory.buffer, ex.__wr_vec_ptr(p), ex.__wr_vec_len(p)).slice();
  // A reference types build (the "wasmrust.abi" section): host values cross as themselves (externref).
  const nativeRefs = !!desc.abi?.externref;
  const inMemory = new Set(["str", "&[u8]", "string", "bytes", ...(nativeRefs ? [] : ["externref", "&externref", "funcref", "&funcref"])]);
  // wasm -> JS (an import's arguments, an export's result)
  const fromWasm = {
    bool: (x) => x !== 0,
    char: (x) => String.fromCodePoint(x),
    u32: (x) => x >>> 0,
    str: (p) => {
      const [ptr, len] = pair(p);
      const bytes = new Uint8Array(memory.buffer, ptr, len);
      return decoder.decode(sharedMemory ? bytes.slice() : bytes);  // (browsers refuse views of shared memory)
    },
    "&[u8]": (p) => {
      const [ptr, len] = pair(p);
      return new Uint8Array(memory.buffer, ptr, len).slice();
    },
    string: (p) => {  // an owned String: read, then dropped (the host took it)
      const s = decoder.decode(vecBytes(p));
      ex.__wr_vec_drop(p);
      return s;
    },
    bytes: (p) => {
      const b = vecBytes(p);
      ex.__wr_vec_drop(p);
      return b;
    },
    externref: (p) => host.freeRef(p),  // owned: the host takes the value, the slot is released
    "&externref": (p) => host.readRef(p),
    funcref: (p) => host.freeRef(p),
    "&funcref": (p) => host.readRef(p),
  };
  if (nativeRefs) for (const k of ["externref", "&externref", "funcref", "&funcref"]) delete fromWasm[k];
  const bytesOf = (x, what) => {
    if (typeof x === "string") return encoder.encode(x);
    if (x instanceof Uint8Array) return x;
    if (x instanceof ArrayBuffer) return new Uint8Array(x);
    if (Array.isArray(x)) return Uint8Array.from(x);
    throw new TypeError(`${what}: expected ${/\((&str|String)\)$/.test(what) ? "a string" : "a Uint8Array"}, got ${x === null ? "null" : typeof x}`);
  };
  const copyIn = (bytes) => {
    const ptr = ex.__wr_malloc(bytes.length);
    new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  };
  // JS -> wasm, written at `dest` (an import's result through its result pointer; an export's argument
  // in a slot the loader allocates)
  const intoWasm = {
    string: (dest, x, what) => {
      const b = bytesOf(x, what);
      ex.__wr_vec_init(dest, copyIn(b), b.length);
    },
    externref: (dest, x) => host.writeRef(dest, host.refs.insert(x)),
    funcref: (dest, x, what) => {
      if (x !== null && typeof x !== "function") throw new TypeError(`${what}: expected a function, got ${typeof x}`);
      host.writeRef(dest, host.refs.insert(x));
    },
  };
  intoWasm.bytes = intoWasm.string;
  const toWasm = {
    bool: (x) => (x ? 1 : 0),
    char: (x) => (typeof x === "string" ? x.codePointAt(0) : x),
    i64: (x) => BigInt(x),
  };
  const importObject = { wr: host.imports.wr };
  if (sharedMemory) importObject.env = { memory: sharedMemory };
  const described = new Set(desc.imports.map((d) => `${d.module}\u0000${d.name}`));
  for (const d of desc.imports) {
    const fn = imports[d.module]?.[d.name] ?? (d.module === "js" && prof.standardImports ? jsImport(d.name) : undefined);
    if (fn === undefined)
      throw new WasmRustLinkError(`the module imports \`${d.module}.${d.name}\` ${signature(d)}, but no such function was given (imports.${d.module}.${d.name})`);
    if (typeof fn !== "function")
      throw new WasmRustLinkError(`the import \`${d.module}.${d.name}\` ${signature(d)} must be a function, not ${fn === null ? "null" : typeof fn}`);
    const conv = d.params.map((k) => fromWasm[k]);
    const what = `the result of \`${d.module}.${d.name}\` (${d.result === "string" ? "String" : d.result})`;
    const sret = d.result && inMemory.has(d.result) ? intoWasm[d.result] : null;  // written through a pointer passed first
    const res = d.result && !sret ? toWasm[d.result] : null;
    let wrapped;
    const same = (x) => x;
    const [c0 = same, c1 = same, c2 = same] = conv;
    const post = res ?? same;
    if (conv.every((c) => !c) && !res && !sret) wrapped = fn;
    // fixed-arity wrappers for up to 3 parameters (no rest/spread arrays, no loop)
    else if (sret && conv.length === 0) wrapped = (dest) => sret(dest, fn(), what);
    else if (sret && conv.length === 1) wrapped = (dest, a) => sret(dest, fn(c0(a)), what);
    else if (sret && conv.length === 2) wrapped = (dest, a, b) => sret(dest, fn(c0(a), c1(b)), what);
    else if (!sret && conv.length === 0) wrapped = () => post(fn());
    else if (!sret && conv.length === 1) wrapped = (a) => post(fn(c0(a)));
    else if (!sret && conv.length === 2) wrapped = (a, b) => post(fn(c0(a), c1(b)));
    else if (!sret && conv.length === 3) wrapped = (a, b, c) => post(fn(c0(a), c1(b), c2(c)));
    else if (sret)
      wrapped = (dest, ...args) => {
        for (let i = 0; i < args.length; i++) if (conv[i]) args[i] = conv[i](args[i]);
        sret(dest, fn(...args), what);
      };
    else
      wrapped = (...args) => {
        for (let i = 0; i < args.length; i++) if (conv[i]) args[i] = conv[i](args[i]);
        const r = fn(...args);
        return res ? res(r) : r;
      };
    (importObject[d.module] ??= {})[d.name] = wrapped;
  }
  // Imports of a module compiled without the description (or by another toolchain): passed through.
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module === "wr" || described.has(`${imp.module}\u0000${imp.name}`) || (sharedMemory && imp.kind === "memory")) continue;
    const v = imports[imp.module]?.[imp.name];
    if (v === undefined) throw new WasmRustLinkError(`the module imports \`${imp.module}.${imp.name}\` (a ${imp.kind}), but none was given`);
    (importObject[imp.module] ??= {})[imp.name] = v;
  }
  const instance = await WebAssembly.instantiate(module, importObject);
  host.bind(instance);
  memory = instance.exports.memory;
  ex = instance.exports;
  if (sharedMemory && !noThreads && ex.__wr_thread_start) {
    const { createThreadPool } = await import("./threads.mjs");
    pool = await createThreadPool({ module, memory: sharedMemory, exports: ex, size: threads, write: userWrite, imports: desc.imports });
    host.threads = pool;
  }
  const exports = {};
  // Every call into the module goes through `guard`: when an exception (a panic's exit, an import's
  // error) leaves the outermost one, the frames it unwound never popped the shadow stack, so it is reset.
  const guard = (f) => {
    const n = f.length;
    const enter = () => host.depth++;
    const fail = (e) => {
      if (host.depth === 1) ex.__wr_stack_reset?.();
      throw e;
    };
    const leave = () => host.depth--;
    if (n === 0) return () => { enter(); try { return f(); } catch (e) { fail(e); } finally { leave(); } };
    if (n === 1) return (a) => { enter(); try { return f(a); } catch (e) { fail(e); } finally { leave(); } };
    if (n === 2) return (a, b) => { enter(); try { return f(a, b); } catch (e) { fail(e); } finally { leave(); } };
    if (n === 3) return (a, b, c) => { enter(); try { return f(a, b, c); } catch (e) { fail(e); } finally { leave(); } };
    return (...xs) => { enter(); try { return f(...xs); } catch (e) { fail(e); } finally { leave(); } };
  };
  for (const d of desc.exports) {
    const raw = guard(instance.exports[d.name]);
    const resKind = d.result;
    const resInMemory = resKind && inMemory.has(resKind);
    const res = resKind && !resInMemory ? fromWasm[resKind] : null;
    const simple = !resInMemory && d.params.every((k) => !inMemory.has(k));
    const args = d.params.map((k) => toWasm[k]);
    const call = (xs) => {
      try {
        return raw(...xs);
      } catch (e) {
        if (e instanceof ExitSignal) throw new WasmRustExit(e.code);
        throw e;
      }
    };
    const same = (x) => x;
    const [s0 = same, s1 = same, s2 = same] = args;
    const post = res ?? same;
    const mapExit = (e) => (e instanceof ExitSignal ? new WasmRustExit(e.code) : e);
    if (simple && d.params.length <= 3) {
      exports[d.name] =
        d.params.length === 0 ? () => { try { return post(raw()); } catch (e) { throw mapExit(e); } }
        : d.params.length === 1 ? (a) => { try { return post(raw(s0(a))); } catch (e) { throw mapExit(e); } }
        : d.params.length === 2 ? (a, b) => { try { return post(raw(s0(a), s1(b))); } catch (e) { throw mapExit(e); } }
        : (a, b, c) => { try { return post(raw(s0(a), s1(b), s2(c))); } catch (e) { throw mapExit(e); } };
      continue;
    }
    if (simple) {
      exports[d.name] = (...xs) => {
        for (let i = 0; i < xs.length; i++) if (args[i]) xs[i] = args[i](xs[i]);
        const r = call(xs);
        return res ? res(r) : r;
      };
      continue;
    }
    // Handles (and scalars) only, the result not in memory: the handles go in a scratch area allocated
    // once per export (malloc'd only on a re-entrant call), the table slot of a borrowed one is freed
    // after the call by its index and generation (no memory read), and `what` is computed once.
    const HANDLE = { externref: 1, "&externref": 2, funcref: 1, "&funcref": 2 };
    if (!resInMemory && d.params.every((k) => HANDLE[k] || !inMemory.has(k))) {
      const n = d.params.length;
      const kinds = d.params.map((k) => HANDLE[k] ?? 0);
      const into = d.params.map((k) => (HANDLE[k] ? intoWasm[k.replace("&", "")] : null));
      const whats = d.params.map((k, i) => `argument ${i + 1} of \`${d.name}\``);
      const nh = kinds.filter((h) => h).length;
      const refs = host.refs;
      let scratch = 0, busy = false;
      const [a0 = (x) => x, a1 = (x) => x] = args;
      if (n === 2 && kinds[0] === 2 && kinds[1] === 0 && d.params[0] === "&externref") {
        // the common `f(&ExternRef<T>, scalar)` shape, written out
        exports[d.name] = (x, y) => {
          const reentrant = busy;
          const p = reentrant ? ex.__wr_malloc(8) : scratch || (scratch = ex.__wr_malloc(8));
          busy = true;
          const idx = refs.insert(x);
          host.writeRef(p, idx);
          try {
            const r = raw(p, a1(y));
            return res ? res(r) : r;
          } catch (e) {
            if (e instanceof ExitSignal) throw new WasmRustExit(e.code);
            throw e;
          } finally {
            refs.free(idx, refs.gens[idx]);
            if (reentrant) ex.__wr_mfree(p);
            else busy = false;
          }
        };
        continue;
      }
      exports[d.name] = (...xs) => {
        const reentrant = busy;
        const base = reentrant ? ex.__wr_malloc(8 * nh) : scratch || (scratch = ex.__wr_malloc(8 * nh));
        busy = true;
        let p = base, borrowed0 = -1, borrowed = null;
        try {
          for (let i = 0; i < n; i++) {
            const h = kinds[i];
            if (h === 0) { if (args[i]) xs[i] = args[i](xs[i]); continue; }
            into[i](p, xs[i], whats[i]);
            if (h === 2) {
              const idx = host.readIdx(p);
              if (borrowed0 < 0) borrowed0 = idx; else (borrowed ??= []).push(idx);
            }
            xs[i] = p;
            p += 8;
          }
          const r = call(xs);
          return res ? res(r) : r;
        } finally {
          if (borrowed0 >= 0) refs.free(borrowed0, refs.gens[borrowed0]);
          if (borrowed) for (const idx of borrowed) refs.free(idx, refs.gens[idx]);
          if (reentrant) ex.__wr_mfree(base);
          else busy = false;
        }
      };
      continue;
    }
    // Arguments kept in memory get a slot the loader allocates and frees after the call; a borrowed
    // handle (`&ExternRef<T>`) is released after the call, an owned one belongs to the callee.
    exports[d.name] = (...xs) => {
      const slots = [], after = [];
      try {
        const wasmArgs = [];
        let dest = 0;
        if (resInMemory) slots.push((dest = ex.__wr_malloc(resKind === "string" || resKind === "bytes" ? 12 : 8)));
        if (resInMemory) wasmArgs.push(dest);
        d.params.forEach((k, i) => {
          const x = xs[i], what = `argument ${i + 1} of \`${d.name}\``;
          if (k === "str" || k === "&[u8]") {
            const b = bytesOf(x, k === "str" ? `${what} (&str)` : what);
            const ptr = copyIn(b), p = ex.__wr_malloc(8);
            slots.push(ptr, p);
            const v = view();
            v.setUint32(p, ptr, true);
            v.setUint32(p + 4, b.length, true);
            wasmArgs.push(p);
          } else if (k === "string" || k === "bytes") {
            const p = ex.__wr_malloc(12);
            slots.push(p);
            intoWasm.string(p, x, k === "string" ? `${what} (String)` : what);
            wasmArgs.push(p);
          } else if (inMemory.has(k)) {
            const p = ex.__wr_malloc(8);
            slots.push(p);
            intoWasm[k.replace("&", "")](p, x, what);
            if (k.startsWith("&")) after.push(p);
            wasmArgs.push(p);
          } else wasmArgs.push(toWasm[k] ? toWasm[k](x) : x);
        });
        const r = call(wasmArgs);
        if (!resInMemory) return res ? res(r) : r;
        return fromWasm[resKind](dest);
      } finally {
        for (const p of after) host.freeRef(p);
        for (const p of slots) ex.__wr_mfree(p);
      }
    };
  }
  return {
    module,
    instance,
    host,
    exports,
    description: desc,
    threads: pool,
    // Runs `main` (the `_start` export) when the program has one; returns the exit code.
    run: () => {
      const code = instance.exports._start ? host.runStart() : 0;
      pool?.drain();
      return code;
    },
    // Stops the worker threads (a threads build); the module can no longer spawn.
    close: () => pool?.close(),
  };
}
