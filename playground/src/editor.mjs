// The source editor: a plain <textarea> until Monaco is loaded (lazily, see monaco.mjs), then Monaco.
// One small interface for the rest of the page: getValue/setValue/onChange/setDiagnostics/reveal/focus.
const OWNER = "wasmrust";

export function createEditor({ container, fallback, initialValue, onRun }) {
  let monaco = null;
  let editor = null;
  const listeners = [];
  let pendingDiagnostics = [];
  fallback.value = initialValue;
  fallback.addEventListener("input", () => listeners.forEach((f) => f()));
  fallback.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); onRun(); }
  });

  const api = {
    /** Resolves when Monaco replaced the textarea. */
    ready: null,
    get monaco() { return monaco; },
    get editor() { return editor; },
    getValue: () => (editor ? editor.getValue() : fallback.value),
    setValue(v) {
      if (editor) editor.setValue(v); else { fallback.value = v; listeners.forEach((f) => f()); }
    },
    onChange: (f) => listeners.push(f),
    focus: () => (editor ? editor.focus() : fallback.focus()),
    /** Diagnostics (rustc JSON) -> Monaco markers (squiggles; hover shows message and code). */
    setDiagnostics(diagnostics) {
      pendingDiagnostics = diagnostics;
      if (!editor) return;
      monaco.editor.setModelMarkers(editor.getModel(), OWNER, diagnostics.map(toMarker).filter(Boolean));
    },
    markers() {
      if (!editor) return [];
      return monaco.editor.getModelMarkers({ owner: OWNER }).map((m) => ({
        line: m.startLineNumber, column: m.startColumn, endLine: m.endLineNumber, endColumn: m.endColumn,
        message: m.message, code: typeof m.code === "object" ? m.code?.value : m.code,
        severity: m.severity === monaco.MarkerSeverity.Error ? "error" : m.severity === monaco.MarkerSeverity.Warning ? "warning" : "info",
      }));
    },
    /** Moves the cursor to line:column and focuses the editor. */
    reveal(line, column) {
      if (editor) {
        editor.setPosition({ lineNumber: line, column });
        editor.revealLineInCenter(line);
        editor.focus();
      } else {
        const lines = fallback.value.split("\n");
        let off = 0;
        for (let i = 0; i < line - 1 && i < lines.length; i++) off += lines[i].length + 1;
        fallback.focus();
        fallback.setSelectionRange(off + column - 1, off + column - 1);
      }
    },
    position() {
      if (editor) { const p = editor.getPosition(); return { line: p.lineNumber, column: p.column }; }
      return null;
    },
  };

  function toMarker(d) {
    const span = d.spans.find((s) => s.is_primary) ?? d.spans[0];
    if (!span) return null;
    const extra = [span.label, ...d.children.map((c) => `${c.level}: ${c.message}`)].filter(Boolean);
    return {
      severity: d.level === "error" ? monaco.MarkerSeverity.Error
        : d.level === "warning" ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
      message: [d.message, ...extra].join("\n"),
      code: d.code?.code ?? undefined,
      source: "wasmrust",
      startLineNumber: span.line_start,
      startColumn: span.column_start,
      endLineNumber: span.line_end,
      endColumn: Math.max(span.column_end, span.line_end === span.line_start ? span.column_start + 1 : span.column_end),
    };
  }

  api.ready = import("./monaco.mjs").then((mod) => {
    monaco = mod.monaco;
    const value = fallback.value;
    const hadFocus = document.activeElement === fallback;
    fallback.remove();
    editor = monaco.editor.create(container, {
      value,
      language: "rust",
      theme: "vs",
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      ariaLabel: "Rust source",
      tabSize: 4,
      renderFinalNewline: "on", // the default "dimmed" line number fails WCAG contrast (axe)
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());
    editor.onDidChangeModelContent(() => listeners.forEach((f) => f()));
    if (hadFocus) editor.focus();
    api.setDiagnostics(pendingDiagnostics);
    return editor;
  });
  return api;
}
