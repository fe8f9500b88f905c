// Relations between the named lifetimes of a signature (NLL's universal regions): see borrowck.h.
//
// Every reference and every lifetime argument of an ADT in a local's type gets a region variable; the
// ones in the signature's types are the free regions: `'static`, the lifetimes the fn and its impl
// declare, and one anonymous region per elided lifetime of a parameter. Each flow of a value into a
// place of the body (assignments, reborrows, aggregates, a call's arguments and result through the
// callee's signature instantiated with fresh variables) relates the two types position by position:
// the source's region outlives the target's (`'x: 'y`), both ways under `&mut` (invariance), and a
// reborrow `&*p` is outlived by the references it goes through. The graph is flow-insensitive, as NLL's
// constraints between free regions are. A named free region `'b` that reaches another one `'a` through
// the body's own variables must outlive it: an error unless the declared bounds (`'b: 'a`, where
// clauses), the bounds implied by the signature's types (`&'a T` has every region of T outlive 'a,
// also through a struct's fields) and `'static` say so, transitively. rustc's message is "lifetime may
// not live long enough", blamed on the most telling constraint of the path (returning, a type
// annotation, a call's argument, an assignment). Anonymous regions are left to E0621 and the others.
// What the types cannot tell (closures' captures, trait objects, `impl Trait`, library types' insides)
// gets variables that nothing constrains: a missed error, never a false one.
#include <algorithm>
#include <deque>
#include <map>

#include "borrowck/borrowck.h"

namespace wr::borrowck {
namespace {

using namespace mir;

// What a constraint is blamed as (rustc's ConstraintCategory), the most telling first.
enum class Cat : uint8_t { Boring, Assignment, CallArgument, TypeAnnotation, Return };

// The regions of a value's type, shaped like its TyId: a reference (region, pointee), an ADT (its
// lifetime arguments' regions, its type arguments), a tuple or array (elements), or a leaf.
struct RTree {
  enum Kind : uint8_t { Leaf, Ref, Adt, Agg } kind = Leaf;
  bool mut = false;
  uint32_t adt = 0;
  std::vector<uint32_t> regions;  // Ref: [its region]; Adt: the lifetime arguments
  std::vector<RTree> kids;        // Ref: [pointee]; Adt: type arguments; Agg: elements
};

struct Edge {
  uint32_t to;
  Cat cat;
  Span span;
};

class RegionChecker {
 public:
  RegionChecker(const Program& p, const Body& b, DiagnosticBag& d) : p_(p), b_(b), diags_(d) {}

  void run() {
    const FnInfo& f = p_.fns[b_.fn.v];
    if (!f.item.valid() || f.runtime || f.closure >= 0) return;
    const ast::Item& it = p_.ast.item(f.item);
    if (!it.body.valid()) return;
    if (!declareFreeRegions(f, it)) return;  // no named lifetime: nothing here to check
    buildSignature(f, it);
    buildLocals(it);
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi) {
      const BasicBlock& bb = b_.blocks[bi];
      for (const Statement& s : bb.stmts) statement(s);
      if (bb.term.kind == TermKind::Call) call(bb.term);
    }
    check(f, it);
  }

 private:
  const Program& p_;
  const Body& b_;
  DiagnosticBag& diags_;
  // region variables: the free ones first (0 is 'static), then the body's own
  std::vector<std::vector<Edge>> out_;  // x -> y: `'x: 'y` is required
  uint32_t numFree_ = 0;
  std::vector<std::string> freeName_;  // "" for an anonymous one
  std::vector<Span> freeSpan_;         // where it is declared (none for 'static / anonymous)
  std::map<std::string, uint32_t> named_;  // `'a` -> its free region
  std::vector<std::pair<uint32_t, uint32_t>> known_;  // (x, y): `'x: 'y` is assumed
  std::vector<RTree> local_;
  std::map<uint32_t, const ast::Item*> adtItems_;  // ADT index -> its struct/enum item

