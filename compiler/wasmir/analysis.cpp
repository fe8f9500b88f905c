// Divergence analysis (see analysis.h): one post-order walk from the body with an explicit stack, so
// deeply nested code cannot overflow the native stack.
#include "wasmir/analysis.h"

#include <algorithm>

namespace wr::wir {

namespace {

std::vector<uint32_t> targetedLabels(const Function& f) {
  std::vector<uint32_t> out;
  for (const Expr& e : f.exprs) {
    if (e.kind == ExprKind::Br || e.kind == ExprKind::BrIf) {
      out.push_back(e.a);
    } else if (e.kind == ExprKind::BrTable) {
      out.push_back(e.a);
      uint64_t end = uint64_t(e.b) + e.imm;
      if (end <= f.labelLists.size())
        for (uint64_t i = e.b; i < end; ++i) out.push_back(f.labelLists[size_t(i)]);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool kidsInRange(const Function& f, const Expr& e) {
  return uint64_t(e.firstKid) + e.numKids <= f.kids.size();
}

}  // namespace

std::vector<uint8_t> computeDivergence(const Function& f) {
  const size_t n = f.exprs.size();
  std::vector<uint8_t> div(n, 0);
  if (!f.body.valid() || f.body.v >= n) return div;
  const std::vector<uint32_t> targeted = targetedLabels(f);
  auto isTargeted = [&](uint32_t label) {
    return std::binary_search(targeted.begin(), targeted.end(), label);
  };
  // state: 0 = unvisited, 1 = on the stack, 2 = done
  std::vector<uint8_t> state(n, 0);
  struct Item { uint32_t id; bool expanded; };
  std::vector<Item> stack;
  stack.push_back({f.body.v, false});
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const Expr& e = f.exprs[it.id];
    if (!it.expanded) {
      if (state[it.id] != 0) continue;  // shared or cyclic: leave as "not diverging"
      state[it.id] = 1;
      stack.push_back({it.id, true});
      if (kidsInRange(f, e))
        for (uint32_t i = 0; i < e.numKids; ++i) {
          uint32_t k = f.kids[e.firstKid + i].v;
          if (k < n && state[k] == 0) stack.push_back({k, false});
        }
      continue;
    }
    state[it.id] = 2;
    auto kidDiv = [&](uint32_t i) -> bool {
      if (!kidsInRange(f, e) || i >= e.numKids) return false;
      uint32_t k = f.kids[e.firstKid + i].v;
      return k < n && div[k];
    };
    bool anyKid = false;
    if (kidsInRange(f, e))
      for (uint32_t i = 0; i < e.numKids; ++i) anyKid = anyKid || kidDiv(i);
    bool d = false;
    switch (e.kind) {
      case ExprKind::Br:
      case ExprKind::BrTable:
      case ExprKind::Return:
      case ExprKind::Unreachable: d = true; break;
      case ExprKind::Block: d = anyKid && !isTargeted(e.a); break;
      case ExprKind::Loop: d = anyKid; break;
      case ExprKind::If:
        d = kidDiv(0) || (e.numKids == 3 && kidDiv(1) && kidDiv(2));
        break;
      default: d = anyKid; break;
    }
    div[it.id] = d ? 1 : 0;
  }
  return div;
}

bool needsTrailingUnreachable(const Function& f, ExprId id, const std::vector<uint8_t>& diverges,
                              std::optional<ValType> expected) {
  if (!id.valid() || id.v >= diverges.size() || !diverges[id.v]) return false;
  const Expr& e = f.exprs[id.v];
  if (expected && e.type == *expected) return false;  // the stack is what a non-diverging one would leave
  switch (e.kind) {
    case ExprKind::Br:
    case ExprKind::BrTable:
    case ExprKind::Return:
    case ExprKind::Unreachable: return false;  // wasm itself makes the stack polymorphic after these
    case ExprKind::Block:
    case ExprKind::Loop:
    case ExprKind::If: return true;
    default: return e.type != ValType::None;  // none: the stack is polymorphic and empty already
  }
}

}  // namespace wr::wir
