// The lexer.
//
// Consumes: one source file's text (from base/source.h's SourceMap). Produces: a vector of Tokens (kinds
// in tokens.def) with spans and decoded literal payloads; comments and whitespace are dropped (doc comments
// too). Errors (unterminated string/comment, unknown characters, bad escapes) are reported to the
// DiagnosticBag and lexing continues, so one bad character never hides the rest of the file.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "base/interner.h"
#include "base/source.h"
#include "diag/diagnostics.h"

namespace wr {

enum class Tok : uint8_t {
#define TOK(Name, Text) Name,
#include "lex/tokens.def"
};
const char* tokSpelling(Tok t);

struct Token {
  Tok kind = Tok::Eof;
  Span span;
  Symbol sym;          // Ident/Lifetime name; literal suffix for numbers ("" if none)
  std::string text;    // decoded string/char/byte-string contents; number digits (no '_', no prefix)
  uint64_t intValue = 0;
  bool intOverflow = false;  // the literal does not fit in 64 bits... (u128 not supported)
  uint32_t charValue = 0;
  bool precededBySpace = false;  // for `>>` splitting and diagnostics
};

std::vector<Token> lex(const SourceMap& sm, uint32_t file, Interner& in, DiagnosticBag& diags);
std::string describeToken(const Token& t, const SourceMap& sm);  // "`foo`", "`;`", "end of file"...

}  // namespace wr
