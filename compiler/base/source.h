// Source files and spans.
//
// Consumes: source texts handed in by the driver (the core never opens files). Produces: FileIds and
// byte-offset Spans that every later phase attaches to its data, plus line/column lookup for diagnostics.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wr {

struct Span {
  uint32_t file = 0;
  uint32_t lo = 0, hi = 0;  // byte offsets, [lo, hi)
  Span to(Span other) const { return Span{file, lo, other.hi > hi ? other.hi : hi}; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct LineCol {
  uint32_t line = 1, col = 1;  // 1-based; col counts chars (code points)
};

struct SourceFile {
  std::string name;  // as given by the driver (printed in diagnostics and panic messages)
  std::string text;
  std::vector<uint32_t> lineStarts;
  friend bool operator==(const SourceFile&, const SourceFile&) = default;
};

class SourceMap {
 public:
  uint32_t add(std::string name, std::string text);
  uint32_t add(SourceFile f);  // a file whose lineStarts are already computed (driver/runtime_cache.h)
  const SourceFile& file(uint32_t id) const { return files_[id]; }
  LineCol lineCol(uint32_t file, uint32_t offset) const;
  std::string_view lineText(uint32_t file, uint32_t line) const;  // without the newline
  std::string_view text(Span s) const { return std::string_view(files_[s.file].text).substr(s.lo, s.hi - s.lo); }
  uint32_t numFiles() const { return uint32_t(files_.size()); }

 private:
  std::vector<SourceFile> files_;
};

}  // namespace wr
