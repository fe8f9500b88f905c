// The abstract syntax tree.
//
// Produced by parse/parser.h from the token vector; consumed by resolve/ (names), check/ (types) and
// mir/ (lowering to the control-flow graph). Nodes live in per-crate vectors inside `Ast` and refer to
// each other by typed 32-bit ids; every node has a span. Kinds are listed in ast.def. Nodes are "fat"
// records: the fields each kind uses are documented beside the struct.
// A field that refers to another node, a list, a file, a Symbol or a module must also be listed in
// driver/runtime_cache.cpp's walk(), which shifts them when the parsed runtime is copied into a compile
// (tests-native/unit/test_warm_compile.cpp compares the copy with a fresh parse, with these operator==).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "base/interner.h"
#include "base/source.h"

namespace wr::ast {

template <class Tag>
struct Id {
  uint32_t v = UINT32_MAX;
  bool valid() const { return v != UINT32_MAX; }
  friend bool operator==(Id, Id) = default;
};
using ExprId = Id<struct ExprTag>;
using PatId = Id<struct PatTag>;
using TypeId = Id<struct TypeTag>;
using ItemId = Id<struct ItemTag>;
using StmtId = Id<struct StmtTag>;

enum class ExprKind : uint8_t {
#define EXPR(Name) Name,
#include "parse/ast.def"
};
enum class PatKind : uint8_t {
#define PAT(Name) Name,
#include "parse/ast.def"
};
enum class TypeKind : uint8_t {
#define TYPE(Name) Name,
#include "parse/ast.def"
};
enum class ItemKind : uint8_t {
#define ITEM(Name) Name,
#include "parse/ast.def"
};
enum class StmtKind : uint8_t {
#define STMT(Name) Name,
#include "parse/ast.def"
};
const char* exprKindName(ExprKind k);

enum class BinOp : uint8_t { Add, Sub, Mul, Div, Rem, And, Or, BitAnd, BitOr, BitXor, Shl, Shr, Eq, Ne, Lt, Le, Gt, Ge };
enum class UnOp : uint8_t { Neg, Not };
const char* binOpText(BinOp op);
bool isComparison(BinOp op);

struct PathSeg {
  Symbol name;
  Span span;
  bool isSelfType = false;  // `Self`
  uint32_t args = 0, numArgs = 0;  // generic arguments `Foo<i32>` / `f::<i32>`: range in Ast::typeLists
  bool hasArgs = false;
  // `Fn(A, B) -> R` in a bound: the arguments are args/numArgs, the result parenRet (invalid: `()`)
  bool parenArgs = false;
  uint32_t parenRet = UINT32_MAX;  // TypeId.v
  // `Iterator<Item = u32>`: associated type bindings, a range in Ast::assocBindings
  uint32_t bindings = 0, numBindings = 0;
  std::vector<Symbol> lifetimes;  // lifetime arguments `Foo<'a, T>` (with the quote: `'a`), in order
  friend bool operator==(const PathSeg&, const PathSeg&) = default;
};
struct Path {
  std::vector<PathSeg> segs;
  Span span;
  friend bool operator==(const Path&, const Path&) = default;
};

constexpr uint32_t kNone = 0xFFFFFFFF;
// One `{...}` of a format string.
struct FmtSpec {
  uint32_t fill = ' ';
  uint32_t align = 0;  // 0 default, 1 <, 2 >, 3 ^
  uint32_t flags = 0;  // bit0 +, bit1 -, bit2 #, bit3 0
  uint32_t width = kNone, prec = kNone;
  int32_t widthArg = -1, precArg = -1;  // `{:1$}` / `{:.*}` / `{:w$}`: index into args
  uint32_t kind = 0;   // 0 Display, 1 Debug, 2 x, 3 X, 4 b, 5 o, 6 e, 7 E
  friend bool operator==(const FmtSpec&, const FmtSpec&) = default;
};
struct FmtPiece {
  std::string literal;  // text before the argument
  int32_t arg = -1;     // index into FormatMacro::args, or -1 (literal only)
  FmtSpec spec;
  Span span;            // the `{...}` in the string
  friend bool operator==(const FmtPiece&, const FmtPiece&) = default;
};
// print!/println!/eprint!/eprintln!/panic!/unreachable!/format! (and assert messages).
struct FormatMacro {
  Symbol macro;
  std::vector<FmtPiece> pieces;
  std::vector<ExprId> args;
  Span span;
  friend bool operator==(const FormatMacro&, const FormatMacro&) = default;
};

struct Expr {
  ExprKind kind = ExprKind::Error;
  Span span;
  uint8_t op = 0;        // Binary/AssignOp: BinOp; Unary: UnOp; Ref: 1 if &mut; Range: 1 if ..=; Block: 1 if unsafe
  ExprId a, b, c;        // Unary/Ref/Deref/Cast/Field/Paren: a; Binary/Assign/Index: a,b; If: cond a, then b, else c;
                         // While: cond a, body b; Loop: body a; For: iter a, body b (pat); Match: scrutinee a;
                         // Break: value a; Return: a; Let: init a (pat); Range: a..b (either may be absent);
                         // FormatMacro: write!/writeln! target a;
                         // MethodCall: receiver a; Call: callee a; ArrayRepeat/VecMacro `vec![x; n]`: value a, count b;
                         // Closure `[move] |p: T, ..| [-> R] body`: body a, params in list (patLists) with their
                         // optional types at typeLists[index..] (invalid = inferred), ty the result type, op 1 if move;
                         // VecMacro `vec![a, b]`: elements in list; Block: tail a; StructLit: `..base` a
  uint32_t list = 0, listLen = 0;  // Call/MethodCall args, Tuple/Array elems -> exprLists; Block -> stmtLists;
                                   // Match -> arms; StructLit -> fieldInits
  PatId pat;             // Let, For
  TypeId ty;             // Cast target
  Symbol name;           // Field/MethodCall name, Break/Continue/loop label
  Span nameSpan;
  uint32_t index = 0;    // TupleField index; Path/StructLit: index into paths; MethodCall: turbofish path index + 1 (0: none); FormatMacro/AssertMacro: index into macros
  uint64_t intValue = 0; // IntLit value, BoolLit, CharLit code point
  bool intOverflow = false;
  Symbol suffix;         // literal suffix
  std::string text;      // FloatLit digits, StrLit contents
  friend bool operator==(const Expr&, const Expr&) = default;
};

struct Arm {
  PatId pat;
  ExprId guard;
  ExprId body;
  Span span;
  friend bool operator==(const Arm&, const Arm&) = default;
};
struct FieldInit {
  Symbol name;
  Span nameSpan;
  ExprId value;
  friend bool operator==(const FieldInit&, const FieldInit&) = default;
};
// assert!(cond, fmt...) / assert_eq!(a, b, fmt...) / assert_ne!
struct AssertMacro {
  Symbol macro;
  ExprId a, b;     // b only for assert_eq/assert_ne
  int32_t message = -1;  // index into macros (FormatMacro) or -1
  friend bool operator==(const AssertMacro&, const AssertMacro&) = default;
};

struct Pat {
  PatKind kind = PatKind::Error;
  Span span;
  Symbol name;            // Binding
  bool mut = false, byRef = false;
  PatId sub;              // Binding `x @ sub`; Ref: inner
  ExprId lo, hi;          // Lit: lo (a literal expr, maybe negated); Range: lo..=hi (either may be absent)
  bool inclusive = true;  // Range
  uint32_t path = 0;      // Path/TupleStruct/Struct: index into paths
  uint32_t list = 0, listLen = 0;  // Tuple/TupleStruct/Or/Error (sub-patterns of an unsupported pattern): patLists; Struct: fieldPats
  bool hasRest = false;   // Struct `..`
  friend bool operator==(const Pat&, const Pat&) = default;
};
struct FieldPat {
  Symbol name;
  Span nameSpan;
  PatId pat;
  friend bool operator==(const FieldPat&, const FieldPat&) = default;
};

struct Type {
  TypeKind kind = TypeKind::Error;
  Span span;
  uint32_t path = 0;      // Path: index into paths
  bool mut = false;       // Ref
  bool hasLifetime = false;  // Ref written with an explicit lifetime (`&'a T`)
  Symbol lifetime;           // that lifetime (`'a`, with the quote)
  TypeId inner;           // Ref, Array element
  ExprId len;             // Array length expression
  uint32_t list = 0, listLen = 0;  // Tuple: typeLists; ImplTrait (`impl A + B` as a result): boundLists
  std::string text;       // ImplTrait: the bounds as written (`Fn(i32) -> i32`)
  friend bool operator==(const Type&, const Type&) = default;
};

struct Stmt {
  StmtKind kind = StmtKind::Empty;
  Span span;
  PatId pat;        // Let
  TypeId ty;        // Let (optional)
  ExprId init;      // Let (optional), Expr/Semi: the expression
  ExprId elseBlock; // let-else: the block run when the pattern does not match (it must diverge)
  ItemId item;      // Item
  friend bool operator==(const Stmt&, const Stmt&) = default;
};

enum class SelfKind : uint8_t { None, Value, Ref, RefMut };
struct GenericParam {
  Symbol name;
  Span span;
  std::vector<uint32_t> bounds;  // trait paths (index into Ast::paths), from `T: A + B` and `where` clauses
  friend bool operator==(const GenericParam&, const GenericParam&) = default;
};
// A lifetime parameter `'b: 'a + 'c` of a fn, struct, enum, impl or trait; `where 'b: 'a` adds bounds too.
struct LifetimeParam {
  Symbol name;  // with the quote: `'b`
  Span span;
  std::vector<Symbol> bounds;  // the lifetimes it outlives
  friend bool operator==(const LifetimeParam&, const LifetimeParam&) = default;
};
struct Param {
  PatId pat;
  TypeId ty;
  Span span;
  friend bool operator==(const Param&, const Param&) = default;
};
struct FieldDef {
  Symbol name;  // empty for tuple fields
  Span span;
  TypeId ty;
  bool isPub = false;
  friend bool operator==(const FieldDef&, const FieldDef&) = default;
};
enum class StructKind : uint8_t { Named, Tuple, Unit };
struct VariantDef {
  Symbol name;
  Span span;
  StructKind kind = StructKind::Unit;
  std::vector<FieldDef> fields;
  ExprId discriminant;  // `A = 5`
  friend bool operator==(const VariantDef&, const VariantDef&) = default;
};

struct Item {
  ItemKind kind = ItemKind::Error;
  Span span;
  Symbol name;
  Span nameSpan;
  bool isPub = false;
  uint32_t module = 0;                 // the module the item is declared in (index into Ast::modules; 0 = crate root)
  std::vector<GenericParam> generics;  // Fn, Struct, Enum, Impl
  std::vector<LifetimeParam> lifetimes;  // Fn, Struct, Enum, Impl, Trait: the lifetime parameters
  std::vector<uint32_t> selfBounds;    // Fn in a trait: `where Self: Bound`; Trait: its supertraits (paths)
  std::vector<std::pair<Symbol, uint32_t>> outerBounds;  // Fn: `where T: Bound` on the impl's parameter T
  std::vector<Symbol> derives;         // Struct, Enum: `#[derive(Debug, Clone, ...)]`
  // Fn
  bool isTest = false;        // #[test]
  bool testIgnore = false;    // #[ignore] / #[ignore = "reason"]
  std::string ignoreReason;
  uint8_t shouldPanic = 0;    // 0 no, 1 #[should_panic], 2 #[should_panic(expected = "...")]
  std::string panicExpected;
  Span testAttrSpan;          // the `#[test]` attribute
  bool trackCaller = false;  // #[track_caller]: panics inside report the caller's location
  bool inheritOverflowChecks = false;  // #[rustc_inherit_overflow_checks] (library code): the user's profile decides
  // WebAssembly boundary: an import is a fn declared in an `extern "C" { }` block (no body); an export is
  // a fn with #[no_mangle] or #[wasm::export(name = "...")].
  bool isImport = false;
  bool importSafe = false;      // #[wasm::import]: calls need no `unsafe` block (WasmRust's typed imports)
  std::string importModule;     // "env" unless #[wasm::import(module = "...")] / #[link(wasm_import_module = "...")]
  std::string exportName;       // empty: not exported
  SelfKind selfKind = SelfKind::None;
  bool selfMut = false;  // `mut self`
  Span selfSpan;
  Symbol selfLifetime;  // `&'a self`
  std::vector<Param> params;
  TypeId ret;
  ExprId body;
  // Struct
  StructKind structKind = StructKind::Named;
  std::vector<FieldDef> fields;
  // Enum
  std::vector<VariantDef> variants;
  // Impl (and Trait: items are its methods; a method without a body has body invalid; Mod: its items)
  TypeId selfTy;
  std::vector<ItemId> items;
  bool hasTrait = false;   // Impl: `impl Trait for Type`
  std::vector<std::pair<Symbol, TypeId>> assocTypes;  // Impl: `type Output = T;` / Trait: `type Output;`
  uint32_t traitPath = 0;  // Impl: index into paths
  // Const
  TypeId ty;
  ExprId value;
  friend bool operator==(const Item&, const Item&) = default;
};

// `use Enum::{A, B as C};` / `use Enum::*;`: names brought into scope from an enum (or type).
struct UseDecl {
  Span span;
  uint32_t module = 0;       // the module the `use` is in
  std::vector<Symbol> path;  // the segments before the imported names (`crate`, `self`, `super` included)
  Symbol prefix;             // path.back()
  bool glob = false;
  std::vector<std::pair<Symbol, Symbol>> names;  // (name, alias)
  friend bool operator==(const UseDecl&, const UseDecl&) = default;
};

// `mod name { ... }`: modules form a tree rooted at the crate (module 0, unnamed).
struct ModuleDecl {
  Symbol name;
  uint32_t parent = UINT32_MAX;
  ItemId item;  // the `mod` item (invalid for the root)
  friend bool operator==(const ModuleDecl&, const ModuleDecl&) = default;
};

struct Ast {
  // Configuration: `#[cfg(test)]` items and `#[test]` functions are kept only in a test build.
  bool cfgTest = false;
  std::vector<ModuleDecl> modules{ModuleDecl{}};
  std::vector<Expr> exprs;
  std::vector<Pat> pats;
  std::vector<Type> types;
  std::vector<Item> items;
  std::vector<Stmt> stmts;
  std::vector<ExprId> exprLists;
  std::vector<StmtId> stmtLists;
  std::vector<PatId> patLists;
  std::vector<TypeId> typeLists;
  std::vector<Arm> arms;
  std::vector<FieldInit> fieldInits;
  std::vector<FieldPat> fieldPats;
  std::vector<Path> paths;
  std::vector<FormatMacro> macros;
  std::vector<AssertMacro> asserts;
  std::vector<UseDecl> uses;
  std::vector<std::pair<Symbol, TypeId>> assocBindings;  // `Item = T` in generic arguments
  std::vector<uint32_t> boundLists;  // ImplTrait types: bound paths
  std::vector<ItemId> topItems;  // crate root items, in source order (user files then runtime files)
  std::vector<uint32_t> topItemFile;  // file id of each top item

  const Expr& expr(ExprId id) const { return exprs[id.v]; }
  const Pat& pat(PatId id) const { return pats[id.v]; }
  const Type& type(TypeId id) const { return types[id.v]; }
  const Item& item(ItemId id) const { return items[id.v]; }
  const Stmt& stmt(StmtId id) const { return stmts[id.v]; }
  ExprId exprAt(const Expr& e, uint32_t i) const { return exprLists[e.list + i]; }
  friend bool operator==(const Ast&, const Ast&) = default;
};

}  // namespace wr::ast
