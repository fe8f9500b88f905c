// Name helpers of the wasm backends (names.h). std::set keeps the result independent of hashing.
#include "wasm/names.h"

#include <set>

namespace wr::wasm {

std::vector<std::string> rawFunctionNames(const wir::Module& m) {
  std::vector<std::string> out;
  out.reserve(m.numFunctions());
  for (const wir::Import& im : m.imports) out.push_back(im.module + "." + im.name);
  for (const wir::Function& f : m.functions) out.push_back(f.name);
  return out;
}

std::vector<std::string> rawLocalNames(const wir::Function& f) {
  std::vector<std::string> out(f.numLocalsTotal());
  for (size_t i = 0; i < out.size() && i < f.localNames.size(); ++i) out[i] = f.localNames[i];
  return out;
}

std::vector<std::string> uniqueNames(std::vector<std::string> names) {
  std::set<std::string> used;
  for (std::string& n : names) {
    if (n.empty()) continue;
    if (used.count(n)) {
      for (unsigned k = 1;; ++k) {
        std::string cand = n + "." + std::to_string(k);
        if (!used.count(cand)) {
          n = cand;
          break;
        }
      }
    }
    used.insert(n);
  }
  return names;
}

namespace {

bool isIdChar(unsigned char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '/': case ':': case '<': case '=': case '>': case '?': case '@': case '\\': case '^': case '_':
    case '`': case '|': case '~': return true;
    default: return false;
  }
}

}  // namespace

std::string watIdChars(const std::string& raw) {
  std::string s = raw;
  for (char& c : s)
    if (!isIdChar(static_cast<unsigned char>(c))) c = '_';
  return s;
}

std::vector<std::string> watIds(const std::vector<std::string>& raw) {
  std::vector<std::string> s;
  s.reserve(raw.size());
  for (const std::string& r : raw) s.push_back(watIdChars(r));
  return uniqueNames(std::move(s));
}

}  // namespace wr::wasm
