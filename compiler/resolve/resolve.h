// Name resolution of items.
//
// Consumes: the AST (all user and runtime files) and an empty Program. Produces: the Program's definition
// tables (FnInfo, AdtInfo with variants/fields/methods, ConstInfo with evaluated values), the signatures of
// every function as interned types, and `mainFn`. Names inside function bodies (locals, paths to items,
// methods) are resolved by check/ while it types the body, using lookupValue/lookupType below, because
// Rust's method and field resolution needs types.
// Errors: duplicate definitions, unknown types, bad constants, missing `main`; each reported once.
#pragma once
#include <functional>
#include <set>
#include <string>

#include "check/program.h"
#include "diag/diagnostics.h"

namespace wr {

class Resolver {
 public:
  Resolver(Program& p, DiagnosticBag& d) : p_(p), diags_(d) {}
  void run(const std::string& crateName);

  // The generic parameters and `Self` visible while resolving types of an item or body.
  struct GenericScope {
    int32_t selfAdt = -1;
    TyId selfTy;                   // `Self` (TyId{0} = none)
    std::vector<Symbol> generics;  // Param(i) is generics[i]
    const std::map<uint32_t, TyId>* assoc = nullptr;  // `Self::Output` in a trait impl
    std::vector<std::pair<uint32_t, uint32_t>> paramTraits;  // (parameter, trait) bounds: `I::Item` names a projection
  };
  struct ScopeGuard {
    Resolver& r;
    GenericScope saved;
    ScopeGuard(Resolver& r, const GenericScope& s) : r(r), saved(r.scope_) { r.scope_ = s; }
    ~ScopeGuard() { r.scope_ = saved; }
  };
  GenericScope fnScope(FnId f) const;
  // Type of an AST type expression in the current generic scope. Reports unknown names.
  TyId resolveType(ast::TypeId t);
  // Inside function bodies `_` is an inference variable: check/ sets this while it checks bodies.
  std::function<TyId()> freshInfer;
  TyId resolveType(ast::TypeId t, int32_t selfAdt) { (void)selfAdt; return resolveType(t); }
  // A value path (`x` is not handled here: locals come first in check/): fn, const, unit/tuple struct,
  // enum variant, associated fn/const `Type::name`, primitive constants `i32::MAX`.
  Res lookupValuePath(const ast::Path& path, int32_t selfAdt, bool report);
  // A path used as a struct/variant name in literals and patterns.
  Res lookupStructPath(const ast::Path& path, int32_t selfAdt, bool report);
  // Evaluates a constant expression (array lengths, consts, enum discriminants).
  ConstValue evalConst(ast::ExprId e, TyId expected, bool& ok);
  void ensureConstEvaluated(uint32_t constIndex);
  // Names are looked up from a module: its items, its `use` imports (named, then globs), then (for the
  // first segment of a path) the library, which is the prelude. Library code sees only the library, so a
  // user `struct Map` or `struct Cell` does not capture the library's own uses of its types.
  static constexpr uint32_t kLibModule = 0xFFFFFFFFu;
  uint32_t ctxModule_ = 0;  // the module whose names are in scope (kLibModule in library code)
  void setContext(ast::ItemId item, bool runtime) {
    ctxModule_ = runtime || !item.valid() ? kLibModule : p_.ast.item(item).module;
  }
  int32_t findAdt(Symbol name) const { return findAdt(name, ctxModule_, true); }
  int32_t findAdt(Symbol name, uint32_t module, bool lexical) const;
  int32_t findLibAdt(Symbol name) const;  // the library's type of that name (what the compiler itself means)
  FnId findFn(const std::string& name) const;

 private:
  Program& p_;
  DiagnosticBag& diags_;
  // Definitions by (module, name): key(module, Symbol). The library's are in module kLibModule.
  static uint64_t key(uint32_t module, Symbol s) { return (uint64_t(module) << 32) | s.v; }
  std::map<uint64_t, FnId> fnByName_;       // free fns
  std::map<uint64_t, uint32_t> adtByName_;  // structs and enums
  std::map<uint64_t, uint32_t> constByName_;
  std::map<uint64_t, uint32_t> modByName_;  // (parent, name) -> module
  std::map<uint64_t, ast::ItemId> privateItems_;  // items declared without `pub` in a module other than the root
  std::vector<std::vector<uint32_t>> usesOf_;      // module -> its `use` declarations (indices into Ast::uses)
  enum DefKind : uint32_t { kDefAdt = 1, kDefFn = 2, kDefConst = 4, kDefTrait = 8, kDefAlias = 16, kDefMod = 32, kDefVariant = 64 };
  struct Def {
    uint32_t kind = 0;
    uint32_t a = 0, b = 0;
  };
  Def ownDef(uint32_t module, Symbol n, uint32_t mask) const;
  Def lookupIn(uint32_t module, Symbol n, uint32_t mask, bool lexical, int depth = 0) const;
  // (module, name) pairs already searched by the current top-level lookup: imports that form cycles or
  // diamonds (`pub use crate::a::*` in every module) are searched once, so a lookup is linear.
  mutable std::set<uint64_t> lookupSeen_;
  bool useTarget(const ast::UseDecl& u, uint32_t& module, int32_t& enumAdt, int depth) const;
  // Consumes the leading segments of a path that name modules (`crate`, `self`, `super`, a module).
  // Returns false (reported) when they do not resolve; `module`/`lexical` say where the rest is looked up.
  bool modulePrefix(std::vector<ast::PathSeg>& segs, uint32_t& module, bool& lexical, bool report);
  bool isWithin(uint32_t inner, uint32_t outer) const;
  void checkVisible(uint32_t module, const ast::PathSeg& seg, bool report);
  std::map<std::string, uint32_t> primConsts_;  // "i32::MAX" -> const index

  void collect(ast::ItemId id, bool runtime);
  void collectImpl(ast::ItemId id, bool runtime);
  void addIntrinsics();
  void collectTraitImpl(ast::ItemId id, bool runtime, const std::vector<Symbol>& implGenerics);
  void addBound(FnInfo& f, uint32_t param, uint32_t boundPath);
  std::map<uint64_t, uint32_t> traitByName_;
  std::map<uint64_t, ast::TypeId> aliasByName_;  // `type M = [[u64; 2]; 2];`
  std::vector<uint32_t> aliasStack_;             // aliases being expanded (a cycle is an error)

 public:
  bool checkPod(uint32_t adt, Span at);
  int32_t findTrait(const ast::Path& path, bool report);

 private:
  TyId adtWithArgs(uint32_t adt, const ast::PathSeg& seg, bool required);
  std::vector<TyId> paramTys(const std::vector<Symbol>& names, uint32_t first);
  GenericScope scope_;
  void checkElision(const ast::Item& it);
  bool primitiveType(const std::string& name, TyId& out);
  void stripStdModules(std::vector<ast::PathSeg>& segs) const;
  Res primitiveConst(const std::string& prim, const std::string& name, Span span);
  std::vector<std::pair<ast::ItemId, bool>> impls_;
  std::vector<std::pair<ast::ItemId, bool>> fnItems_;
};

}  // namespace wr
