// MIR construction.
//
// Consumes: the type-checked Program (AST + types + resolutions + locals) of one function. Produces: its
// mir::Body (mir.h). Expressions are lowered into places ("evaluate into this destination"), so `if`,
// `match`, `loop` and blocks write their value where the parent wants it. Overflow/division/bounds checks
// are emitted here as branches to panic calls (with the source location) when the function is user code
// and `overflowChecks` is on; division by zero is always checked. Format macros become calls to the
// runtime's formatting functions (compiler/runtime/fmt.rs) and panics to its panic functions (rt.rs).
// Drop: where values go out of scope is marked (StorageDead for `let` bindings, Drop for temporaries,
// early exits, assignments' old values) for drop elaboration (mir/drops.h); the body of
// `__drop_glue::<T>` is made here for each T (its `Drop::drop`, then a Drop of each field).
#pragma once
#include "check/program.h"
#include "mir/mir.h"
#include "resolve/resolve.h"

namespace wr::mir {

struct BuildOptions {
  bool overflowChecks = true;
};

// Builds the body of `fn` for one instance: `substs` are its generic arguments (empty if not generic).
Body buildBody(Program& p, Resolver& r, FnId fn, const BuildOptions& opts, const std::vector<TyId>& substs = {});

}  // namespace wr::mir
