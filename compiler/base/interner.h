// String interning: identifiers and other names become 32-bit Symbols compared by value.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <deque>
#include <unordered_map>

namespace wr {

struct Symbol {
  uint32_t v = 0;  // 0 is the empty string
  friend bool operator==(Symbol, Symbol) = default;
  bool empty() const { return v == 0; }
};

class Interner {
 public:
  Interner() { intern(""); }
  Symbol intern(std::string_view s) {
    auto it = map_.find(std::string(s));
    if (it != map_.end()) return Symbol{it->second};
    uint32_t id = uint32_t(strings_.size());
    strings_.emplace_back(s);
    map_.emplace(strings_.back(), id);
    return Symbol{id};
  }
  const std::string& str(Symbol s) const { return strings_[s.v]; }
  uint32_t size() const { return uint32_t(strings_.size()); }  // symbols 0..size()-1, in interning order

 private:
  std::deque<std::string> strings_;  // a deque: references returned by str() stay valid while interning
  std::unordered_map<std::string, uint32_t> map_;  // lookup only; never iterated
};

}  // namespace wr
