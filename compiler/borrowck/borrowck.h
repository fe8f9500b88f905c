// Ownership checking on the MIR control-flow graph.
//
// Consumes: the MIR body of one user function (mir/mir.h; move operands are marked by the builder) and
// the type-checked Program. Produces: diagnostics in the DiagnosticBag, rustc's codes and labels:
//   E0382 use (or borrow, or assignment to a part) of a value after it was moved, whole or in part,
//         also across loop iterations ("value moved here, in previous iteration of loop");
//   E0381 use of a binding that is not, or possibly not, initialized (`let x; if c { x = 1; } x`).
// Dataflow over "move paths" (a local and its field / Box projections): a forward analysis of the
// moves that may have happened on some path to each point, and of the bindings that may have been
// assigned. A move through a reference or out of an index is not tracked here (rustc rejects those with
// E0507/E0508; not checked yet). Borrows (E0499, E0502, E0505, E0506, E0597...) come next and will
// share these move paths.
#pragma once
#include "check/program.h"
#include "diag/diagnostics.h"
#include "mir/mir.h"

namespace wr::borrowck {

// Checks one body and reports into `diags`. Deterministic: diagnostics depend only on the body.
void checkBody(const Program& p, const mir::Body& body, DiagnosticBag& diags);

}  // namespace wr::borrowck
