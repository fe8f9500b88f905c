// The test runner for test builds (`wasmrust test`, the playground's Test button): runs each test of a
// module compiled with `CompileOptions::test` in a fresh instance and prints what libtest (`cargo test`
// with --test-threads=1) prints. The module lists its tests in the "wasmrust.tests" custom section:
//   [{name, export, ignore, ignoreReason, shouldPanic, expected, location}]
//
//   const code = await runTests(bytes, { filter, exact, includeIgnored, ignored, write: (text) => ... });
import { createHost } from "./host.mjs";

// The tests a module declares, or null when it is not a test build.
export function listTests(module) {
  const sections = WebAssembly.Module.customSections(module, "wasmrust.tests");
  if (sections.length === 0) return null;
  return JSON.parse(new TextDecoder().decode(sections[0]));
}

// Rust's `{:?}` of a string.
export function debugStr(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\0") out += "\\0";
    else if (c < 0x20 || c === 0x7f) out += `\\u{${c.toString(16)}}`;
    else out += ch;
  }
  return out + '"';
}

const PANIC_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

// Runs one test in a fresh instance: { code, output } (output: what it printed on stdout and stderr).
function runOne(module, test) {
  const chunks = [];
  const host = createHost({ write: (fd, bytes) => chunks.push(bytes) });
  let code;
  try {
    const instance = new WebAssembly.Instance(module, host.imports);
    host.bind(instance);
    code = host.runExport(test.export);
  } catch (e) {
    chunks.push(new TextEncoder().encode(`error: the test trapped: ${e && e.message ? e.message : e}\n`));
    code = 1;
  }
  let total = 0;
  for (const c of chunks) total += c.length;
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return { code, output: new TextDecoder().decode(all) };
}

export async function runTests(bytesOrModule, { filter = "", exact = false, includeIgnored = false, ignored = false, write, now = () => performance.now() }) {
  const module = bytesOrModule instanceof WebAssembly.Module ? bytesOrModule : await WebAssembly.compile(bytesOrModule);
  const tests = listTests(module);
  if (!tests) {
    write("error: this module is not a test build (compile it with `wasmrust test`)\n");
    return 2;
  }
  const start = now();
  let selected = tests.filter((t) => !filter || (exact ? t.name === filter : t.name.includes(filter)));
  if (ignored) selected = selected.filter((t) => t.ignore);
  const filteredOut = tests.length - selected.length;
  write(`\nrunning ${selected.length} test${selected.length === 1 ? "" : "s"}\n`);
  let passed = 0, failed = 0, ignoredCount = 0, firstPanic = true;
  const failures = [];
  for (const t of selected) {
    if (t.ignore && !includeIgnored && !ignored) {
      write(`test ${t.name} ... ignored${t.ignoreReason ? ", " + t.ignoreReason : ""}\n`);
      ignoredCount++;
      continue;
    }
    write(`test ${t.name}${t.shouldPanic ? " - should panic" : ""} ... `);
    let { code, output } = runOne(module, t);
    // libtest names the panicking thread after the test, and std prints the backtrace note only once.
    const header = "\nthread 'main' panicked at ";
    const at = output.lastIndexOf(header);
    let panicMessage = null;
    if (code === 101 && at >= 0) {
      output = output.slice(0, at) + `\nthread '${t.name}' panicked at ` + output.slice(at + header.length);
      const bodyStart = output.indexOf(":\n", at) + 2;
      let body = output.slice(bodyStart);
      if (body.endsWith(PANIC_NOTE)) body = body.slice(0, -PANIC_NOTE.length);
      panicMessage = body.endsWith("\n") ? body.slice(0, -1) : body;
      if (!firstPanic && output.endsWith(PANIC_NOTE)) output = output.slice(0, -PANIC_NOTE.length);
      firstPanic = false;
    } else if (code === 134) {
      output = output.replace("thread 'main' has overflowed", `thread '${t.name}' has overflowed`);
    }
    let ok, note = null;
    if (t.shouldPanic) {
      if (code === 101 && panicMessage !== null) {
        ok = t.expected === null || panicMessage.includes(t.expected);
        if (!ok) note = `panic did not contain expected string\n      panic message: ${debugStr(panicMessage)}\n expected substring: ${debugStr(t.expected)}`;
      } else if (code === 0) {
        ok = false;
        note = `test did not panic as expected at ${t.location}`;
      } else {
        ok = false;
      }
    } else {
      ok = code === 0;
    }
    if (ok) {
      passed++;
      write("ok\n");
    } else {
      failed++;
      write("FAILED\n");
      failures.push({ name: t.name, output: output + (note ? "note: " + note : "") });
    }
  }
  if (failures.length > 0) {
    let text = "\nfailures:\n\n";
    for (const f of failures) if (f.output.length > 0) text += `---- ${f.name} stdout ----\n${f.output}\n`;
    text += "\nfailures:\n";
    for (const f of failures) text += `    ${f.name}\n`;
    write(text);
  }
  const secs = ((now() - start) / 1000).toFixed(2);
  write(`\ntest result: ${failed > 0 ? "FAILED" : "ok"}. ${passed} passed; ${failed} failed; ${ignoredCount} ignored; 0 measured; ${filteredOut} filtered out; finished in ${secs}s\n\n`);
  return failed > 0 ? 101 : 0;
}
