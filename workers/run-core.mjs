// The logic of the run worker, free of worker globals so that run.worker.mjs (browser) and the node tests
// use the same code: instantiate a compiled program with runtime-js/host.mjs, cap its memory, batch and
// cap its output, report its exit. Plus the main-thread reader of that output (used by runner.mjs).
// Message shapes: protocol.mjs.
//
// Output transport, two modes:
//  - shared (a SharedArrayBuffer from the main thread): every write is appended to the buffer at once as
//    a record [fd: u8][len: u32 LE][bytes]; header word 0 (Int32, Atomics) is the committed end of the
//    record area, word 1 is 1 once output was truncated. The worker posts {type:"flush"} at most every
//    flushIntervalMs (or after flushBytes new bytes); the main thread reads up to the committed end on
//    each flush and once more after the run ends or the worker is terminated: nothing is ever lost.
//  - message (no SharedArrayBuffer): writes are batched in the worker and posted as {type:"output"}
//    chunks with the same policy. Output written less than flushIntervalMs before a timeout/stop kill can
//    be lost in this mode (the worker is busy and cannot post it).
// Both flush on the leading edge: the first write after a quiet period is forwarded immediately.
import { instantiate } from "../runtime-js/loader.mjs";
import { listTests, runTests } from "../runtime-js/test-harness.mjs";
import {
  DEFAULT_FLUSH_BYTES,
  DEFAULT_FLUSH_INTERVAL_MS,
  DEFAULT_MEMORY_LIMIT_PAGES,
  DEFAULT_OUTPUT_LIMIT_BYTES,
} from "./protocol.mjs";

const HEADER_BYTES = 8;
const RECORD_HEADER = 5;

/** Size of the SharedArrayBuffer for a given output limit (room for the records' framing too). */
export function sharedBufferSize(outputLimitBytes = DEFAULT_OUTPUT_LIMIT_BYTES) {
  return HEADER_BYTES + 2 * outputLimitBytes + 64;
}

// ---- wasm binary: cap the module's own memory ---------------------------------------------------------

function readLeb(bytes, pos) {
  let result = 0, shift = 0, b;
  do {
    if (pos >= bytes.length) throw new RangeError("truncated LEB128");
    b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [result, pos];
}

function writeLeb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

/**
 * Returns a copy of `bytes` whose (defined, not imported) memories have a maximum of at most `maxPages`
 * 64 KiB pages, so memory.grow beyond it returns -1 instead of growing. Throws a RangeError if a memory's
 * initial size is already above the limit. Modules without a memory section are returned unchanged.
 */
export function capMemory(bytes, maxPages) {
  bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new RangeError("not a wasm module");
  }
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, body] = readLeb(bytes, pos + 1);
    const end = body + size;
    if (id === 5) {
      let [count, p] = readLeb(bytes, body);
      const limits = writeLeb(count);
      for (let i = 0; i < count; i++) {
        const flags = bytes[p++];
        let min, max = Infinity;
        [min, p] = readLeb(bytes, p);
        if (flags & 1) [max, p] = readLeb(bytes, p);
        if (flags & ~1) throw new RangeError("unsupported memory flags " + flags); // shared / memory64
        if (min > maxPages) {
          throw new RangeError(`the program needs ${min} pages of memory at start, above the limit of ${maxPages}`);
        }
        limits.push(1, ...writeLeb(min), ...writeLeb(Math.min(max, maxPages)));
      }
      const section = [5, ...writeLeb(limits.length), ...limits];
      const out = new Uint8Array(pos + section.length + (bytes.length - end));
      out.set(bytes.subarray(0, pos), 0);
      out.set(section, pos);
      out.set(bytes.subarray(end), pos + section.length);
      return out;
    }
    pos = end;
  }
  return bytes.slice();
}

// ---- worker side: output sink ----------------------------------------------------------------------------

/**
 * Creates the sink the host's write() feeds. `post(message, transfer)` sends to the main thread.
 * finish() flushes what is pending and returns {truncated, outputBytes}.
 */
export function createOutputSink(req, post, now = () => performance.now()) {
  const limit = req.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES;
  const interval = req.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
  const flushBytes = req.flushBytes ?? DEFAULT_FLUSH_BYTES;
  let forwarded = 0; // payload bytes accepted (<= limit)
  let written = 0; // bytes the program wrote
  let truncated = false;
  let pendingBytes = 0;
  let lastFlush = -Infinity;

  // shared mode state
  const shared = req.shared ?? null;
  const header = shared ? new Int32Array(shared, 0, 2) : null;
  const area = shared ? new Uint8Array(shared, HEADER_BYTES) : null;
  let end = 0;
  // message mode state
  let chunks = []; // {fd, parts: Uint8Array[], len}

  function flush() {
    lastFlush = now();
    if (pendingBytes === 0) return;
    pendingBytes = 0;
    if (shared) {
      post({ type: "flush" });
      return;
    }
    const out = chunks.map(({ fd, parts, len }) => {
      if (parts.length === 1) return { fd, data: parts[0] };
      const data = new Uint8Array(len);
      let o = 0;
      for (const p of parts) data.set(p, (o += p.length) - p.length);
      return { fd, data };
    });
    chunks = [];
    post({ type: "output", chunks: out }, out.map((c) => c.data.buffer));
  }

  function markTruncated() {
    if (truncated) return;
    truncated = true;
    if (header) Atomics.store(header, 1, 1);
  }

  return {
    write(fd, bytes) {
      fd = fd === 2 ? 2 : 1;
      written += bytes.length;
      let take = Math.min(bytes.length, limit - forwarded);
      if (shared) take = Math.min(take, area.length - end - RECORD_HEADER);
      if (take < bytes.length) markTruncated();
      if (take <= 0) return;
      const data = take === bytes.length ? bytes : bytes.slice(0, take);
      forwarded += take;
      pendingBytes += take;
      if (shared) {
        area[end] = fd;
        new DataView(shared, HEADER_BYTES + end + 1, 4).setUint32(0, take, true);
        area.set(data, end + RECORD_HEADER);
        end += RECORD_HEADER + take;
        Atomics.store(header, 0, end);
      } else {
        const last = chunks[chunks.length - 1];
        if (last && last.fd === fd) {
          last.parts.push(data);
          last.len += take;
        } else {
          chunks.push({ fd, parts: [data], len: take });
        }
      }
      if (pendingBytes >= flushBytes || now() - lastFlush >= interval) flush();
    },
    finish() {
      flush();
      return { truncated, outputBytes: written };
    },
  };
}