  uint32_t var() {
    out_.push_back({});
    return uint32_t(out_.size() - 1);
  }
  uint32_t freeVar(const std::string& name, Span sp) {
    uint32_t v = var();
    ++numFree_;
    freeName_.push_back(name);
    freeSpan_.push_back(sp);
    if (!name.empty()) named_[name] = v;
    return v;
  }
  bool isFree(uint32_t v) const { return v < numFree_; }
  void edge(uint32_t from, uint32_t to, Cat c, Span sp) {
    if (from == to) return;
    for (const Edge& e : out_[from])
      if (e.to == to && e.cat >= c) return;
    out_[from].push_back({to, c, sp});
  }

  // ---- the signature ----
  std::string sym(Symbol s) const { return s.empty() ? "" : p_.interner.str(s); }
  bool declareFreeRegions(const FnInfo& f, const ast::Item& it) {
    freeVar("'static", Span{});
    const ast::Item* impl = f.implItem.valid() ? &p_.ast.item(f.implItem) : nullptr;
    std::vector<const ast::LifetimeParam*> all;
    if (impl)
      for (const ast::LifetimeParam& l : impl->lifetimes) all.push_back(&l);
    for (const ast::LifetimeParam& l : it.lifetimes) all.push_back(&l);
    if (all.empty()) return false;
    for (const ast::LifetimeParam* l : all) freeVar(sym(l->name), l->span);
    for (const ast::LifetimeParam* l : all)
      for (Symbol bnd : l->bounds) {
        auto to = named_.find(sym(bnd));
        if (to != named_.end()) known_.push_back({named_[sym(l->name)], to->second});
      }
    return true;
  }

  struct Env {
    std::map<std::string, uint32_t> lifetimes;
    std::map<uint32_t, RTree> types;  // a type parameter (Symbol.v) -> the regions of its instance
    ast::TypeId selfTy;               // the impl's self type, for `Self`
    std::vector<Symbol> typeParams;
    bool freshElided = false;         // elided lifetimes: fresh free regions (the checked fn's parameters)
    int64_t elideTo = -1;             // elided lifetimes of a result: this region
  };
  uint32_t elided(Env& env) {
    if (env.elideTo >= 0) return uint32_t(env.elideTo);
    return env.freshElided ? freeVar("", Span{}) : var();
  }
  uint32_t lifetime(Env& env, Symbol s) {
    std::string n = sym(s);
    if (n == "'_") return elided(env);
    if (n == "'static") return 0;
    auto it = env.lifetimes.find(n);
    return it != env.lifetimes.end() ? it->second : var();
  }
  const ast::Item* adtItem(uint32_t adt) {
    if (adtItems_.empty()) {
      std::map<std::pair<uint32_t, uint32_t>, uint32_t> bySpan;
      for (uint32_t i = 0; i < p_.adts.size(); ++i) bySpan[{p_.adts[i].span.file, p_.adts[i].span.lo}] = i;
      for (const ast::Item& item : p_.ast.items) {
        if (item.kind != ast::ItemKind::Struct && item.kind != ast::ItemKind::Enum) continue;
        for (Span s : {item.nameSpan, item.span}) {
          auto f = bySpan.find({s.file, s.lo});
          if (f != bySpan.end() && !adtItems_.count(f->second)) adtItems_[f->second] = &item;
        }
      }
      adtItems_[UINT32_MAX] = nullptr;  // (built)
    }
    auto it = adtItems_.find(adt);
    return it == adtItems_.end() ? nullptr : it->second;
  }
  size_t adtLifetimes(uint32_t adt) {
    const ast::Item* item = adtItem(adt);
    return item ? item->lifetimes.size() : 0;
  }

