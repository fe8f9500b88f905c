// Main-thread side of the compiler worker: starts compiler.worker.mjs and wraps it with Comlink.
//   const compiler = createCompilerWorker();
//   await compiler.api.init();                        // optional: warm the module up front
//   const r = await compiler.api.compile(src, { emitWat: true });
//   compiler.terminate();                             // e.g. to abandon a runaway compile; then create a new one
import * as Comlink from "comlink";

/**
 * @param {{createWorker?: () => Worker}} [options]  createWorker: for tests or custom bundling
 * @returns {{api: import("comlink").Remote<import("./protocol.mjs").CompilerWorkerApi>, worker: Worker, terminate(): void}}
 */
export function createCompilerWorker(options = {}) {
  const worker = options.createWorker
    ? options.createWorker()
    : new Worker(new URL("./compiler.worker.mjs", import.meta.url), { type: "module" });
  const api = Comlink.wrap(worker);
  return {
    api,
    worker,
    terminate() {
      api[Comlink.releaseProxy]?.();
      worker.terminate();
    },
  };
}
