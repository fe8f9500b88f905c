// THE test hook, in one place: window.__wasmrust, used by tests-browser/ (and handy in devtools).
// docs/playground.md documents it. Everything returns plain data (structured-clonable for Playwright).
//
//   await __wasmrust.ready                     Monaco and the compiler are loaded
//   __wasmrust.setSource(text) / getSource()   the editor's text
//   await __wasmrust.run({timeLimitMs, test})  compile + run like the Run button (test: the Test button)
//                                               -> lastResult
//   __wasmrust.stop()                          like the Stop button
//   __wasmrust.lastResult                      {ok, errors, warnings, diagnostics, compileMs, wasmSize,
//                                               rendered, exit, stdout, stderr, truncated, runMs}
//   __wasmrust.markers()                       editor markers [{line, column, endLine, endColumn,
//                                               message, code, severity}]
//   __wasmrust.cursor()                        {line, column} of the editor's cursor
//   await __wasmrust.share()                   makes the share link (also put in the address bar)
//   __wasmrust.showTab("console"|"problems"|"wat"|"wasmir")
//   await __wasmrust.compileAndRun(source, {fileName, timeLimitMs, release, test})
//        the page's compiler worker + run worker without touching the UI (run corpus):
//        {ok, rendered, exit, stdout, stderr, wasmSha256, wasmSize, threads (built for threads)}
export function installTestHook(p) {
  const hook = {
    ready: p.ready,
    setSource: (text) => p.editor.setValue(text),
    getSource: () => p.editor.getValue(),
    run: (options) => p.run(options),
    stop: () => p.stop(),
    get lastResult() { return p.state.lastResult; },
    get running() { return p.state.running; },
    markers: () => p.editor.markers(),
    cursor: () => p.editor.position(),
    share: () => p.share(),
    showTab: (id) => p.selectTab(id),
    async compileAndRun(source, { fileName = "main.rs", timeLimitMs = 10_000, release = false, test = false } = {}) {
      const r = await p.compiler.api.compile(source, { fileName, release, test, threads: !test && self.crossOriginIsolated ? "auto" : false });
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", r.wasm));
      const out = {
        ok: r.ok, rendered: r.rendered, exit: null, stdout: "", stderr: "", wasmSize: r.wasm.length, threads: r.threads,
        wasmSha256: [...digest].map((b) => b.toString(16).padStart(2, "0")).join(""),
      };
      if (!r.ok) return out;
      const res = await p.runProgram(r.wasm, {
        onStdout: (t) => { out.stdout += t; }, onStderr: (t) => { out.stderr += t; }, timeLimitMs,
      });
      out.exit = res.exit;
      out.message = res.message;
      return out;
    },
  };
  window.__wasmrust = hook;
  return hook;
}
