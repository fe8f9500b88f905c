// Interned semantic types and the program's definitions (the "sema" model).
//
// Consumes: nothing by itself; resolve/ fills the definition tables from the AST, check/ interns types while
// inferring. Produces: TyIds (32-bit handles; equal types have equal ids once inference variables are
// resolved), and FnInfo/AdtInfo/ConstInfo records that mir/ and lower/ read.
// Inference variables are types too (TyKind::Infer); the unification table lives in check/typeck.cpp.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/interner.h"
#include "base/source.h"
#include "parse/ast.h"

namespace wr {

struct TyId {
  uint32_t v = 0;
  friend bool operator==(TyId, TyId) = default;
};

// Closure: a = closure index (Program::closures), elems = the enclosing function's generic arguments.
// FnDef: a function item used as a value (zero-sized): a = FnId, elems = its generic arguments.
// Opaque: `impl Trait` returned by function a (elems = its generic arguments); MIR sees the hidden type.
// Proj: the associated type `<elems[0] as Trait<elems[1..]>>::Name`, a = trait index, len = Name (Symbol.v);
// normalized to the impl's type once elems[0] is known (a bound `I: Iterator` keeps `I::Item` abstract).
// Dyn: `dyn Trait` (a = the trait), unsized; `&dyn T`, `&mut dyn T` and `Box<dyn T>` are (data pointer,
// type tag) pairs, calls dispatch on the tag (lower/: one dispatcher per trait method).
enum class TyKind : uint8_t { Error, Never, Bool, Char, Int, Float, Str, Ref, Tuple, Array, Adt, Infer, Param, Closure, FnDef, Opaque, Proj, Dyn };
// Kinds whose `elems` are generic arguments of an item `a` (substituted, matched and unified alike).
inline bool hasItemArgs(TyKind k) { return k == TyKind::Adt || k == TyKind::Closure || k == TyKind::FnDef || k == TyKind::Opaque || k == TyKind::Proj || k == TyKind::Dyn; }
enum class IntKind : uint8_t { I8, I16, I32, I64, Isize, U8, U16, U32, U64, Usize };
enum class InferKind : uint8_t { General, Int, Float };

struct TyData {
  TyKind kind = TyKind::Error;
  uint8_t sub = 0;        // IntKind; Float: 32 or 64; Ref: 1 if mut; Infer: InferKind
  uint32_t a = 0;         // Ref/Array: element TyId; Adt: adt index; Infer: variable index; Param: index
  uint64_t len = 0;       // Array length; Param: the parameter's name (Symbol.v), for display
  std::vector<TyId> elems;  // Tuple: elements; Adt: generic arguments
  friend bool operator==(const TyData&, const TyData&) = default;
  bool operator<(const TyData& o) const;
};

bool intSigned(IntKind k);
uint32_t intBits(IntKind k);  // wasm32: isize/usize are 32 bits
const char* intName(IntKind k);

class TypeTable {
 public:
  TypeTable();
  TyId intern(const TyData& d);
  const TyData& get(TyId t) const { return data_[t.v]; }
  TyKind kind(TyId t) const { return data_[t.v].kind; }

  TyId error() const { return TyId{0}; }
  TyId never() const { return TyId{1}; }
  TyId unit() const { return TyId{2}; }
  TyId boolean() const { return TyId{3}; }
  TyId chr() const { return TyId{4}; }
  TyId str() const { return TyId{5}; }
  TyId strRef();  // &str
  TyId integer(IntKind k);
  TyId f32();
  TyId f64();
  TyId ref(TyId inner, bool mut);
  TyId tuple(const std::vector<TyId>& elems);
  TyId array(TyId elem, uint64_t len);
  TyId adt(uint32_t index, const std::vector<TyId>& args = {});
  TyId item(TyKind k, uint32_t index, const std::vector<TyId>& args);  // Adt / Closure / FnDef / Opaque
  TyId proj(uint32_t trait, Symbol name, const std::vector<TyId>& selfAndArgs);
  TyId infer(InferKind k, uint32_t var);
  TyId param(uint32_t index, Symbol name);
  // Replaces generic parameter i by args[i] (parameters past the end stay as they are).
  TyId subst(TyId t, const std::vector<TyId>& args);
  // Structural match of `pattern` (whose Param(i), i < args.size(), are variables) against `actual`;
  // binds args[i] (TyId{UINT32_MAX} = unbound on entry). Inference variables in `actual` only match a
  // pattern variable.
  bool match(TyId pattern, TyId actual, std::vector<TyId>& args) const;
  bool hasParams(TyId t) const;

