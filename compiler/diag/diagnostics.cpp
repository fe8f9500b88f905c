// Rendering follows rustc's layout: header, ` --> file:line:col`, a gutter sized to the largest line
// number, each labelled line with carets (`^` primary, `-` secondary), labels hanging below when several
// share a line, then `= note:` / `= help:` children.
#include "diag/diagnostics.h"

#include <algorithm>
#include <map>

namespace wr {
namespace {

struct KindInfo {
  Level level;
  const char* code;
  const char* tmpl;
};
const KindInfo kKinds[] = {
#define DIAG(Name, Lvl, Code, Template) {Level::Lvl, Code, Template},
#include "diag/diagnostics.def"
};

std::string substitute(const char* tmpl, const std::vector<std::string>& args) {
  std::string out;
  for (const char* p = tmpl; *p; ++p) {
    if (*p == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
      size_t i = size_t(p[1] - '0');
      if (i < args.size()) out += args[i];
      p += 2;
    } else {
      out += *p;
    }
  }
  return out;
}

const char* levelName(Level l) {
  switch (l) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "note";
    case Level::Help: return "help";
  }
  return "error";
}

size_t charCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) if ((uint8_t(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Display column (0-based) of a byte offset within a line: tabs expand to 4 like rustc.
size_t displayCol(std::string_view line, size_t byteOff) {
  size_t col = 0;
  for (size_t i = 0; i < byteOff && i < line.size(); ++i) {
    if (line[i] == '\t') col += 4;
    else if ((uint8_t(line[i]) & 0xC0) != 0x80) ++col;
  }
  return col;
}

std::string expandTabs(std::string_view line) {
  std::string s;
  for (char c : line) {
    if (c == '\t') s += "    ";
    else s += c;
  }
  return s;
}

}  // namespace

Diagnostic& DiagnosticBag::report(DiagKind kind, Span span, std::vector<std::string> args, std::string primaryLabel) {
  const KindInfo& k = kKinds[size_t(kind)];
  Diagnostic d;
  d.kind = kind;
  d.level = k.level;
  d.code = k.code;
  d.message = substitute(k.tmpl, args);
  d.labels.push_back({span, std::move(primaryLabel), true});
  if (d.level == Level::Error) ++errors_;
  diags_.push_back(std::move(d));
  return diags_.back();
}

std::vector<Diagnostic> DiagnosticBag::sorted() const {
  std::vector<Diagnostic> v = diags_;
  std::stable_sort(v.begin(), v.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const Span& x = a.labels[0].span;
    const Span& y = b.labels[0].span;
    if (x.file != y.file) return x.file < y.file;
    return x.lo < y.lo;
  });
  return v;
}

std::string renderHuman(const SourceMap& sm, const Diagnostic& d) {
  std::string out = levelName(d.level);
  if (!d.code.empty()) out += "[" + d.code + "]";
  out += ": " + d.message + "\n";
  if (d.labels.empty() || sm.numFiles() == 0) return out;
  const Label& prim = d.labels[0];
  LineCol plc = sm.lineCol(prim.span.file, prim.span.lo);

  // Group labels by (file,line) of their start; multi-line spans are underlined on their first line.
  struct LineLabel { size_t startCol, endCol; const Label* label; };
  std::map<std::pair<uint32_t, uint32_t>, std::vector<LineLabel>> byLine;
  uint32_t maxLine = 0;
  for (const Label& l : d.labels) {
    if (l.span.file >= sm.numFiles()) continue;
    LineCol a = sm.lineCol(l.span.file, l.span.lo);
    LineCol b = sm.lineCol(l.span.file, l.span.hi);
    std::string_view text = sm.lineText(l.span.file, a.line);
    const SourceFile& f = sm.file(l.span.file);
    size_t lineStart = f.lineStarts[a.line - 1];
    size_t sc = displayCol(text, l.span.lo - lineStart);
    size_t ec = b.line == a.line ? displayCol(text, l.span.hi - lineStart) : displayCol(text, text.size());
    if (ec <= sc) ec = sc + 1;
    byLine[{l.span.file, a.line}].push_back({sc, ec, &l});
    maxLine = std::max(maxLine, a.line);
  }
  std::string gutter(std::to_string(maxLine).size(), ' ');
  out += gutter + "--> " + sm.file(prim.span.file).name + ":" + std::to_string(plc.line) + ":" + std::to_string(plc.col) + "\n";
  out += gutter + " |\n";
  uint32_t prevLine = 0;
  for (auto& [key, labels] : byLine) {
    uint32_t line = key.second;
    if (prevLine && line > prevLine + 1) out += "...\n";
    prevLine = line;
    std::string num = std::to_string(line);
    out += std::string(gutter.size() - num.size(), ' ') + num + " | " + expandTabs(sm.lineText(key.first, line)) + "\n";
    std::sort(labels.begin(), labels.end(), [](const LineLabel& a, const LineLabel& b) { return a.startCol < b.startCol; });
    // Underline row: all carets; the rightmost label's text follows it.
    std::string row;
    for (const LineLabel& l : labels) {
      if (row.size() < l.endCol) row.resize(l.endCol, ' ');
      for (size_t c = l.startCol; c < l.endCol; ++c) row[c] = l.label->primary ? '^' : '-';
    }
    const LineLabel& last = labels.back();
    std::string firstRow = row;
    if (!last.label->text.empty()) firstRow += " " + last.label->text;
    out += gutter + " | " + firstRow + "\n";
    // Other labels hang below, right to left, each with a connector line.
    for (size_t i = labels.size() - 1; i-- > 0;) {
      const LineLabel& l = labels[i];
      if (l.label->text.empty()) continue;
      std::string bars;
      for (size_t j = 0; j <= i; ++j) {
        if (j < i && labels[j].label->text.empty()) continue;
        if (bars.size() <= labels[j].startCol) bars.resize(labels[j].startCol + 1, ' ');
        bars[labels[j].startCol] = '|';
      }
      out += gutter + " | " + bars + "\n";
      std::string textRow = bars.substr(0, l.startCol) + l.label->text;
      out += gutter + " | " + textRow + "\n";
    }
  }
  if (!d.children.empty()) {
    out += gutter + " |\n";
    for (auto& [lvl, text] : d.children) out += gutter + " = " + levelName(lvl) + ": " + text + "\n";
  }
  out += "\n";
  return out;
}

std::string jsonEscape(const std::string& s) {
  std::string o;
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          o += "\\u00";
          o += hex[c >> 4];
          o += hex[c & 15];
        } else {
          o += char(c);
        }
    }
  }
  return o;
}

