// Type checking and inference of function bodies.
//
// Consumes: the AST and the Program's definitions (resolve/). Produces: in Program, the type of every
// expression and pattern, what every path/method/field refers to, auto-deref/auto-ref adjustments, the
// locals of every body, and diagnostics (mismatched types, unknown names/fields/methods, wrong argument
// counts, mutability errors, out-of-range literals, unused variables...). Types are interned (types.h)
// and inferred by unification over inference variables; unsuffixed integer literals default to i32 and
// float literals to f64 at the end of each body. After checking a body, check/exhaustive.h checks its
// matches. Bodies with errors are still fully checked so that independent errors are all reported; a
// type that is already an error never produces a second diagnostic.
#pragma once
#include "check/program.h"
#include "diag/diagnostics.h"
#include "resolve/resolve.h"

namespace wr {

void typeCheckProgram(Program& p, Resolver& r, DiagnosticBag& diags);

// Default binding mode adjustments of patterns (match ergonomics): how many references were peeled
// before matching pattern `pat`, and whether its bindings bind by reference. Filled by the type checker.
struct PatAdjust {
  uint8_t derefs = 0;
};

}  // namespace wr
