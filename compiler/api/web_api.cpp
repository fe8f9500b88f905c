// The flat C API of the browser build (Emscripten module `wasmrust.mjs` + `wasmrust.wasm`).
//
// A driver like the CLI: it compiles with one wr::CompilerSession for the life of the module (the embedded
// runtime is parsed by the first compile and reused by the next ones; same bytes as wr::compile()) and
// keeps the result behind an integer handle until the caller frees it, so JavaScript only ever sees
// pointers, lengths and numbers (no embind, no C++ types).
// The one JS wrapper is workers/compiler-api.mjs; docs/web-api.md documents every function.
//
//   int h = wr_compile(fileName, source, sourceLen, WR_EMIT_WAT | WR_EMIT_WASMIR, /*release*/ 0);
//   wr_result_errors(h) / wr_result_warnings(h)
//   wr_result_wasm_ptr(h), wr_result_wasm_len(h)             module bytes (length 0 after errors)
//   wr_result_text(h, kind), wr_result_text_len(h, kind)     UTF-8, NUL-terminated, kinds WR_TEXT_*
//   wr_result_free(h)
//
// Timings use emscripten_get_now() as the clock (std::chrono in a native build): the core never reads
// the clock. Pointers stay valid until wr_result_free(h). Not thread-safe (one module per worker).
// Built only into the Emscripten target (CMakeLists.txt excludes compiler/api/ from wasmrust_core), but it
// also compiles natively.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostics.h"
#include "driver/driver.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define WR_API extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define WR_API extern "C"
#endif

namespace {

enum : int { WR_EMIT_WAT = 1, WR_EMIT_WASMIR = 2, WR_TEST = 4, WR_THREADS = 8 };
enum : int { WR_TEXT_WAT = 0, WR_TEXT_WASMIR = 1, WR_TEXT_DIAG_JSON = 2, WR_TEXT_DIAG_HUMAN = 3, WR_TEXT_TIMINGS_JSON = 4,
             WR_TEXT_KINDS = 5 };

double nowMs() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_now();
#else
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
#endif
}

struct Result {
  size_t errors = 0, warnings = 0;
  std::vector<uint8_t> wasm;
  std::string text[WR_TEXT_KINDS];
};

std::unordered_map<int, std::unique_ptr<Result>> g_results;
int g_nextHandle = 1;

// The warm compiler: kept across wr_compile calls (the worker keeps the module alive between compiles).
wr::CompilerSession& session() {
  static wr::CompilerSession s;
  return s;
}

std::string fmtMs(double ms) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.3f", ms);
  return buf;
}

std::string timingsJson(const std::vector<wr::PhaseTiming>& ts) {
  std::string o = "[";
  for (size_t i = 0; i < ts.size(); ++i) {
    if (i) o += ",";
    o += "{\"phase\":\"" + wr::jsonEscape(ts[i].phase) + "\",\"ms\":" + fmtMs(ts[i].ms) + "}";
  }
  return o + "]";
}

// An exception escaping the core (a bug) becomes one error diagnostic instead of killing the module.
void internalError(Result& r, const char* what) {
  std::string msg = std::string("internal compiler error: ") + what;
  std::string human = "error: " + msg + "\n\nerror: aborting due to 1 previous error\n\n";
  r.errors = 1;
  r.wasm.clear();
  r.text[WR_TEXT_DIAG_HUMAN] = human;
  r.text[WR_TEXT_DIAG_JSON] = "{\"$message_type\":\"diagnostic\",\"message\":\"" + wr::jsonEscape(msg) +
                              "\",\"code\":null,\"level\":\"error\",\"spans\":[],\"children\":[],\"rendered\":\"" +
                              wr::jsonEscape("error: " + msg + "\n\n") + "\"}\n";
}

}  // namespace

