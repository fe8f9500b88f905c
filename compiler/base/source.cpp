#include "base/source.h"

#include <algorithm>

namespace wr {

uint32_t SourceMap::add(std::string name, std::string text) {
  SourceFile f;
  f.name = std::move(name);
  f.text = std::move(text);
  f.lineStarts.push_back(0);
  for (uint32_t i = 0; i < f.text.size(); ++i)
    if (f.text[i] == '\n') f.lineStarts.push_back(i + 1);
  files_.push_back(std::move(f));
  return uint32_t(files_.size() - 1);
}

uint32_t SourceMap::add(SourceFile f) {
  files_.push_back(std::move(f));
  return uint32_t(files_.size() - 1);
}

LineCol SourceMap::lineCol(uint32_t file, uint32_t offset) const {
  const SourceFile& f = files_[file];
  if (offset > f.text.size()) offset = uint32_t(f.text.size());
  auto it = std::upper_bound(f.lineStarts.begin(), f.lineStarts.end(), offset);
  uint32_t line = uint32_t(it - f.lineStarts.begin());  // 1-based
  uint32_t start = f.lineStarts[line - 1];
  uint32_t col = 1;
  for (uint32_t i = start; i < offset; ++i)
    if ((uint8_t(f.text[i]) & 0xC0) != 0x80) ++col;  // count code points
  return {line, col};
}

std::string_view SourceMap::lineText(uint32_t file, uint32_t line) const {
  const SourceFile& f = files_[file];
  if (line == 0 || line > f.lineStarts.size()) return {};
  uint32_t start = f.lineStarts[line - 1];
  uint32_t end = line < f.lineStarts.size() ? f.lineStarts[line] - 1 : uint32_t(f.text.size());
  std::string_view s(f.text);
  s = s.substr(start, end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace wr