  // Regions of a value of type t that nothing in the signature names: fresh variables.
  RTree fresh(TyId t, int depth = 0) {
    RTree r;
    if (depth > 10) return r;
    const TyData& d = p_.types.get(t);
    switch (d.kind) {
      case TyKind::Ref:
        r.kind = RTree::Ref;
        r.mut = d.sub;
        r.regions = {var()};
        r.kids = {fresh(TyId{d.a}, depth + 1)};
        break;
      case TyKind::Tuple:
        r.kind = RTree::Agg;
        for (TyId e : d.elems) r.kids.push_back(fresh(e, depth + 1));
        break;
      case TyKind::Array:
        r.kind = RTree::Agg;
        r.kids = {fresh(TyId{d.a}, depth + 1)};
        break;
      case TyKind::Adt: {
        r.kind = RTree::Adt;
        r.adt = d.a;
        for (size_t i = 0, n = adtLifetimes(d.a); i < n; ++i) r.regions.push_back(var());
        for (TyId e : d.elems) r.kids.push_back(fresh(e, depth + 1));
        break;
      }
      default: break;
    }
    return r;
  }
  // Regions of a value of type t written as `at` (a signature's or a field's type): the lifetimes it names
  // by `env`, its type parameters' by `env.types` (the same variables at each mention).
  RTree fromAst(ast::TypeId at, TyId t, Env& env, int depth = 0) {
    if (!at.valid() || depth > 10) return fresh(t, depth);
    const ast::Type& a = p_.ast.type(at);
    const TyData& d = p_.types.get(t);
    switch (a.kind) {
      case ast::TypeKind::Ref: {
        if (d.kind != TyKind::Ref) break;
        RTree r;
        r.kind = RTree::Ref;
        r.mut = d.sub;
        r.regions = {a.hasLifetime ? lifetime(env, a.lifetime) : elided(env)};
        r.kids = {fromAst(a.inner, TyId{d.a}, env, depth + 1)};
        return r;
      }
      case ast::TypeKind::Tuple: {
        if (d.kind != TyKind::Tuple || d.elems.size() != a.listLen) break;
        RTree r;
        r.kind = RTree::Agg;
        for (uint32_t i = 0; i < a.listLen; ++i) r.kids.push_back(fromAst(p_.ast.typeLists[a.list + i], d.elems[i], env, depth + 1));
        return r;
      }
      case ast::TypeKind::Array: {
        if (d.kind != TyKind::Array) break;
        RTree r;
        r.kind = RTree::Agg;
        r.kids = {fromAst(a.inner, TyId{d.a}, env, depth + 1)};
        return r;
      }
      case ast::TypeKind::Slice: {
        if (d.kind != TyKind::Adt || d.elems.size() != 1) break;
        RTree r = fresh(t, depth);
        r.kids = {fromAst(a.inner, d.elems[0], env, depth + 1)};
        return r;
      }
      case ast::TypeKind::Path: {
        const ast::Path& path = p_.ast.paths[a.path];
        if (path.segs.empty()) break;
        const ast::PathSeg& seg = path.segs.back();
        if (path.segs.size() == 1 && seg.isSelfType) {
          if (env.selfTy.valid() && env.selfTy.v != at.v) return fromAst(env.selfTy, t, env, depth + 1);
          return typeParam(UINT32_MAX - 1, t, env, depth);
        }
        if (path.segs.size() == 1 && !seg.hasArgs)
          for (Symbol g : env.typeParams)
            if (g == seg.name) return typeParam(g.v, t, env, depth);
        if (d.kind != TyKind::Adt) break;
        RTree r;
        r.kind = RTree::Adt;
        r.adt = d.a;
        size_t n = adtLifetimes(d.a);
        for (size_t i = 0; i < n; ++i)
          r.regions.push_back(seg.lifetimes.size() == n ? lifetime(env, seg.lifetimes[i]) : elided(env));
        for (size_t i = 0; i < d.elems.size(); ++i)
          r.kids.push_back(seg.numArgs == d.elems.size() ? fromAst(p_.ast.typeLists[seg.args + i], d.elems[i], env, depth + 1)
                                                         : fresh(d.elems[i], depth + 1));
        return r;
      }
      default: break;
    }
    return fresh(t, depth);
  }
  RTree typeParam(uint32_t key, TyId t, Env& env, int depth) {
    auto it = env.types.find(key);
    if (it != env.types.end()) return it->second;
    RTree r = fresh(t, depth);
    env.types[key] = r;
    return r;
  }
  // The regions of field `field` of variant `v` of an ADT value (`node`, of type t).
  RTree fieldTree(const RTree& node, TyId t, uint32_t v, uint32_t field) {
    std::vector<TyId> tys = p_.variantFieldTys(t, v);
    if (field >= tys.size()) return RTree{};
    const ast::Item* item = node.kind == RTree::Adt ? adtItem(node.adt) : nullptr;
    const std::vector<ast::FieldDef>* fields = nullptr;
    if (item && item->kind == ast::ItemKind::Struct) fields = &item->fields;
    if (item && item->kind == ast::ItemKind::Enum && v < item->variants.size()) fields = &item->variants[v].fields;
    if (!fields || field >= fields->size()) return fresh(tys[field]);
    Env env;
    for (size_t i = 0; i < item->lifetimes.size() && i < node.regions.size(); ++i) env.lifetimes[sym(item->lifetimes[i].name)] = node.regions[i];
    const AdtInfo& adt = p_.adts[node.adt];
    for (size_t i = 0; i < adt.generics.size() && i < node.kids.size(); ++i) {
      env.typeParams.push_back(adt.generics[i]);
      env.types[adt.generics[i].v] = node.kids[i];
    }
    return fromAst((*fields)[field].ty, tys[field], env);
  }

