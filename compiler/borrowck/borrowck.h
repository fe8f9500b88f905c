// Ownership checking on the MIR control-flow graph.
//
// Consumes: the MIR body of one user function (mir/mir.h; move operands, loop heads, `let x;`
// declarations and scope ends are marked by the builder) and the type-checked Program. Produces:
// diagnostics in the DiagnosticBag with rustc's codes, messages and labels.
// Moves and initialization (borrowck.cpp), a forward dataflow over "move paths" (a local and its field /
// Box projections) of the moves that may have happened and the bindings that may have been assigned:
//   E0382 use (or borrow, or assignment to a part) of a value after it was moved, whole or in part,
//         also across loop iterations ("value moved here, in previous iteration of loop");
//   E0507 / E0508 a move out of a reference, a Vec index or an array element;
//   E0381 use of a binding that is not, or possibly not, initialized (`let x; if c { x = 1; } x`);
//   E0384 a `let x;` binding (not `mut`) assigned twice.
// Borrows (loans.cpp): each `&`/`&mut` is a loan, alive while a local that may hold it is live (NLL:
// which loans a local may hold is flow-insensitive, but a loan is in scope only at points reached from
// the borrow through points where it is alive, so a reassigned reference ends it); an overlapping
// access that conflicts with a live loan is
//   E0499 two mutable borrows, E0502 a shared and a mutable one, E0506 assignment to a borrowed place,
//   E0505 a move out of it, E0503 a use of a mutably borrowed value; a borrowed binding going out of
//   scope is E0597, a `let`'s temporary (not lifetime-extended) freed while a borrow of it is used later
//   E0716, a returned reference to a local E0515.
// Auto-ref'd `&mut` receivers are two-phase (`v.push(v.len())`). A closure's mutable capture of a `&mut`
// binding is rustc's unique borrow: E0500 when it conflicts with an earlier borrow, E0501 for a later one.
// Drop check: the scope end of a value whose drop runs a user `Drop` impl uses what it borrows (E0597).
// Lifetimes in signatures (loans.cpp, checkSignatureLifetimes): E0621 for a `&'a` result that comes from a
// parameter whose lifetime is elided. Relations between named lifetimes (regions.cpp, checkRegions): every
// lifetime a signature names (the fn's, its impl's, 'static) is a free region; a value flowing into a
// position whose type has lifetime 'a must have one that outlives 'a, by the declared bounds (`'b: 'a`,
// where clauses), those the signature's types imply (`&'a &'b T`: 'b: 'a) and 'static, transitively; else
// rustc's "lifetime may not live long enough" (no code), at the flow that returns, annotates, passes or
// assigns the value. Not yet: such relations involving elided lifetimes (`'1`) beyond E0621.
#pragma once
#include "check/program.h"
#include "diag/diagnostics.h"
#include "mir/mir.h"

namespace wr::borrowck {

// Checks one body and reports into `diags`. Deterministic: diagnostics depend only on the body.
void checkBody(const Program& p, const mir::Body& body, DiagnosticBag& diags);
// rustc's name of a place in messages: `v`, `p.x`, `self.items`, `*r`, `v[_]` (loans.cpp).
std::string describePlace(const Program& p, const mir::Body& body, const mir::Place& place);
// The borrow half (loans.cpp), run by checkBody after the move half.
void checkLoans(const Program& p, const mir::Body& body, DiagnosticBag& diags);
// The named lifetimes' half (regions.cpp), run by checkBody last.
void checkRegions(const Program& p, const mir::Body& body, DiagnosticBag& diags);

}  // namespace wr::borrowck
