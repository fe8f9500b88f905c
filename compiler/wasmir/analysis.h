// Small analyses over one WasmIR function, shared by the verifier and the backends.
//
// Divergence (docs/wasmir.md, "Unreachable code"): an expression *diverges* when control can never reach
// its end by falling through: it is Br, BrTable, Return or Unreachable; or an operand of it diverges;
// or it is a Block one of whose kids diverges and whose label no branch in the function names; or a Loop
// one of whose kids diverges; or an If whose condition diverges, or which has an else arm and both arms
// diverge. The verifier lets a diverging expression stand where any type is expected; the backends
// then emit an `unreachable` after it when wasm's own rule would not see it as stack-polymorphic.
#pragma once
#include <cstdint>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wir {

// One byte per expression of f (indexed by ExprId::v): 1 if the expression diverges, else 0.
// Robust to malformed IR (bad ids, shared or cyclic kids): such expressions count as not diverging.
std::vector<uint8_t> computeDivergence(const Function& f);

// True if a backend must emit an `unreachable` right after expression `id` (which diverges) so that the
// wasm stack is polymorphic and empty there: Block/Loop/If (their `end` makes the stack concrete again)
// and non-control expressions that leave a value; not Br/BrTable/Return/Unreachable themselves.
bool needsTrailingUnreachable(const Function& f, ExprId id, const std::vector<uint8_t>& diverges);

}  // namespace wr::wir