  uint32_t firstParam_ = 1;
  void buildSignature(const FnInfo& f, const ast::Item& it) {
    local_.assign(b_.locals.size(), RTree{});
    Env env;
    env.lifetimes = named_;
    env.typeParams = f.generics;
    env.freshElided = true;
    if (f.implItem.valid()) env.selfTy = p_.ast.item(f.implItem).selfTy;
    uint32_t l = 1;
    int64_t selfRegion = -1;
    if (it.selfKind != ast::SelfKind::None && l <= b_.argCount) {
      TyId t = b_.locals[l].ty;
      if (it.selfKind == ast::SelfKind::Value) {
        local_[l] = fromAst(env.selfTy, t, env);
      } else if (p_.types.kind(t) == TyKind::Ref) {
        RTree r;
        r.kind = RTree::Ref;
        r.mut = p_.types.get(t).sub;
        r.regions = {it.selfLifetime.empty() ? elided(env) : lifetime(env, it.selfLifetime)};
        selfRegion = r.regions[0];
        r.kids = {fromAst(env.selfTy, TyId{p_.types.get(t).a}, env)};
        local_[l] = r;
      }
      ++l;
    }
    firstParam_ = l;
    std::vector<uint32_t> inputs;
    for (size_t i = 0; i < it.params.size() && l <= b_.argCount; ++i, ++l) {
      local_[l] = fromAst(it.params[i].ty, b_.locals[l].ty, env);
      collectRegions(local_[l], inputs);
    }
    if (selfRegion >= 0) {
      env.elideTo = selfRegion;
    } else {
      std::sort(inputs.begin(), inputs.end());
      inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
      if (inputs.size() == 1) env.elideTo = inputs[0];
    }
    env.freshElided = false;
    local_[0] = it.ret.valid() ? fromAst(it.ret, b_.locals[0].ty, env) : fresh(b_.locals[0].ty);
    // implied bounds: the signature's types are well-formed
    for (uint32_t i = 0; i < l && i < local_.size(); ++i) impliedBounds(local_[i], b_.locals[i].ty, 0);
  }
  void collectRegions(const RTree& r, std::vector<uint32_t>& out) const {
    for (uint32_t v : r.regions) if (isFree(v)) out.push_back(v);
    for (const RTree& k : r.kids) collectRegions(k, out);
  }
  // `&'a T`: every region in T outlives 'a; an ADT's fields' types likewise (rustc infers the outlives
  // requirements of structs from their fields).
  void impliedBounds(const RTree& r, TyId t, int depth) {
    if (depth > 4) return;
    const TyData& d = p_.types.get(t);
    if (r.kind == RTree::Ref && d.kind == TyKind::Ref) {
      std::vector<uint32_t> inner;
      collectRegions(r.kids[0], inner);
      if (isFree(r.regions[0]))
        for (uint32_t v : inner) known_.push_back({v, r.regions[0]});
      impliedBounds(r.kids[0], TyId{d.a}, depth + 1);
    } else if (r.kind == RTree::Agg && d.kind == TyKind::Tuple) {
      for (size_t i = 0; i < r.kids.size() && i < d.elems.size(); ++i) impliedBounds(r.kids[i], d.elems[i], depth + 1);
    } else if (r.kind == RTree::Agg && d.kind == TyKind::Array && !r.kids.empty()) {
      impliedBounds(r.kids[0], TyId{d.a}, depth + 1);
    } else if (r.kind == RTree::Adt && d.kind == TyKind::Adt) {
      if (!r.regions.empty() && !p_.isRuntimeFile(p_.adts[r.adt].span.file)) {
        const AdtInfo& a = p_.adts[r.adt];
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (uint32_t fi = 0; fi < a.variants[v].fields.size(); ++fi) impliedBounds(fieldTree(r, t, v, fi), p_.variantFieldTys(t, v)[fi], depth + 1);
      }
      for (size_t i = 0; i < r.kids.size() && i < d.elems.size(); ++i) impliedBounds(r.kids[i], d.elems[i], depth + 1);
    }
  }
  // The body's own variables: fresh regions, tied to a `let`'s written type (`let z: &'a i32 = y;`).
  void buildLocals(const ast::Item& it) {
    std::map<std::pair<uint32_t, uint32_t>, std::pair<ast::TypeId, Span>> annotated;  // binding span -> its type
    Span body = p_.ast.expr(it.body).span;
    for (const ast::Stmt& s : p_.ast.stmts) {
      if (s.kind != ast::StmtKind::Let || !s.ty.valid() || !s.pat.valid() || s.span.file != body.file || s.span.lo < body.lo ||
          s.span.hi > body.hi)
        continue;
      const ast::Pat& pat = p_.ast.pat(s.pat);
      if (pat.kind != ast::PatKind::Binding) continue;
      annotated[{pat.span.file, pat.span.lo}] = {s.ty, p_.ast.type(s.ty).span};
    }
    const FnInfo& f = p_.fns[b_.fn.v];
    for (uint32_t l = b_.argCount + 1; l < b_.locals.size(); ++l) {
      local_[l] = fresh(b_.locals[l].ty);
      if (!b_.locals[l].user) continue;
      auto a = annotated.find({b_.locals[l].span.file, b_.locals[l].span.lo});
      if (a == annotated.end()) continue;
      Env env;
      env.lifetimes = named_;
      env.typeParams = f.generics;
      if (f.implItem.valid()) env.selfTy = p_.ast.item(f.implItem).selfTy;
      RTree written = fromAst(a->second.first, b_.locals[l].ty, env);
      relate(written, local_[l], true, Cat::TypeAnnotation, a->second.second);
    }
  }

