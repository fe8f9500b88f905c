// Small analyses over one WasmIR function, shared by the verifier and the backends.
//
// Divergence (docs/wasmir.md, "Unreachable code"): an expression *diverges* when control can never reach
// its end by falling through: it is Br, BrTable, Return or Unreachable; or an operand of it diverges;
// or it is a Block one of whose kids diverges and whose label no branch in the function names; or a Loop
// one of whose kids diverges; or an If whose condition diverges, or which has an else arm and both arms
// diverge. The verifier lets a diverging expression stand where any type is expected; the backends
// then emit an `unreachable` after it where wasm's own typing needs one (needsTrailingUnreachable).
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wir {

// One byte per expression of f (indexed by ExprId::v): 1 if the expression diverges, else 0.
// Robust to malformed IR (bad ids, shared or cyclic kids): such expressions count as not diverging.
std::vector<uint8_t> computeDivergence(const Function& f);

// True if a backend must emit an `unreachable` right after expression `id` so that the wasm stack there
// is what its position expects. Only a diverging expression that is not itself Br/BrTable/Return/
// Unreachable can need one, and only when the type it declares differs from `expected`: a Block/Loop/If
// (its `end` makes the stack concrete again) or an operator that still pushes its (unexpected) value.
// `expected`: for kids of a Block/Loop (and of flattened If arms and function bodies) none for all but
// the last, the result type for the last; for an If arm or a function body, its result type; nullopt
// for operand positions (then any diverging Block/Loop/If or value-typed operator gets one: harmless).
bool needsTrailingUnreachable(const Function& f, ExprId id, const std::vector<uint8_t>& diverges,
                              std::optional<ValType> expected);

}  // namespace wr::wir
