// The embedded runtime (compiler/runtime/*.rs), lexed and parsed once per process.
//
// Every compile parses the user's file (and a test build's harness), then the ~13k lines of runtime.
// parseRuntime() is that last step done from scratch. A RuntimeSnapshot is the result of doing it once
// into an empty state; appendTo() then gives a compile exactly the state parseRuntime() would have left:
// the same SourceMap files, the same Symbols (the snapshot's strings interned in the order the lexer and
// parser first interned them), the same AST nodes at the same ids (every id, list index and file id in
// the copied nodes is shifted by the sizes already there). So the output of a compile never depends on
// whether the snapshot was used (tests-native/unit/test_warm_compile.cpp compares the two states field
// by field, and whole compiles byte for byte).
//
// The shift relies on the parser being position-independent: what it does with a file depends on the
// file, the interned strings and ast.cfgTest, never on the ids already handed out (one snapshot per
// cfgTest value). Each arena of the snapshot starts with a placeholder element, so an index field that the
// parser set is >= 1 and one it left at its default (0) is told apart and kept. build() checks every
// field it shifts and returns null (callers then parse from scratch) if the runtime produced diagnostics
// or a node it does not know how to shift. A new AST field that refers to another node (parse/ast.h)
// must be added to the shift in runtime_cache.cpp; the unit test fails until it is.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "base/interner.h"
#include "base/source.h"
#include "diag/diagnostics.h"
#include "driver/runtime_sources.h"
#include "parse/ast.h"

namespace wr {

// Lexes and parses every runtime file after what `sm`/`ast` already hold. Returns the first runtime file
// id (UINT32_MAX if there are no runtime files). `sources`: the embedded runtime (other sources in tests).
uint32_t parseRuntime(SourceMap& sm, Interner& in, ast::Ast& ast, DiagnosticBag& diags,
                      const std::vector<RuntimeSource>& sources = runtimeSources());

class RuntimeSnapshot {
 public:
  // Parses the runtime (with #[cfg(test)] on for a test build); null if it cannot be cached.
  static std::unique_ptr<RuntimeSnapshot> build(bool cfgTest, const std::vector<RuntimeSource>& sources = runtimeSources());
  bool cfgTest() const { return ast_.cfgTest; }
  // Same effect on sm/in/ast as parseRuntime() (which would report no diagnostics). ast.cfgTest must
  // equal cfgTest().
  uint32_t appendTo(SourceMap& sm, Interner& in, ast::Ast& ast) const;

 private:
  std::vector<SourceFile> files_;     // the runtime files (local file ids 1..; 0 is a placeholder)
  std::vector<std::string> strings_;  // local Symbol i+1, in interning order (0 is "")
  ast::Ast ast_;                      // element 0 of every arena is a placeholder
};

}  // namespace wr
