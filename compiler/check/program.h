// Program: everything the front end knows about one crate after name resolution and type checking.
//
// Consumes (filled by): resolve/resolve.h (definitions, signatures) and check/typeck.h (per-expression
// types, resolutions, adjustments, locals). Produces: the typed AST that mir/build.h lowers to the MIR
// control-flow graph. All tables are vectors indexed by 32-bit ids (ast ids, FnId, adt index...).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "base/interner.h"
#include "base/source.h"
#include "check/types.h"
#include "parse/ast.h"

namespace wr {

enum class ResKind : uint8_t { None, Local, Fn, Const, Struct, Variant, Error };
struct Res {
  ResKind kind = ResKind::None;
  uint32_t a = 0, b = 0;  // Local: local id; Fn: fn id; Const: const id; Struct: adt; Variant: adt, variant
};

struct LocalVar {
  Symbol name;
  TyId ty;
  Span span;
  bool mut = false;
  bool user = true;       // declared in source (not a compiler temporary)
  bool used = false;
  bool declaredUninit = false;  // `let x;`
  bool isParam = false;
  bool mutated = false;         // assigned or borrowed mutably (for the unused_mut lint)
};

// How a receiver/base expression is adjusted before a method call, field access or index:
// `derefs` automatic dereferences, then an optional auto-ref.
struct Adjust {
  uint8_t derefs = 0;
  uint8_t autoref = 0;  // 0 none, 1 &, 2 &mut
  uint8_t strDeref = 0; // 1: the receiver (a String after `derefs`) is used as its `&str` (String: Deref<Target = str>)
  uint8_t sliceDeref = 0;  // 1/2: the receiver (an array or Vec after `derefs`) is used as its `&[T]` / `&mut [T]`
};

struct BodyInfo {
  FnId fn;
  std::vector<LocalVar> locals;
  std::vector<uint32_t> paramLocals;  // one per FnInfo::params entry (self first); UINT32_MAX if the param pattern is not a binding
  std::vector<ast::PatId> paramPats;  // the pattern of each param (invalid for self)
  bool checked = false;
};

// A closure expression. Its type is Closure(index, the enclosing function's generic arguments); its value
// is the tuple of its captures; its body is lowered as the function `bodyFn`, whose first parameter is a
// reference to that tuple (the environment) followed by the closure's own parameters.
struct ClosureInfo {
  ast::ExprId expr;
  FnId parent;                 // the function whose body contains it
  Span span;
  std::vector<TyId> params;    // in terms of the parent's generic parameters
  TyId ret;
  struct Capture {
    uint32_t local;            // the parent body's local (check/ numbering)
    uint8_t mode = 1;          // 0 by value (`move`), 1 by `&`, 2 by `&mut`
    bool mutated = false;      // assigned or borrowed mutably inside the closure
    Span mutSpan;              // where (for E0525's label)
    Span useSpan;              // its first use in the closure (the ownership checker's "moved due to use")
  };
  std::vector<Capture> captures;
  bool isMove = false;
  uint8_t kind = 0;            // the most general Fn trait it implements: 0 Fn, 1 FnMut, 2 FnOnce
  uint32_t firstLocal = 0, endLocal = 0;  // the parent body's locals that belong to the closure (params, body)
  FnId bodyFn;
};

struct Program {
  SourceMap& sm;
  Interner& interner;
  ast::Ast& ast;
  TypeTable types;

  std::vector<FnInfo> fns;
  std::vector<AdtInfo> adts;
  std::vector<TraitInfo> traits;
  std::vector<TraitImpl> traitImpls;
  std::map<uint32_t, std::map<uint32_t, FnId>> primMethods;  // primitive TyId.v -> Symbol.v -> method (runtime)
  std::vector<ConstInfo> consts;
  std::vector<ClosureInfo> closures;
  std::vector<BodyInfo> bodies;  // indexed by FnId
  FnId mainFn;
  uint32_t firstRuntimeFile = UINT32_MAX;  // files with id >= this are the embedded runtime

