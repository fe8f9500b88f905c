// Match exhaustiveness and pattern reachability.
//
// Consumes: a type-checked `match` (or `let`) whose pattern types/resolutions are in Program (patTy,
// patRes, patDerefs, patField). Produces: diagnostics only: E0004 "non-exhaustive patterns: `X` not covered"
// with rustc-style witnesses (nested enums, tuples, structs, bool, integer and char ranges), E0005 for
// refutable `let` patterns, and the "unreachable pattern" warning. Algorithm: Maranget's usefulness over a
// pattern matrix with constructor splitting (integer ranges are split into disjoint intervals).
#pragma once
#include "check/program.h"
#include "diag/diagnostics.h"

namespace wr {

void checkMatchExhaustive(Program& p, DiagnosticBag& diags, ast::ExprId matchExpr);
void checkLetIrrefutable(Program& p, DiagnosticBag& diags, ast::PatId pat);

}  // namespace wr