  // ---- the body's flows ----
  // `src` flows into a place of type `dst`: src's regions outlive dst's, position by position.
  void relate(const RTree& src, const RTree& dst, bool invariant, Cat c, Span sp) {
    if (src.kind != dst.kind || src.regions.size() != dst.regions.size() || src.kids.size() != dst.kids.size()) return;
    if (src.kind == RTree::Adt && src.adt != dst.adt) return;
    for (size_t i = 0; i < src.regions.size(); ++i) {
      edge(src.regions[i], dst.regions[i], c, sp);
      if (invariant) edge(dst.regions[i], src.regions[i], c, sp);
    }
    bool inv = invariant || (dst.kind == RTree::Ref && dst.mut);
    for (size_t i = 0; i < src.kids.size(); ++i) relate(src.kids[i], dst.kids[i], inv, c, sp);
  }
  struct Deref {
    uint32_t region;
    bool mut;
  };
  // The regions of a place's value, and the references its projections go through (outermost first).
  RTree placeTree(const Place& pl, std::vector<Deref>* derefs = nullptr) {
    RTree cur = local_[pl.local];
    Place prefix{pl.local, {}};
    int32_t variant = -1;
    for (const Proj& pr : pl.proj) {
      TyId t = placeType(p_, b_, prefix).ty;
      const TyData& d = p_.types.get(t);
      bool ok = false;
      switch (pr.kind) {
        case ProjKind::Deref:
          if (cur.kind == RTree::Ref && !cur.kids.empty()) {
            if (derefs) derefs->push_back({cur.regions[0], cur.mut});
            RTree next = cur.kids[0];
            cur = std::move(next);
            ok = true;
          } else if (cur.kind == RTree::Adt && d.kind == TyKind::Adt && p_.interner.str(p_.adts[d.a].name) == "Box" && cur.kids.size() == 1) {
            RTree next = cur.kids[0];
            cur = std::move(next);
            ok = true;
          }
          variant = -1;
          break;
        case ProjKind::Field:
          if (cur.kind == RTree::Adt && d.kind == TyKind::Adt) {
            cur = fieldTree(cur, t, variant >= 0 ? uint32_t(variant) : 0, pr.a);
            ok = true;
          } else if (cur.kind == RTree::Agg && d.kind == TyKind::Tuple && pr.a < cur.kids.size()) {
            RTree next = cur.kids[pr.a];
            cur = std::move(next);
            ok = true;
          }
          variant = -1;
          break;
        case ProjKind::Index: case ProjKind::ConstIndex:
          if (cur.kind == RTree::Agg && d.kind == TyKind::Array && cur.kids.size() == 1) {
            RTree next = cur.kids[0];
            cur = std::move(next);
            ok = true;
          } else if (cur.kind == RTree::Adt && d.kind == TyKind::Adt && cur.kids.size() == 1) {
            std::string n = p_.interner.str(p_.adts[d.a].name);
            if (n == "Vec" || n == "VecDeque" || n == "__Slice" || n == "__SliceMut") {
              RTree next = cur.kids[0];
              cur = std::move(next);
              ok = true;
            }
          }
          variant = -1;
          break;
        case ProjKind::Downcast:
          variant = int32_t(pr.a);
          ok = true;
          break;
      }
      prefix.proj.push_back(pr);
      if (!ok) {
        if (derefs) derefs->clear();
        return fresh(placeType(p_, b_, pl).ty);
      }
    }
    return cur;
  }
  Cat into(const Place& dest) const {
    if (dest.local == 0 && dest.proj.empty()) return Cat::Return;
    return !dest.proj.empty() || b_.locals[dest.local].user ? Cat::Assignment : Cat::Boring;
  }
  void statement(const Statement& s) {
    const Rvalue& rv = s.rv;
    Cat c = into(s.dest);
    switch (rv.kind) {
      case RvKind::Use:
        if (!rv.ops.empty() && rv.ops[0].kind == Operand::Copy) relate(placeTree(rv.ops[0].place), placeTree(s.dest), false, c, s.span);
        break;
      case RvKind::Ref: {
        if (rv.op == 3) break;  // (a closure's capture)
        RTree dst = placeTree(s.dest);
        if (dst.kind != RTree::Ref || dst.kids.empty()) break;
        std::vector<Deref> derefs;
        RTree referent = placeTree(rv.place, &derefs);
        // a reborrow `&*p` lives no longer than the references it goes through, up to the first shared one
        for (size_t i = derefs.size(); i-- > 0;) {
          edge(derefs[i].region, dst.regions[0], c, s.span);
          if (!derefs[i].mut) break;
        }
        relate(referent, dst.kids[0], dst.mut, c, s.span);
        break;
      }
      case RvKind::Aggregate: {
        RTree dst = placeTree(s.dest);
        RTree agg = fresh(rv.ty);
        const TyData& d = p_.types.get(rv.ty);
        for (size_t i = 0; i < rv.ops.size(); ++i) {
          if (rv.ops[i].kind != Operand::Copy) continue;
          RTree field;
          if (agg.kind == RTree::Adt) field = fieldTree(agg, rv.ty, rv.variant, uint32_t(i));
          else if (agg.kind == RTree::Agg && d.kind == TyKind::Tuple && i < agg.kids.size()) field = agg.kids[i];
          else if (agg.kind == RTree::Agg && d.kind == TyKind::Array && !agg.kids.empty()) field = agg.kids[0];
          else continue;
          relate(placeTree(rv.ops[i].place), field, false, Cat::Boring, s.span);
        }
        relate(agg, dst, false, c, s.span);
        break;
      }
      case RvKind::Repeat: {
        RTree dst = placeTree(s.dest);
        if (!rv.ops.empty() && rv.ops[0].kind == Operand::Copy && dst.kind == RTree::Agg && !dst.kids.empty())
          relate(placeTree(rv.ops[0].place), dst.kids[0], false, c, s.span);
        break;
      }
      default: break;
    }
  }
  // A call: the callee's signature with fresh variables for its lifetimes; the arguments flow into its
  // parameters' types, its result's type into the destination.
  // rustc's span of a call: the whole expression (a method call's terminator has the method's name)
  Span callSpan(Span sp) {
    if (methodCalls_.empty()) {
      methodCalls_[{UINT32_MAX, 0}] = Span{};
      for (const ast::Expr& e : p_.ast.exprs)
        if (e.kind == ast::ExprKind::MethodCall && e.nameSpan.file == sp.file) methodCalls_[{e.nameSpan.file, e.nameSpan.lo}] = e.span;
    }
    auto it = methodCalls_.find({sp.file, sp.lo});
    return it != methodCalls_.end() ? it->second : sp;
  }
  std::map<std::pair<uint32_t, uint32_t>, Span> methodCalls_;
  void call(const Terminator& term) {
    if (!term.callee.valid()) return;
    Terminator t = term;  // (its span: the whole call)
    t.span = callSpan(term.span);
    const FnInfo& f = p_.fns[t.callee.v];
    RTree dst = placeTree(t.dest);
    Cat c = into(t.dest);
    if (f.ctorAdt >= 0) {  // `Some(y)`: a constructor used as a function
      RTree agg = fresh(placeType(p_, b_, t.dest).ty);
      if (agg.kind != RTree::Adt) return;
      for (size_t i = 0; i < t.args.size(); ++i)
        if (t.args[i].kind == Operand::Copy)
          relate(placeTree(t.args[i].place), fieldTree(agg, placeType(p_, b_, t.dest).ty, f.ctorVariant, uint32_t(i)), false, Cat::Boring, t.span);
      relate(agg, dst, false, c, t.span);
      return;
    }
    if (!f.item.valid() || f.closure >= 0) return;
    const ast::Item& it = p_.ast.item(f.item);
    if (it.kind != ast::ItemKind::Fn) return;
    Env env;
    env.typeParams = f.generics;
    const ast::Item* impl = f.implItem.valid() ? &p_.ast.item(f.implItem) : nullptr;
    if (impl) env.selfTy = impl->selfTy;
    std::vector<const ast::LifetimeParam*> lts;
    if (impl)
      for (const ast::LifetimeParam& l : impl->lifetimes) lts.push_back(&l);
    for (const ast::LifetimeParam& l : it.lifetimes) lts.push_back(&l);
    for (const ast::LifetimeParam* l : lts) env.lifetimes[sym(l->name)] = var();
    for (const ast::LifetimeParam* l : lts)  // the callee's where clauses hold at the call
      for (Symbol bnd : l->bounds) {
        auto to = env.lifetimes.find(sym(bnd));
        if (to != env.lifetimes.end()) edge(env.lifetimes[sym(l->name)], to->second, Cat::CallArgument, t.span);
      }
    size_t first = 0;
    int64_t selfRegion = -1;
    std::vector<RTree> params;
    auto argTy = [&](size_t i) { return t.args[i].kind == Operand::Copy ? placeType(p_, b_, t.args[i].place).ty : TyId{}; };
    if (it.selfKind != ast::SelfKind::None) {
      if (t.args.empty() || t.args[0].kind != Operand::Copy) return;
      TyId at = argTy(0);
      if (it.selfKind == ast::SelfKind::Value) {
        params.push_back(fromAst(env.selfTy, at, env));
      } else {
        if (p_.types.kind(at) != TyKind::Ref) return;
        RTree r;
        r.kind = RTree::Ref;
        r.mut = p_.types.get(at).sub;
        r.regions = {it.selfLifetime.empty() ? elided(env) : lifetime(env, it.selfLifetime)};
        selfRegion = r.regions[0];
        r.kids = {fromAst(env.selfTy, TyId{p_.types.get(at).a}, env)};
        params.push_back(r);
      }
      first = 1;
    }
    std::vector<uint32_t> inputs;
    for (size_t i = 0; i < it.params.size() && first + i < t.args.size(); ++i) {
      if (t.args[first + i].kind != Operand::Copy) {
        params.push_back(RTree{});
        continue;
      }
      params.push_back(fromAst(it.params[i].ty, argTy(first + i), env));
      collectAll(params.back(), inputs);
    }
    for (size_t i = 0; i < params.size() && i < t.args.size(); ++i)
      if (t.args[i].kind == Operand::Copy) relate(placeTree(t.args[i].place), params[i], false, Cat::CallArgument, t.span);
    if (selfRegion >= 0) {
      env.elideTo = selfRegion;
    } else {
      std::sort(inputs.begin(), inputs.end());
      inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
      if (inputs.size() == 1) env.elideTo = inputs[0];
    }
    if (!it.ret.valid()) return;
    RTree ret = fromAst(it.ret, placeType(p_, b_, t.dest).ty, env);
    relate(ret, dst, false, c, t.span);
  }
  void collectAll(const RTree& r, std::vector<uint32_t>& out) const {
    for (uint32_t v : r.regions) out.push_back(v);
    for (const RTree& k : r.kids) collectAll(k, out);
  }

