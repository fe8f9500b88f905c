// Drop elaboration: makes every drop of a MIR body an explicit call.
//
// Consumes: a MIR body from mir/build.h (for user code, after the ownership checker has accepted it) whose
// builder marked where values go out of scope: StorageDead (a `let` binding at its block's end), Drop (a
// statement's temporaries at its end, a scope left early by break/continue/return/`?`, the old value of a
// user assignment, a field in drop glue; op 1: forget a failed guard's binding), and Return (whatever the
// function still owns: its parameters, temporaries of a tail expression).
// Produces: the same body where each of those that may still hold a value calls
// `__drop_glue::<T>(&mut place)`; markers disappear into calls or nothing.
//
// A forward dataflow over move paths (a local and the fields of structs and tuples it holds by value; an
// enum, an array and a Box's contents are one path with their owner) computes which paths may be
// initialized and which may not. A by-value read of a path whose type needs dropping moves it; a write
// initializes it. At a drop point a path that is surely initialized is dropped, one that is surely not is
// skipped, a partly moved struct is dropped field by field, and anything else is guarded by a drop flag (a
// bool local kept in step with the path's moves and writes). A user binding written again while it may hold
// a value (a `let` in a loop left by `continue`) drops the old value first.
// Temporaries that copy a value through a reference (the builder's own reads) never own it: they are not
// dropped. Library code (compiler/runtime) is not elaborated: it drops explicitly (__drop_in_place).
#pragma once
#include "check/program.h"
#include "mir/mir.h"

namespace wr::mir {

// `dropGlue` is the prelude's `__drop_glue` (FnId{} if missing: then nothing is elaborated).
void elaborateDrops(const Program& p, Body& body, FnId dropGlue);

}  // namespace wr::mir
