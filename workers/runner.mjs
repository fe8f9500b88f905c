// Main-thread side of the run worker: runProgram() starts a fresh run.worker.mjs per run, streams the
// program's output to callbacks and enforces the limits. The page never runs the program itself, so it
// stays responsive; a terminated run leaves nothing behind and the next run starts clean.
//
//   const result = await runProgram(compileResult.wasm, {
//     onStdout: (text) => console.append(text), onStderr: (text) => console.append(text, "err"),
//     timeLimitMs: 10000, signal: stopController.signal });
//   result.exit  // 0 | 101 | 134 | "timeout" | "stopped" | "trap" | "error"
//
// Limits: time (wall clock from the call, worker start-up included; the worker is terminated), memory
// (the module's memory maximum is rewritten to memoryLimitPages before instantiation: memory.grow beyond
// fails inside the program; a module whose initial memory is above the limit is refused with "error"),
// output (outputLimitBytes forwarded, the rest dropped, result.truncated = true; the program keeps running).
import {
  DEFAULT_FLUSH_BYTES,
  DEFAULT_FLUSH_INTERVAL_MS,
  DEFAULT_MEMORY_LIMIT_PAGES,
  DEFAULT_OUTPUT_LIMIT_BYTES,
  DEFAULT_TIME_LIMIT_MS,
} from "./protocol.mjs";
import { createOutputReader, sharedBufferSize } from "./run-core.mjs";

function defaultCreateWorker() {
  return new Worker(new URL("./run.worker.mjs", import.meta.url), { type: "module" });
}

/** True when output can go through a SharedArrayBuffer (crossOriginIsolated pages; node). */
export function sharedOutputAvailable() {
  return typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated !== false;
}

/**
 * Runs a compiled program in a fresh worker.
 * @param {Uint8Array|ArrayBuffer} wasm  module bytes (copied: the caller's buffer stays usable)
 * @param {object} [options]
 * @param {(text: string) => void} [options.onStdout]  called with batches of decoded text, in order
 * @param {(text: string) => void} [options.onStderr]
 * @param {number} [options.timeLimitMs=10000]
 * @param {number} [options.memoryLimitPages=4096]    64 KiB pages (4096 = 256 MiB)
 * @param {number} [options.outputLimitBytes=1048576]
 * @param {number} [options.flushIntervalMs=16]
 * @param {number} [options.flushBytes=65536]
 * @param {AbortSignal} [options.signal]                 abort = Stop: terminates the worker, exit "stopped"
 * @param {boolean} [options.sharedOutput]               default: sharedOutputAvailable()
 * @param {() => Worker} [options.createWorker]          for tests (node) or custom bundling
 * @returns {Promise<import("./protocol.mjs").RunResult>}
 */
export function runProgram(wasm, options = {}) {
  const {
    onStdout = () => {},
    onStderr = () => {},
    timeLimitMs = DEFAULT_TIME_LIMIT_MS,
    memoryLimitPages = DEFAULT_MEMORY_LIMIT_PAGES,
    outputLimitBytes = DEFAULT_OUTPUT_LIMIT_BYTES,
    flushIntervalMs = DEFAULT_FLUSH_INTERVAL_MS,
    flushBytes = DEFAULT_FLUSH_BYTES,
    signal,
    sharedOutput = sharedOutputAvailable(),
    createWorker = defaultCreateWorker,
  } = options;
  const t0 = performance.now();
  const shared = sharedOutput ? new SharedArrayBuffer(sharedBufferSize(outputLimitBytes)) : null;
  const reader = createOutputReader({ shared, onStdout, onStderr });
  const bytes = wasm instanceof Uint8Array ? wasm.slice() : new Uint8Array(wasm).slice();

  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ exit: "stopped", truncated: false, outputBytes: 0, runMs: 0, wallMs: 0 });
      return;
    }
    const worker = createWorker();
    let startedAt = null;
    let done = false;
    const finish = (res) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      reader.drain();
      const now = performance.now();
      resolve({
        outputBytes: 0,
        runMs: startedAt === null ? 0 : now - startedAt,
        ...res,
        truncated: Boolean(res.truncated) || reader.truncated,
        wallMs: now - t0,
      });
    };
    const timer = setTimeout(() => finish({ exit: "timeout" }), timeLimitMs);
    const onAbort = () => finish({ exit: "stopped" });
    signal?.addEventListener("abort", onAbort);
    worker.addEventListener("message", (event) => {
      if (done) return;
      const m = event.data;
      switch (m.type) {
        case "output":
        case "flush":
          reader.handle(m);
          break;
        case "started":
          startedAt = performance.now();
          break;
        case "exit":
          finish({ exit: m.code, truncated: m.truncated, outputBytes: m.outputBytes, runMs: m.runMs });
          break;
        case "error":
          finish({ exit: m.phase === "trap" ? "trap" : "error", message: m.message, truncated: m.truncated,
                   outputBytes: m.outputBytes });
          break;
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault?.();
      finish({ exit: "error", message: event.message || "the run worker failed to start" });
    });
    worker.postMessage(
      { type: "run", wasm: bytes.buffer, memoryLimitPages, outputLimitBytes, flushIntervalMs, flushBytes, shared },
      [bytes.buffer],
    );
  });
}