  // ---- the check ----
  void check(const FnInfo& f, const ast::Item& it) {
    uint32_t n = numFree_;
    std::vector<std::vector<bool>> holds(n, std::vector<bool>(n, false));
    for (uint32_t i = 0; i < n; ++i) holds[i][i] = holds[0][i] = true;  // 'static outlives every region
    for (auto [x, y] : known_)
      if (x < n && y < n) holds[x][y] = true;
    for (uint32_t k = 0; k < n; ++k)
      for (uint32_t i = 0; i < n; ++i)
        if (holds[i][k])
          for (uint32_t j = 0; j < n; ++j)
            if (holds[k][j]) holds[i][j] = true;
    for (uint32_t x = 1; x < n; ++x) {
      if (freeName_[x].empty()) continue;
      // the free regions x must outlive: reached through the body's own variables
      std::vector<int64_t> from(out_.size(), -2);  // the edge's source, -1 at x
      std::vector<const Edge*> via(out_.size(), nullptr);
      std::deque<uint32_t> work{x};
      from[x] = -1;
      while (!work.empty()) {
        uint32_t v = work.front();
        work.pop_front();
        if (v != x && isFree(v)) continue;
        for (const Edge& e : out_[v])
          if (from[e.to] == -2) {
            from[e.to] = v;
            via[e.to] = &e;
            work.push_back(e.to);
          }
      }
      for (uint32_t y = 0; y < n; ++y) {
        if (y == x || from[y] == -2 || freeName_[y].empty() || holds[x][y]) continue;
        const Edge* blame = nullptr;
        for (uint32_t v = y; from[v] >= 0; v = uint32_t(from[v]))
          if (!blame || via[v]->cat >= blame->cat) blame = via[v];
        if (blame) report(f, it, x, y, *blame);
        break;  // rustc: the first failing relation of each region
      }
    }
  }
  void report(const FnInfo& f, const ast::Item& it, uint32_t x, uint32_t y, const Edge& e) {
    const std::string& xn = freeName_[x];
    const std::string& yn = freeName_[y];
    std::string label;
    if (e.cat == Cat::Return && y != 0) {
      std::string what = it.selfKind != ast::SelfKind::None ? "method" : f.implItem.valid() ? "associated function" : "function";
      label = what + " was supposed to return data with lifetime `" + yn + "` but it is returning data with lifetime `" + xn + "`";
    } else {
      static const char* kDesc[] = {"", "assignment ", "argument ", "type annotation ", "returning this value "};
      label = std::string(kDesc[uint8_t(e.cat)]) + "requires that `" + xn + "` must outlive `" + yn + "`";
    }
    Diagnostic& d = diags_.report(DiagKind::LifetimeMayNotLiveLongEnough, e.span, {}, label);
    if (freeSpan_[x].hi) d.label(freeSpan_[x], "lifetime `" + xn + "` defined here");
    if (freeSpan_[y].hi) d.label(freeSpan_[y], "lifetime `" + yn + "` defined here");
    if (y != 0) d.help("consider adding the following bound: `" + xn + ": " + yn + "`");
  }
};

}  // namespace

void checkRegions(const Program& p, const Body& body, DiagnosticBag& diags) { RegionChecker(p, body, diags).run(); }

}  // namespace wr::borrowck
