// The compiler driver: the one entry point of the core.
//
// Consumes: a source file's name and text plus options (no file system access: the CLI or the browser
// worker reads files). Produces: wasm bytes, optional text dumps (tokens, AST, WasmIR, WAT) and
// diagnostics (rendered human/JSON by the caller with diag/diagnostics.h). Runs the phases in order:
// lex -> parse -> resolve -> type check (+ exhaustiveness) -> MIR build (+ ownership check of each user
// function) -> lower to WasmIR -> verify -> wasm binary; `check` stops before verify. The embedded runtime
// (compiler/runtime/*.rs) is parsed with the user's file; only the functions reachable from `main` are
// emitted (CompilerSession below parses it once per process). Deterministic: same input, same bytes.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/source.h"
#include "diag/diagnostics.h"

namespace wr {

enum class Emit : uint8_t { Wasm, Wat, WasmIR, Tokens, Ast, Mir };

struct CompileOptions {
  Emit emit = Emit::Wasm;
  bool overflowChecks = true;  // dev profile: arithmetic overflow panics
  bool verify = true;          // run the WasmIR verifier after lowering
  bool checkOnly = false;      // stop after the ownership check, emit nothing (wasmrust check)
  // A test build (wasmrust test): #[cfg(test)] items and #[test] functions are compiled, each test is
  // exported as `__wr_test_N`, and the "wasmrust.tests" custom section lists them (see docs/cli.md).
  bool test = false;
  // Thin monomorphization (lower/lower.h): instances of a generic function with the same code share one
  // function. `verifyThinMono` also lowers each merged instance and reports any difference as an error.
  bool thinMono = true;
  bool verifyThinMono = false;
  // A threads build (docs/wasm_crate.md): shared memory imported as env.memory, atomics real across threads.
  bool threads = false;
  bool referenceTypes = true;  // --no-reference-types turns it off (docs/wasm_crate.md)
};

struct PhaseTiming {
  const char* phase;
  double ms;
};

struct CompileResult {
  std::unique_ptr<SourceMap> sources;   // for rendering diagnostics
  std::vector<Diagnostic> diagnostics;  // in source order
  size_t errors = 0, warnings = 0;
  std::vector<uint8_t> wasm;            // empty if errors (or checkOnly)
  std::string text;                     // the requested dump for Emit::Wat/WasmIR/Tokens/Ast/Mir
  std::vector<PhaseTiming> timings;     // filled only when a clock is provided
  uint32_t genericInstances = 0;        // instances of generic functions the program reaches
  uint32_t thinMerged = 0;              // of them, those that share another instance's function
  bool ok() const { return errors == 0; }
};

// A monotonic clock in milliseconds supplied by the caller (the core never reads the clock itself).
using ClockFn = double (*)();

CompileResult compile(const std::string& fileName, const std::string& source, const CompileOptions& opts,
                      ClockFn clock = nullptr);

// A compiler kept across compiles (the browser's warm module): the embedded runtime is lexed and parsed
// once per kind of build (normal / test) and each compile starts from a copy of that state
// (driver/runtime_cache.h). Every result is byte for byte what compile() returns for the same input.
// Not thread-safe; the first compile of each kind pays for the snapshot.
struct CompilerSessionCache;
class CompilerSession {
 public:
  CompilerSession();
  ~CompilerSession();
  CompilerSession(const CompilerSession&) = delete;
  CompilerSession& operator=(const CompilerSession&) = delete;
  CompileResult compile(const std::string& fileName, const std::string& source, const CompileOptions& opts,
                        ClockFn clock = nullptr);
  // Whether compiles of this kind use the snapshot (false if the runtime could not be cached: they then
  // parse it each time, like compile()). Builds the snapshot if needed.
  bool runtimeCached(bool testBuild);

 private:
  std::unique_ptr<CompilerSessionCache> cache_;
};

// Renders all diagnostics (human or JSON lines) plus rustc's closing summary.
std::string renderDiagnostics(const CompileResult& r, bool json);

}  // namespace wr