// ---- worker side: one run ------------------------------------------------------------------------------

/**
 * Handles one RunRequest: posts StartedMessage, output, then exactly one ExitMessage or ErrorMessage.
 * @param {import("./protocol.mjs").RunRequest} req
 * @param {(msg: import("./protocol.mjs").RunWorkerMessage, transfer?: Transferable[]) => void} post
 */
export async function runRequest(req, post, now = () => performance.now()) {
  const sink = createOutputSink(req, post, now);
  let host;
  let bytes, module;
  try {
    bytes = capMemory(new Uint8Array(req.wasm), req.memoryLimitPages ?? DEFAULT_MEMORY_LIMIT_PAGES);
    module = await WebAssembly.compile(bytes);
    if (listTests(module)) {
      // A test build: libtest's report on stdout, each test in a fresh instance (runtime-js/test-harness.mjs).
      post({ type: "started" });
      const t0 = now();
      const encoder = new TextEncoder();
      const code = await runTests(module, { write: (text) => sink.write(1, encoder.encode(text)), now });
      post({ type: "exit", code, runMs: now() - t0, ...sink.finish() });
      return;
    }
    // loader.mjs: the runtime's imports plus the standard ones (console.log...); any other import is an
    // error naming it.
    // (a threads build: the shared memory gets the same limit, and wasm::thread::spawn gets workers)
    const m = await instantiate(module, { write: (fd, b) => sink.write(fd, b), maxMemoryPages: req.memoryLimitPages ?? DEFAULT_MEMORY_LIMIT_PAGES });
    host = m.host;
  } catch (e) {
    post({ type: "error", phase: "instantiate", message: errorText(e), ...sink.finish() });
    return;
  }
  post({ type: "started" });
  const t0 = now();
  let code;
  try {
    code = host.runStart();
  } catch (e) {
    post({ type: "error", phase: "trap", message: errorText(e), ...sink.finish() });
    return;
  }
  const runMs = now() - t0;
  post({ type: "exit", code, runMs, ...sink.finish() });
}

function errorText(e) {
  return e && e.message ? `${e.constructor?.name ?? "Error"}: ${e.message}` : String(e);
}

// ---- main-thread side: output reader -------------------------------------------------------------------

/**
 * Turns OutputMessage / FlushMessage (and the shared buffer) back into text callbacks, decoding UTF-8
 * across chunk boundaries per stream. drain() reads what is left and ends the decoders (call it once,
 * after the run ended or the worker was terminated).
 */
export function createOutputReader({ shared = null, onStdout = () => {}, onStderr = () => {} }) {
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  const emit = (fd, bytes, streaming = true) => {
    const s = decoders[fd].decode(bytes, { stream: streaming });
    if (s) (fd === 2 ? onStderr : onStdout)(s);
  };
  const header = shared ? new Int32Array(shared, 0, 2) : null;
  let pos = 0;
  function readShared() {
    const end = Atomics.load(header, 0);
    const view = new DataView(shared);
    const area = new Uint8Array(shared, HEADER_BYTES);
    // Merge consecutive records of one fd into one callback.
    let fd = 0, parts = [];
    const out = () => {
      if (!parts.length) return;
      const len = parts.reduce((n, p) => n + p.length, 0);
      const buf = new Uint8Array(len); // a copy: TextDecoder refuses views of shared memory
      let o = 0;
      for (const p of parts) { buf.set(p, o); o += p.length; }
      emit(fd, buf);
      parts = [];
    };
    while (pos < end) {
      const recFd = area[pos];
      const len = view.getUint32(HEADER_BYTES + pos + 1, true);
      if (recFd !== fd) { out(); fd = recFd; }
      parts.push(area.subarray(pos + RECORD_HEADER, pos + RECORD_HEADER + len));
      pos += RECORD_HEADER + len;
    }
    out();
  }
  return {
    handle(msg) {
      if (msg.type === "flush" && shared) readShared();
      else if (msg.type === "output") for (const c of msg.chunks) emit(c.fd, c.data);
    },
    drain() {
      if (shared) readShared();
      emit(1, new Uint8Array(0), false);
      emit(2, new Uint8Array(0), false);
    },
    get truncated() {
      return header ? Atomics.load(header, 1) === 1 : false;
    },
  };
}
