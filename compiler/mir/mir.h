// MIR: the control-flow graph of each function body.
//
// Produced by mir/build.h from the type-checked AST. Consumed by borrowck/ (the ownership checker: moves
// and initialization, on user functions), then mir/drops.h (drop elaboration: the builder's Drop /
// StorageDead markers become drop-glue calls), then lower/ (MIR -> WasmIR, which rebuilds structured
// control flow from this graph). A body is a vector of basic
// blocks; each block is a list of assignments `place = rvalue` and one terminator. Locals are numbered:
// 0 is the return place, 1..argCount the arguments, then user variables and temporaries. Places are a local
// plus projections (deref, field, index, enum downcast). Every panic check (overflow, division by zero,
// bounds) is an explicit branch to a block that calls a runtime panic function, so the graph shows every
// path. Control flow only moves through terminators.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "check/program.h"

namespace wr::mir {

enum class ProjKind : uint8_t { Deref, Field, Index, ConstIndex, Downcast };
struct Proj {
  ProjKind kind;
  uint32_t a = 0;  // Field: field index; Index: local holding the index; ConstIndex: index; Downcast: variant
};
struct Place {
  uint32_t local = 0;
  std::vector<Proj> proj;
  Span span{};  // where the source names this place (diagnostics of the ownership checker); may be empty
};

struct Constant {
  TyId ty;
  uint64_t bits = 0;  // integers (two's complement), bool, char, f32/f64 bit patterns
  std::string str;    // &str constants
};

struct Operand {
  enum Kind : uint8_t { Copy, Const } kind = Const;
  // A Copy operand that moves its place: a value of a non-Copy type read by the program (`let b = a;`,
  // `f(a)`, `s.field`). The builder's own reads (temporaries, auto-refs, formatting) are never moves.
  // The ownership checker (borrowck/) tracks these; lowering reads a move like a copy.
  bool move = false;
  // A bitwise copy of a non-Copy value that does not take ownership: `.clone()` of a derived-Clone value
  // copies it, then replaces each owned part of the copy with its clone (drop elaboration: not a move).
  bool shallow = false;
  uint8_t moveWhy = 0;  // 0 a plain move, 1 by a method's `self`, 2 by `for`'s implicit `into_iter()`, 3 into a closure
  Span moveSpan{};      // where rustc points at the move when it is not the place itself (the method call)
  Place place;
  Constant c;
  static Operand copy(Place p) { Operand o; o.kind = Copy; o.place = std::move(p); return o; }
  static Operand constant(TyId ty, uint64_t bits) { Operand o; o.c.ty = ty; o.c.bits = bits; return o; }
};

enum class RvKind : uint8_t {
  Use,           // ops[0]
  Binary,        // op (ast::BinOp, never And/Or), ops[0], ops[1]; wrapping arithmetic, comparisons give bool
  Overflows,     // op in Add/Sub/Mul/Shl/Shr/Neg(255): true if `ops[0] op ops[1]` overflows its type
  Unary,         // op (ast::UnOp), ops[0]
  Cast,          // ops[0] as ty
  Ref,           // &place / &mut place (mut); op 1: an auto-ref'd method receiver (a two-phase borrow),
                 // op 2: the `&mut v` of Vec indexing (read or write: the checker takes it as shared),
                 // op 3: a closure's capture by reference (span: the closure's `|..|`; place span: the use)
  Aggregate,     // ty = tuple/array/ADT, variant (enums), ops = fields in declaration order
  Repeat,        // [ops[0]; count] of type ty
  Discriminant,  // the tag of the enum at `place` (an integer: the variant's discriminant)
  ToDyn,         // a trait object from ops[0] (`&T` or `Box<T>`): (data pointer, type tag of `ty` for trait `variant`)
  FakeRead,      // no code: `place` is borrowed here for the ownership checker (`println!("{}", v)`); dest is ()
  Declare,       // no code: `let x;` (no value) declares dest here: it is uninitialized again (in a loop)
  StorageDead,   // no code: dest (a `let` binding) goes out of scope here, at its block's `}`
  Drop,          // dest is dropped here if it still holds a value (a statement's temporaries at its end, the old
                 // value of a user assignment); drop elaboration (mir/drops.h) turns these, StorageDead and
                 // Return into calls of the drop glue. The ownership checker ignores it.
};
struct Rvalue {
  RvKind kind = RvKind::Use;
  uint8_t op = 0;
  bool mut = false;
  std::vector<Operand> ops;
  Place place;
  TyId ty;
  uint32_t variant = 0;
  uint64_t count = 0;
};

struct Statement {
  Place dest;
  Rvalue rv;
  Span span;
};

enum class TermKind : uint8_t { Goto, SwitchInt, Return, Call, Unreachable };
struct Terminator {
  TermKind kind = TermKind::Unreachable;
  Span span;
  // Goto: targets[0]. SwitchInt: discr compared to values[i] -> targets[i], else targets.back().
  Operand discr;
  std::vector<uint64_t> values;
  std::vector<uint32_t> targets;
  // Call: callee(args) -> dest, then targets[0] (no target: the callee never returns).
  FnId callee;
  std::vector<TyId> calleeSubsts;  // the callee instance's generic arguments (concrete types)
  std::vector<Operand> args;
  Place dest;
};

struct BasicBlock {
  std::vector<Statement> stmts;
  Terminator term;
};

struct Local {
  TyId ty;
  Symbol name;  // empty for temporaries
  Span span;
  bool user = false;
  bool mut = false;        // `let mut x` / `mut x` parameter
  bool lateInit = false;   // `let x;`: assigned later (the ownership checker checks it is assigned once)
};

struct Body {
  FnId fn;
  std::vector<TyId> substs;  // the instance's generic arguments (a generic function is built once per instance)
  std::vector<Local> locals;
  uint32_t argCount = 0;
  std::vector<BasicBlock> blocks;  // block 0 is the entry
  // Loops, for diagnostics: each block's innermost enclosing loop (-1: none) and each loop's head span
  // (`for x in v`, `while c`, `loop`).
  std::vector<int32_t> blockLoop;
  std::vector<Span> loopHeads;
};

// The type of a place, and (after a Downcast) the variant it is viewed as.
struct PlaceTy {
  TyId ty;
  int32_t variant = -1;
};
PlaceTy placeType(const Program& p, const Body& b, const Place& place);
TyId operandType(const Program& p, const Body& b, const Operand& o);
std::string printBody(const Program& p, const Body& b);  // `--emit=mir`

}  // namespace wr::mir