  // Type checking results, indexed by AST ids.
  std::vector<TyId> exprTy;
  std::vector<Res> exprRes;       // Path, StructLit, Call callee, MethodCall (Fn), pattern paths
  std::vector<Adjust> exprAdj;    // MethodCall (its receiver's adjustment) / Field / TupleField / Index (their base's derefs)
  std::vector<uint32_t> exprField;  // Field/TupleField: field index
  std::vector<uint8_t> opDerefs;  // operands of arithmetic: references dereferenced first (`&f64 * &f64`)
  std::map<uint32_t, TyId> dynTarget;  // expressions coerced to a trait object (strCoerce 11 `&T`, 12 `Box<T>`): the `dyn Trait`
  std::vector<uint8_t> strCoerce; // deref coercion of this expression: 1 `&String` -> `&str`, 2 `&Box<T>` -> `&T`
  std::vector<TyId> patTy;
  std::vector<Res> patRes;        // Path/TupleStruct/Struct patterns: Struct/Variant/Const; Binding: Local
  std::vector<uint32_t> patField; // FieldPat -> field index (indexed by fieldPats position)
  std::vector<uint32_t> fieldInitIndex;  // StructLit FieldInit -> field index
  std::vector<TyId> typeTy;       // resolved AST types
  std::vector<uint8_t> patDerefs; // references peeled before matching this pattern (match ergonomics)
  std::vector<uint8_t> bindMode;  // Binding patterns: 0 by value, 1 by `&`, 2 by `&mut`

  std::vector<std::vector<TyId>> exprSubsts;  // Call/MethodCall/Path to a generic fn or ADT: its generic arguments

