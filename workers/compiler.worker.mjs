// The compiler worker: the Emscripten build of the compiler behind Comlink (CompilerWorkerApi in
// protocol.mjs). The module is loaded once (on init() or the first compile()) and stays warm: later
// compiles reuse it. Main-thread side: compiler-client.mjs (or Comlink.wrap(new Worker(...))).
import * as Comlink from "comlink";
import { createCompiler } from "./compiler-api.mjs";

let loading = null;
let loadMs = 0;
let compiles = 0;

function load(options = {}) {
  if (!loading) {
    const t0 = performance.now();
    loading = createCompiler(options).then((c) => {
      loadMs = performance.now() - t0;
      return c;
    });
    loading.catch(() => { loading = null; }); // a failed load can be retried
  }
  return loading;
}

const api = {
  async init(options = {}) {
    const c = await load(options);
    return { version: c.version, loadMs };
  },
  async compile(source, options = {}) {
    const c = await load();
    const r = c.compile(source, options);
    compiles++;
    return Comlink.transfer(r, [r.wasm.buffer]);
  },
  async stats() {
    const c = await load();
    return { version: c.version, compiles, liveResults: c.liveResults() };
  },
};

Comlink.expose(api, self);