std::string renderJson(const SourceMap& sm, const Diagnostic& d) {
  std::string o = "{\"$message_type\":\"diagnostic\",\"message\":\"" + jsonEscape(d.message) + "\",\"code\":";
  o += d.code.empty() ? "null" : "{\"code\":\"" + d.code + "\"}";
  o += ",\"level\":\"" + std::string(levelName(d.level)) + "\",\"spans\":[";
  bool first = true;
  for (const Label& l : d.labels) {
    if (l.span.file >= sm.numFiles()) continue;
    LineCol a = sm.lineCol(l.span.file, l.span.lo), b = sm.lineCol(l.span.file, l.span.hi);
    if (!first) o += ",";
    first = false;
    o += "{\"file_name\":\"" + jsonEscape(sm.file(l.span.file).name) + "\",\"byte_start\":" + std::to_string(l.span.lo) +
         ",\"byte_end\":" + std::to_string(l.span.hi) + ",\"line_start\":" + std::to_string(a.line) +
         ",\"line_end\":" + std::to_string(b.line) + ",\"column_start\":" + std::to_string(a.col) +
         ",\"column_end\":" + std::to_string(b.col) + ",\"is_primary\":" + (l.primary ? "true" : "false") +
         ",\"label\":" + (l.text.empty() ? std::string("null") : "\"" + jsonEscape(l.text) + "\"") + "}";
  }
  o += "],\"children\":[";
  for (size_t i = 0; i < d.children.size(); ++i) {
    if (i) o += ",";
    o += "{\"message\":\"" + jsonEscape(d.children[i].second) + "\",\"level\":\"" + levelName(d.children[i].first) +
         "\",\"spans\":[],\"children\":[]}";
  }
  o += "],\"rendered\":\"" + jsonEscape(renderHuman(sm, d)) + "\"}";
  return o;
}

std::string renderSummary(size_t errors, size_t warnings) {
  std::string w = std::to_string(warnings) + (warnings == 1 ? " warning emitted" : " warnings emitted");
  if (errors) {
    std::string s = "error: aborting due to " + std::to_string(errors) + (errors == 1 ? " previous error" : " previous errors");
    if (warnings) s += "; " + w;
    return s + "\n\n";
  }
  if (warnings) return "warning: " + w + "\n\n";
  return "";
}

}  // namespace wr