  Program(SourceMap& sm, Interner& in, ast::Ast& ast) : sm(sm), interner(in), ast(ast) {}
  // The type of field `field` of `variant` of an ADT type, with the ADT's generic arguments substituted.
  // (Interning a substituted type is logically const: these are usable on a const Program.)
  TyId fieldTy(TyId adtTy, uint32_t variant, uint32_t field) const {
    TypeTable& tt = const_cast<TypeTable&>(types);
    const TyData d = tt.get(adtTy);
    const VariantInfo& v = adts[d.a].variants[variant];
    if (field >= v.fields.size()) return tt.error();
    return afterTypeck(tt.subst(v.fields[field].ty, d.elems));
  }
  // What a library ADT is to the compiler (cached per ADT: these are asked constantly while checking).
  enum class LibKind : uint8_t { Unknown, None, String, Vec, Box, Rc, PtrGuard, Slice, SliceMut, ExternRef, FuncRef, SharedSlice, RawRef };
  mutable std::vector<LibKind> libKinds_;
  LibKind libKind(uint32_t adt) const {
    if (libKinds_.size() <= adt) libKinds_.resize(adts.size() > adt ? adts.size() : adt + 1, LibKind::Unknown);
    LibKind& k = libKinds_[adt];
    if (k == LibKind::Unknown) {
      const AdtInfo& a = adts[adt];
      k = LibKind::None;
      if (isRuntimeFile(a.span.file)) {
        const std::string& n = interner.str(a.name);
        k = n == "String" ? LibKind::String : n == "Vec" ? LibKind::Vec : n == "Box" ? LibKind::Box : n == "Rc" ? LibKind::Rc
          : n == "Ref" || n == "RefMut" ? LibKind::PtrGuard : n == "__Slice" ? LibKind::Slice : n == "__SliceMut" ? LibKind::SliceMut
          : n == "ExternRef" ? LibKind::ExternRef : n == "FuncRef" ? LibKind::FuncRef : n == "SharedSlice" ? LibKind::SharedSlice
          : n == "__RawRef" ? LibKind::RawRef
          : LibKind::None;
      }
    }
    return k;
  }
  LibKind libKindOf(TyId t) const { return types.kind(t) == TyKind::Adt ? libKind(types.get(t).a) : LibKind::None; }
  // How a value of type `t` crosses the WebAssembly boundary (docs/interop.md, the kinds of the
  // "wasmrust.imports"/"wasmrust.exports" sections), or "" when it cannot. `result`: as a function's
  // result (references cannot be returned).
  static bool isRefKind(const std::string& k) { return k == "externref" || k == "&externref" || k == "funcref" || k == "&funcref"; }
  std::string boundaryKind(TyId t, bool result) const {
    switch (types.kind(t)) {
      case TyKind::Bool: return "bool";
      case TyKind::Char: return "char";
      case TyKind::Float: return types.get(t).sub == 32 ? "f32" : "f64";
      case TyKind::Int: {
        IntKind k = types.intKind(t);
        if (k == IntKind::I64 || k == IntKind::U64) return "i64";
        return intSigned(k) ? "i32" : "u32";
      }
      case TyKind::Ref: {
        if (result) return "";
        TyId in{types.get(t).a};
        if (types.kind(in) == TyKind::Str) return "str";
        LibKind k = libKindOf(in);
        if (k == LibKind::ExternRef || k == LibKind::RawRef) return "&externref";
        if (k == LibKind::FuncRef) return "&funcref";
        return "";
      }
      case TyKind::Adt: {
        LibKind k = libKindOf(t);
        if (k == LibKind::ExternRef || k == LibKind::RawRef) return "externref";
        if (k == LibKind::FuncRef) return "funcref";
        if (k == LibKind::String) return "string";
        if (k == LibKind::Vec && types.get(t).elems.size() == 1 && types.kind(types.get(t).elems[0]) == TyKind::Int &&
            types.intKind(types.get(t).elems[0]) == IntKind::U8)
          return "bytes";
        if (k == LibKind::Slice && !result && types.get(t).elems.size() == 1 && types.kind(types.get(t).elems[0]) == TyKind::Int &&
            types.intKind(types.get(t).elems[0]) == IntKind::U8)
          return "&[u8]";
        return "";
      }
      default: return "";
    }
  }
  // The prelude's String type?
  bool isString(TyId t) const { return libKindOf(t) == LibKind::String; }
  // The prelude's Vec<T>?
  bool isVec(TyId t) const { return libKindOf(t) == LibKind::Vec; }
  // The library's slice types: `&[T]` is __Slice<T>, `&mut [T]` is __SliceMut<T> (0 = neither, 1, 2).
  int sliceKind(TyId t) const {
    LibKind k = libKindOf(t);
    return k == LibKind::Slice ? 1 : k == LibKind::SliceMut ? 2 : 0;
  }
  // Vec or a slice: element sequences the compiler compares, hashes and prints through their methods.
  bool isSeq(TyId t) const { return isVec(t) || sliceKind(t) != 0; }
  // A library type with the compiler-called method `name` (`__deep_clone`, `__eq`: maps and sets).
  bool hasRuntimeMethod(TyId t, const char* name) const {
    if (types.kind(t) != TyKind::Adt) return false;
    const AdtInfo& a = adts[types.get(t).a];
    return isRuntimeFile(a.span.file) && a.methods.count(interner.intern(name).v) > 0;
  }
  bool hasDeepClone(TyId t) const { return hasRuntimeMethod(t, "__deep_clone"); }
  // A user impl of the prelude's comparison trait `name` ("PartialEq", "Eq", "PartialOrd", "Ord") for `t`
  // and its method `method`; FnId{} if none.
  FnId userCmpImpl(TyId t, const char* name, const char* method) const {
    for (uint32_t i = 0; i < traits.size(); ++i) {
      if (interner.str(traits[i].name) != name || !isRuntimeFile(traits[i].span.file)) continue;
      for (const TraitImpl& im : traitImpls) {
        if (im.trait != i) continue;
        std::vector<TyId> args(im.generics.size(), TyId{UINT32_MAX});
        if (!types.match(im.selfTy, t, args)) continue;
        auto m = im.methods.find(interner.intern(method).v);
        return m == im.methods.end() ? FnId{} : m->second;
      }
      return FnId{};
    }
    return FnId{};
  }
  bool hasUserCmpImpl(TyId t, const char* name) const {
    for (uint32_t i = 0; i < traits.size(); ++i) {
      if (interner.str(traits[i].name) != name || !isRuntimeFile(traits[i].span.file)) continue;
      for (const TraitImpl& im : traitImpls) {
        std::vector<TyId> args(im.generics.size(), TyId{UINT32_MAX});
        if (im.trait == i && types.match(im.selfTy, t, args)) return true;
      }
    }
    return false;
  }
  bool isStrRef(TyId t) const { return types.kind(t) == TyKind::Ref && types.kind(TyId{types.get(t).a}) == TyKind::Str; }
  // The library's pointer types, dereferenced like a reference (their one field is the pointer to the
  // value): Box<T>, Rc<T>, and RefCell's guards Ref<T> / RefMut<T>.
  bool isBox(TyId t) const {
    LibKind k = libKindOf(t);
    return (k == LibKind::Box || k == LibKind::Rc || k == LibKind::PtrGuard) && types.get(t).elems.size() == 1;
  }
  // Rc<T>: always Clone (a clone shares the value).
  bool isRc(TyId t) const { return libKindOf(t) == LibKind::Rc; }
  // What `*x` denotes for a reference or a Box; TyId{UINT32_MAX} if x cannot be dereferenced.
  TyId derefTarget(TyId t) const {
    if (types.kind(t) == TyKind::Ref) return TyId{types.get(t).a};
    if (isBox(t)) return types.get(t).elems[0];
    return TyId{UINT32_MAX};
  }
  // The impl of `trait` for `self` (concrete) and, if given, the trait's arguments, with the impl's generic
  // arguments (those only fixed by an Fn bound, like Map's `B` in `F: FnMut(I::Item) -> B`, solved from
  // the callable's signature); -1 if none. Defined in program.cpp.
  int32_t findTraitImpl(uint32_t trait, TyId self, std::vector<TyId>* implArgs = nullptr, const std::vector<TyId>* traitArgs = nullptr) const;
  // Values of type `t` (concrete, after monomorphization) are copied, not moved: primitives, shared
  // references, and tuples/arrays/closures of Copy types and `#[derive(Copy)]` ADTs whose fields are Copy.
  // `&mut T` and `&mut [T]` count as Copy here: passing one reborrows it (the borrow checker's business).
  // Defined in program.cpp.
  // generic: the generic function whose body is checked as such (its type parameters are Copy only
  // with a `T: Copy` bound, projections never); null after monomorphization.
  bool isCopy(TyId t, const FnInfo* generic = nullptr) const;
  // Drop: whether a value of concrete type `t` has anything to do when it is dropped (an `impl Drop` on it
  // or on something it holds by value: String, Vec, Box, Rc and the user's types). References, slices and
  // closures (their captures are not dropped) never do; `dyn Trait` does (its glue dispatches on the tag).
  // Cached. Defined in program.cpp.
  bool needsDrop(TyId t) const;
  // The `impl Drop` for `t` (its `drop` method and the impl's generic arguments), FnId{} if none.
  std::pair<FnId, std::vector<TyId>> dropImpl(TyId t) const;
  mutable std::map<uint32_t, uint8_t> needsDropCache;  // TyId -> 0 computing, 1 no, 2 yes
  // `trait` is `from` or one of its supertraits, transitively (`dyn Animal` with `trait Animal: Display`).
  bool traitImplies(uint32_t from, uint32_t trait) const {
    std::vector<uint32_t> todo{from};
    for (size_t i = 0; i < todo.size() && i < 64; ++i) {
      if (todo[i] == trait) return true;
      for (uint32_t s : traits[todo[i]].supers) todo.push_back(s);
    }
    return false;
  }
  // `dyn Fn(..)` / `dyn FnMut(..)` / `dyn FnOnce(..)` (Dyn of a prelude `__DynFn*` trait, arguments
  // [result, params...]): 0 / 1 / 2; -1 for anything else.
  int dynFnKind(TyId t) const {
    if (types.kind(t) != TyKind::Dyn) return -1;
    const TraitInfo& tr = traits[types.get(t).a];
    if (!isRuntimeFile(tr.span.file)) return -1;
    const std::string& n = interner.str(tr.name);
    return n == "__DynFn" ? 0 : n == "__DynFnMut" ? 1 : n == "__DynFnOnce" ? 2 : -1;
  }
  // `<dyn Iterator<Item = u32> as Iterator>::Item`: a trait object's binding of one of its trait's
  // associated types (its type arguments are the trait's arguments, then one per associated type).
  TyId dynAssoc(TyId dyn, uint32_t trait, Symbol name) const {
    if (types.kind(dyn) != TyKind::Dyn || types.get(dyn).a != trait) return TyId{UINT32_MAX};
    const TraitInfo& tr = traits[trait];
    const TyData& d = types.get(dyn);
    for (size_t i = 0; i < tr.assocTypes.size(); ++i)
      if (tr.assocTypes[i] == name && tr.generics.size() + i < d.elems.size()) return d.elems[tr.generics.size() + i];
    return TyId{UINT32_MAX};
  }
  // The prelude trait of the library named `name` (`__Display`, `__Debug`), or -1.
  int32_t libTrait(const char* name) const {
    for (uint32_t i = 0; i < traits.size(); ++i)
      if (interner.str(traits[i].name) == name && isRuntimeFile(traits[i].span.file)) return int32_t(i);
    return -1;
  }
  // The parameter and result types of a concrete callable type (closure, function item).
  bool concreteSig(TyId t, std::vector<TyId>& args, TyId& ret) const;
  // A concrete type with its projections replaced by the impls' associated types and `impl Trait`
  // results by their hidden types (what MIR and layout see).
  TyId normalize(TyId t) const;
  mutable std::map<uint32_t, TyId> normCache;
  bool typeckDone = false;  // set by the driver: from then on field types are normalized (`Option<I::Item>`)
  TyId afterTypeck(TyId t) const { return typeckDone ? normalize(t) : t; }
  // A call of trait method `fn` (declared in a trait) for concrete generic arguments [Self, trait args...,
  // own...]: the impl's method (or the trait's default body) and its generic arguments.
  std::pair<FnId, std::vector<TyId>> resolveTraitCall(FnId fn, const std::vector<TyId>& substs) const {
    const FnInfo& f = fns[fn.v];
    if (f.traitId < 0 || substs.empty()) return {fn, substs};
    std::vector<TyId> implArgs;
    size_t nTraitArgs = traits[size_t(f.traitId)].generics.size();
    std::vector<TyId> traitArgs;
    for (size_t i = 1; i <= nTraitArgs && i < substs.size(); ++i) traitArgs.push_back(substs[i]);
    int32_t impl = findTraitImpl(uint32_t(f.traitId), substs[0], &implArgs, traitArgs.empty() ? nullptr : &traitArgs);
    if (impl < 0) return {fn, substs};
    auto m = traitImpls[size_t(impl)].methods.find(f.name.v);
    if (m == traitImpls[size_t(impl)].methods.end()) return {fn, substs};  // the trait's default body
    std::vector<TyId> out = implArgs;
    for (size_t i = f.numImplGenerics; i < substs.size(); ++i) out.push_back(substs[i]);
    return {m->second, out};
  }
  std::vector<TyId> variantFieldTys(TyId adtTy, uint32_t variant) const {
    TypeTable& tt = const_cast<TypeTable&>(types);
    std::vector<TyId> out;
    const TyData d = tt.get(adtTy);
    for (const FieldInfo& f : adts[d.a].variants[variant].fields) out.push_back(afterTypeck(tt.subst(f.ty, d.elems)));
    return out;
  }
  // The types of a closure value's fields (its captures), for Closure type `t`.
  std::vector<TyId> captureTys(TyId t) const {
    TypeTable& tt = const_cast<TypeTable&>(types);
    const TyData d = tt.get(t);
    const ClosureInfo& c = closures[d.a];
    const BodyInfo& parent = bodies[c.parent.v];
    std::vector<TyId> out;
    for (const ClosureInfo::Capture& cap : c.captures) {
      TyId lt = tt.subst(parent.locals[cap.local].ty, d.elems);
      out.push_back(afterTypeck(cap.mode == 0 ? lt : tt.ref(lt, cap.mode == 2)));
    }
    return out;
  }
  // The field types of a struct-like value: a tuple's elements, an ADT variant's fields, a closure's captures.
  std::vector<TyId> fieldTys(TyId t, int32_t variant = -1) const {
    const TyData& d = types.get(t);
    if (d.kind == TyKind::Tuple) return d.elems;
    if (d.kind == TyKind::Adt) return variantFieldTys(t, variant >= 0 ? uint32_t(variant) : 0);
    if (d.kind == TyKind::Closure) return captureTys(t);
    return {};
  }
  std::string tyName(TyId t) const { return tyToString(*this, t); }
  const std::string& str(Symbol s) const { return interner.str(s); }
  bool isRuntimeFile(uint32_t file) const { return file >= firstRuntimeFile; }
};

}  // namespace wr
