// A browser-like Worker (postMessage, addEventListener("message"/"error"), terminate) on top of node's
// worker_threads, running the real workers/*.worker.mjs through worker-shim.mjs. Used as the
// `createWorker` option of runProgram() / createCompilerWorker() in the node tests.
import { Worker } from "node:worker_threads";

const SHIM = new URL("./worker-shim.mjs", import.meta.url);

export function nodeWebWorker(workerUrl) {
  const w = new Worker(SHIM, { workerData: { workerUrl: String(workerUrl) } });
  const listeners = new Map();
  return {
    node: w,
    postMessage: (message, transfer) => w.postMessage(message, transfer ?? []),
    addEventListener(type, fn) {
      const wrapped = type === "message" ? (data) => fn({ data }) : (err) => fn({ message: err?.message ?? String(err) });
      listeners.set(fn, wrapped);
      w.on(type === "message" ? "message" : "error", wrapped);
    },
    removeEventListener(type, fn) {
      const wrapped = listeners.get(fn);
      if (wrapped) w.off(type === "message" ? "message" : "error", wrapped);
    },
    terminate() {
      w.terminate();
    },
  };
}

export const RUN_WORKER = new URL("../../../workers/run.worker.mjs", import.meta.url);
export const COMPILER_WORKER = new URL("../../../workers/compiler.worker.mjs", import.meta.url);
