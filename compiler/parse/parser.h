// The parser.
//
// Consumes: the token vector of one file (lex/lexer.h). Produces: items appended to an ast::Ast (ast.h),
// with format macros (`println!` ...) already parsed into pieces and arguments. Recursive descent with
// precedence climbing for binary operators; the grammar rule is written above each parse function.
// Errors ("expected X, found Y", unsupported Rust) are reported and the parser resynchronises at the next
// statement or item, so every independent error in a file is reported. Nesting deeper than
// kMaxDepth is an error, never a stack overflow.
#pragma once
#include <vector>

#include "diag/diagnostics.h"
#include "lex/lexer.h"
#include "parse/ast.h"

namespace wr {

constexpr int kMaxDepth = 200;

// Parses one file's tokens into `ast` (appending to ast.topItems). `module`: the module the file's items
// belong to (0, the crate root; the test harness adds its wrappers inside each test's module).
void parseFile(const SourceMap& sm, uint32_t file, const std::vector<Token>& tokens, Interner& in, ast::Ast& ast,
               DiagnosticBag& diags, uint32_t module = 0);

}  // namespace wr