// Compiles `source` (sourceLen bytes of UTF-8, need not be NUL-terminated) as `fileName` (used in
// diagnostics and as the crate name). emitFlags: WR_EMIT_WAT (1) | WR_EMIT_WASMIR (2) | WR_TEST (4, a test
// build, as `wasmrust test`) | WR_THREADS (8, a threads build, as `--threads`); the module bytes
// and diagnostics are always produced. release != 0: no arithmetic overflow checks (`--release`).
// Returns a handle > 0 (never fails: internal errors become a diagnostic).
WR_API int wr_compile(const char* fileName, const char* source, int sourceLen, int emitFlags, int release) {
  auto r = std::make_unique<Result>();
  std::string name = fileName ? fileName : "main.rs";
  std::string src = source ? std::string(source, size_t(sourceLen < 0 ? 0 : sourceLen)) : std::string();
  try {
    wr::CompileOptions opts;
    opts.overflowChecks = release == 0;
    opts.test = (emitFlags & WR_TEST) != 0;
    opts.threads = (emitFlags & WR_THREADS) != 0;
    // The driver produces one text dump per compile (plus the bytes): WAT rides along with the main
    // compile; WasmIR alone too; both at once costs a second compile for the WasmIR text.
    bool wat = emitFlags & WR_EMIT_WAT, wasmir = emitFlags & WR_EMIT_WASMIR;
    opts.emit = wat ? wr::Emit::Wat : wasmir ? wr::Emit::WasmIR : wr::Emit::Wasm;
    wr::CompileResult cr = session().compile(name, src, opts, nowMs);
    r->errors = cr.errors;
    r->warnings = cr.warnings;
    r->text[WR_TEXT_DIAG_JSON] = wr::renderDiagnostics(cr, true);
    r->text[WR_TEXT_DIAG_HUMAN] = wr::renderDiagnostics(cr, false);
    r->text[WR_TEXT_TIMINGS_JSON] = timingsJson(cr.timings);
    if (cr.ok()) {
      if (wat) r->text[WR_TEXT_WAT] = std::move(cr.text);
      else if (wasmir) r->text[WR_TEXT_WASMIR] = std::move(cr.text);
      if (wat && wasmir) {
        opts.emit = wr::Emit::WasmIR;
        r->text[WR_TEXT_WASMIR] = session().compile(name, src, opts).text;
      }
    }
    r->wasm = std::move(cr.wasm);
  } catch (const std::exception& e) {
    internalError(*r, e.what());
  } catch (...) {
    internalError(*r, "unknown exception");
  }
  int h = g_nextHandle++;
  g_results[h] = std::move(r);
  return h;
}

static Result* get(int h) {
  auto it = g_results.find(h);
  return it == g_results.end() ? nullptr : it->second.get();
}

// Number of errors / warnings (-1 for an unknown handle).
WR_API int wr_result_errors(int h) { Result* r = get(h); return r ? int(r->errors) : -1; }
WR_API int wr_result_warnings(int h) { Result* r = get(h); return r ? int(r->warnings) : -1; }

// The module bytes: a pointer into the module's memory and the length (0 after errors).
WR_API const uint8_t* wr_result_wasm_ptr(int h) { Result* r = get(h); return r ? r->wasm.data() : nullptr; }
WR_API int wr_result_wasm_len(int h) { Result* r = get(h); return r ? int(r->wasm.size()) : 0; }

// Text outputs, UTF-8 and NUL-terminated; "" when not requested or not produced (after errors).
//   0 WAT, 1 WasmIR, 2 diagnostics as JSON lines (rustc's --message-format=json, one object per line),
//   3 diagnostics as human text (with rustc's closing summary), 4 timings as JSON [{"phase","ms"}].
WR_API const char* wr_result_text(int h, int kind) {
  Result* r = get(h);
  if (!r || kind < 0 || kind >= WR_TEXT_KINDS) return "";
  return r->text[kind].c_str();
}
WR_API int wr_result_text_len(int h, int kind) {
  Result* r = get(h);
  if (!r || kind < 0 || kind >= WR_TEXT_KINDS) return 0;
  return int(r->text[kind].size());
}

// Releases a result (unknown handles are ignored).
WR_API void wr_result_free(int h) { g_results.erase(h); }

// How many results are alive (for leak checks in tests).
WR_API int wr_live_results() { return int(g_results.size()); }

WR_API const char* wr_version() { return WASMRUST_VERSION; }
