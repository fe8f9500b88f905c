// Diagnostics: what every phase reports, and how it is rendered.
//
// Consumes: Diagnostic records from every phase (kinds in diagnostics.def, spans from base/source.h).
// Produces: rustc-style human text (`error[E0308]: mismatched types` / ` --> file:line:col` / source
// lines with carets and labels / `= note:` lines) or JSON (one object per line, `--message-format=json`).
// Phases never print: they add to a DiagnosticBag that the driver renders.
#pragma once
#include <string>
#include <vector>

#include "base/source.h"

namespace wr {

enum class DiagKind : uint16_t {
#define DIAG(Name, Level, Code, Template) Name,
#include "diag/diagnostics.def"
};
enum class Level : uint8_t { Error, Warning, Note, Help };

struct Label {
  Span span;
  std::string text;
  bool primary = false;
};

struct Diagnostic {
  DiagKind kind;
  Level level = Level::Error;
  std::string code;     // "E0308" or empty
  std::string message;
  std::vector<Label> labels;                 // labels[0] is the primary span
  std::vector<std::pair<Level, std::string>> children;  // notes and helps

  Diagnostic& label(Span s, std::string text) { labels.push_back({s, std::move(text), false}); return *this; }
  Diagnostic& note(std::string text) { children.push_back({Level::Note, std::move(text)}); return *this; }
  Diagnostic& help(std::string text) { children.push_back({Level::Help, std::move(text)}); return *this; }
};

class DiagnosticBag {
 public:
  // Adds a diagnostic of `kind` at `span` with `args` substituted into the kind's template; the returned
  // reference lets the caller add labels/notes (valid until the next report()).
  Diagnostic& report(DiagKind kind, Span span, std::vector<std::string> args = {}, std::string primaryLabel = "");
  size_t errorCount() const { return errors_; }
  size_t warningCount() const { return diags_.size() - errors_; }
  const std::vector<Diagnostic>& all() const { return diags_; }
  // Diagnostics in source order (stable for equal positions), as they are rendered.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> diags_;
  size_t errors_ = 0;
};

std::string renderHuman(const SourceMap& sm, const Diagnostic& d);
std::string renderJson(const SourceMap& sm, const Diagnostic& d);
// The closing summary lines (`error: aborting due to 2 previous errors; 1 warning emitted`), or "".
std::string renderSummary(size_t errors, size_t warnings);
std::string jsonEscape(const std::string& s);

}  // namespace wr
