// Runs a browser worker module (workers/*.worker.mjs) under node's worker_threads: provides the `self`
// the worker expects (postMessage / addEventListener("message") with {data} events), then imports it.
import { parentPort, workerData } from "node:worker_threads";

const listeners = new Map();
globalThis.self = {
  postMessage: (message, transfer) => parentPort.postMessage(message, transfer ?? []),
  addEventListener(type, fn) {
    if (type !== "message") return;
    const wrapped = (data) => fn({ data });
    listeners.set(fn, wrapped);
    parentPort.on("message", wrapped);
  },
  removeEventListener(type, fn) {
    const wrapped = listeners.get(fn);
    if (wrapped) parentPort.off("message", wrapped);
    listeners.delete(fn);
  },
};
await import(workerData.workerUrl);