  bool isInt(TyId t) const { return kind(t) == TyKind::Int; }
  bool isFloat(TyId t) const { return kind(t) == TyKind::Float; }
  bool isUnit(TyId t) const { return kind(t) == TyKind::Tuple && get(t).elems.empty(); }
  IntKind intKind(TyId t) const { return IntKind(get(t).sub); }

 private:
  std::vector<TyData> data_;
  std::map<TyData, uint32_t> map_;
};

// ---- definitions ----
struct FnId {
  uint32_t v = UINT32_MAX;
  bool valid() const { return v != UINT32_MAX; }
  friend bool operator==(FnId, FnId) = default;
};

enum class Intrinsic : uint8_t { None, OutByte, StrLen, StrByte, F64ToBits, F32ToBits, F64FromBits, OutBegin, OutFlush, Exit, OutFd,
                                 SetCaller, CallerFile, CallerLine, CallerCol,
                                 // memory primitives for the library written in WasmRust (Vec, Box, the allocator)
                                 SizeOf, PtrRead, PtrWrite, AddrRef, RefAddr, MemCopy, MemGrow, MemSize, HeapBase,
                                 // float instructions (f64 and f32)
                                 Sqrt, Floor, Ceil, Trunc, FAbs, Copysign, Sqrt32, Floor32, Ceil32, Trunc32, FAbs32, Copysign32,
                                 // strings: a &str from raw parts, its data pointer; the host's write
                                 StrFromRaw, StrPtr, HostWrite, CharFromU32,
                                 // `__hash_of::<T>(&T) -> u64`: expanded by mir/ for the concrete T (derived Hash)
                                 HashOf,
                                 // Drop: does T need dropping; drop the T at an address (its glue)
                                 NeedsDrop, DropInPlace,
                                 // threads (wasm.rs): atomic memory access on T = i32/u32/i64/u64/usize/isize,
                                 // wait/notify, a thread's own stack, whether this is a threads build
                                 AtomicLoad, AtomicStore, AtomicAdd, AtomicSub, AtomicXchg, AtomicCmpxchg, AtomicWait,
                                 AtomicNotify, SetStack, ThreadsBuild, SetOutBuf, OutBufAddr,
                                 // the externref table (wasm.rs, reference types builds)
                                 RefTypesBuild, RefTableSize, RefTableGrow, RefTableClear, RefTableCopy, RefTableIsNull };

struct FieldInfo {
  Symbol name;  // empty for tuple fields
  TyId ty;
  Span span;
};
struct VariantInfo {
  Symbol name;
  Span span;
  ast::StructKind kind = ast::StructKind::Unit;
  std::vector<FieldInfo> fields;
  int64_t discr = 0;
};
struct AdtInfo {
  Symbol name;
  Span span;
  bool isEnum = false;
  std::vector<Symbol> generics;       // type parameters; field types refer to them as Param(i)
  bool deriveDebug = false, deriveClone = false, deriveCopy = false, derivePartialEq = false;
  bool deriveEq = false, derivePartialOrd = false, deriveOrd = false, deriveHash = false, deriveDefault = false;
  std::vector<VariantInfo> variants;  // a struct has exactly one
  std::map<uint32_t, FnId> methods;   // Symbol.v -> function (methods and associated functions)
  std::map<uint32_t, uint32_t> consts;  // Symbol.v -> const index
  std::map<uint32_t, FnId> ctors;       // variant index -> constructor function (tuple variants/structs)
  int variantIndex(Symbol s) const {
    for (size_t i = 0; i < variants.size(); ++i) if (variants[i].name == s) return int(i);
    return -1;
  }
};
struct TraitInfo {
  Symbol name;
  Span span;
  ast::ItemId item;
  std::vector<Symbol> generics;        // the trait's own parameters (Self is Param(0) in its methods)
  std::map<uint32_t, FnId> methods;    // Symbol.v -> the method's declaration (with a body if it has a default)
  std::vector<Symbol> assocTypes;      // `type Item;`
  std::vector<uint32_t> superPaths;    // `trait A: B + C` (paths, resolved when a bound on A is added)
  std::vector<uint32_t> supers;        // the same supertraits resolved (trait indices), after name collection
};
struct TraitImpl {
  uint32_t trait = 0;
  TyId selfTy;                         // in terms of the impl's parameters
  std::vector<TyId> traitArgs;
  std::vector<Symbol> generics;        // the impl's parameters
  ast::ItemId item;
  std::map<uint32_t, FnId> methods;
  std::map<uint32_t, TyId> assocTypes;  // Symbol.v -> `type Output = T;`
  // bounds on the impl's parameters: `F: FnMut(I::Item) -> B` decides B once F is known
  std::vector<std::pair<uint32_t, uint32_t>> bounds;
  struct FnBoundRef { uint32_t param; uint8_t kind; std::vector<TyId> args; TyId ret; };
  std::vector<FnBoundRef> fnBounds;
  struct Binding { uint32_t param, trait; Symbol name; TyId ty; };
  std::vector<Binding> assocBindings;  // `I: Iterator<Item = &T>` decides T once I is known
};
struct FnInfo {
  Symbol name;
  // The WebAssembly boundary (docs/interop.md): a host import, and/or the name it is exported under.
  bool isImport = false, importSafe = false;
  std::string importModule, exportName;
  std::string path;       // "main", "Point::new": used in diagnostics and the name section
  ast::ItemId item;       // invalid for intrinsics
  int32_t selfAdt = -1;   // the ADT of the impl block, or -1
  ast::ItemId implItem;   // the impl block, if any
  // Generic parameters: the impl's first (Param(0..numImplGenerics)), then the function's own.
  std::vector<Symbol> generics;
  uint32_t numImplGenerics = 0;
  TyId selfTy;            // the impl's self type (in terms of the impl's parameters); Param(0) in a trait
  int32_t traitId = -1;   // declared in trait `traitId` (a required method or one with a default body)
  int32_t implOf = -1;    // defined in trait impl `implOf` (index into Program::traitImpls)
  std::vector<std::pair<uint32_t, uint32_t>> bounds;  // (generic parameter index, trait) from `T: Trait`
  std::vector<std::vector<TyId>> boundArgs;           // the trait's arguments of each bound (`B: FromIterator<T>`)
  struct AssocBinding {
    uint32_t param, trait;
    Symbol name;
    TyId ty;
  };
  std::vector<AssocBinding> assocBindings;  // `I: Iterator<Item = u32>`
  // `T: PartialEq`/`Eq` (`==`/`!=` only) and `T: PartialOrd`/`Ord` (all comparisons); Eq and Ord also
  // exclude floats. The comparison itself is the concrete type's built-in or derived one, chosen after
  // monomorphization.
  enum class CmpBound : uint8_t { PartialEq, Eq, PartialOrd, Ord };
  std::vector<std::pair<uint32_t, CmpBound>> cmpBounds;
  std::vector<uint32_t> cloneBounds;  // `T: Clone` / `T: Copy`: `.clone()` on T (the concrete type's clone)
  std::vector<uint32_t> copyBounds;   // `T: Copy`: T is Copy in the generic body (the ownership check)
  std::vector<uint32_t> hashBounds;   // `T: Hash`: `__hash_of::<T>` hashes it (structurally, derived)
  // `F: Fn(A, B) -> R` / FnMut / FnOnce: calls of F (and closures passed for it) have this signature.
  struct FnBound {
    uint32_t param = 0;
    uint8_t kind = 0;  // 0 Fn, 1 FnMut, 2 FnOnce
    std::vector<TyId> args;
    TyId ret;
  };
  std::vector<FnBound> fnBounds;
  int32_t closure = -1;   // the synthetic function holding closure `closure`'s body (Program::closures)
  int32_t ctorAdt = -1;   // a tuple struct's / tuple variant's constructor used as a function (`map(Some)`)
  uint32_t ctorVariant = 0;
  // `-> impl Trait`: ret is Opaque(this fn, its generics); callers see only these bounds, MIR the hidden type.
  std::string opaqueName;             // `impl Fn(i32) -> i32`
  std::vector<FnBound> opaqueFnBounds;  // param unused
  std::vector<uint32_t> opaqueTraits;
  TyId opaqueHidden{UINT32_MAX};      // the type the body returns (in terms of this fn's generics)
  std::vector<AssocBinding> opaqueBindings;  // `impl Iterator<Item = u32>` (param unused)
  ast::SelfKind selfKind = ast::SelfKind::None;
  std::vector<TyId> params;  // including `self` first for methods
  TyId ret;
  bool runtime = false;   // defined in the embedded runtime (compiled without overflow checks)
  bool trackCaller = false;  // #[track_caller]
  Intrinsic intrinsic = Intrinsic::None;
  Span span;
};
struct ConstValue {
  enum Kind : uint8_t { None, Int, Float, Bool, Char, Str } kind = None;
  uint64_t bits = 0;  // Int: two's complement bits; Float: f64 bits (f32 consts converted); Bool/Char
  std::string str;
};
struct ConstInfo {
  Symbol name;
  ast::ItemId item;
  TyId ty;
  int32_t ownerAdt = -1;
  ConstValue value;
  uint8_t state = 0;  // 0 not evaluated, 1 evaluating, 2 done
};

// Display of types for diagnostics: `i32`, `&mut [u8; 4]`, `(i32, bool)`, `Point`, `{integer}`.
struct Program;
std::string tyToString(const Program& p, TyId t);

}  // namespace wr
