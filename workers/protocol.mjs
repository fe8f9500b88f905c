// Everything that crosses a worker boundary in the browser build, in one place (JSDoc typedefs; no code
// depends on this file at run time except the constants at the bottom). docs/web-api.md has the prose.
//
// Two workers:
//  - compiler.worker.mjs: the compiler, exposed with Comlink (method calls, see CompilerWorkerApi). Loaded
//    once, stays warm. Comlink messages themselves are Comlink's business; the values below are what goes
//    in and out of each call (structured-cloned; CompileResult.wasm's buffer is transferred).
//  - run.worker.mjs: one fresh worker per program run, plain postMessage (RunRequest in; OutputMessage,
//    FlushMessage, ExitMessage, ErrorMessage out). The main-thread side is runner.mjs: runProgram().

// ---------------------------------------------------------------------------------------------------
// Compiler worker (Comlink)

/**
 * Options of one compile.
 * @typedef {object} CompileOptions
 * @property {string} [fileName="main.rs"]  shown in diagnostics (`--> main.rs:2:5`); its stem is the crate name
 * @property {boolean} [emitWat=false]      also produce the WAT text (costs little)
 * @property {boolean} [emitWasmIR=false]   also produce the WasmIR text (with emitWat: a second compile)
 * @property {boolean} [release=false]      release profile: no arithmetic overflow checks
 * @property {boolean} [test=false]         a test build (`wasmrust test`): the run worker then runs its
 *                                          #[test] functions and prints libtest's report
 */

/**
 * One diagnostic: rustc's `--message-format=json` object.
 * @typedef {object} Diagnostic
 * @property {"diagnostic"} $message_type
 * @property {string} message                    e.g. "mismatched types"
 * @property {{code: string} | null} code        e.g. {code: "E0308"}
 * @property {"error"|"warning"|"note"|"help"} level
 * @property {DiagnosticSpan[]} spans            spans[i].is_primary marks the main location
 * @property {{message: string, level: string, spans: [], children: []}[]} children   notes and helps
 * @property {string} rendered                   the human rendering of this one diagnostic
 */

/**
 * Lines and columns are 1-based; columns count characters (rustc: chars, not UTF-16 units); byte offsets
 * are UTF-8 offsets into the source. column_end is exclusive.
 * @typedef {object} DiagnosticSpan
 * @property {string} file_name
 * @property {number} byte_start
 * @property {number} byte_end
 * @property {number} line_start
 * @property {number} line_end
 * @property {number} column_start
 * @property {number} column_end
 * @property {boolean} is_primary
 * @property {string|null} label
 */

/**
 * The result of one compile (compiler-api.mjs compile(), and CompilerWorkerApi.compile()).
 * @typedef {object} CompileResult
 * @property {boolean} ok                 no errors
 * @property {number} errors
 * @property {number} warnings
 * @property {Uint8Array} wasm            the module (empty when !ok); runnable with runProgram()
 * @property {string} wat                 "" unless emitWat (and ok)
 * @property {string} wasmir              "" unless emitWasmIR (and ok)
 * @property {Diagnostic[]} diagnostics   in source order
 * @property {string} rendered            all diagnostics as rustc's human text, with the closing summary
 *                                        ("error: aborting due to 1 previous error"); "" when clean
 * @property {{phase: string, ms: number}[]} timings   per core phase: parse, resolve, typecheck,
 *                                        mir+lower, ownership, verify, emit (fewer after errors)
 * @property {number} compileMs           wall time of the whole call inside the module's thread
 */

/**
 * What compiler.worker.mjs exposes (use with Comlink.wrap(worker); every method returns a Promise).
 * @typedef {object} CompilerWorkerApi
 * @property {(options?: {moduleUrl?: string, wasmUrl?: string}) => Promise<{version: string, loadMs: number}>} init
 *   loads the compiler module (optional: compile() loads it on first use). URLs as strings.
 * @property {(source: string, options?: CompileOptions) => Promise<CompileResult>} compile
 * @property {() => Promise<{version: string, compiles: number, liveResults: number}>} stats
 */

// ---------------------------------------------------------------------------------------------------
// Run worker (postMessage)

/**
 * Main -> run worker: run this module once. The worker runs one program and is then terminated.
 * @typedef {object} RunRequest
 * @property {"run"} type
 * @property {ArrayBuffer} wasm                 the module bytes (transferred)
 * @property {number} memoryLimitPages          max linear memory in 64 KiB pages (the module's memory
 *                                              maximum is rewritten to this; growth beyond fails)
 * @property {number} outputLimitBytes          total stdout+stderr bytes forwarded; the rest is dropped
 * @property {number} flushIntervalMs           batching: forward at most this often (default 16)...
 * @property {number} flushBytes                ...unless this many bytes are pending (default 64 KiB)
 * @property {SharedArrayBuffer|null} shared    if given (crossOriginIsolated pages, node): the output
 *                                              goes into this buffer (layout in run-core.mjs) and the
 *                                              worker only posts FlushMessage; nothing is lost when the
 *                                              worker is terminated. Otherwise OutputMessage chunks.
 */

/**
 * Run worker -> main: output produced since the last message (message mode only).
 * @typedef {object} OutputMessage
 * @property {"output"} type
 * @property {{fd: 1|2, data: Uint8Array}[]} chunks   in program order; consecutive writes to one fd merged
 */

/**
 * Run worker -> main: new output is in the shared buffer (shared mode only).
 * @typedef {object} FlushMessage
 * @property {"flush"} type
 */

/**
 * Run worker -> main: the program is instantiated and `_start` is about to be called.
 * @typedef {object} StartedMessage
 * @property {"started"} type
 */

/**
 * Run worker -> main: the program ended (all its output was sent before this message).
 * @typedef {object} ExitMessage
 * @property {"exit"} type
 * @property {number} code          0, 101 after a panic, 134 after a stack overflow
 * @property {boolean} truncated    output beyond outputLimitBytes was dropped
 * @property {number} outputBytes   bytes the program wrote (including dropped ones)
 * @property {number} runMs         time spent in `_start`
 */

/**
 * Run worker -> main: the module could not be instantiated, or trapped (e.g. out-of-bounds access,
 * memory limit refused at instantiation).
 * @typedef {object} ErrorMessage
 * @property {"error"} type
 * @property {"instantiate"|"trap"} phase
 * @property {string} message
 * @property {boolean} truncated
 * @property {number} outputBytes
 */

/** @typedef {OutputMessage|FlushMessage|StartedMessage|ExitMessage|ErrorMessage} RunWorkerMessage */

/**
 * What runProgram() (runner.mjs) resolves to. `exit` is the exit code, or why there is none:
 * "timeout" (time limit hit, worker terminated), "stopped" (AbortSignal), "trap", "error" (could not
 * instantiate / the worker failed).
 * @typedef {object} RunResult
 * @property {number|"timeout"|"stopped"|"trap"|"error"} exit
 * @property {string} [message]     for "trap"/"error"
 * @property {boolean} truncated
 * @property {number} outputBytes   bytes written by the program (known only when it ended by itself)
 * @property {number} runMs         time in `_start` (or wall time since start for timeout/stopped)
 * @property {number} wallMs        wall time of the whole runProgram() call (worker start included)
 */

export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const DEFAULT_MEMORY_LIMIT_PAGES = 4096; // 256 MiB
export const DEFAULT_OUTPUT_LIMIT_BYTES = 1 << 20; // 1 MiB
export const DEFAULT_FLUSH_INTERVAL_MS = 16;
export const DEFAULT_FLUSH_BYTES = 64 << 10;
