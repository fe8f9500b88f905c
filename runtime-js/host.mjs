// The WasmRust host: the imports a compiled program needs (module "wr"), independent of node or the
// browser. `write` receives bytes; exit and stack overflow end the program by throwing ExitSignal, which
// the runner catches.
//
//   const host = createHost({ write(fd, bytes) {...} });
//   const { instance } = await WebAssembly.instantiate(bytes, host.imports);
//   host.bind(instance);  const code = host.runStart();

import { HandleTable, WasmRustHandleError } from "./handles.mjs";

export { HandleTable, WasmRustHandleError };

export class ExitSignal extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

export const STACK_OVERFLOW_MESSAGE =
  "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";

export function createHost({ write, threads = null, note = (m) => console.warn(m) }) {
  let memory = null;
  const encoder = new TextEncoder();
  // wasm::ExternRef / wasm::FuncRef (compiler/runtime/wasm.rs): a handle is two u32 in memory, the slot
  // index and its generation.
  const refs = new HandleTable();
  let u32 = new Uint32Array(0);
  // The view is refreshed only when `p` is beyond it: growing memory detaches the old buffer (length 0),
  // so no `memory.buffer` getter (a slow API call) on the common path.
  const words = (p) => ((p >>> 2) + 1 < u32.length ? u32 : (u32 = new Uint32Array(memory.buffer)));
  const closures = new WeakMap();  // a JS function made from a Rust closure -> { alive }
  const readRef = (p) => {
    const w = words(p);
    return refs.get(w[p >>> 2], w[(p >>> 2) + 1]);
  };
  const writeRef = (p, i) => {
    const w = words(p);
    w[p >>> 2] = i;
    w[(p >>> 2) + 1] = refs.gens[i];
  };
  const readIdx = (p) => words(p)[p >>> 2];
  const freeRef = (p) => {
    const w = words(p);
    return refs.free(w[p >>> 2], w[(p >>> 2) + 1]);
  };
  const makeClosure = (cell) => {
    const state = { alive: true };
    const fn = (...xs) => {
      if (!state.alive) throw new WasmRustHandleError("a WasmRust closure was called after its FuncRef was dropped");
      const ex = host.instance.exports;
      const n = xs.length;
      const buf = n ? ex.__wr_malloc(8 * n) : 0;
      const f64 = new Float64Array(memory.buffer);
      for (let k = 0; k < n; k++) f64[(buf >>> 3) + k] = +xs[k];
      host.depth++;
      try {
        return ex.__wr_closure_call(cell, buf, n);
      } catch (e) {
        if (host.depth === 1) ex.__wr_stack_reset?.();  // (as loader.mjs's guard)
        throw e;
      } finally {
        host.depth--;
        if (buf) ex.__wr_mfree(buf);
      }
    };
    closures.set(fn, state);
    return fn;
  };
  const host = {
    depth: 0,  // calls into the module in progress (loader.mjs, guard)
    refs,
    readRef,
    readIdx,
    writeRef,
    freeRef,
    imports: {
      wr: {
        ref_clone(sret, p) {
          writeRef(sret, refs.insert(readRef(p)));
        },
        ref_drop(p) {
          freeRef(p);
        },
        ref_eq(a, b) {
          return Object.is(readRef(a), readRef(b)) ? 1 : 0;
        },
        ref_null(sret) {
          writeRef(sret, 0);
        },
        ref_is_null(p) {
          return readRef(p) == null ? 1 : 0;
        },
        func_new(sret, cell) {
          writeRef(sret, refs.insert(makeClosure(cell)));
        },
        func_drop(p) {
          const f = freeRef(p);
          const st = closures.get(f);
          if (st) st.alive = false;
        },
        // wasm::thread::spawn: `threads` (runtime-js/threads.mjs) runs the job on a worker; without one
        // (an unshared build, a host without threads, every worker busy) the job runs on this thread.
        thread_spawn(cell, packet) {
          const pool = host.threads ?? threads;
          if (pool && pool.spawn(cell, packet)) return 1;
          if (!host.saidInline && (pool || host.noThreadsReason)) {  // (an unshared build: silently, by design)
            host.saidInline = true;
            note(pool ? "wasm::thread::spawn: every worker is busy, so this job runs on the calling thread (same result)"
                         : `wasm::thread::spawn: ${host.noThreadsReason}, so spawned work runs on the calling thread (same result)`);
          }
          // On this thread, now; a panic ends the job, not the program (join returns Err), as a thread's would.
          const ex = host.instance.exports;
          if (!ex.__wr_thread_inline) return 0;
          try {
            ex.__wr_thread_inline(cell, packet);
          } catch (e) {
            if (!(e instanceof ExitSignal) || e.code !== 101) throw e;
            ex.__wr_thread_unwound(packet);
          }
          return 1;
        },
        thread_join(packet) {
          const pool = host.threads ?? threads;
          if (!pool) throw new Error("wasm::thread: join on a job no worker runs");
          pool.join(packet);
        },
        // reference types builds (the module's own externref table): the values themselves
        xref_eq: (a, b) => (Object.is(a, b) ? 1 : 0),
        refs_live: () => refs.live,
        refs_capacity: () => refs.capacity,
        xfunc_new: (cell) => makeClosure(cell),
        xfunc_drop(f) {
          const st = closures.get(f);
          if (st) st.alive = false;
        },
        xfunc_call(f, args, n) {
          if (typeof f !== "function") throw new TypeError(`FuncRef::call: the handle holds ${f === null ? "null" : typeof f}, not a function`);
          const f64 = new Float64Array(memory.buffer, args, n);
          return +f(...f64);
        },
        func_call(p, args, n) {
          const f = readRef(p);
          if (typeof f !== "function") throw new TypeError(`FuncRef::call: the handle holds ${f === null ? "null" : typeof f}, not a function`);
          const f64 = new Float64Array(memory.buffer, args, n);
          return +f(...f64);
        },
        write(fd, ptr, len) {
          if (len > 0) write(fd, new Uint8Array(memory.buffer, ptr, len).slice());
        },
        exit(code) {
          throw new ExitSignal(code);
        },
        stack_overflow() {
          write(2, encoder.encode(STACK_OVERFLOW_MESSAGE));
          throw new ExitSignal(134);
        },
      },
    },
    bind(instance) {
      memory = instance.exports.memory;
      host.instance = instance;
    },
    // Runs `_start`; returns the exit code (0, 101 for a panic, 134 for a stack overflow).
    runStart() {
      return host.runExport("_start");
    },
    // Runs an exported entry point (`_start`, or a test build's `__wr_test_N`); returns the exit code.
    runExport(name) {
      try {
        host.instance.exports[name]();
        return 0;
      } catch (e) {
        if (e instanceof ExitSignal) return e.code;
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
          write(2, encoder.encode(STACK_OVERFLOW_MESSAGE));
          return 134;
        }
        throw e;
      }
    },
  };
  return host;
}
