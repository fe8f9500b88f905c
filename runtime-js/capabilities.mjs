// What the engine running a module can do, found by validating tiny modules (wasm-feature-detect), never
// by user-agent sniffing: SIMD, reference types, bulk memory, exception handling, tail calls,
// multi-memory, memory64, and threads (shared memory + atomics, usable only with SharedArrayBuffer and,
// in a browser, cross-origin isolation).
//
//   const caps = await detectCapabilities();   // { simd: true, threads: false, ... }
//   explainMissing(caps, ["bulkMemory"])       // "" or a sentence naming what is missing
import * as detect from "wasm-feature-detect";

export const FEATURES = {
  simd: "SIMD (v128)",
  referenceTypes: "reference types (externref)",
  bulkMemory: "bulk memory (memory.copy/fill)",
  exceptions: "exception handling",
  tailCalls: "tail calls",
  multiMemory: "multiple memories",
  memory64: "64-bit memories",
  threads: "threads (shared memory and atomics)",
};


let cached = null;
export function detectCapabilities() {
  cached ??= (async () => {
    const [simd, referenceTypes, bulkMemory, exceptions, tailCalls, multiMemory, memory64, threadsWasm] = await Promise.all([
      detect.simd(), detect.referenceTypes(), detect.bulkMemory(), detect.exceptions(), detect.tailCall(),
      detect.multiMemory(), detect.memory64(), detect.threads(),
    ]);
    const sharedArrayBuffer = typeof SharedArrayBuffer === "function";
    // node has no cross-origin isolation to ask for: shared memory is always allowed there.
    const crossOriginIsolated = typeof globalThis.crossOriginIsolated === "boolean" ? globalThis.crossOriginIsolated : sharedArrayBuffer;
    return {
      simd, referenceTypes, bulkMemory, exceptions, tailCalls, multiMemory, memory64,
      threads: threadsWasm && sharedArrayBuffer && crossOriginIsolated,
      sharedArrayBuffer, crossOriginIsolated,
    };
  })();
  return cached;
}

// A sentence naming the `needed` features the engine lacks ("" when none is missing).
export function explainMissing(caps, needed) {
  const missing = needed.filter((f) => !caps[f]).map((f) => FEATURES[f] ?? f);
  if (missing.length === 0) return "";
  return `this engine lacks ${missing.join(", ")}, which the module needs`;
}

export { PROFILES, REQUIRED } from "./loader.mjs";

const said = new Set();
// Reports a degraded capability once per message (e.g. "threads unavailable: work runs on one thread").
export function noteOnce(message, report = (m) => console.warn(m)) {
  if (said.has(message)) return false;
  said.add(message);
  report(message);
  return true;
}
