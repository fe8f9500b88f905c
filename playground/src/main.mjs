// The playground page: wires the editor, the compiler worker (Comlink, warm), the run worker (one per
// run, workers/runner.mjs), the console, the output tabs, examples, share links and persistence.
// The test hook (window.__wasmrust) is installed by test-hook.mjs from the `playground` object below.
import { createCompilerWorker } from "../../workers/compiler-client.mjs";
import { runProgram } from "../../workers/runner.mjs";
import { DEFAULT_TIME_LIMIT_MS } from "../../workers/protocol.mjs";
import compilerModuleUrl from "../../web/compiler/wasmrust.mjs?url";
import compilerWasmUrl from "../../web/compiler/wasmrust.wasm?url";
import { createEditor } from "./editor.mjs";
import { createConsoleView } from "./console-view.mjs";
import { encodeSource, decodeFragment } from "./share.mjs";
import { EXAMPLES } from "./examples.mjs";
import { installTestHook } from "./test-hook.mjs";

const STORAGE_KEY = "wasmrust.source";
const FILE_NAME = "main.rs";
const $ = (id) => document.getElementById(id);

const ui = {
  run: $("run"), test: $("test"), stop: $("stop"), examples: $("examples"), release: $("release"), share: $("share"),
  downloadWasm: $("download-wasm"), downloadWat: $("download-wat"), status: $("status"),
  console: $("console"), exit: $("exit"), problems: $("problems"), noProblems: $("no-problems"),
  problemCount: $("problem-count"), wat: $("wat"), wasmir: $("wasmir"), size: $("module-size"),
};
const consoleView = createConsoleView(ui.console);

// ---- compiler worker (loads once, stays warm) ----------------------------------------------------------
const compiler = createCompilerWorker();
const compilerReady = compiler.api.init({
  moduleUrl: new URL(compilerModuleUrl, location.href).href,
  wasmUrl: new URL(compilerWasmUrl, location.href).href,
});

// ---- state ---------------------------------------------------------------------------------------------
const state = {
  running: false,
  abort: null,
  compile: null,        // last CompileResult (wasm, wat, wasmir, diagnostics ...)
  lastResult: null,     // what the test hook reports about the last Run
  timeLimitMs: DEFAULT_TIME_LIMIT_MS,
};

// ---- initial source: share link > last session > hello world -------------------------------------------
const fromLink = await decodeFragment(location.hash);
const initial = fromLink ?? localStorage.getItem(STORAGE_KEY) ?? EXAMPLES[0].source;
const editor = createEditor({
  container: $("editor"), fallback: $("fallback-editor"), initialValue: initial, onRun: () => run(),
});
let saveTimer = 0;
editor.onChange(() => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => localStorage.setItem(STORAGE_KEY, editor.getValue()), 250);
});
if (fromLink) localStorage.setItem(STORAGE_KEY, fromLink);

// ---- examples menu --------------------------------------------------------------------------------------
{
  const placeholder = new Option("Choose…", "");
  ui.examples.append(placeholder, ...EXAMPLES.map((e) => new Option(e.title, e.id)));
  ui.examples.addEventListener("change", () => {
    const ex = EXAMPLES.find((e) => e.id === ui.examples.value);
    if (ex) {
      editor.setValue(ex.source);
      localStorage.setItem(STORAGE_KEY, ex.source);
    }
  });
}

// ---- tabs (WAI-ARIA tabs: arrows move between tabs, Tab goes into the panel) --------------------------
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab, focus = false) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const t of tabs) {
  t.addEventListener("click", () => selectTab(t));
  t.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(t);
    const next = e.key === "ArrowRight" ? tabs[(i + 1) % tabs.length]
      : e.key === "ArrowLeft" ? tabs[(i - 1 + tabs.length) % tabs.length]
      : e.key === "Home" ? tabs[0] : e.key === "End" ? tabs[tabs.length - 1] : null;
    if (next) { e.preventDefault(); selectTab(next, true); }
  });
}
const tabById = (id) => tabs.find((t) => t.id === `tab-${id}`);

// ---- diagnostics: markers + problems list ---------------------------------------------------------------
function showDiagnostics(diagnostics) {
  editor.setDiagnostics(diagnostics);
  ui.problems.textContent = "";
  const shown = diagnostics.filter((d) => d.level === "error" || d.level === "warning");
  for (const d of shown) {
    const span = d.spans.find((s) => s.is_primary) ?? d.spans[0];
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = `problem ${d.level}`;
    const code = d.code?.code ? `[${d.code.code}]` : "";
    b.textContent = `${d.level}${code}: ${d.message}` + (span ? ` — ${FILE_NAME}:${span.line_start}:${span.column_start}` : "");
    if (span) b.addEventListener("click", () => editor.reveal(span.line_start, span.column_start));
    li.append(b);
    ui.problems.append(li);
  }
  ui.problemCount.textContent = String(shown.length);
  ui.noProblems.hidden = shown.length > 0;
}

