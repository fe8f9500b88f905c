// The runtime parsed once (see runtime_cache.h): parseRuntime() from scratch, RuntimeSnapshot::build()
// into a placeholder-prefixed state, appendTo() as a copy with every reference shifted. One field list,
// walk() below, serves both the check at build time and the shift.
#include "driver/runtime_cache.h"

#include <array>
#include <cstring>

#include "lex/lexer.h"
#include "parse/parser.h"

namespace wr {

uint32_t parseRuntime(SourceMap& sm, Interner& in, ast::Ast& ast, DiagnosticBag& diags,
                      const std::vector<RuntimeSource>& sources) {
  {  // the runtime is ~13k lines: size the AST once instead of growing it by doubling
    size_t bytes = 0;
    for (const RuntimeSource& rs : sources) bytes += std::strlen(rs.text);
    ast.exprs.reserve(ast.exprs.size() + bytes / 6);
    ast.pats.reserve(ast.pats.size() + bytes / 40);
    ast.types.reserve(ast.types.size() + bytes / 20);
    ast.stmts.reserve(ast.stmts.size() + bytes / 30);
    ast.exprLists.reserve(ast.exprLists.size() + bytes / 12);
    ast.paths.reserve(ast.paths.size() + bytes / 12);
  }
  uint32_t firstRuntime = UINT32_MAX;
  for (const RuntimeSource& rs : sources) {
    uint32_t f = sm.add(rs.name, rs.text);
    if (firstRuntime == UINT32_MAX) firstRuntime = f;
    std::vector<Token> rt = lex(sm, f, in, diags);
    parseFile(sm, f, rt, in, ast, diags);
  }
  return firstRuntime;
}

namespace {

// The AST's arenas, the targets of ids and list indices.
enum A : size_t {
  Exprs, Pats, Types, Items, Stmts, ExprLists, StmtLists, PatLists, TypeLists, Arms, FieldInits, FieldPats, Paths,
  Macros, Asserts, Uses, AssocBindings, BoundLists, kArenas
};
using Sizes = std::array<size_t, kArenas>;

// f(arena, a's vector, b's vector) for each arena.
template <class Ast1, class Ast2, class F>
void forEachArena2(Ast1& a, Ast2& b, F f) {
  f(Exprs, a.exprs, b.exprs); f(Pats, a.pats, b.pats); f(Types, a.types, b.types); f(Items, a.items, b.items);
  f(Stmts, a.stmts, b.stmts); f(ExprLists, a.exprLists, b.exprLists); f(StmtLists, a.stmtLists, b.stmtLists);
  f(PatLists, a.patLists, b.patLists); f(TypeLists, a.typeLists, b.typeLists); f(Arms, a.arms, b.arms);
  f(FieldInits, a.fieldInits, b.fieldInits); f(FieldPats, a.fieldPats, b.fieldPats); f(Paths, a.paths, b.paths);
  f(Macros, a.macros, b.macros); f(Asserts, a.asserts, b.asserts); f(Uses, a.uses, b.uses);
  f(AssocBindings, a.assocBindings, b.assocBindings); f(BoundLists, a.boundLists, b.boundLists);
}
template <class F>
void forEachArena(ast::Ast& a, F f) {
  forEachArena2(a, a, [&](A k, auto& v, auto&) { f(k, v); });
}

Sizes sizesOf(ast::Ast& a) {
  Sizes s{};
  forEachArena(a, [&](A k, auto& v) { s[k] = v.size(); });
  return s;
}

// Visits every field of the nodes from `from` on that refers to a file, a symbol, a module or another
// node. The visitor's operations (V = Check or Shift):
//   span(s)            a span (file 0 only in a default span)
//   file(f)            a file id
//   sym(s)             a Symbol
//   module(m)          a module (0 the crate root, UINT32_MAX none)
//   id(x)              a typed id (invalid, or an element of its arena)
//   ref(v, arena)      an index that is always set (UINT32_MAX: none)
//   at(v, arena)       an index the parser may have left at 0 (unset)
//   list(v, n, arena)  a range [v, v + n) of an arena; v 0 if unset
//   none(v)            a field this node kind never sets
template <class V>
void walk(ast::Ast& a, const Sizes& from, size_t fromModule, size_t fromTop, V& v) {
  using namespace ast;
  for (size_t i = from[Exprs]; i < a.exprs.size(); ++i) {
    Expr& e = a.exprs[i];
    v.span(e.span);
    v.span(e.nameSpan);
    v.id(e.a);
    v.id(e.b);
    v.id(e.c);
    v.id(e.pat);
    v.id(e.ty);
    v.sym(e.name);
    v.sym(e.suffix);
    switch (e.kind) {
      case ExprKind::Call: case ExprKind::MethodCall: case ExprKind::Tuple: case ExprKind::Array:
      case ExprKind::VecMacro: v.list(e.list, e.listLen, ExprLists); break;
      case ExprKind::Block: v.list(e.list, e.listLen, StmtLists); break;
      case ExprKind::Match: v.list(e.list, e.listLen, Arms); break;
      case ExprKind::StructLit: v.list(e.list, e.listLen, FieldInits); break;
      case ExprKind::Closure: v.list(e.list, e.listLen, PatLists); break;
      default: v.none(e.list); v.none(e.listLen); break;
    }
    switch (e.kind) {
      case ExprKind::TupleField: break;  // a field number
      case ExprKind::Path: case ExprKind::StructLit: v.at(e.index, Paths); break;
      case ExprKind::MethodCall: v.list(e.index, 0, Paths); break;  // turbofish path + 1: at most the size
      case ExprKind::FormatMacro: v.at(e.index, Macros); break;
      case ExprKind::AssertMacro: v.at(e.index, Asserts); break;
      case ExprKind::Closure: v.list(e.index, e.listLen, TypeLists); break;  // one (optional) type per parameter
      default: v.none(e.index); break;
    }
  }
  for (size_t i = from[Pats]; i < a.pats.size(); ++i) {
    Pat& p = a.pats[i];
    v.span(p.span);
    v.sym(p.name);
    v.id(p.sub);
    v.id(p.lo);
    v.id(p.hi);
    switch (p.kind) {
      case PatKind::Path: case PatKind::TupleStruct: case PatKind::Struct: v.at(p.path, Paths); break;
      default: v.none(p.path); break;
    }
    switch (p.kind) {
      case PatKind::Tuple: case PatKind::TupleStruct: case PatKind::Or: case PatKind::Error:
        v.list(p.list, p.listLen, PatLists); break;
      case PatKind::Struct: v.list(p.list, p.listLen, FieldPats); break;
      default: v.none(p.list); v.none(p.listLen); break;
    }
  }
  for (size_t i = from[Types]; i < a.types.size(); ++i) {
    Type& t = a.types[i];
    v.span(t.span);
    v.sym(t.lifetime);
    v.id(t.inner);
    v.id(t.len);
    switch (t.kind) {
      case TypeKind::Path: case TypeKind::Dyn: v.at(t.path, Paths); break;
      default: v.none(t.path); break;
    }
    switch (t.kind) {
      case TypeKind::Tuple: v.list(t.list, t.listLen, TypeLists); break;
      case TypeKind::ImplTrait: v.list(t.list, t.listLen, BoundLists); break;
      default: v.none(t.list); v.none(t.listLen); break;
    }
  }
  auto fields = [&](std::vector<FieldDef>& fs) {
    for (FieldDef& f : fs) {
      v.sym(f.name);
      v.span(f.span);
      v.id(f.ty);
    }
  };
  for (size_t i = from[Items]; i < a.items.size(); ++i) {
    Item& it = a.items[i];
    v.span(it.span);
    v.sym(it.name);
    v.span(it.nameSpan);
    v.module(it.module);
    for (GenericParam& g : it.generics) {
      v.sym(g.name);
      v.span(g.span);
      for (uint32_t& b : g.bounds) v.ref(b, Paths);
    }
    for (LifetimeParam& l : it.lifetimes) {
      v.sym(l.name);
      v.span(l.span);
      for (Symbol& b : l.bounds) v.sym(b);
    }
    v.sym(it.selfLifetime);
    for (uint32_t& b : it.selfBounds) v.ref(b, Paths);
    for (auto& [s, b] : it.outerBounds) {
      v.sym(s);
      v.ref(b, Paths);
    }
    for (Symbol& s : it.derives) v.sym(s);
    v.span(it.testAttrSpan);
    v.span(it.selfSpan);
    for (Param& p : it.params) {
      v.id(p.pat);
      v.id(p.ty);
      v.span(p.span);
    }
    v.id(it.ret);
    v.id(it.body);
    fields(it.fields);
    for (VariantDef& vd : it.variants) {
      v.sym(vd.name);
      v.span(vd.span);
      fields(vd.fields);
      v.id(vd.discriminant);
    }
    v.id(it.selfTy);
    for (ItemId& m : it.items) v.id(m);
    for (auto& [s, t] : it.assocTypes) {
      v.sym(s);
      v.id(t);
    }
    v.at(it.traitPath, Paths);
    v.id(it.ty);
    v.id(it.value);
  }
  for (size_t i = from[Stmts]; i < a.stmts.size(); ++i) {
    Stmt& s = a.stmts[i];
    v.span(s.span);
    v.id(s.pat);
    v.id(s.ty);
    v.id(s.init);
    v.id(s.elseBlock);
    v.id(s.item);
  }
  for (size_t i = from[ExprLists]; i < a.exprLists.size(); ++i) v.id(a.exprLists[i]);
  for (size_t i = from[StmtLists]; i < a.stmtLists.size(); ++i) v.id(a.stmtLists[i]);
  for (size_t i = from[PatLists]; i < a.patLists.size(); ++i) v.id(a.patLists[i]);
  for (size_t i = from[TypeLists]; i < a.typeLists.size(); ++i) v.id(a.typeLists[i]);
  for (size_t i = from[Arms]; i < a.arms.size(); ++i) {
    Arm& arm = a.arms[i];
    v.id(arm.pat);
    v.id(arm.guard);
    v.id(arm.body);
    v.span(arm.span);
  }
  for (size_t i = from[FieldInits]; i < a.fieldInits.size(); ++i) {
    FieldInit& f = a.fieldInits[i];
    v.sym(f.name);
    v.span(f.nameSpan);
    v.id(f.value);
  }
  for (size_t i = from[FieldPats]; i < a.fieldPats.size(); ++i) {
    FieldPat& f = a.fieldPats[i];
    v.sym(f.name);
    v.span(f.nameSpan);
    v.id(f.pat);
  }
  for (size_t i = from[Paths]; i < a.paths.size(); ++i) {
    Path& p = a.paths[i];
    v.span(p.span);
    for (PathSeg& s : p.segs) {
      v.sym(s.name);
      v.span(s.span);
      v.list(s.args, s.numArgs, TypeLists);
      v.list(s.bindings, s.numBindings, AssocBindings);
      for (Symbol& l : s.lifetimes) v.sym(l);
      TypeId ret{s.parenRet};
      v.id(ret);
      s.parenRet = ret.v;
    }
  }
  for (size_t i = from[Macros]; i < a.macros.size(); ++i) {
    FormatMacro& m = a.macros[i];
    v.sym(m.macro);
    for (FmtPiece& p : m.pieces) v.span(p.span);  // arg, widthArg, precArg index m.args
    for (ExprId& x : m.args) v.id(x);
    v.span(m.span);
  }
  for (size_t i = from[Asserts]; i < a.asserts.size(); ++i) {
    AssertMacro& m = a.asserts[i];
    v.sym(m.macro);
    v.id(m.a);
    v.id(m.b);
    if (m.message >= 0) {  // -1: none
      uint32_t msg = uint32_t(m.message);
      v.ref(msg, Macros);
      m.message = int32_t(msg);
    }
  }
  for (size_t i = from[Uses]; i < a.uses.size(); ++i) {
    UseDecl& u = a.uses[i];
    v.span(u.span);
    v.module(u.module);
    for (Symbol& s : u.path) v.sym(s);
    v.sym(u.prefix);
    for (auto& [n, alias] : u.names) {
      v.sym(n);
      v.sym(alias);
    }
  }
  for (size_t i = from[AssocBindings]; i < a.assocBindings.size(); ++i) {
    v.sym(a.assocBindings[i].first);
    v.id(a.assocBindings[i].second);
  }
  for (size_t i = from[BoundLists]; i < a.boundLists.size(); ++i) v.ref(a.boundLists[i], Paths);
  for (size_t i = fromModule; i < a.modules.size(); ++i) {
    ModuleDecl& m = a.modules[i];
    v.sym(m.name);
    v.module(m.parent);
    v.id(m.item);
  }
  for (size_t i = fromTop; i < a.topItems.size(); ++i) v.id(a.topItems[i]);
  for (size_t i = fromTop; i < a.topItemFile.size(); ++i) v.file(a.topItemFile[i]);
}

template <class Op>
struct IdOps {  // the typed ids, each to its arena
  Op& self() { return static_cast<Op&>(*this); }
  void id(ast::ExprId& x) { self().ref(x.v, Exprs); }
  void id(ast::PatId& x) { self().ref(x.v, Pats); }
  void id(ast::TypeId& x) { self().ref(x.v, Types); }
  void id(ast::ItemId& x) { self().ref(x.v, Items); }
  void id(ast::StmtId& x) { self().ref(x.v, Stmts); }
};

// build(): every field in range, and the parser set nothing this file does not know how to shift.
struct Check : IdOps<Check> {
  Sizes size{};
  size_t files = 0, symbols = 0, modules = 0;
  bool ok = true;
  void span(const Span& s) {
    if (s.file >= files || (s.file == 0 && !(s == Span{}))) ok = false;
  }
  void file(uint32_t f) { ok = ok && f >= 1 && f < files; }
  void sym(Symbol s) { ok = ok && s.v < symbols; }
  void module(uint32_t m) { ok = ok && (m == UINT32_MAX || m < modules); }
  void ref(uint32_t v, A k) { ok = ok && (v == UINT32_MAX || (v >= 1 && v < size[k])); }
  void at(uint32_t v, A k) { ok = ok && (v == 0 || v < size[k]); }
  void list(uint32_t v, uint32_t n, A k) { ok = ok && (v == 0 ? n == 0 : v <= size[k] && n <= size[k] - v); }
  void none(uint32_t v) { ok = ok && v == 0; }
};

// appendTo(): local ids to the compile's ids.
struct Shift : IdOps<Shift> {
  std::array<uint32_t, kArenas> delta{};  // compile's arena size - 1 (unsigned wrap-around is intended)
  uint32_t fileDelta = 0, moduleDelta = 0;
  const std::vector<Symbol>* symbols = nullptr;
  void span(Span& s) {
    if (s.file != 0) s.file += fileDelta;
  }
  void file(uint32_t& f) { f += fileDelta; }
  void sym(Symbol& s) { s = (*symbols)[s.v]; }
  void module(uint32_t& m) {
    if (m != 0 && m != UINT32_MAX) m += moduleDelta;
  }
  void ref(uint32_t& v, A k) {
    if (v != UINT32_MAX) v += delta[k];
  }
  void at(uint32_t& v, A k) {
    if (v != 0) v += delta[k];
  }
  void list(uint32_t& v, uint32_t, A k) { at(v, k); }
  void none(uint32_t) {}
};

}  // namespace

std::unique_ptr<RuntimeSnapshot> RuntimeSnapshot::build(bool cfgTest, const std::vector<RuntimeSource>& sources) {
  std::unique_ptr<RuntimeSnapshot> s(new RuntimeSnapshot);
  ast::Ast& a = s->ast_;
  a.cfgTest = cfgTest;
  forEachArena(a, [](A, auto& v) { v.emplace_back(); });  // the placeholders: set indices are >= 1
  SourceMap sm;
  sm.add("", "");  // placeholder file 0: only default spans have file 0
  Interner in;
  DiagnosticBag diags;
  if (parseRuntime(sm, in, a, diags, sources) == UINT32_MAX || !diags.all().empty()) return nullptr;
  Check check;
  check.size = sizesOf(a);
  check.files = sm.numFiles();
  check.symbols = in.size();
  check.modules = a.modules.size();
  Sizes from;
  from.fill(1);
  walk(a, from, 1, 0, check);
  if (!check.ok) return nullptr;
  for (uint32_t f = 1; f < sm.numFiles(); ++f) s->files_.push_back(sm.file(f));
  for (uint32_t i = 1; i < in.size(); ++i) s->strings_.push_back(in.str(Symbol{i}));
  forEachArena(a, [](A, auto& v) { v.shrink_to_fit(); });
  return s;
}

uint32_t RuntimeSnapshot::appendTo(SourceMap& sm, Interner& in, ast::Ast& a) const {
  uint32_t firstFile = sm.numFiles();
  for (const SourceFile& f : files_) sm.add(SourceFile(f));
  std::vector<Symbol> symbols(strings_.size() + 1);
  for (size_t i = 0; i < strings_.size(); ++i) symbols[i + 1] = in.intern(strings_[i]);  // the order fixes the ids
  Shift shift;
  shift.symbols = &symbols;
  shift.fileDelta = firstFile - 1;
  shift.moduleDelta = uint32_t(a.modules.size()) - 1;
  Sizes from = sizesOf(a);
  for (size_t k = 0; k < kArenas; ++k) shift.delta[k] = uint32_t(from[k]) - 1;
  const ast::Ast& src = ast_;
  forEachArena2(a, src, [](A, auto& to, const auto& local) {
    to.reserve(to.size() + local.size() - 1);
    to.insert(to.end(), local.begin() + 1, local.end());
  });
  size_t fromModule = a.modules.size(), fromTop = a.topItems.size();
  a.modules.insert(a.modules.end(), src.modules.begin() + 1, src.modules.end());
  a.topItems.insert(a.topItems.end(), src.topItems.begin(), src.topItems.end());
  a.topItemFile.insert(a.topItemFile.end(), src.topItemFile.begin(), src.topItemFile.end());
  walk(a, from, fromModule, fromTop, shift);
  return files_.empty() ? UINT32_MAX : firstFile;
}

}  // namespace wr