// ---- Run / Stop ----------------------------------------------------------------------------------------
const fmtMs = (ms) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toString()) + " ms";
const fmtSize = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB (${n} B)`);

function setRunning(on) {
  state.running = on;
  ui.run.disabled = on;
  ui.test.disabled = on;
  ui.stop.disabled = !on;
}

/**
 * Compiles the editor's source and runs it. Options: timeLimitMs (default 10 s).
 * Resolves to state.lastResult: {ok, errors, warnings, diagnostics, compileMs, wasmSize, exit, stdout,
 * stderr, truncated, runMs}.
 */
async function run(options = {}) {
  if (state.running) return state.lastResult;
  setRunning(true);
  consoleView.clear();
  selectTab(tabById("console"));
  ui.exit.textContent = "";
  ui.exit.className = "exit";
  ui.status.textContent = "Compiling…";
  const result = { ok: false, exit: null, stdout: "", stderr: "", truncated: false, runMs: 0 };
  try {
    await compilerReady;
    const source = editor.getValue();
    // Test mode: the Test button, or Run on a file of #[test] functions without a `main`.
    const test = options.test ?? (/#\[test\]/.test(source) && !/\bfn\s+main\s*\(/.test(source));
    result.test = test;
    const r = await compiler.api.compile(source, {
      fileName: FILE_NAME, emitWat: true, emitWasmIR: true, release: ui.release.checked, test,
      // a program that spawns threads is built for them when the page can share memory (docs/wasm_crate.md)
      threads: !test && self.crossOriginIsolated ? "auto" : false,
    });
    state.compile = r;
    Object.assign(result, {
      ok: r.ok, errors: r.errors, warnings: r.warnings, diagnostics: r.diagnostics,
      compileMs: r.compileMs, wasmSize: r.wasm.length, rendered: r.rendered,
    });
    showDiagnostics(r.diagnostics);
    ui.wat.textContent = r.wat || "(no module: the program did not compile)";
    ui.wasmir.textContent = r.wasmir || "(no module: the program did not compile)";
    ui.size.textContent = r.ok ? `module: ${fmtSize(r.wasm.length)}` : "";
    ui.downloadWasm.disabled = ui.downloadWat.disabled = !r.ok;
    if (r.rendered) consoleView.write(2, r.rendered);
    if (!r.ok) {
      ui.status.textContent = `Compile failed in ${fmtMs(r.compileMs)}: ${r.errors} error${r.errors === 1 ? "" : "s"}`;
      ui.exit.textContent = "Compilation failed.";
      ui.exit.classList.add("bad");
      return result;
    }
    ui.status.textContent = `Compiled in ${fmtMs(r.compileMs)} · ${test ? "testing" : "running"}…`;
    state.abort = new AbortController();
    const res = await runProgram(r.wasm, {
      onStdout: (t) => { result.stdout += t; consoleView.write(1, t); },
      onStderr: (t) => { result.stderr += t; consoleView.write(2, t); },
      timeLimitMs: options.timeLimitMs ?? state.timeLimitMs,
      signal: state.abort.signal,
    });
    Object.assign(result, { exit: res.exit, truncated: res.truncated, runMs: res.runMs, message: res.message });
    consoleView.flush();
    if (res.truncated) consoleView.write(0, "\n[output truncated: only the first 1 MiB is shown]\n");
    ui.exit.textContent = describeExit(res, options.timeLimitMs ?? state.timeLimitMs);
    ui.exit.classList.add(res.exit === 0 ? "good" : "bad");
    ui.status.textContent = `Compiled in ${fmtMs(r.compileMs)} · ${test ? "tests ran" : "ran"} in ${fmtMs(res.runMs)}`;
    return result;
  } catch (e) {
    ui.status.textContent = `Internal error: ${e.message}`;
    result.exit = "error";
    result.message = String(e.message);
    return result;
  } finally {
    state.lastResult = result;
    state.abort = null;
    setRunning(false);
    consoleView.flush();
  }
}

function describeExit(res, limitMs) {
  switch (res.exit) {
    case "timeout": return `Stopped: the time limit (${limitMs / 1000} s) was reached.`;
    case "stopped": return "Stopped.";
    case "trap": return `The program trapped: ${res.message}`;
    case "error": return `The program could not run: ${res.message}`;
    default: return `Exited with code ${res.exit}.`;
  }
}

function stop() {
  state.abort?.abort();
}

ui.run.addEventListener("click", () => run());
ui.test.addEventListener("click", () => run({ test: true }));
ui.stop.addEventListener("click", stop);
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
});

// ---- share ----------------------------------------------------------------------------------------------
async function share() {
  const fragment = await encodeSource(editor.getValue());
  history.replaceState(null, "", `#${fragment}`);
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
    ui.status.textContent = "Share link copied to the clipboard (it is also in the address bar).";
  } catch {
    ui.status.textContent = "Share link is in the address bar.";
  }
  return url;
}
ui.share.addEventListener("click", share);

// ---- downloads ------------------------------------------------------------------------------------------
function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
ui.downloadWasm.addEventListener("click", () => state.compile?.ok && download("main.wasm", state.compile.wasm, "application/wasm"));
ui.downloadWat.addEventListener("click", () => state.compile?.ok && download("main.wat", state.compile.wat, "text/plain"));

// ---- ready ----------------------------------------------------------------------------------------------
const ready = Promise.all([compilerReady, editor.ready]).then(([info]) => {
  ui.run.disabled = false;
  ui.test.disabled = false;
  ui.status.textContent = `Ready (compiler ${info.version}, loaded in ${fmtMs(info.loadMs)})`;
});
ready.catch((e) => { ui.status.textContent = `Could not load: ${e.message}`; });

installTestHook({
  ready, editor, run, stop, share, compiler, runProgram, state, selectTab: (id) => selectTab(tabById(id)),
});
