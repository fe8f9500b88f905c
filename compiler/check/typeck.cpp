// Type checker: one pass per function body, bidirectional (an expected type flows down, the actual type
// flows up), unification over inference variables, defaults and post-inference checks at the end of the
// body. See typeck.h.
#include "check/typeck.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

#include "check/exhaustive.h"

namespace wr {
using namespace ast;

namespace {

constexpr TyId kNoExpect{UINT32_MAX};

struct LoopCtx {
  Symbol label;
  bool isLoop = false;  // `loop` (can break with a value)
  bool isFor = false;
  TyId breakTy = kNoExpect;
  bool hasBreak = false;
};

struct PendingFmt {
  ExprId arg;
  uint32_t kind;
  Span span;
};

class Checker {
 public:
  Checker(Program& p, Resolver& r, DiagnosticBag& d) : p_(p), r_(r), diags_(d), t_(p.types) { dropSym_ = p.interner.intern("drop"); }

  Symbol dropSym_;  // `drop` (E0040 for `x.drop()`)
  TyId freshVar() { return newVar(InferKind::General); }
  void checkFn(FnId fid) {
    FnInfo& f = p_.fns[fid.v];
    if (!f.item.valid()) return;
    const Item& it = p_.ast.item(f.item);
    if (!it.body.valid()) return;  // a required trait method: a signature only
    fn_ = fid;
    runtime_ = f.runtime;
    body_ = &p_.bodies[fid.v];
    body_->fn = fid;
    body_->checked = true;
    resetBodyState(f.selfAdt, f.ret);
    Resolver::ScopeGuard scope(r_, r_.fnScope(fid));
    bool badSignature = isErr(f.ret);
    for (TyId pt : f.params) badSignature = badSignature || isErr(pt);
    lintsOff_ = badSignature;
    scopes_.emplace_back();
    size_t pi = 0;
    if (it.selfKind != SelfKind::None) {
      LocalVar lv;
      lv.name = p_.interner.intern("self");
      lv.ty = f.params[0];
      lv.span = it.selfSpan;
      lv.mut = it.selfMut;
      lv.used = true;  // rustc does not warn about unused self
      body_->paramLocals.push_back(addLocal(lv));
      body_->paramPats.push_back(PatId{});
      pi = 1;
    }
    for (const Param& prm : it.params) {
      TyId ty = pi < f.params.size() ? f.params[pi] : t_.error();
      uint32_t before = uint32_t(body_->locals.size());
      checkPat(prm.pat, ty, true);
      for (uint32_t li = before; li < body_->locals.size(); ++li) body_->locals[li].isParam = true;
      const Pat& pat = p_.ast.pat(prm.pat);
      body_->paramLocals.push_back(pat.kind == PatKind::Binding && !pat.sub.valid() && before < body_->locals.size() ? before : UINT32_MAX);
      body_->paramPats.push_back(prm.pat);
      ++pi;
    }
    TyId retTy = f.ret;
    bool opaque = t_.kind(f.ret) == TyKind::Opaque && t_.get(f.ret).a == fid.v;
    if (opaque) retTy = retTy_ = newVar(InferKind::General);  // `-> impl Trait`: the body decides the type
    TyId bodyTy = checkBlock(it.body, retTy);
    demandTail(it.body, bodyTy, retTy);  // records the tail's coercion (`&self.name` returned as `&str`)
    if (opaque) checkOpaqueBounds(fid, retTy, blockTailSpan(it.body));
    finish();
    if (opaque) {
      TyId hidden = normalize(resolve(retTy));
      p_.fns[fid.v].opaqueHidden = hasInfer(hidden) ? t_.error() : hidden;
    }
  }
  // The type a `-> impl Trait` body returns must satisfy the bounds callers rely on.
  void checkOpaqueBounds(FnId fid, TyId hidden, Span at) {
    const FnInfo& f = p_.fns[fid.v];
    for (const FnInfo::FnBound& fb : f.opaqueFnBounds) {
      std::optional<Sig> sig = callableSig(hidden);
      Sig want{fb.args, fb.ret, fb.kind};
      if (!sig) {
        if (!isErr(hidden))
          diags_.report(DiagKind::TraitBoundNotMet, at, {p_.tyName(resolve(hidden)), sigText(want, fb.kind)},
                        "expected an `" + sigText(want, fb.kind) + "` closure, found `" + p_.tyName(resolve(hidden)) + "`");
        continue;
      }
      bool ok = sig->args.size() == fb.args.size();
      for (size_t i = 0; ok && i < fb.args.size(); ++i) ok = unify(sig->args[i], fb.args[i]);
      if (ok) ok = unify(sig->ret, fb.ret);
      if (!ok) diags_.report(DiagKind::Mismatch, at, {}, "expected " + sigText(want, fb.kind) + ", found " + sigText(*sig, fb.kind));
    }
    for (uint32_t tr : f.opaqueTraits) {
      if (isErr(hidden) || implementsTrait(hidden, tr)) continue;
      std::string tn = p_.tyName(resolve(hidden));
      diags_.report(DiagKind::TraitBoundNotMet, at, {tn, p_.str(p_.traits[tr].name)},
                    "the trait `" + p_.str(p_.traits[tr].name) + "` is not implemented for `" + tn + "`");
    }
    for (const FnInfo::AssocBinding& ab : f.opaqueBindings) {
      TyId pr = normalize(t_.proj(ab.trait, ab.name, {resolve(hidden)}));
      if (!unify(pr, ab.ty))
        diags_.report(DiagKind::Mismatch, at, {}, "expected " + tyDesc(ab.ty) + ", found " + tyDesc(pr))
            .message = "type mismatch resolving `<" + p_.tyName(resolve(hidden)) + " as " + p_.str(p_.traits[ab.trait].name) + ">::" + p_.str(ab.name) + " == " + p_.tyName(ab.ty) + "`";
    }
  }

  // Aggregate constants (`const T: [u8; 4] = [...]`) are checked like a small body; MIR expands them.
  void checkConstInit(uint32_t ci) {
    const ConstInfo& c = p_.consts[ci];
    if (!c.item.valid() || c.value.kind != ConstValue::None || t_.kind(c.ty) == TyKind::Error) return;
    const Item& it = p_.ast.item(c.item);
    BodyInfo scratch;
    body_ = &scratch;
    runtime_ = p_.isRuntimeFile(it.span.file);
    resetBodyState(c.ownerAdt, c.ty);
    scopes_.emplace_back();
    TyId t = checkExpr(it.value, c.ty);
    demand(t, c.ty, p_.ast.expr(it.value).span);
    finish();
    body_ = nullptr;
  }

 private:
  // Per-body state: cleared before each function body or constant initializer.
  void resetBodyState(int32_t selfAdt, TyId ret) {
    scopes_.clear();
    loops_.clear();
    vars_.clear();
    varKinds_.clear();
    intLits_.clear();
    pendingFmt_.clear();
    pendingCasts_.clear();
    matches_.clear();
    lets_.clear();
    touchedExprs_.clear();
    touchedPats_.clear();
    rangePats_.clear();
    substExprs_.clear();
    closureStack_.clear();
    fnHints_.clear();
    pendingBounds_.clear();
    closuresInBody_.clear();
    selfAdt_ = selfAdt;
    retTy_ = ret;
    errorsAtStart_ = diags_.errorCount();
    lintsOff_ = false;
  }

  Program& p_;
  Resolver& r_;
  DiagnosticBag& diags_;
  TypeTable& t_;
  FnId fn_;
  bool runtime_ = false;
  BodyInfo* body_ = nullptr;
  int32_t selfAdt_ = -1;
  TyId retTy_;
  std::vector<std::vector<std::pair<Symbol, uint32_t>>> scopes_;
  std::vector<LoopCtx> loops_;
  std::vector<TyId> vars_;          // binding of each inference variable (kNoExpect = unbound)
  std::vector<InferKind> varKinds_;
  std::vector<std::pair<ExprId, bool>> intLits_;  // literal, negated
  std::vector<PendingFmt> pendingFmt_;
  std::vector<ExprId> pendingCasts_;
  std::vector<ExprId> matches_;
  std::vector<StmtId> lets_;
  std::vector<ExprId> touchedExprs_;
  std::vector<PatId> touchedPats_;
  std::vector<PatId> rangePats_;
  std::vector<ExprId> substExprs_;
  bool ambiguousNumeric_ = false;
  std::vector<TyId> debugStack_;
  TyId debugRecursive_{UINT32_MAX};
  size_t errorsAtStart_ = 0;
  bool lintsOff_ = false;

 public:
  bool syntaxErrors_ = false;  // lexer/parser errors: lints would only describe the recovery

 private:
  // When checking the 2nd+ alternative of an or-pattern, bindings reuse the locals of the first.
  std::vector<std::pair<Symbol, uint32_t>>* orBindings_ = nullptr;
  uint8_t bindModeCtx_ = 0;  // default binding mode while checking a pattern: 0 move, 1 ref, 2 ref mut

  // ---------------- inference ----------------
  TyId newVar(InferKind k) {
    vars_.push_back(kNoExpect);
    varKinds_.push_back(k);
    return t_.infer(k, uint32_t(vars_.size() - 1));
  }
  TyId shallow(TyId t) const {
    while (t_.kind(t) == TyKind::Infer) {
      TyId b = vars_[t_.get(t).a];
      if (b == kNoExpect) return t;
      t = b;
    }
    return t;
  }
  TyId resolve(TyId t) {
    t = shallow(t);
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Ref: return t_.ref(resolve(TyId{d.a}), d.sub);
      case TyKind::Array: { uint64_t len = d.len; return t_.array(resolve(TyId{t_.get(t).a}), len); }
      case TyKind::Tuple:
      case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj: {
        if (d.elems.empty()) return t;
        std::vector<TyId> elems = d.elems;
        uint32_t item = d.a;
        TyKind kind = d.kind;
        for (TyId& e : elems) e = resolve(e);
        if (kind == TyKind::Proj) return t_.proj(item, Symbol{uint32_t(t_.get(t).len)}, elems);
        return kind == TyKind::Tuple ? t_.tuple(elems) : t_.item(kind, item, elems);
      }
      default: return t;
    }
  }
  bool isErr(TyId t) const { return t_.kind(shallow(t)) == TyKind::Error; }

  // `&v[a..b]`, `&mut v[a..]`, `&s[..n]`: a slice of a Vec, array or slice, or a `&str` of a string.
  std::optional<TyId> checkRangeSlice(ExprId eid, const Expr& e) {
    ExprId ixId = e.a;
    while (p_.ast.expr(ixId).kind == ExprKind::Paren) ixId = p_.ast.expr(ixId).a;
    const Expr& ix = p_.ast.expr(ixId);
    if (ix.kind != ExprKind::Index || p_.ast.expr(ix.b).kind != ExprKind::Range) return std::nullopt;
    return rangeSliceType(eid, ixId, e.op);
  }
  // The slice (or &str) a range index gives; `eid` is marked for MIR (the `&` expression, or the index
  // itself when it is used bare as a receiver: `s[2..].to_string()`).
  TyId rangeSliceType(ExprId eid, ExprId ixId, bool mutRef) {
    const Expr& ix = p_.ast.expr(ixId);
    const Expr e{};
    (void)e;
    const Expr& range = p_.ast.expr(ix.b);
    TyId bt = checkExpr(ix.a, kNoExpect);
    TyId usize = t_.integer(IntKind::Usize);
    for (ExprId bound : {range.a, range.b})
      if (bound.valid()) demandExpr(bound, checkExpr(bound, usize), usize);
    record(ix.b, t_.unit());
    TyId base = shallow(bt);
    uint8_t derefs = 0;
    while (t_.kind(base) == TyKind::Ref || p_.isBox(resolve(base))) {
      base = shallow(p_.derefTarget(resolve(base)));
      ++derefs;
    }
    base = resolve(base);
    bool mut = mutRef;
    TyId out = t_.error();
    int32_t sl = r_.findLibAdt(p_.interner.intern(mut ? "__SliceMut" : "__Slice"));
    if (isVec(base) || t_.kind(base) == TyKind::Array || p_.sliceKind(base)) {
      TyId elem = t_.kind(base) == TyKind::Array ? TyId{t_.get(base).a} : t_.get(base).elems[0];
      if (mut && p_.sliceKind(base) == 1) {
        reportBehindRef(ixId, true);
      } else if (mut && derefs == 0) {
        checkPlace(ix.a, true);
      } else if (mut && t_.kind(shallow(bt)) == TyKind::Ref && !t_.get(shallow(bt)).sub) {
        reportBehindRef(ix.a, true);
      }
      if (sl >= 0) out = t_.adt(uint32_t(sl), {elem});
    } else if ((p_.isString(base) || t_.kind(base) == TyKind::Str) && !mut) {
      out = t_.strRef();
    } else if (!isErr(base)) {
      diags_.report(DiagKind::CannotIndex, p_.ast.expr(ix.a).span, {p_.tyName(resolve(bt))});
    }
    p_.exprAdj[ixId.v].derefs = derefs;
    p_.exprField[eid.v] = 20;  // a range slice (MIR: __index_range)
    if (eid != ixId) record(ixId, out);
    return out;
  }

  // The method a `for` loop calls on a collection that is not itself an iterator: `&C` -> C::iter,
  // `&mut C` -> C::iter_mut, `C` -> C::into_iter (the library's IntoIterator impls, by name).
  FnId collectionIterMethod(TyId t) {
    t = resolve(t);
    const char* name = "into_iter";
    if (t_.kind(t) == TyKind::Ref) {
      name = t_.get(t).sub ? "iter_mut" : "iter";
      t = resolve(TyId{t_.get(t).a});
    }
    if (t_.kind(t) != TyKind::Adt) return FnId{};
    const AdtInfo& a = p_.adts[t_.get(t).a];
    auto m = a.methods.find(p_.interner.intern(name).v);
    if (m == a.methods.end()) return FnId{};
    const FnInfo& f = p_.fns[m->second.v];
    if (f.generics.size() != f.numImplGenerics) return FnId{};
    return m->second;
  }

  // ---------------- associated types ----------------
  int32_t findRuntimeTrait(const char* name) {
    for (uint32_t i = 0; i < p_.traits.size(); ++i)
      if (p_.str(p_.traits[i].name) == name && p_.isRuntimeFile(p_.traits[i].span.file)) return int32_t(i);
    return -1;
  }
  // `t: Trait` holds: a bound of the current function, or an impl for the type.
  bool implementsTrait(TyId t, uint32_t trait) {
    t = resolve(t);
    if (t_.kind(t) == TyKind::Dyn) return p_.traitImplies(t_.get(t).a, trait);  // and its supertraits
    if (t_.kind(t) == TyKind::Param) {
      for (auto& [param, tr] : p_.fns[fn_.v].bounds) if (param == t_.get(t).a && tr == trait) return true;
      for (const TraitImpl& im : p_.traitImpls)  // a blanket impl (`impl<K: Hash + Eq> __Key<K> for K`)
        if (im.trait == trait && t_.kind(im.selfTy) == TyKind::Param) return true;
      return false;
    }
    if (t_.kind(t) == TyKind::Opaque) {
      for (uint32_t tr : p_.fns[t_.get(t).a].opaqueTraits) if (tr == trait) return true;
      return false;
    }
    if (derivesDefault(t, trait)) return true;
    std::vector<TyId> args;
    if (t_.kind(t) != TyKind::Infer && selectImpl(trait, t, {}, args) >= 0) return true;
    // `&x as &dyn Debug` for a type that derives Debug (or is printed by the compiler): the object's
    // dispatcher formats it with `{:?}` (prelude.rs, __derived_debug_fmt)
    TyId bad;
    return int32_t(trait) == p_.libTrait("__Debug") && t_.kind(t) != TyKind::Infer && isDebug(t, bad);
  }
  // `#[derive(Default)]` on a struct: `Default` holds without an impl (mir/ builds the value).
  bool derivesDefault(TyId t, uint32_t trait) {
    t = resolve(t);
    return t_.kind(t) == TyKind::Adt && p_.adts[t_.get(t).a].deriveDefault && p_.str(p_.traits[trait].name) == "Default" &&
           p_.isRuntimeFile(p_.traits[trait].span.file);
  }
  bool hasProj(TyId t) {
    t = shallow(t);
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Proj: case TyKind::Opaque: return d.kind == TyKind::Proj;
      case TyKind::Ref: case TyKind::Array: return hasProj(TyId{d.a});
      case TyKind::Tuple: case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: {
        std::vector<TyId> e = d.elems;
        for (TyId x : e) if (hasProj(x)) return true;
        return false;
      }
      default: return false;
    }
  }
  // `t` with each projection whose self type is known replaced by the impl's associated type (or by a
  // binding `I: Iterator<Item = u32>` of the current function); others stay (`I::Item` for `I: Iterator`).
  TyId normalize(TyId t) {
    if (!hasProj(t)) return t;
    return normInner(resolve(t), 0);
  }
  TyId normInner(TyId t, int depth) {
    const TyData d = t_.get(t);
    if (depth > 64) return t;
    switch (d.kind) {
      case TyKind::Ref: return t_.ref(normInner(TyId{d.a}, depth + 1), d.sub);
      case TyKind::Array: return t_.array(normInner(TyId{d.a}, depth + 1), d.len);
      case TyKind::Tuple: case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Dyn: {
        std::vector<TyId> e = d.elems;
        for (TyId& x : e) x = normInner(x, depth + 1);
        return d.kind == TyKind::Tuple ? t_.tuple(e) : t_.item(d.kind, d.a, e);
      }
      case TyKind::Proj: {
        std::vector<TyId> e = d.elems;
        for (TyId& x : e) x = normInner(resolve(x), depth + 1);
        Symbol name{uint32_t(d.len)};
        TyId self = e[0];
        if (t_.kind(self) == TyKind::Param && fn_.valid()) {
          for (const FnInfo::AssocBinding& ab : p_.fns[fn_.v].assocBindings)
            if (ab.param == t_.get(self).a && ab.trait == d.a && ab.name == name) return normInner(ab.ty, depth + 1);
          return t_.proj(d.a, name, e);
        }
        if (t_.kind(self) == TyKind::Opaque) {  // `impl Iterator<Item = u32>`
          const FnInfo& of = p_.fns[t_.get(self).a];
          for (const FnInfo::AssocBinding& ab : of.opaqueBindings)
            if (ab.trait == d.a && ab.name == name) return normInner(t_.subst(ab.ty, t_.get(self).elems), depth + 1);
          return t_.proj(d.a, name, e);
        }
        if (t_.kind(self) == TyKind::Dyn) {  // `dyn Iterator<Item = u32>`
          TyId bound = p_.dynAssoc(self, d.a, name);
          return bound.v != UINT32_MAX ? normInner(bound, depth + 1) : t_.proj(d.a, name, e);
        }
        if (t_.kind(self) == TyKind::Infer || t_.kind(self) == TyKind::Error || t_.kind(self) == TyKind::Proj) return t_.proj(d.a, name, e);
        std::vector<TyId> traitArgs(e.begin() + 1, e.end());
        std::vector<TyId> args;
        int32_t impl = selectImpl(d.a, self, traitArgs, args);
        if (impl < 0) return t_.proj(d.a, name, e);
        auto at = p_.traitImpls[size_t(impl)].assocTypes.find(name.v);
        if (at == p_.traitImpls[size_t(impl)].assocTypes.end()) return t_.proj(d.a, name, e);
        return normInner(resolve(t_.subst(at->second, args)), depth + 1);
      }
      default: return t;
    }
  }
  // The impl of `trait` for `self`: its generic arguments matched, the rest fresh variables solved through
  // the impl's Fn bounds (Map's `B` from its closure's result). -1 if none.
  int32_t selectImpl(uint32_t trait, TyId self, const std::vector<TyId>& traitArgs, std::vector<TyId>& args) {
    self = resolve(self);
    // candidates by self type; the trait's arguments only choose among several (String: FromIterator<char>,
    // FromIterator<&str>...), and only where they are known
    std::vector<std::pair<size_t, std::vector<TyId>>> cands;
    for (size_t i = 0; i < p_.traitImpls.size(); ++i) {
      const TraitImpl& im = p_.traitImpls[i];
      if (im.trait != trait) continue;
      std::vector<TyId> a(im.generics.size(), TyId{UINT32_MAX});
      if (t_.match(im.selfTy, self, a) && blanketOk(im, self)) cands.push_back({i, a});
    }
    if (cands.size() > 1) {
      std::vector<std::pair<size_t, std::vector<TyId>>> kept;
      for (auto& [i, a] : cands) {
        const TraitImpl& im = p_.traitImpls[i];
        std::vector<TyId> trial = a;
        bool ok = true;
        for (size_t k = 0; ok && k < traitArgs.size() && k < im.traitArgs.size(); ++k) {
          TyId ta = resolve(traitArgs[k]);
          if (!hasInfer(ta)) ok = t_.match(im.traitArgs[k], ta, trial);
        }
        if (ok) kept.push_back({i, trial});
      }
      cands = kept;
    }
    if (cands.empty()) return -1;
    const TraitImpl& im = p_.traitImpls[cands[0].first];
    args = cands[0].second;
    for (TyId& a : args) if (a.v == UINT32_MAX) a = newVar(InferKind::General);
    solveImplFnBounds(im, args);
    return int32_t(cands[0].first);
  }
  // A blanket impl over callables (`impl<F: Fn(char) -> bool> __Pattern for F`) applies only to callables.
  bool blanketOk(const TraitImpl& im, TyId self) {
    if (t_.kind(im.selfTy) != TyKind::Param) return true;
    for (const TraitImpl::FnBoundRef& fb : im.fnBounds)
      if (fb.param == t_.get(im.selfTy).a && !callableSig(self)) return false;
    // `impl<I: Iterator> IntoIterator for I` applies only to iterators
    TyId rs = resolve(self);
    for (auto& [param, trait] : im.bounds)
      if (param == t_.get(im.selfTy).a && t_.kind(rs) != TyKind::Infer && !implementsTrait(rs, trait)) return false;
    return true;
  }
  void solveImplFnBounds(const TraitImpl& im, const std::vector<TyId>& args) {
    for (const TraitImpl::Binding& b : im.assocBindings) {  // `I: Iterator<Item = &T>`: T from I's items
      if (b.param >= args.size()) continue;
      TyId pr = normalize(t_.proj(b.trait, b.name, {args[b.param]}));
      if (t_.kind(pr) != TyKind::Proj) tryUnify(t_.subst(b.ty, args), pr);
    }
    for (const TraitImpl::FnBoundRef& fb : im.fnBounds) {
      if (fb.param >= args.size()) continue;
      std::optional<Sig> sig = callableSig(args[fb.param]);
      if (!sig || sig->args.size() != fb.args.size()) continue;
      tryUnify(t_.subst(fb.ret, args), sig->ret);
    }
  }

  bool unify(TyId a, TyId b) {
    a = shallow(a);
    b = shallow(b);
    if (a == b) return true;
    if (t_.kind(a) == TyKind::Proj || t_.kind(b) == TyKind::Proj) {  // compare what the projections stand for
      TyId na = t_.kind(a) == TyKind::Proj ? normalize(a) : a, nb = t_.kind(b) == TyKind::Proj ? normalize(b) : b;
      if (na != a || nb != b) return unify(na, nb);
    }
    TyKind ka = t_.kind(a), kb = t_.kind(b);
    if (ka == TyKind::Error || kb == TyKind::Error) return true;
    if (ka == TyKind::Infer) return bindVar(a, b);
    if (kb == TyKind::Infer) return bindVar(b, a);
    if (ka != kb) return false;
    const TyData da = t_.get(a), db = t_.get(b);
    switch (ka) {
      case TyKind::Ref: return da.sub == db.sub && unify(TyId{da.a}, TyId{db.a});
      case TyKind::Array: return da.len == db.len && unify(TyId{da.a}, TyId{db.a});
      case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj:
        if (da.a != db.a || da.len != db.len) return false;
        [[fallthrough]];
      case TyKind::Tuple:
        if (da.elems.size() != db.elems.size()) return false;
        for (size_t i = 0; i < da.elems.size(); ++i)
          if (!unify(da.elems[i], db.elems[i])) return false;
        return true;
      default: return false;  // distinct interned leaf types
    }
  }
  bool bindVar(TyId var, TyId to) {
    InferKind k = InferKind(t_.get(var).sub);
    uint32_t v = t_.get(var).a;
    TyKind tk = t_.kind(to);
    if (tk == TyKind::Infer) {
      InferKind k2 = InferKind(t_.get(to).sub);
      if (k != InferKind::General && k2 != InferKind::General && k != k2) return false;
      if (k2 == InferKind::General && k != InferKind::General) {  // keep the more specific kind
        vars_[t_.get(to).a] = var;
        return true;
      }
      vars_[v] = to;
      return true;
    }
    if (k == InferKind::Int && tk != TyKind::Int) return false;
    if (k == InferKind::Float && tk != TyKind::Float) return false;
    if (tk == TyKind::Never && k != InferKind::General) return false;
    vars_[v] = to;
    return true;
  }
  // Unifies if possible, undoing every binding on failure (an expectation is only a hint).
  void tryUnify(TyId a, TyId b) {
    // An expected trait object (`Box<dyn Shape>`, `&dyn Shape`) does not guide inference: the value is
    // built with its concrete type and coerced afterwards (`Box::new(Circle { .. })`).
    TyId rb = resolve(b);
    if ((t_.kind(rb) == TyKind::Ref && t_.kind(resolve(TyId{t_.get(rb).a})) == TyKind::Dyn) ||
        (t_.kind(rb) == TyKind::Adt && t_.get(rb).elems.size() == 1 && t_.kind(resolve(t_.get(rb).elems[0])) == TyKind::Dyn))
      return;
    std::vector<TyId> saved = vars_;
    if (!unify(a, b)) vars_ = saved;
  }
  // actual may coerce to expected: `!` to anything, `&mut T` to `&T`.
  TyId lastDynTarget_;
  std::pair<TyId, TyId> dynCastFail_{kNoExpect, kNoExpect};  // (from, to) of the last failed unsizing
  bool coerce(TyId actual, TyId expected) {
    TyId a = shallow(actual), e = shallow(expected);
    if (t_.kind(a) == TyKind::Never) return true;
    if (p_.isStrRef(e) && t_.kind(a) == TyKind::Ref && p_.isString(shallow(TyId{t_.get(a).a}))) {
      lastStrCoerce_ = 1;  // &String where &str is expected: the caller records it on the expression
      return true;
    }
    if (t_.kind(e) == TyKind::Ref && t_.kind(a) == TyKind::Ref && p_.isBox(resolve(TyId{t_.get(a).a})) &&
        !p_.isBox(resolve(TyId{t_.get(e).a})) && (t_.get(a).sub || !t_.get(e).sub)) {
      TyId inner = t_.get(resolve(TyId{t_.get(a).a})).elems[0];
      if (unify(inner, TyId{t_.get(e).a})) {
        lastStrCoerce_ = 2;  // &Box<T> where &T is expected (deref coercion)
        return true;
      }
    }
    if (int ek = p_.sliceKind(resolve(e)); ek) {
      // unsizing to a slice: `&Vec<T>` / `&[T; N]` (and `&mut` ones) / `&mut [T]` where `&[T]` is expected
      TyId eelem = t_.get(resolve(e)).elems[0];
      TyId ra = resolve(a);
      if (t_.kind(ra) == TyKind::Ref && (ek == 1 || t_.get(ra).sub)) {
        TyId inner = resolve(TyId{t_.get(ra).a});
        std::vector<TyId> saved0 = vars_;
        if (isVec(inner) && !t_.get(inner).elems.empty() && unify(t_.get(inner).elems[0], eelem)) {
          lastStrCoerce_ = ek == 1 ? 6 : 7;
          return true;
        }
        vars_ = saved0;
        if (t_.kind(inner) == TyKind::Array && unify(TyId{t_.get(inner).a}, eelem)) {
          lastStrCoerce_ = ek == 1 ? 8 : 9;
          return true;
        }
        vars_ = saved0;
      }
      if (ek == 1 && p_.sliceKind(ra) == 2) {
        std::vector<TyId> saved0 = vars_;
        if (unify(t_.get(ra).elems[0], eelem)) {
          lastStrCoerce_ = 10;
          return true;
        }
        vars_ = saved0;
      }
    }
    // unsizing to a trait object: `&T` / `&mut T` where `&dyn Trait` is expected, `Box<T>` where
    // `Box<dyn Trait>` is (T implements the trait)
    {
      TyId re = resolve(e), ra = resolve(a);
      bool refs = t_.kind(re) == TyKind::Ref && t_.kind(ra) == TyKind::Ref && (t_.get(ra).sub || !t_.get(re).sub);
      bool boxes = p_.isBox(re) && p_.isBox(ra) && p_.libKind(t_.get(re).a) == Program::LibKind::Box &&
                   p_.libKind(t_.get(ra).a) == Program::LibKind::Box && !t_.get(re).elems.empty() && !t_.get(ra).elems.empty();
      if (refs || boxes) {
        TyId target = refs ? resolve(TyId{t_.get(re).a}) : resolve(t_.get(re).elems[0]);
        TyId source = refs ? resolve(TyId{t_.get(ra).a}) : resolve(t_.get(ra).elems[0]);
        bool known = t_.kind(source) != TyKind::Infer || varKinds_[t_.get(source).a] != InferKind::General;
        if (p_.dynFnKind(target) >= 0 && t_.kind(source) != TyKind::Dyn && known) {
          // a closure or function as `dyn Fn(A) -> R`: its signature must be that one, and it must not
          // need more than the object allows (an FnMut closure is not a `dyn Fn`)
          std::optional<Sig> sig = callableSig(source);
          const TyData td = t_.get(target);
          std::vector<TyId> saved = vars_;
          bool ok = sig && sig->args.size() + 1 == td.elems.size() && sig->kind <= p_.dynFnKind(target);
          for (size_t i = 0; ok && i < sig->args.size(); ++i) ok = unify(td.elems[i + 1], sig->args[i]);
          ok = ok && unify(sig->ret, td.elems[0]);
          if (!ok) {
            vars_ = saved;
            dynCastFail_ = {ra, re};
            return false;
          }
          lastStrCoerce_ = refs ? 11 : 12;
          lastDynTarget_ = target;
          return true;
        }
        if (t_.kind(target) == TyKind::Dyn && t_.kind(source) != TyKind::Dyn && known) {
          // the impl for the object's trait arguments (`dyn Container<i32>`), whose associated types are
          // the object's bindings (`dyn Iterator<Item = u32>`)
          std::vector<TyId> implArgs;
          const TyData td = t_.get(target);
          const TraitInfo& ti = p_.traits[td.a];
          size_t ng = std::min(ti.generics.size(), td.elems.size());
          std::vector<TyId> targs(td.elems.begin(), td.elems.begin() + long(ng));
          bool fits = targs.empty() ? implementsTrait(source, td.a) : selectImpl(td.a, source, targs, implArgs) >= 0;
          for (size_t i = 0; fits && i < ti.assocTypes.size() && ng + i < td.elems.size(); ++i) {
            std::vector<TyId> pe{source};
            pe.insert(pe.end(), targs.begin(), targs.end());
            fits = unify(normalize(t_.proj(td.a, ti.assocTypes[i], pe)), td.elems[ng + i]);
          }
          if (!fits) {
            dynCastFail_ = {ra, re};  // demand() reports E0277, not a mismatch
            return false;
          }
          lastStrCoerce_ = refs ? 11 : 12;
          lastDynTarget_ = target;
          return true;
        }
      }
    }
    if (t_.kind(a) == TyKind::Ref && t_.kind(e) == TyKind::Ref && t_.get(a).sub == 1 && t_.get(e).sub == 0)
      return unify(TyId{t_.get(a).a}, TyId{t_.get(e).a});
    std::vector<TyId> saved = vars_;
    if (unify(actual, expected)) return true;
    vars_ = saved;
    // `&&str` where `&str` is expected (deref coercion through references): `*x` is passed
    if (t_.kind(a) == TyKind::Ref && t_.kind(e) == TyKind::Ref) {
      TyId x = shallow(TyId{t_.get(a).a});
      bool mutOk = t_.get(a).sub || !t_.get(e).sub;
      for (uint8_t n = 1; n <= 4 && t_.kind(x) == TyKind::Ref; ++n) {
        mutOk = mutOk && (t_.get(x).sub || !t_.get(e).sub);
        if (mutOk && unify(x, expected)) {
          lastStrCoerce_ = uint8_t(2 + n);
          return true;
        }
        vars_ = saved;
        x = shallow(TyId{t_.get(x).a});
      }
    }
    return unify(actual, expected);  // fails again: keeps the first failure's bindings for the message
  }
  std::string tyDesc(TyId t) {
    t = resolve(t);
    if (t_.kind(t) == TyKind::Infer) {
      InferKind k = InferKind(t_.get(t).sub);
      if (k == InferKind::Int) return "integer";
      if (k == InferKind::Float) return "floating-point number";
    }
    return "`" + p_.tyName(t) + "`";
  }
  std::string tyQuoted(TyId t) { return "`" + p_.tyName(resolve(t)) + "`"; }
  // Reports E0308 unless `actual` coerces to `expected`. Returns false on mismatch.
  bool demand(TyId actual, TyId expected, Span span, const char* why = nullptr) {
    if (expected == kNoExpect) return true;
    dynCastFail_ = {kNoExpect, kNoExpect};
    if (coerce(actual, expected)) return true;
    if (dynCastFail_.first != kNoExpect) {  // `Box<Tri>` to `Box<dyn Shape>` without `impl Shape for Tri`
      auto [from, to] = dynCastFail_;
      TyId src = t_.kind(from) == TyKind::Ref ? TyId{t_.get(from).a} : t_.get(from).elems[0];
      TyId dyn = t_.kind(to) == TyKind::Ref ? resolve(TyId{t_.get(to).a}) : resolve(t_.get(to).elems[0]);
      if (p_.dynFnKind(dyn) >= 0) return reportDynFnCast(resolve(src), dyn, from, to, span);
      std::string tn = p_.tyName(resolve(src)), tr = p_.str(p_.traits[t_.get(dyn).a].name);
      diags_.report(DiagKind::TraitBoundNotMet, span, {tn, tr}, "the trait `" + tr + "` is not implemented for `" + tn + "`")
          .note("required for the cast from " + tyQuoted(from) + " to " + tyQuoted(to));
      return false;
    }
    Diagnostic& d = diags_.report(DiagKind::Mismatch, span, {}, "expected " + tyDesc(expected) + ", found " + tyDesc(actual));
    if (why) d.note(why);
    return false;
  }

  // A closure or function that cannot become this `dyn Fn(..)`: a closure that mutates what it captures
  // (rustc: E0594 / E0596 in a `Fn` closure), or another signature (E0631).
  bool reportDynFnCast(TyId src, TyId dyn, TyId from, TyId to, Span span) {
    std::optional<Sig> sig = callableSig(src);
    int want = p_.dynFnKind(dyn);
    if (sig && sig->kind > want && t_.kind(src) == TyKind::Closure) {
      const ClosureInfo& cl = p_.closures[t_.get(src).a];
      for (const ClosureInfo::Capture& c : cl.captures) {
        if (!c.mutated) continue;
        std::string n = p_.str(body_->locals[c.local].name);
        // an assignment to it (`n += 1`: rustc points at the whole assignment), else a mutable borrow
        Span at = c.mutSpan;
        bool assign = false;
        for (const ast::Expr& x : p_.ast.exprs)
          if ((x.kind == ExprKind::Assign || x.kind == ExprKind::AssignOp) && x.a.valid() && p_.ast.expr(x.a).span == c.mutSpan) {
            at = x.span;
            assign = true;
            break;
          }
        std::string what = want == 0 ? "`Fn`" : "`FnMut`";
        Diagnostic& d = assign ? diags_.report(DiagKind::AssignCaptured, at, {n}, "cannot assign")
                               : diags_.report(DiagKind::BorrowMutOfImmutable, at, {n}, "cannot borrow as mutable");
        d.message = assign ? "cannot assign to `" + n + "`, as it is a captured variable in a " + what + " closure"
                           : "cannot borrow `" + n + "` as mutable, as it is a captured variable in a " + what + " closure";
        d.label(body_->locals[c.local].span, "`" + n + "` declared here, outside the closure");
        d.label(closureParamsSpan(cl.expr), "in this closure");
        return false;
      }
    }
    auto sigOf = [&](const std::vector<TyId>& args) {
      std::string s = "fn(";
      for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + p_.tyName(resolve(args[i]));
      return s + ") -> _";
    };
    const TyData dd = t_.get(dyn);
    Diagnostic& d = diags_.report(DiagKind::ClosureArgMismatch, span, {}, "expected due to this");
    if (sig && t_.kind(src) == TyKind::Closure) d.label(closureParamsSpan(p_.closures[t_.get(src).a].expr), "found signature defined here");
    d.note("expected closure signature `" + sigOf(std::vector<TyId>(dd.elems.begin() + 1, dd.elems.end())) + "`\n             found closure signature `" +
           (sig ? sigOf(sig->args) : p_.tyName(src)) + "`");
    d.note("required for the cast from " + tyQuoted(from) + " to " + tyQuoted(to));
    return false;
  }
  // The impl of the prelude's __Display / __Debug for a concrete type, or -1.
  int32_t userFmtImpl(TyId t, const char* trait) {
    int32_t ti = p_.libTrait(trait);
    return ti < 0 ? -1 : p_.findTraitImpl(uint32_t(ti), resolve(t));
  }
  // `dyn Trait` whose trait is (or has the supertrait) the prelude's `trait` (`trait Animal: Display`).
  bool dynHasFmt(TyId t, const char* trait) {
    t = resolve(t);
    int32_t ti = p_.libTrait(trait);
    return t_.kind(t) == TyKind::Dyn && ti >= 0 && p_.traitImplies(t_.get(t).a, uint32_t(ti));
  }
  TyId derefAll(TyId t) {
    t = shallow(t);
    while (t_.kind(t) == TyKind::Ref) t = shallow(TyId{t_.get(t).a});
    return t;
  }
  bool stringLike(TyId t) {
    TyId d = derefAll(t);
    return t_.kind(d) == TyKind::Str || p_.isString(d);
  }
  std::vector<TyId> cloneStack_;
  bool isClone(TyId t) {
    t = shallow(t);
    switch (t_.kind(t)) {
      case TyKind::Int: case TyKind::Float: case TyKind::Bool: case TyKind::Char: case TyKind::Ref: return true;
      case TyKind::Array: return isClone(TyId{t_.get(t).a});
      case TyKind::Infer: return t_.get(t).sub != uint8_t(InferKind::General);  // {integer} / {float}
      case TyKind::Param:  // `T: Clone` / `T: Copy` on the function being checked
        for (uint32_t p : p_.fns[fn_.v].cloneBounds) if (p == t_.get(t).a) return true;
        return false;
      case TyKind::Tuple:
        for (TyId e : t_.get(t).elems) if (!isClone(e)) return false;
        return true;
      case TyKind::Adt: {
        if (p_.isString(t)) return true;
        if (p_.sliceKind(t)) return true;  // a slice reference is Copy
        if (p_.isRc(t)) return true;       // a clone of an Rc shares the value
        if (p_.hasRuntimeMethod(t, "__handle_clone")) return true;  // wasm::ExternRef<T>: a new slot, whatever T
        if (p_.hasDeepClone(t)) {  // maps and sets: Clone when their keys and values are
          for (TyId seen : cloneStack_) if (seen == t) return true;
          cloneStack_.push_back(t);
          bool ok = true;
          for (TyId x : t_.get(t).elems) ok = ok && isClone(x);
          cloneStack_.pop_back();
          return ok;
        }
        if (p_.isRc(t)) return true;
        if (isVec(t) || p_.isBox(t)) return t_.get(t).elems.empty() || isClone(t_.get(t).elems[0]);
        const AdtInfo& a = p_.adts[t_.get(t).a];
        if (!a.deriveClone) return false;
        for (TyId seen : cloneStack_) if (seen == t) return true;  // recursive through a Box
        cloneStack_.push_back(t);
        bool ok = true;
        for (uint32_t v = 0; v < a.variants.size() && ok; ++v)
          for (TyId f : p_.variantFieldTys(t, v)) if (!isClone(f)) { ok = false; break; }
        cloneStack_.pop_back();
        return ok;
      }
      default: return false;
    }
  }
  bool isVec(TyId t) { return p_.isVec(t); }
  // `t: Hash`: integers, bool, char, strings, references, tuples and arrays of them, Vec, derived ADTs.
  bool isHash(TyId t, int depth = 0) {
    t = resolve(t);
    if (depth > 32) return true;
    switch (t_.kind(t)) {
      case TyKind::Int: case TyKind::Bool: case TyKind::Char: case TyKind::Str: case TyKind::Error: return true;
      case TyKind::Infer: return t_.get(t).sub == uint8_t(InferKind::Int);
      case TyKind::Ref: case TyKind::Array: return isHash(TyId{t_.get(t).a}, depth + 1);
      case TyKind::Tuple:
        for (TyId e : t_.get(t).elems) if (!isHash(e, depth + 1)) return false;
        return true;
      case TyKind::Param:
        for (uint32_t p : p_.fns[fn_.v].hashBounds) if (p == t_.get(t).a) return true;
        return false;
      case TyKind::Adt: {
        if (p_.isString(t)) return true;
        if (p_.isSeq(t) || p_.isBox(t)) return t_.get(t).elems.empty() || isHash(t_.get(t).elems[0], depth + 1);
        const AdtInfo& a = p_.adts[t_.get(t).a];
        if (!a.deriveHash) return false;
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId f : p_.variantFieldTys(t, v)) if (!isHash(f, depth + 1)) return false;
        return true;
      }
      default: return false;
    }
  }

  // ---------------- generics ----------------
  std::vector<TyId> segArgs(const PathSeg& seg) {
    std::vector<TyId> v;
    for (uint32_t i = 0; i < seg.numArgs; ++i) v.push_back(r_.resolveType(p_.ast.typeLists[seg.args + i]));
    return v;
  }
  // `n` generic arguments: explicit ones from a path segment (`Pair::<i32>`), else fresh inference variables.
  std::vector<TyId> genericArgs(size_t n, const PathSeg* seg, Span at) {
    std::vector<TyId> v;
    if (seg && seg->hasArgs) {
      v = segArgs(*seg);
      if (v.size() != n) {
        diags_.report(DiagKind::WrongGenericCount, at, {"this item", std::to_string(n) + " generic argument" + (n == 1 ? "" : "s"), std::to_string(v.size())}, "");
        v.clear();
      }
    }
    while (v.size() < n) v.push_back(newVar(InferKind::General));
    return v;
  }
  // A value of ADT `a` named by `path`: `Pair { .. }`, `Pair::<u8>(..)`, `Opt::None`.
  TyId adtInstance(uint32_t a, const Path& path, Span at) {
    const AdtInfo& adt = p_.adts[a];
    if (adt.generics.empty()) return t_.adt(a);
    // the ADT's own segment carries the arguments (`Opt::<u8>::None` or `Pair::<u8> {..}`); `Self` means the impl's
    const PathSeg* seg = nullptr;
    for (const PathSeg& sg : path.segs)
      if (sg.hasArgs) seg = &sg;
    if (!path.segs.empty() && path.segs[0].isSelfType && selfAdt_ == int32_t(a)) {
      const FnInfo& f = p_.fns[fn_.v];
      if (f.selfTy.v != 0) return f.selfTy;
    }
    return t_.adt(a, genericArgs(adt.generics.size(), seg, at));
  }
  // Generic arguments for a call of `f` through `path` (impl's then own parameters).
  std::vector<TyId> fnArgs(const FnInfo& f, const Path* path, Span at) {
    std::vector<TyId> v;
    const PathSeg* implSeg = path && path->segs.size() >= 2 ? &path->segs[path->segs.size() - 2] : nullptr;
    bool selfCall = path && path->segs.size() >= 2 && path->segs[0].isSelfType && selfAdt_ >= 0 && selfAdt_ == f.selfAdt;
    if (selfCall) {
      v = paramsOfCurrentImpl(f.numImplGenerics);
    } else {
      std::vector<TyId> impl = genericArgs(f.numImplGenerics, implSeg, at);
      v = impl;
    }
    const PathSeg* own = path ? &path->segs.back() : nullptr;
    std::vector<TyId> mine = genericArgs(f.generics.size() - f.numImplGenerics, own, at);
    v.insert(v.end(), mine.begin(), mine.end());
    return v;
  }
  std::vector<TyId> paramsOfCurrentImpl(uint32_t n) {
    std::vector<TyId> v;
    const FnInfo& cur = p_.fns[fn_.v];
    for (uint32_t i = 0; i < n; ++i) v.push_back(i < cur.generics.size() ? t_.param(i, cur.generics[i]) : newVar(InferKind::General));
    return v;
  }
  std::vector<TyId> substAll(const std::vector<TyId>& tys, const std::vector<TyId>& args) {
    std::vector<TyId> out;
    for (TyId t : tys) out.push_back(t_.subst(t, args));
    return out;
  }
  void recordSubsts(ExprId e, const std::vector<TyId>& args) {
    if (args.empty()) return;
    p_.exprSubsts[e.v] = args;
    substExprs_.push_back(e);
  }

  // ---------------- locals and scopes ----------------
  uint32_t addLocal(const LocalVar& lv) {
    body_->locals.push_back(lv);
    uint32_t id = uint32_t(body_->locals.size() - 1);
    scopes_.back().push_back({lv.name, id});
    return id;
  }
  int64_t lookupLocal(Symbol s, Span at = {}) {
    for (size_t i = scopes_.size(); i-- > 0;)
      for (size_t j = scopes_[i].size(); j-- > 0;)
        if (scopes_[i][j].first == s) {
          noteCapture(scopes_[i][j].second, at);
          return scopes_[i][j].second;
        }
    return -1;
  }

  // ---------------- recording ----------------
  TyId record(ExprId e, TyId t) {
    p_.exprTy[e.v] = t;
    touchedExprs_.push_back(e);
    return t;
  }
  Span blockTailSpan(ExprId block) {
    const Expr& b = p_.ast.expr(block);
    if (b.kind == ExprKind::Block && b.a.valid()) return p_.ast.expr(b.a).span;
    return b.span;
  }

  // ---------------- expressions ----------------
  TyId checkExpr(ExprId eid, TyId expect) {
    TyId t = checkExprInner(eid, expect);
    if (hasProj(t)) t = normalize(t);
    return record(eid, t);
  }
  // Checks and demands in one step.
  uint8_t lastStrCoerce_ = 0;
  // demand() for an expression: also records a `&String` -> `&str` coercion on it for MIR.
  bool demandExpr(ExprId eid, TyId actual, TyId expected) {
    lastStrCoerce_ = 0;
    bool ok = demand(actual, expected, p_.ast.expr(eid).span);
    if (ok && lastStrCoerce_) p_.strCoerce[eid.v] = lastStrCoerce_;
    if (ok && lastStrCoerce_ >= 11) p_.dynTarget[eid.v] = lastDynTarget_;
    lastStrCoerce_ = 0;
    return ok;
  }
  TyId checkExprCoerce(ExprId eid, TyId expect) {
    TyId t = checkExpr(eid, expect);
    demand(t, expect, p_.ast.expr(eid).span);
    return expect == kNoExpect ? t : (t_.kind(shallow(t)) == TyKind::Never ? t : expect);
  }

  int unsafeDepth_ = 0;  // inside `unsafe { }`
  TyId checkBlock(ExprId bid, TyId expect) {
    struct UnsafeScope {
      int& d;
      bool on;
      ~UnsafeScope() { if (on) --d; }
    } us{unsafeDepth_, p_.ast.expr(bid).op == 1};
    if (us.on) ++unsafeDepth_;
    const Expr& b = p_.ast.expr(bid);
    scopes_.emplace_back();
    bool diverges = false;
    for (uint32_t i = 0; i < b.listLen; ++i) {
      StmtId sid = p_.ast.stmtLists[b.list + i];
      const Stmt& s = p_.ast.stmt(sid);
      switch (s.kind) {
        case StmtKind::Let: {
          TyId declared = s.ty.valid() ? r_.resolveType(s.ty, selfAdt_) : kNoExpect;
          TyId ty = declared;
          if (s.init.valid()) {
            TyId it = checkExpr(s.init, declared);
            if (declared != kNoExpect) demandExpr(s.init, it, declared);
            else ty = it;
            if (t_.kind(shallow(it)) == TyKind::Never) diverges = true;
          }
          if (ty == kNoExpect) ty = newVar(InferKind::General);
          if (s.elseBlock.valid()) {  // checked before the pattern: its bindings are not in scope there
            TyId et = checkExpr(s.elseBlock, t_.never());
            if (!isErr(et) && t_.kind(shallow(et)) != TyKind::Never) {
              diags_.report(DiagKind::Mismatch, p_.ast.expr(s.elseBlock).span, {}, "expected `!`, found " + tyDesc(et)).message =
                  "`else` clause of `let...else` does not diverge";
              const_cast<Diagnostic&>(diags_.all().back())
                  .help("try adding a diverging expression, such as `return` or `panic!(..)`")
                  .help("...or use `match` instead of `let...else`");
            }
          }
          checkPat(s.pat, ty, true);
          if (!s.init.valid()) {
            const Pat& pat = p_.ast.pat(s.pat);
            if (pat.kind == PatKind::Binding) body_->locals.back().declaredUninit = true;
          }
          if (!s.elseBlock.valid()) lets_.push_back(sid);  // let-else patterns are refutable
          break;
        }
        case StmtKind::Expr:
        case StmtKind::Semi: {
          const Expr& e = p_.ast.expr(s.init);
          TyId expectStmt = kNoExpect;
          // A block-like expression statement without `;` must have type `()`.
          if (s.kind == StmtKind::Expr) expectStmt = t_.unit();
          TyId t = checkExpr(s.init, s.kind == StmtKind::Expr && (e.kind == ExprKind::If || e.kind == ExprKind::Match || e.kind == ExprKind::Block) ? expectStmt : kNoExpect);
          if (s.kind == StmtKind::Expr) demand(t, t_.unit(), e.kind == ExprKind::Block ? blockTailSpan(s.init) : e.span);
          if (t_.kind(shallow(t)) == TyKind::Never) diverges = true;
          break;
        }
        case StmtKind::Item:
        case StmtKind::Empty: break;
      }
    }
    TyId result;
    if (b.a.valid()) {
      result = checkExpr(b.a, expect);
    } else {
      result = diverges ? t_.never() : t_.unit();
    }
    // Unused variables of this scope.
    scopes_.pop_back();
    return result;
  }

  TyId checkExprInner(ExprId eid, TyId expect) {
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::Error: return t_.error();
      case ExprKind::IntLit: {
        intLits_.push_back({eid, false});
        if (!e.suffix.empty()) {
          TyId st;
          std::string suf = p_.str(e.suffix);
          if (suf == "f32") return t_.f32();
          if (suf == "f64") return t_.f64();
          if (suf == "i128" || suf == "u128") {
            diags_.report(DiagKind::NotSupported, e.span, {"128-bit integers"});
            return t_.error();
          }
          return intTypeByName(suf);
        }
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        if (ex != kNoExpect && (t_.kind(ex) == TyKind::Int || (t_.kind(ex) == TyKind::Infer && t_.get(ex).sub == uint8_t(InferKind::Int)))) return ex;
        return newVar(InferKind::Int);
      }
      case ExprKind::FloatLit: {
        if (!e.suffix.empty()) return p_.str(e.suffix) == "f32" ? t_.f32() : t_.f64();
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        if (ex != kNoExpect && t_.kind(ex) == TyKind::Float) return ex;
        return newVar(InferKind::Float);
      }
      case ExprKind::BoolLit: return t_.boolean();
      case ExprKind::CharLit: return t_.chr();
      case ExprKind::StrLit: return t_.strRef();
      case ExprKind::Paren: return checkExpr(e.a, expect);
      case ExprKind::Closure: return checkClosure(eid, e, expect);
      case ExprKind::Path: return checkPathExpr(eid, e);
      case ExprKind::Unary: return checkUnary(eid, e, expect);
      case ExprKind::Binary: return checkBinary(eid, e, expect);
      case ExprKind::Assign: {
        TyId lt = checkExpr(e.a, kNoExpect);
        assignExpr_ = eid;
        checkPlace(e.a, false);
        assignExpr_ = ExprId{};
        TyId rt = checkExpr(e.b, lt);
        demandExpr(e.b, rt, lt);  // (with its coercion: `cur = next` of a `&Box<T>` into a `&T`)
        return t_.unit();
      }
      case ExprKind::AssignOp: {
        TyId lt = checkExpr(e.a, kNoExpect);
        assignExpr_ = eid;
        checkPlace(e.a, false);
        assignExpr_ = ExprId{};
        BinOp op = BinOp(e.op);
        bool shift = op == BinOp::Shl || op == BinOp::Shr;
        TyId rt = derefOperand(e.b, checkExpr(e.b, shift ? kNoExpect : lt));
        checkArith(eid, op, lt, rt, e, true);
        return t_.unit();
      }
      case ExprKind::Call: return checkCall(eid, e, expect);
      case ExprKind::MethodCall: {
        TyId t = checkMethodCall(eid, e, expect);
        if (e.name.v == dropSym_.v && p_.exprRes[eid.v].kind == ResKind::Fn) {  // `x.drop()` of an `impl Drop`
          const FnInfo& f = p_.fns[p_.exprRes[eid.v].a];
          int32_t dt = p_.libTrait("Drop");
          bool isDrop = dt >= 0 && (f.traitId == dt || (f.implOf >= 0 && p_.traitImpls[size_t(f.implOf)].trait == uint32_t(dt)));
          if (isDrop)
            diags_.report(DiagKind::ExplicitDestructor, e.nameSpan, {}, "explicit destructor calls not allowed")
                .help("consider using `drop` function");
        }
        return t;
      }
      case ExprKind::Field:
      case ExprKind::TupleField: return checkField(eid, e);
      case ExprKind::Index: {
        if (p_.ast.expr(e.b).kind == ExprKind::Range) return rangeSliceType(eid, eid, false);  // `s[2..]` used as a value
        TyId bt = checkExpr(e.a, kNoExpect);
        TyId it = checkExpr(e.b, t_.integer(IntKind::Usize));
        TyId base = shallow(bt);
        uint8_t derefs = 0;
        while (t_.kind(base) == TyKind::Ref || p_.isBox(base)) { base = shallow(p_.derefTarget(base)); ++derefs; }
        p_.exprAdj[eid.v].derefs = derefs;
        if (t_.kind(base) == TyKind::Error) return t_.error();
        if (t_.kind(base) == TyKind::Adt) {
          // `v[i]` on a type with an `index` method returning a reference (Vec): `*v.index(i)`
          const AdtInfo& a = p_.adts[t_.get(base).a];
          auto m = a.methods.find(p_.interner.intern("index").v);
          if (m != a.methods.end()) {
            const FnInfo& f = p_.fns[m->second.v];
            std::vector<TyId> args = t_.get(base).elems;
            args.resize(f.numImplGenerics, t_.error());
            while (args.size() < f.generics.size()) args.push_back(newVar(InferKind::General));  // HashMap's `index<Q>`
            recordSubsts(eid, args);
            p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
            TyId want = f.params.size() > 1 ? normalize(t_.subst(f.params[1], args)) : t_.integer(IntKind::Usize);
            if (!coerce(it, want))
              diags_.report(DiagKind::Mismatch, p_.ast.expr(e.b).span, {}, "expected " + tyDesc(want) + ", found " + tyDesc(it));
            TyId r = shallow(normalize(t_.subst(f.ret, args)));
            return t_.kind(r) == TyKind::Ref ? TyId{t_.get(r).a} : t_.error();
          }
        }
        if (t_.kind(base) != TyKind::Array) {
          diags_.report(DiagKind::CannotIndex, p_.ast.expr(e.a).span, {p_.tyName(resolve(bt))});
          return t_.error();
        }
        TyId itS = shallow(it);
        if (!unify(it, t_.integer(IntKind::Usize))) {
          diags_.report(DiagKind::NoImplFor, p_.ast.expr(e.b).span, {"index", p_.tyName(resolve(bt)), "by", p_.tyName(resolve(it))},
                        "slice indices are of type `usize` or ranges of `usize`")
              .message = "the type `[" + p_.tyName(TyId{t_.get(base).a}) + "]` cannot be indexed by `" + p_.tyName(resolve(it)) + "`";
        }
        return TyId{t_.get(base).a};
      }
      case ExprKind::Tuple: {
        std::vector<TyId> elems;
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        bool exTuple = ex != kNoExpect && t_.kind(ex) == TyKind::Tuple && t_.get(ex).elems.size() == e.listLen;
        for (uint32_t i = 0; i < e.listLen; ++i) {
          TyId sub = exTuple ? t_.get(ex).elems[i] : kNoExpect;
          ExprId x = p_.ast.exprAt(e, i);
          TyId t = checkExpr(x, sub);
          if (sub != kNoExpect && coerceTail(x, t, sub)) t = sub;  // (records `&String` -> `&str` on x)
          elems.push_back(t);
        }
        return t_.tuple(elems);
      }
      case ExprKind::Array: {
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        TyId elem = ex != kNoExpect && t_.kind(ex) == TyKind::Array ? TyId{t_.get(ex).a} : newVar(InferKind::General);
        for (uint32_t i = 0; i < e.listLen; ++i) {
          ExprId x = p_.ast.exprAt(e, i);
          TyId t = checkExpr(x, elem);
          demandExpr(x, t, elem);  // records coercions (`[&s, "lit"]` as `[&str; 2]`)
        }
        return t_.array(elem, e.listLen);
      }
      case ExprKind::ArrayRepeat: {
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        TyId elem = ex != kNoExpect && t_.kind(ex) == TyKind::Array ? TyId{t_.get(ex).a} : kNoExpect;
        TyId t = checkExpr(e.a, elem);
        if (elem != kNoExpect) demand(t, elem, p_.ast.expr(e.a).span);
        else elem = t;
        bool ok = true;
        ConstValue n = r_.evalConst(e.b, t_.integer(IntKind::Usize), ok);
        record(e.b, t_.integer(IntKind::Usize));
        if (!ok) return t_.error();
        if (n.bits > 0x7fffffff) {
          diags_.report(DiagKind::NotSupported, e.span, {"arrays larger than 2^31 elements"});
          return t_.error();
        }
        p_.exprField[eid.v] = uint32_t(n.bits);
        return t_.array(elem, n.bits);
      }
      case ExprKind::StructLit: return checkStructLit(eid, e);
      case ExprKind::Block: return checkBlock(eid, expect);
      case ExprKind::If: return checkIf(e, expect);
      case ExprKind::Let: {
        TyId t = checkExpr(e.a, kNoExpect);
        checkPat(e.pat, t, false);
        return t_.boolean();
      }
      case ExprKind::While: {
        scopes_.emplace_back();
        TyId ct = checkExpr(e.a, t_.boolean());
        demand(ct, t_.boolean(), p_.ast.expr(e.a).span);
        loops_.push_back(LoopCtx{e.name, false});
        TyId bt = checkBlock(e.b, t_.unit());
        demand(bt, t_.unit(), blockTailSpan(e.b));
        loops_.pop_back();
        scopes_.pop_back();
        return t_.unit();
      }
      case ExprKind::Loop: {
        loops_.push_back(LoopCtx{e.name, true, false, expect});
        TyId bt = checkBlock(e.a, t_.unit());
        demand(bt, t_.unit(), blockTailSpan(e.a));
        LoopCtx lc = loops_.back();
        loops_.pop_back();
        if (!lc.hasBreak) return t_.never();
        return lc.breakTy == kNoExpect ? t_.unit() : lc.breakTy;
      }
      case ExprKind::For: {
        const Expr& it = p_.ast.expr(e.a);
        TyId elem = t_.error();
        if (it.kind == ExprKind::Range && it.a.valid() && it.b.valid()) {
          TyId a = checkExpr(it.a, kNoExpect);
          TyId b = checkExpr(it.b, a);
          demand(b, a, p_.ast.expr(it.b).span);
          elem = a;
          TyId rangeTy = t_.error();
          record(e.a, rangeTy);
          TyId s = shallow(a);
          if (t_.kind(s) != TyKind::Int && t_.kind(s) != TyKind::Char && t_.kind(s) != TyKind::Infer && t_.kind(s) != TyKind::Error) {
            diags_.report(DiagKind::NotSupported, it.span, {"`for` loops over ranges of `" + p_.tyName(resolve(a)) + "`"});
            elem = t_.error();
          } else if (t_.kind(s) == TyKind::Infer && t_.get(s).sub == uint8_t(InferKind::Float)) {
            diags_.report(DiagKind::NotSupported, it.span, {"`for` loops over ranges of floats"});
            elem = t_.error();
          } else if (t_.kind(s) == TyKind::Infer && t_.get(s).sub != uint8_t(InferKind::Int)) {
            unify(a, newVar(InferKind::Int));
          }
        } else {
          // Arrays iterate by value; `&array` / `&mut array` by reference.
          TyId t = shallow(checkExpr(e.a, kNoExpect));
          if (t_.kind(t) == TyKind::Array) {
            elem = TyId{t_.get(t).a};
          } else if (t_.kind(t) == TyKind::Ref && t_.kind(shallow(TyId{t_.get(t).a})) == TyKind::Array) {
            elem = t_.ref(TyId{t_.get(shallow(TyId{t_.get(t).a})).a}, t_.get(t).sub);
            if (t_.get(t).sub) checkPlace(p_.ast.expr(e.a).kind == ExprKind::Ref ? p_.ast.expr(e.a).a : e.a, true);
          } else if (isVec(t) || (t_.kind(t) == TyKind::Ref && isVec(shallow(TyId{t_.get(t).a})))) {
            TyId v = t_.kind(t) == TyKind::Ref ? shallow(TyId{t_.get(t).a}) : t;
            TyId el = t_.get(v).elems.empty() ? t_.error() : t_.get(v).elems[0];
            elem = t_.kind(t) == TyKind::Ref ? t_.ref(el, t_.get(t).sub) : el;
            if (t_.kind(t) == TyKind::Ref && t_.get(t).sub) checkPlace(p_.ast.expr(e.a).kind == ExprKind::Ref ? p_.ast.expr(e.a).a : e.a, true);
          } else if (int32_t iterTrait = findRuntimeTrait("Iterator"); iterTrait >= 0 && implementsTrait(t, uint32_t(iterTrait))) {
            // any iterator: `next()` until None
            elem = normalize(t_.proj(uint32_t(iterTrait), p_.interner.intern("Item"), {resolve(t)}));
            p_.exprField[eid.v] = 1;
          } else if (FnId via = collectionIterMethod(t); via.valid() && iterTrait >= 0) {
            // `for x in &map` / `&mut set` / `set`: the collection's iter / iter_mut / into_iter (IntoIterator)
            TyId coll = t_.kind(t) == TyKind::Ref ? shallow(TyId{t_.get(t).a}) : t;
            std::vector<TyId> args = t_.get(resolve(coll)).elems;
            const FnInfo& f = p_.fns[via.v];
            args.resize(f.generics.size(), t_.error());
            if (t_.kind(t) == TyKind::Ref && t_.get(t).sub) checkPlace(p_.ast.expr(e.a).kind == ExprKind::Ref ? p_.ast.expr(e.a).a : e.a, true);
            TyId iterTy = normalize(t_.subst(f.ret, args));
            elem = normalize(t_.proj(uint32_t(iterTrait), p_.interner.intern("Item"), {iterTy}));
            p_.exprRes[eid.v] = Res{ResKind::Fn, via.v};
            recordSubsts(eid, args);
            p_.exprField[eid.v] = 2;
          } else if (!isErr(t)) {
            diags_.report(DiagKind::NotSupported, it.span, {"`for` loops over `" + p_.tyName(resolve(t)) + "` (ranges, arrays, `Vec` and iterators are supported)"});
          }
        }
        scopes_.emplace_back();
        checkPat(e.pat, elem, true);
        loops_.push_back(LoopCtx{e.name, false, true});
        TyId bt = checkBlock(e.b, t_.unit());
        demand(bt, t_.unit(), blockTailSpan(e.b));
        loops_.pop_back();
        scopes_.pop_back();
        return t_.unit();
      }
      case ExprKind::Match: return checkMatch(eid, e, expect);
      case ExprKind::Break: {
        LoopCtx* lc = findLoop(e, "break");
        if (!lc) {
          if (e.a.valid()) checkExpr(e.a, kNoExpect);
          return t_.never();
        }
        lc->hasBreak = true;
        if (e.a.valid()) {
          if (!lc->isLoop) {
            checkExpr(e.a, kNoExpect);
            Diagnostic& d = diags_.report(DiagKind::BreakWithValue, e.span, {}, "can only break with a value inside `loop` or breakable block");
            d.message = std::string("`break` with value from a `") + (lc->isFor ? "for" : "while") + "` loop";
            d.help("use `break` on its own without a value inside this loop");
          } else {
            TyId t = checkExpr(e.a, lc->breakTy);
            if (lc->breakTy == kNoExpect) lc->breakTy = t_.kind(shallow(t)) == TyKind::Never ? kNoExpect : t;
            else demandExpr(e.a, t, lc->breakTy);
          }
        } else if (lc->isLoop) {
          if (lc->breakTy == kNoExpect) lc->breakTy = t_.unit();
          else demand(t_.unit(), lc->breakTy, e.span);
        }
        return t_.never();
      }
      case ExprKind::Continue: findLoop(e, "continue"); return t_.never();
      case ExprKind::Return: {
        if (e.a.valid()) {
          TyId t = checkExpr(e.a, retTy_);
          demandExpr(e.a, t, retTy_);
        } else {
          demand(t_.unit(), retTy_, e.span);
        }
        return t_.never();
      }
      case ExprKind::Ref: {
        if (std::optional<TyId> st = checkRangeSlice(eid, e)) return *st;
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        TyId inner = ex != kNoExpect && t_.kind(ex) == TyKind::Ref ? TyId{t_.get(ex).a} : kNoExpect;
        TyId t = checkExpr(e.a, inner);
        if (e.op) checkPlace(e.a, true);
        if (isErr(t)) return t_.error();
        return t_.ref(t, e.op);
      }
      case ExprKind::Deref: {
        TyId t = shallow(checkExpr(e.a, kNoExpect));
        if (t_.kind(t) == TyKind::Ref) return TyId{t_.get(t).a};
        if (p_.isBox(resolve(t))) return t_.get(resolve(t)).elems[0];
        if (t_.kind(t) == TyKind::Error) return t;
        diags_.report(DiagKind::CannotDeref, e.span, {p_.tyName(resolve(t))});
        return t_.error();
      }
      case ExprKind::Cast: {
        TyId target = r_.resolveType(e.ty, selfAdt_);
        // An unsuffixed literal takes the cast's numeric type (`300 as u8` is a u8 literal, out of range).
        const Expr* inner = &p_.ast.expr(e.a);
        while (inner->kind == ExprKind::Paren) inner = &p_.ast.expr(inner->a);
        if (inner->kind == ExprKind::Unary && UnOp(inner->op) == UnOp::Neg) inner = &p_.ast.expr(inner->a);
        bool litHint = (inner->kind == ExprKind::IntLit && t_.kind(target) == TyKind::Int) ||
                       (inner->kind == ExprKind::FloatLit && t_.kind(target) == TyKind::Float);
        TyId src = checkExpr(e.a, litHint ? target : kNoExpect);
        TyId s = shallow(src);
        // Let an integer literal take the target type when it is an integer (`300 as u8` is still i32 in rustc;
        // keep rustc's rule: unsuffixed literals default to i32 unless the context says otherwise).
        (void)s;
        pendingCasts_.push_back(eid);
        return target;
      }
      case ExprKind::Range: {  // a value: the library's Range / RangeInclusive / RangeFrom
        const char* name = e.a.valid() && e.b.valid() ? (e.op ? "RangeInclusive" : "Range") : e.a.valid() && !e.op ? "RangeFrom" : nullptr;
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        TyId elemHint = ex != kNoExpect && t_.kind(ex) == TyKind::Adt && t_.get(ex).elems.size() == 1 ? t_.get(ex).elems[0] : kNoExpect;
        TyId a = e.a.valid() ? checkExpr(e.a, elemHint) : kNoExpect;
        if (e.b.valid()) {
          TyId b = checkExpr(e.b, a == kNoExpect ? elemHint : a);
          if (a != kNoExpect) demandExpr(e.b, b, a);
        }
        int32_t adt = name ? r_.findLibAdt(p_.interner.intern(name)) : -1;
        if (adt < 0) {
          diags_.report(DiagKind::NotSupported, e.span, {"this range outside of slicing and patterns"});
          return t_.error();
        }
        return t_.adt(uint32_t(adt), {a});
      }
      case ExprKind::FormatMacro: return checkFormatMacro(p_.ast.macros[e.index], eid);
      case ExprKind::Try: {
        // `x?` on Option<T> / Result<T, E> in a function returning Option<_> / Result<_, E>
        TyId t = shallow(checkExpr(e.a, kNoExpect));
        if (isErr(t)) return t_.error();
        TyId ret = shallow(retTy_);
        auto prelude = [&](TyId ty, const char* name) {
          return t_.kind(ty) == TyKind::Adt && p_.str(p_.adts[t_.get(ty).a].name) == name && p_.isRuntimeFile(p_.adts[t_.get(ty).a].span.file);
        };
        bool opt = prelude(t, "Option"), res = prelude(t, "Result");
        if ((opt || res) && expect != kNoExpect && !t_.get(t).elems.empty())
          tryUnify(t_.get(t).elems[0], expect);  // `let n: i64 = s.parse()?;` decides parse's type first
        if (!opt && !res) {
          diags_.report(DiagKind::TryOperand, e.nameSpan, {p_.tyName(resolve(t))}, "the `?` operator cannot be applied to type `" + p_.tyName(resolve(t)) + "`")
              .help("the trait `Try` is not implemented for `" + p_.tyName(resolve(t)) + "`");
          return t_.error();
        }
        if (!(opt ? prelude(ret, "Option") : prelude(ret, "Result"))) {
          if (!isErr(ret))
            diags_.report(DiagKind::TryInWrongFn, e.nameSpan, {}, "cannot use the `?` operator in a function that returns `" + p_.tyName(resolve(ret)) + "`")
                .help("the trait `FromResidual` is not implemented for `" + p_.tyName(resolve(ret)) + "`");
          return t_.get(t).elems.empty() ? t_.error() : t_.get(t).elems[0];
        }
        if (res && t_.get(t).elems.size() == 2 && t_.get(ret).elems.size() == 2) {
          TyId have = normalize(t_.get(t).elems[1]), want = normalize(t_.get(ret).elems[1]);
          std::vector<TyId> saved = vars_;
          if (!unify(have, want)) {
            vars_ = saved;
            // `?` converts the error with `From::from` when an impl `From<have> for want` exists
            int32_t fromTrait = findRuntimeTrait("From");
            std::vector<TyId> implArgs;
            int32_t impl = fromTrait >= 0 && !hasInfer(resolve(want)) ? selectImpl(uint32_t(fromTrait), resolve(want), {resolve(have)}, implArgs) : -1;
            bool ok = impl >= 0 && !p_.traitImpls[size_t(impl)].traitArgs.empty();
            if (ok) {
              std::vector<TyId> before = vars_;
              ok = unify(t_.subst(p_.traitImpls[size_t(impl)].traitArgs[0], implArgs), have);
              if (!ok) vars_ = before;
            }
            if (ok) {
              FnId from = p_.traits[size_t(fromTrait)].methods.at(p_.interner.intern("from").v);
              p_.exprRes[eid.v] = Res{ResKind::Fn, from.v};
              recordSubsts(eid, {want, have});
            } else {
              std::string w = p_.tyName(resolve(want)), h = p_.tyName(resolve(have));
              diags_.report(DiagKind::TryFrom, e.nameSpan, {w, h}, "the trait `From<" + h + ">` is not implemented for `" + w + "`")
                  .note("the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait");
            }
          }
        }
        return t_.get(t).elems.empty() ? t_.error() : t_.get(t).elems[0];
      }
      case ExprKind::VecMacro: {
        int32_t vec = r_.findLibAdt(p_.interner.intern("Vec"));
        if (vec < 0) return t_.error();
        TyId ex = expect == kNoExpect ? expect : shallow(expect);
        TyId elem = ex != kNoExpect && isVec(ex) && !t_.get(ex).elems.empty() ? t_.get(ex).elems[0] : newVar(InferKind::General);
        if (e.b.valid()) {  // vec![x; n]
          TyId t = checkExpr(e.a, elem);
          demand(t, elem, p_.ast.expr(e.a).span);
          TyId n = checkExpr(e.b, t_.integer(IntKind::Usize));
          demand(n, t_.integer(IntKind::Usize), p_.ast.expr(e.b).span);
        } else {
          for (uint32_t i = 0; i < e.listLen; ++i) {
            ExprId x = p_.ast.exprAt(e, i);
            TyId t = checkExpr(x, elem);
            demandExpr(x, t, elem);  // records coercions (`Box<Circle>` into a `Vec<Box<dyn Shape>>`)
          }
        }
        return t_.adt(uint32_t(vec), {elem});
      }
      case ExprKind::AssertMacro: {
        const AssertMacro& am = p_.ast.asserts[e.index];
        std::string m = p_.str(am.macro);
        if (m == "assert") {
          TyId t = checkExpr(am.a, t_.boolean());
          demand(t, t_.boolean(), p_.ast.expr(am.a).span);
        } else {
          TyId a = checkExpr(am.a, kNoExpect);
          TyId b = checkExpr(am.b, a);
          if (stringLike(a) && stringLike(b) && (p_.isString(derefAll(a)) || p_.isString(derefAll(b)))) {
            // String == &str and &str == String (PartialEq across the two), as in `==`
            pendingFmt_.push_back({am.a, 1, p_.ast.expr(am.a).span});
            pendingFmt_.push_back({am.b, 1, p_.ast.expr(am.b).span});
          } else if (!coerce(b, a)) {
            diags_.report(DiagKind::Mismatch, p_.ast.expr(am.b).span, {}, "expected " + tyDesc(a) + ", found " + tyDesc(b));
          } else {
            pendingFmt_.push_back({am.a, 1, p_.ast.expr(am.a).span});
            pendingFmt_.push_back({am.b, 100, p_.ast.expr(am.b).span});  // 100: must support ==
          }
        }
        if (am.message >= 0) checkFormatMacro(p_.ast.macros[size_t(am.message)], eid);
        return t_.unit();
      }
    }
    return t_.error();
  }

  TyId intTypeByName(const std::string& s) {
    static const std::pair<const char*, IntKind> ints[] = {
        {"i8", IntKind::I8}, {"i16", IntKind::I16}, {"i32", IntKind::I32}, {"i64", IntKind::I64}, {"isize", IntKind::Isize},
        {"u8", IntKind::U8}, {"u16", IntKind::U16}, {"u32", IntKind::U32}, {"u64", IntKind::U64}, {"usize", IntKind::Usize}};
    for (auto& [n, k] : ints) if (s == n) return t_.integer(k);
    return t_.error();
  }

  LoopCtx* findLoop(const Expr& e, const char* what) {
    if (!e.name.empty()) {
      for (size_t i = loops_.size(); i-- > 0;)
        if (loops_[i].label == e.name) return &loops_[i];
      diags_.report(DiagKind::UndeclaredLabel, e.nameSpan, {p_.str(e.name)}, "undeclared label `" + p_.str(e.name) + "`");
      return nullptr;
    }
    if (loops_.empty()) {
      diags_.report(DiagKind::BreakOutsideLoop, e.span, {what}, std::string("cannot `") + what + "` outside of a loop");
      return nullptr;
    }
    return &loops_.back();
  }

  TyId checkPathExpr(ExprId eid, const Expr& e) {
    const Path& path = p_.ast.paths[e.index];
    if (path.segs.size() == 1 && !path.segs[0].isSelfType) {
      int64_t l = lookupLocal(path.segs[0].name, path.segs[0].span);
      if (l >= 0) {
        p_.exprRes[eid.v] = Res{ResKind::Local, uint32_t(l)};
        body_->locals[size_t(l)].used = true;
        return body_->locals[size_t(l)].ty;
      }
    }
    Res r = r_.lookupValuePath(path, selfAdt_, path.segs.size() > 1);
    p_.exprRes[eid.v] = r;
    switch (r.kind) {
      case ResKind::Const: {
        r_.ensureConstEvaluated(r.a);
        return p_.consts[r.a].ty;
      }
      case ResKind::Struct: {
        const AdtInfo& a = p_.adts[r.a];
        if (!a.variants.empty() && a.variants[0].kind == StructKind::Unit) return adtInstance(r.a, path, e.span);
        if (!a.variants.empty() && a.variants[0].kind == StructKind::Tuple && a.ctors.count(0)) {
          TyId adtTy = adtInstance(r.a, path, e.span);  // the constructor as a function item
          return t_.item(TyKind::FnDef, a.ctors.at(0).v, t_.get(adtTy).elems);
        }
        diags_.report(DiagKind::UnknownName, e.span, {p_.str(a.name)}, "").message =
            "expected value, found struct `" + p_.str(a.name) + "`";
        diags_.all();
        return t_.error();
      }
      case ResKind::Variant: {
        const VariantInfo& v = p_.adts[r.a].variants[r.b];
        if (v.kind == StructKind::Unit) return adtInstance(r.a, path, e.span);
        if (v.kind == StructKind::Tuple && p_.adts[r.a].ctors.count(r.b)) {
          TyId adtTy = adtInstance(r.a, path, e.span);  // `Some` / `Token::Num` as a function item
          return t_.item(TyKind::FnDef, p_.adts[r.a].ctors.at(r.b).v, t_.get(adtTy).elems);
        }
        diags_.report(DiagKind::Expected, e.span, {}, "").message =
            "expected value, found struct variant `" + std::string(p_.sm.text(e.span)) + "`";
        return t_.error();
      }
      case ResKind::Fn: {  // a function item as a value: zero-sized, callable, passed for `F: Fn(..)`
        const FnInfo& f = p_.fns[r.a];
        if (f.intrinsic != Intrinsic::None || (f.selfKind != SelfKind::None && f.traitId >= 0)) {
          diags_.report(DiagKind::NotSupported, e.span, {"this function used as a value"});
          return t_.error();
        }
        std::vector<TyId> args = fnArgs(f, &path, e.span);
        recordSubsts(eid, args);
        return t_.item(TyKind::FnDef, r.a, args);
      }
      case ResKind::Error: return t_.error();
      default: {
        std::string name = p_.str(path.segs.back().name);
        Diagnostic& d = diags_.report(DiagKind::UnknownName, e.span, {name}, "not found in this scope");
        if (name == "self") d.message = "expected value, found module `self`";
        return t_.error();
      }
    }
  }

  TyId checkUnary(ExprId eid, const Expr& e, TyId expect) {
    UnOp op = UnOp(e.op);
    if (op == UnOp::Neg && p_.ast.expr(e.a).kind == ExprKind::IntLit) {
      // remember negation for the literal range lint
      TyId t = checkExpr(e.a, expect);
      for (auto& l : intLits_) if (l.first == e.a) l.second = true;
      TyId s = shallow(t);
      if (t_.kind(s) == TyKind::Int && !intSigned(t_.intKind(s))) {
        diags_.report(DiagKind::NegUnsigned, e.span, {p_.tyName(s)}, "cannot apply unary operator `-`")
            .note("unsigned values cannot be negated");
        return t_.error();
      }
      return t;
    }
    TyId t = derefOperand(e.a, checkExpr(e.a, expect));
    TyId s = shallow(t);
    TyKind k = t_.kind(s);
    if (k == TyKind::Error) return s;
    if (k == TyKind::Adt) {  // `-v` / `!v` through Neg / Not
      FnId fn;
      std::vector<TyId> args;
      TyId ret;
      if (findOpImpl(op == UnOp::Neg ? "__Neg" : "__Not", op == UnOp::Neg ? "neg" : "not", s, TyId{UINT32_MAX}, fn, args, ret)) {
        p_.exprRes[eid.v] = Res{ResKind::Fn, fn.v};
        recordSubsts(eid, args);
        return ret;
      }
    }
    if (k == TyKind::Param) {  // `-x` for `T: Neg<Output = T>` (Not likewise)
      const FnInfo& f = p_.fns[fn_.v];
      const char* trait = op == UnOp::Neg ? "__Neg" : "__Not";
      for (auto [param, tr] : f.bounds) {
        if (param != t_.get(s).a || p_.str(p_.traits[tr].name) != trait || !p_.isRuntimeFile(p_.traits[tr].span.file)) continue;
        auto m = p_.traits[tr].methods.find(p_.interner.intern(op == UnOp::Neg ? "neg" : "not").v);
        if (m == p_.traits[tr].methods.end()) continue;
        p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
        recordSubsts(eid, {s});
        return s;
      }
    }
    if (op == UnOp::Neg) {
      if (k == TyKind::Float || (k == TyKind::Int && intSigned(t_.intKind(s))) || k == TyKind::Infer) {
        if (k == TyKind::Infer && t_.get(s).sub == uint8_t(InferKind::General)) {}
        return t;
      }
      if (k == TyKind::Int) {
        diags_.report(DiagKind::NegUnsigned, e.span, {p_.tyName(s)}, "cannot apply unary operator `-`")
            .note("unsigned values cannot be negated");
        return t_.error();
      }
      diags_.report(DiagKind::UnaryOp, e.span, {"-", p_.tyName(resolve(s))});
      return t_.error();
    }
    if (k == TyKind::Bool || k == TyKind::Int || (k == TyKind::Infer && t_.get(s).sub == uint8_t(InferKind::Int))) return t;
    diags_.report(DiagKind::UnaryOp, e.span, {"!", p_.tyName(resolve(s))});
    return t_.error();
  }

  bool isNumericOrVar(TyId s, bool allowFloat) {
    TyKind k = t_.kind(s);
    if (k == TyKind::Int) return true;
    if (k == TyKind::Float) return allowFloat;
    if (k == TyKind::Infer) return t_.get(s).sub != uint8_t(InferKind::Float) || allowFloat;
    return false;
  }

  // Arithmetic/bitwise/shift operator typing shared by `a op b` and `a op= b`.
  // Operator overloading: the impl of a prelude operator trait (`__Add`...) for `lhs` (and `rhs`).
  bool findOpImpl(const std::string& trait, const char* method, TyId lhs, TyId rhs, FnId& fn, std::vector<TyId>& args, TyId& ret) {
    for (uint32_t ti = 0; ti < p_.traits.size(); ++ti) {
      if (p_.str(p_.traits[ti].name) != trait || !p_.isRuntimeFile(p_.traits[ti].span.file)) continue;
      for (const TraitImpl& im : p_.traitImpls) {
        if (im.trait != ti) continue;
        std::vector<TyId> a(im.generics.size(), TyId{UINT32_MAX});
        if (!t_.match(im.selfTy, resolve(lhs), a)) continue;
        for (TyId& x : a) if (x.v == UINT32_MAX) x = newVar(InferKind::General);
        if (rhs.v != UINT32_MAX && !im.traitArgs.empty()) {
          std::vector<TyId> saved = vars_;
          if (!unify(t_.subst(im.traitArgs[0], a), rhs)) {
            vars_ = saved;
            continue;
          }
        }
        auto m = im.methods.find(p_.interner.intern(method).v);
        if (m == im.methods.end()) continue;
        fn = m->second;
        args = a;
        ret = t_.subst(p_.fns[fn.v].ret, a);
        return true;
      }
    }
    return false;
  }

  TyId checkArith(ExprId eid, BinOp op, TyId lt, TyId rt, const Expr& e, bool compound) {
    TyId ls = shallow(lt), rs = shallow(rt);
    if (isErr(ls) || isErr(rs)) return t_.error();
    if (op <= BinOp::Rem && t_.kind(ls) == TyKind::Adt && !p_.isString(ls)) {
      static const char* names[] = {"Add", "Sub", "Mul", "Div", "Rem"};
      static const char* methods[] = {"add", "sub", "mul", "div", "rem"};
      static const char* assignMethods[] = {"add_assign", "sub_assign", "mul_assign", "div_assign", "rem_assign"};
      FnId fn;
      std::vector<TyId> args;
      TyId ret;
      std::string trait = std::string("__") + names[size_t(op)] + (compound ? "Assign" : "");
      if (findOpImpl(trait, compound ? assignMethods[size_t(op)] : methods[size_t(op)], ls, rs, fn, args, ret)) {
        p_.exprRes[eid.v] = Res{ResKind::Fn, fn.v};
        recordSubsts(eid, args);
        return compound ? t_.unit() : ret;
      }
    }
    if (op == BinOp::Add && p_.isString(ls)) {  // String + &str (and += &str)
      if (!stringLike(rs) || p_.isString(rs)) {
        diags_.report(DiagKind::Mismatch, p_.ast.expr(e.b).span, {}, "expected `&str`, found " + tyDesc(rs))
            .help("to concatenate, borrow the right operand: `&" + std::string(p_.sm.text(p_.ast.expr(e.b).span)) + "`");
        return t_.error();
      }
      return ls;
    }
    if (op <= BinOp::Rem && t_.kind(ls) == TyKind::Param) {
      // `a + b` on a type parameter bounded by the operator trait (`T: Add<Output = T>`, `T: AddAssign`):
      // a call of the trait's method, resolved to the impl when the function is instantiated.
      static const char* names[] = {"Add", "Sub", "Mul", "Div", "Rem"};
      static const char* methods[] = {"add", "sub", "mul", "div", "rem"};
      std::string trait = std::string("__") + names[size_t(op)] + (compound ? "Assign" : "");
      std::string method = std::string(methods[size_t(op)]) + (compound ? "_assign" : "");
      const FnInfo& f = p_.fns[fn_.v];
      for (size_t bi = 0; bi < f.bounds.size(); ++bi) {
        auto [param, tr] = f.bounds[bi];
        if (param != t_.get(ls).a || p_.str(p_.traits[tr].name) != trait || !p_.isRuntimeFile(p_.traits[tr].span.file)) continue;
        auto m = p_.traits[tr].methods.find(p_.interner.intern(method).v);
        if (m == p_.traits[tr].methods.end()) continue;
        TyId rhsTy = bi < f.boundArgs.size() && !f.boundArgs[bi].empty() ? f.boundArgs[bi][0] : ls;  // Rhs = Self
        if (!unify(rt, rhsTy)) return mismatchBin(rhsTy, rt, e);
        p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
        recordSubsts(eid, {ls, rhsTy});
        return compound ? t_.unit() : ls;
      }
    }
    bool shift = op == BinOp::Shl || op == BinOp::Shr;
    bool bitwise = op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor;
    static const char* verbs[] = {"add", "subtract", "multiply", "divide", "calculate the remainder of", "", "", "", "", "", "", ""};
    auto opFail = [&]() {
      std::string l = p_.tyName(resolve(ls)), r = p_.tyName(resolve(rs));
      if (compound) {
        diags_.report(DiagKind::BinaryOpCmp, e.span, {std::string(binOpText(op)) + "=", l}, "").message =
            "binary assignment operation `" + std::string(binOpText(op)) + "=` cannot be applied to type `" + l + "`";
      } else if (op <= BinOp::Rem && t_.kind(ls) != TyKind::Adt && t_.kind(ls) != TyKind::Tuple && t_.kind(ls) != TyKind::Array &&
                 t_.kind(ls) != TyKind::Bool && t_.kind(ls) != TyKind::Char && t_.kind(ls) != TyKind::Ref) {
        const char* prep = op == BinOp::Add ? "to" : op == BinOp::Sub ? "from" : op == BinOp::Mul ? "by" : op == BinOp::Div ? "by" : "by";
        if (op == BinOp::Add) diags_.report(DiagKind::NoImplFor, e.nameSpan, {"add", r, "to", l}, "no implementation for `" + l + " + " + r + "`");
        else if (op == BinOp::Sub) diags_.report(DiagKind::NoImplFor, e.nameSpan, {"subtract", r, "from", l}, "no implementation for `" + l + " - " + r + "`");
        else diags_.report(DiagKind::NoImplFor, e.nameSpan, {verbs[size_t(op)], l, prep, r}, "no implementation for `" + l + " " + binOpText(op) + " " + r + "`");
      } else {
        diags_.report(DiagKind::BinaryOpCmp, e.nameSpan, {binOpText(op), l}, "").message =
            "cannot " + std::string(op <= BinOp::Rem ? verbs[size_t(op)] : "apply binary operator") + " `" +
            (op <= BinOp::Rem ? r + "` " + (op == BinOp::Add ? "to" : op == BinOp::Sub ? "from" : "by") + " `" + l : std::string(binOpText(op)) + "` to type `" + l) + "`";
        Diagnostic& d = const_cast<Diagnostic&>(diags_.all().back());
        d.labels[0].span = p_.ast.expr(e.a).span;
        d.labels[0].text = l;
        d.label(e.nameSpan, "");
        d.code = "E0369";
        if (op <= BinOp::Rem) d.message = "cannot " + std::string(verbs[size_t(op)]) + " `" + r + "` " + (op == BinOp::Add ? "to" : op == BinOp::Sub ? "from" : "by") + " `" + l + "`";
        else d.message = "no implementation for `" + l + " " + binOpText(op) + " " + r + "`";
      }
      return t_.error();
    };
    if (shift) {
      if (!isNumericOrVar(ls, false) || !isNumericOrVar(rs, false)) return opFail();
      return lt;
    }
    if (bitwise && t_.kind(ls) == TyKind::Bool) {
      if (!unify(lt, rt)) return mismatchBin(lt, rt, e);
      return lt;
    }
    if (!isNumericOrVar(ls, !bitwise)) return opFail();
    if (!unify(lt, rt)) {
      // Both numeric but different types: rustc reports E0308 for two concrete integer types, and E0277
      // ("cannot add `i64` to `i32`") in every case.
      TyId l = resolve(ls), r = resolve(rs);
      if (t_.kind(l) == TyKind::Int && t_.kind(r) == TyKind::Int) mismatchBin(lt, rt, e);
      std::string L = p_.tyName(l), R = p_.tyName(r);
      bool lFloatVar = t_.kind(l) == TyKind::Infer && t_.get(l).sub == uint8_t(InferKind::Float);
      bool rIntVar = t_.kind(r) == TyKind::Infer && t_.get(r).sub == uint8_t(InferKind::Int);
      std::string msg;
      switch (op) {
        case BinOp::Add: msg = lFloatVar && rIntVar ? "cannot add an integer to a float" : "cannot add `" + R + "` to `" + L + "`"; break;
        case BinOp::Sub: msg = "cannot subtract `" + R + "` from `" + L + "`"; break;
        case BinOp::Mul: msg = "cannot multiply `" + L + "` by `" + R + "`"; break;
        case BinOp::Div: msg = "cannot divide `" + L + "` by `" + R + "`"; break;
        case BinOp::Rem: msg = "cannot calculate the remainder of `" + L + "` divided by `" + R + "`"; break;
        default: msg = "no implementation for `" + L + " " + binOpText(op) + " " + R + "`"; break;
      }
      Diagnostic& d = diags_.report(DiagKind::NoImplFor, e.nameSpan, {}, "no implementation for `" + L + " " + binOpText(op) + (compound ? "= " : " ") + R + "`");
      d.message = msg;
      d.help("the trait `" + std::string(op == BinOp::Add ? "Add" : op == BinOp::Sub ? "Sub" : op == BinOp::Mul ? "Mul" : op == BinOp::Div ? "Div" : op == BinOp::Rem ? "Rem" : "BitOp") +
             "<" + R + ">` is not implemented for `" + L + "`");
      return t_.error();
    }
    (void)eid;
    return lt;
  }
  TyId mismatchBin(TyId lt, TyId rt, const Expr& e) {
    diags_.report(DiagKind::Mismatch, p_.ast.expr(e.b).span, {}, "expected " + tyDesc(lt) + ", found " + tyDesc(rt));
    return t_.error();
  }

  TyId checkBinary(ExprId eid, const Expr& e, TyId expect) {
    BinOp op = BinOp(e.op);
    if (op == BinOp::And || op == BinOp::Or) {
      TyId a = checkExpr(e.a, t_.boolean());
      demand(a, t_.boolean(), p_.ast.expr(e.a).span);
      TyId b = checkExpr(e.b, t_.boolean());
      demand(b, t_.boolean(), p_.ast.expr(e.b).span);
      return t_.boolean();
    }
    if (isComparison(op)) {
      TyId a = checkExpr(e.a, kNoExpect);
      TyId b = checkExpr(e.b, kNoExpect);
      if (stringLike(a) && stringLike(b) && (p_.isString(derefAll(a)) || p_.isString(derefAll(b)))) {
        if (op != BinOp::Eq && op != BinOp::Ne && derefAll(a) != derefAll(b))
          diags_.report(DiagKind::Mismatch, p_.ast.expr(e.b).span, {}, "expected " + tyDesc(a) + ", found " + tyDesc(b));
        return t_.boolean();  // String == &str, &str == String, String == String (MIR compares the text)
      }
      if (!unify(b, a)) {}
      TyId as = shallow(a);
      if (isErr(as) || isErr(b)) return t_.boolean();
      lastStrCoerce_ = 0;
      if (!coerce(b, a)) {
        diags_.report(DiagKind::Mismatch, p_.ast.expr(e.b).span, {}, "expected " + tyDesc(a) + ", found " + tyDesc(b));
        return t_.boolean();
      }
      if (lastStrCoerce_ >= 6) p_.strCoerce[e.b.v] = lastStrCoerce_;  // `slice == &[1, 2]`: unsize the right side
      lastStrCoerce_ = 0;
      if (!comparable(as, op == BinOp::Eq || op == BinOp::Ne)) {
        std::string l = p_.tyName(resolve(as));
        Diagnostic& d = diags_.report(DiagKind::BinaryOpCmp, e.nameSpan, {binOpText(op), l}, "");  // on the operator, like rustc
        d.label(p_.ast.expr(e.a).span, l);
        d.label(p_.ast.expr(e.b).span, l);
        if (t_.kind(as) == TyKind::Adt) d.note("an implementation of `" + std::string(op == BinOp::Eq || op == BinOp::Ne ? "PartialEq" : "PartialOrd") + "` might be missing for `" + l + "`");
      }
      return t_.boolean();
    }
    TyId a = derefOperand(e.a, checkExpr(e.a, op == BinOp::Shl || op == BinOp::Shr ? kNoExpect : expect));
    TyId b = derefOperand(e.b, checkExpr(e.b, op == BinOp::Shl || op == BinOp::Shr ? kNoExpect : a));
    return checkArith(eid, op, a, b, e, false);
  }
  // `&f64 * &f64`, `x + &y`: std implements the operators for references to primitive numbers; the
  // operand is dereferenced (recorded in Program::opDerefs for MIR).
  TyId derefOperand(ExprId operand, TyId t) {
    TyId s = shallow(t);
    uint8_t n = 0;
    while (t_.kind(s) == TyKind::Ref) {
      TyId inner = shallow(TyId{t_.get(s).a});
      TyKind k = t_.kind(inner);
      if (k != TyKind::Int && k != TyKind::Float && k != TyKind::Bool && k != TyKind::Ref &&
          !(k == TyKind::Infer && t_.get(inner).sub != uint8_t(InferKind::General)))
        break;
      s = inner;
      ++n;
    }
    if (n == 0 || t_.kind(s) == TyKind::Ref) return t;
    p_.opDerefs[operand.v] = n;
    return s;
  }
  // Debug is implemented for primitives, str, (), tuples/arrays/references of Debug types, Vec<T: Debug>
  // and ADTs with #[derive(Debug)] whose fields are Debug. `bad` receives the offending type.
  bool isDebug(TyId t, TyId& bad, int depth = 0) {
    t = resolve(t);
    if (depth > 64) return true;
    switch (t_.kind(t)) {
      case TyKind::Int: case TyKind::Float: case TyKind::Bool: case TyKind::Char: case TyKind::Str: case TyKind::Error: case TyKind::Never:
        return true;
      case TyKind::Infer:  // an integer or float literal's type, not fixed yet
        if (InferKind(t_.get(t).sub) == InferKind::Int || InferKind(t_.get(t).sub) == InferKind::Float) return true;
        bad = t;
        return false;
      case TyKind::Ref: case TyKind::Array: return isDebug(TyId{t_.get(t).a}, bad, depth + 1);
      case TyKind::Dyn:  // `dyn Trait` where `trait Trait: Debug`
        if (dynHasFmt(t, "__Debug")) return true;
        bad = t;
        return false;
      case TyKind::Param:  // `T: Debug`
        if (paramHasBound(t, "__Debug")) return true;
        bad = t;
        return false;
      case TyKind::Tuple:
        for (TyId e : t_.get(t).elems) if (!isDebug(e, bad, depth + 1)) return false;
        return true;
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[t_.get(t).a];
        if (p_.isSeq(t)) return t_.get(t).elems.empty() || isDebug(t_.get(t).elems[0], bad, depth + 1);
        if (p_.isBox(t)) return isDebug(t_.get(t).elems[0], bad, depth + 1);
        if (p_.isString(t)) return true;
        if (userFmtImpl(t, "__Debug") >= 0) return true;
        if (!a.deriveDebug) { bad = t; return false; }
        // derived Debug is expanded inline: a type that contains itself (through a Box) cannot be yet
        for (TyId seen : debugStack_)
          if (seen == t) {
            debugRecursive_ = t;
            return true;
          }
        debugStack_.push_back(t);
        bool ok = true;
        for (uint32_t v = 0; v < a.variants.size() && ok; ++v)
          for (TyId f : p_.variantFieldTys(t, v)) if (!isDebug(f, bad, depth + 1)) { ok = false; break; }
        debugStack_.pop_back();
        return ok;
      }
      default: bad = t; return false;
    }
  }

  // A type parameter of the function being checked with a bound on the prelude trait `trait` (`T: Display`).
  bool paramHasBound(TyId t, const char* trait) {
    t = resolve(t);
    if (t_.kind(t) != TyKind::Param) return false;
    for (auto& [param, tr] : p_.fns[fn_.v].bounds)
      if (param == t_.get(t).a && p_.str(p_.traits[tr].name) == trait) return true;
    return false;
  }

  // Where rustc reports an unmet bound of a call: the method name, or the called path.
  Span calleeSpan(const Expr& ex) {
    return ex.kind == ExprKind::MethodCall ? ex.nameSpan : ex.kind == ExprKind::Call ? p_.ast.expr(ex.a).span : ex.span;
  }

  // A call of a generic function: the types chosen for its parameters meet their bounds (traits,
  // Clone, PartialEq/PartialOrd...).
  void checkCallBounds(ExprId e) {
    Res r = p_.exprRes[e.v];
    if (r.kind != ResKind::Fn) return;
    const FnInfo& f = p_.fns[r.a];
    const std::vector<TyId>& substs = p_.exprSubsts[e.v];
    // trait bounds (`T: Display`, `T: Shape`): the type chosen for T implements the trait
    for (auto& [param, trait] : f.bounds) {
      if (param >= substs.size() || isErr(substs[param]) || hasInfer(resolve(substs[param]))) continue;
      TyId st = resolve(substs[param]);
      const std::string& tname = p_.str(p_.traits[trait].name);
      bool ok;
      if (t_.kind(st) == TyKind::Param || t_.kind(st) == TyKind::Opaque || t_.kind(st) == TyKind::Dyn) {
        ok = implementsTrait(st, trait);
      } else if (tname == "__Display") {
        TyId d = derefAll(st);
        TyKind k = t_.kind(d);
        ok = k == TyKind::Int || k == TyKind::Float || k == TyKind::Bool || k == TyKind::Char || k == TyKind::Str || p_.isString(d) ||
             userFmtImpl(d, "__Display") >= 0;
      } else if (tname == "__Debug") {
        TyId bad = t_.error();
        ok = isDebug(st, bad);
      } else {
        ok = false;
        for (const TraitImpl& im : p_.traitImpls) {
          if (im.trait != trait) continue;
          std::vector<TyId> a(im.generics.size(), TyId{UINT32_MAX});
          if (t_.match(im.selfTy, st, a)) { ok = true; break; }
        }
        ok = ok || derivesDefault(st, trait);
      }
      if (ok) continue;
      // rustc points at the argument whose type is `T` (or `&T`), else at the callee
      const Expr& ex = p_.ast.expr(e);
      Span sp = calleeSpan(ex);
      if (ex.kind == ExprKind::Call) {
        for (uint32_t i = 0; i < ex.listLen && i < f.params.size(); ++i) {
          TyId pt = f.params[i];
          if (t_.kind(pt) == TyKind::Ref) pt = TyId{t_.get(pt).a};
          if (t_.kind(pt) == TyKind::Param && t_.get(pt).a == param) {
            sp = p_.ast.expr(p_.ast.exprLists[ex.list + i]).span;
            break;
          }
        }
      }
      std::string tn = p_.tyName(st);
      if (tname == "__Display" || tname == "__Debug") {
        std::string std = tname == "__Display" ? "std::fmt::Display" : "Debug";
        diags_.report(DiagKind::NotFormattable, sp, {tn, std}, "the trait `" + std + "` is not implemented for `" + tn + "`")
            .note("required by a bound in `" + f.path + "`");
      } else {
        diags_.report(DiagKind::TraitBoundNotMet, sp, {tn, p_.str(p_.traits[trait].name)},
                      "the trait `" + p_.str(p_.traits[trait].name) + "` is not implemented for `" + tn + "`")
            .note("required by a bound in `" + f.path + "`");
      }
    }
    for (uint32_t param : f.cloneBounds) {
      if (param >= substs.size() || isErr(substs[param]) || hasInfer(resolve(substs[param])) || isClone(substs[param])) continue;
      const Expr& ex = p_.ast.expr(e);
      Span sp = calleeSpan(ex);
      std::string tn = p_.tyName(resolve(substs[param]));
      diags_.report(DiagKind::TraitBoundNotMet, sp, {tn, "Clone"}, "the trait `Clone` is not implemented for `" + tn + "`")
          .note("required by a bound in `" + f.path + "`");
    }
    for (uint32_t param : f.hashBounds) {
      if (param >= substs.size() || isErr(substs[param]) || hasInfer(resolve(substs[param])) || isHash(substs[param])) continue;
      const Expr& ex = p_.ast.expr(e);
      std::string tn = p_.tyName(resolve(substs[param]));
      diags_.report(DiagKind::TraitBoundNotMet, calleeSpan(ex), {tn, "Hash"}, "the trait `Hash` is not implemented for `" + tn + "`")
          .note("required by a bound in `" + f.path + "`");
    }
    static const char* kNames[] = {"PartialEq", "Eq", "PartialOrd", "Ord"};
    for (auto& [param, bound] : f.cmpBounds) {
      bool eq = bound == FnInfo::CmpBound::PartialEq || bound == FnInfo::CmpBound::Eq;
      bool total = bound == FnInfo::CmpBound::Eq || bound == FnInfo::CmpBound::Ord;
      if (param >= substs.size() || isErr(substs[param])) continue;
      bool partialOk = comparable(substs[param], eq);
      if (partialOk && !(total && !totalOrder(substs[param], eq))) continue;
      // on the callee (the method name for a method call), like rustc
      std::string tn = p_.tyName(substs[param]);
      std::string trait = kNames[size_t(bound)];
      const Expr& ex = p_.ast.expr(e);
      Span sp = calleeSpan(ex);
      if (total) {  // rustc: "the trait bound `R: Ord` is not satisfied"
        diags_.report(DiagKind::TraitBoundNotMet, sp, {tn, trait}, "the trait `" + trait + "` is not implemented for `" + tn + "`")
            .note("required by a bound in `" + f.path + "`");
        continue;
      }
      Diagnostic& d = diags_.report(DiagKind::TraitBoundNotMet, sp, {tn, trait},
                                    eq ? "no implementation for `" + tn + " == " + tn + "`"
                                       : "no implementation for `" + tn + " < " + tn + "` and `" + tn + " > " + tn + "`");
      d.message = "can't compare `" + tn + "` with `" + tn + "`";
      d.help("the trait `" + trait + "` is not implemented for `" + tn + "`");
      d.note("required by a bound in `" + f.path + "`");
    }
  }
  // `Eq` (eq) / `Ord`: no floats inside, and ADTs derive Eq / Ord (comparable() checked the partial part)
  bool totalOrder(TyId t, bool eq, int depth = 0) {
    t = resolve(t);
    if (depth > 32) return true;
    switch (t_.kind(t)) {
      case TyKind::Float: return false;
      case TyKind::Ref: case TyKind::Array: return totalOrder(TyId{t_.get(t).a}, eq, depth + 1);
      case TyKind::Tuple:
        for (TyId x : t_.get(t).elems) if (!totalOrder(x, eq, depth + 1)) return false;
        return true;
      case TyKind::Param:
        for (auto& [param, bound] : p_.fns[fn_.v].cmpBounds)
          if (param == t_.get(t).a && (bound == FnInfo::CmpBound::Ord || (eq && bound == FnInfo::CmpBound::Eq))) return true;
        return false;
      case TyKind::Adt: {
        if (p_.isString(t)) return true;
        if (p_.isSeq(t)) return t_.get(t).elems.empty() || totalOrder(t_.get(t).elems[0], eq, depth + 1);
        const AdtInfo& a = p_.adts[t_.get(t).a];
        if (p_.hasUserCmpImpl(t, "Ord") || (eq && p_.hasUserCmpImpl(t, "Eq"))) return true;  // user impls
        if (!a.deriveEq || (!eq && !a.deriveOrd)) return false;
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId x : p_.variantFieldTys(t, v)) if (!totalOrder(x, eq, depth + 1)) return false;
        return true;
      }
      default: return true;
    }
  }

  std::vector<TyId> compStack_;
  bool comparable(TyId s, bool eqOnly) {
    s = shallow(s);
    switch (t_.kind(s)) {
      case TyKind::Int: case TyKind::Float: case TyKind::Bool: case TyKind::Char: case TyKind::Infer: case TyKind::Error:
      case TyKind::Str:
        return true;
      case TyKind::Ref: return comparable(TyId{t_.get(s).a}, eqOnly);
      case TyKind::Tuple: {
        for (TyId x : t_.get(s).elems) if (!comparable(x, eqOnly)) return false;
        return true;
      }
      case TyKind::Array: return comparable(TyId{t_.get(s).a}, eqOnly);
      case TyKind::Proj: return runtime_;  // the library's `Iterator::max` compares items (rustc checks `Item: Ord` at the call)
      case TyKind::Param:  // `T: PartialEq` / `T: PartialOrd` on the function being checked
        for (auto& [param, bound] : p_.fns[fn_.v].cmpBounds)
          if (param == t_.get(s).a && (eqOnly || bound == FnInfo::CmpBound::PartialOrd || bound == FnInfo::CmpBound::Ord)) return true;
        return false;
      case TyKind::Adt: {  // #[derive(PartialEq)]: `==` and `!=` field by field; #[derive(PartialOrd)]: in order
        if (p_.isString(s)) return true;
        for (TyId seen : compStack_) if (seen == s) return true;  // recursive through a Vec or a map
        struct Pop { std::vector<TyId>& v; ~Pop() { v.pop_back(); } };
        compStack_.push_back(s);
        Pop pop{compStack_};
        if (p_.isSeq(s)) return t_.get(s).elems.empty() || comparable(t_.get(s).elems[0], eqOnly);
        if (eqOnly && p_.hasRuntimeMethod(s, "__eq")) {  // maps: `==` pair by pair
          if (p_.hasRuntimeMethod(s, "__handle_clone")) return true;  // ExternRef<T>: the same host value, whatever T
          for (TyId x : t_.get(s).elems) if (!comparable(x, true)) return false;
          return true;
        }
        const AdtInfo& a = p_.adts[t_.get(s).a];
        if (p_.hasUserCmpImpl(s, "PartialOrd") || (eqOnly && p_.hasUserCmpImpl(s, "PartialEq"))) return true;  // user impls
        if (!a.derivePartialEq || (!eqOnly && !a.derivePartialOrd)) return false;
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId f : p_.variantFieldTys(s, v)) if (!comparable(f, eqOnly)) return false;
        return true;
      }
      default: return false;
    }
  }

  // A place expression that is assigned to (`forBorrowMut`: borrowed as &mut).
  // `field`: the field access (`p.x`, `p.0.y`) whose base this is, when assigning to a field of a binding.
  void checkPlace(ExprId eid, bool forBorrowMut, ExprId field = ExprId{}) {
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::Paren: checkPlace(e.a, forBorrowMut, field); return;
      case ExprKind::Path: {
        Res r = p_.exprRes[eid.v];
        if (r.kind == ResKind::Local) {
          LocalVar& lv = body_->locals[r.a];
          lv.mutated = true;
          if (!noteMutation(r.a, eid, forBorrowMut)) return;
          if (lv.mut) return;
          // `let x;` then `x = ...`: deferred initialization. Whether it is assigned twice needs flow
          // analysis (the borrow checker's job); accept it here.
          if (!forBorrowMut && lv.declaredUninit) return;
          std::string n = p_.str(lv.name);
          if (forBorrowMut) {
            diags_.report(DiagKind::BorrowMutOfImmutable, e.span, {n}, "cannot borrow as mutable")
                .label(lv.span, "help: consider changing this to be mutable: `mut " + n + "`");
          } else if (field.valid() && !lv.isParam) {  // `p.x = 2` (rustc: E0594 on the assignment)
            std::string place(p_.sm.text(p_.ast.expr(field).span));
            Span at = assignExpr_.valid() ? p_.ast.expr(assignExpr_).span : p_.ast.expr(field).span;
            diags_.report(DiagKind::AssignFieldImmutable, at, {place, n}, "cannot assign")
                .help("consider changing this to be mutable: `mut " + n + "`");
          } else {
            if (lv.isParam) {
              Diagnostic& d = diags_.report(DiagKind::AssignImmutable, e.span, {n}, "cannot assign to immutable argument");
              d.message = "cannot assign to immutable argument `" + n + "`";
              d.help("consider making this binding mutable: `mut " + n + "`");
            } else {
              Diagnostic& d = diags_.report(DiagKind::AssignImmutable, e.span, {n}, "cannot assign twice to immutable variable");
              d.label(lv.span, "first assignment to `" + n + "`");
              d.help("consider making this binding mutable: `mut " + n + "`");
            }
          }
          return;
        }
        if (r.kind == ResKind::Error) return;
        diags_.report(DiagKind::InvalidLhs, e.span, {}, "cannot assign to this expression");
        return;
      }
      case ExprKind::Field:
      case ExprKind::TupleField:
      case ExprKind::Index: {
        // Walk the auto-deref'd base: through `&mut` is fine; through `&` is an error.
        TyId bt = shallow(p_.exprTy[e.a.v]);
        uint8_t derefs = p_.exprAdj[eid.v].derefs;
        ExprKind bk = p_.ast.expr(e.a).kind;
        if (derefs > 0 && p_.isBox(resolve(bt)) && (bk == ExprKind::Call || bk == ExprKind::MethodCall)) return;  // through a guard: `c.borrow_mut().n += 1`
        if (derefs > 0) {
          // The outermost deref decides; check each level's mutability.
          TyId cur = bt;
          for (uint8_t i = 0; i < derefs; ++i) {
            if (t_.kind(cur) != TyKind::Ref) break;
            if (!t_.get(cur).sub) {
              reportBehindRef(eid, forBorrowMut);
              return;
            }
            noteUniqueUse(e.a, e.a);
            return;  // behind &mut: fine regardless of the binding's mutability
          }
        }
        checkPlace(e.a, forBorrowMut, e.kind != ExprKind::Index && derefs == 0 ? (field.valid() ? field : eid) : ExprId{});
        return;
      }
      case ExprKind::Deref: {
        TyId t = shallow(p_.exprTy[e.a.v]);
        if (t_.kind(t) == TyKind::Ref && !t_.get(t).sub) reportBehindRef(eid, forBorrowMut);
        if (t_.kind(t) == TyKind::Ref && t_.get(t).sub) noteUniqueUse(e.a, eid);
        // a Box owns its value (its binding must be mutable); a guard from `borrow_mut()` is a temporary
        if (p_.isBox(resolve(t)) && p_.ast.expr(e.a).kind != ExprKind::Call && p_.ast.expr(e.a).kind != ExprKind::MethodCall)
          checkPlace(e.a, forBorrowMut);
        return;
      }
      case ExprKind::Error: return;
      default:
        if (!forBorrowMut) diags_.report(DiagKind::InvalidLhs, e.span, {}, "cannot assign to this expression");
        return;
    }
  }
  void reportBehindRef(ExprId eid, bool forBorrowMut) {
    const Expr& e = p_.ast.expr(eid);
    std::string text(p_.sm.text(e.span));
    if (forBorrowMut) {
      diags_.report(DiagKind::BorrowMutOfImmutable, e.span, {text}, "`" + text + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable")
          .message = "cannot borrow `" + text + "` as mutable, as it is behind a `&` reference";
    } else {
      diags_.report(DiagKind::AssignThroughRef, e.span, {"`" + text + "`"}, "`" + text + "` is a `&` reference, so the data it refers to cannot be written");
    }
  }

  std::string argCountText(size_t n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); }

  void checkArgs(const Expr& call, const std::vector<TyId>& params, size_t skip, Span calleeSpan, bool method = false) {
    size_t want = params.size() - skip;
    if (call.listLen != want) {
      Diagnostic& d = diags_.report(DiagKind::ArgCount, calleeSpan, {argCountText(want), argCountText(call.listLen)},
                                    call.listLen < want ? "argument" + std::string(want - call.listLen > 1 ? "s" : "") + " missing"
                                                        : "unexpected argument" + std::string(call.listLen - want > 1 ? "s" : ""));
      d.message = std::string(method ? "this method takes " : "this function takes ") + argCountText(want) + " but " + argCountText(call.listLen) + (call.listLen == 1 ? " was" : " were") + " supplied";
    }
    for (uint32_t i = 0; i < call.listLen; ++i) {
      ExprId a = p_.ast.exprAt(call, i);
      TyId pt = i < want ? params[skip + i] : kNoExpect;
      TyId t = checkExpr(a, pt);
      if (t_.kind(shallow(t)) == TyKind::Ref && t_.get(shallow(t)).sub) noteUniqueUse(a, a);  // `inside(x)`: a reborrow of `*x`
      if (pt != kNoExpect) demandExpr(a, t, pt);
    }
  }

  TyId checkCall(ExprId eid, const Expr& e, TyId expect) {
    const Expr& callee = p_.ast.expr(e.a);
    if (callee.kind != ExprKind::Path) return checkValueCall(eid, e);
    const Path& path = p_.ast.paths[callee.index];
    if (path.segs.size() == 1 && !path.segs[0].hasArgs) {
      for (size_t i = scopes_.size(); i-- > 0;)
        for (auto& [name, local] : scopes_[i])
          if (name == path.segs[0].name) return checkValueCall(eid, e);
    }
    if (path.segs.size() == 2 && fn_.valid() && body_ == &p_.bodies[fn_.v]) {
      // `B::from_iter(it)` / `Self::new()`: a trait's function through a bound of a generic parameter
      const FnInfo& cf = p_.fns[fn_.v];
      int32_t pi = -1;
      if (path.segs[0].isSelfType && cf.selfTy.v != 0 && t_.kind(cf.selfTy) == TyKind::Param) pi = int32_t(t_.get(cf.selfTy).a);
      for (uint32_t gi = 0; gi < cf.generics.size() && !path.segs[0].isSelfType; ++gi)
        if (cf.generics[gi] == path.segs[0].name) pi = int32_t(gi);
      for (size_t bi = 0; pi >= 0 && bi < cf.bounds.size(); ++bi) {
        auto [param, trait] = cf.bounds[bi];
        if (param != uint32_t(pi)) continue;
        auto m = p_.traits[trait].methods.find(path.segs[1].name.v);
        if (m == p_.traits[trait].methods.end()) continue;
        const FnInfo& f = p_.fns[m->second.v];
        std::vector<TyId> args{t_.param(uint32_t(pi), cf.generics[size_t(pi)])};
        for (size_t i = 0; i < p_.traits[trait].generics.size(); ++i)
          args.push_back(bi < cf.boundArgs.size() && i < cf.boundArgs[bi].size() ? cf.boundArgs[bi][i] : newVar(InferKind::General));
        std::vector<TyId> own = genericArgs(f.generics.size() - f.numImplGenerics, &path.segs[1], callee.span);
        args.insert(args.end(), own.begin(), own.end());
        p_.exprRes[e.a.v] = p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
        record(e.a, t_.unit());
        recordSubsts(eid, args);
        registerFnHints(f, args);
        checkArgs(e, substAll(f.params, args), 0, callee.span);
        applyFnBounds(f, args, e, 0);
        return normalize(t_.subst(f.ret, args));
      }
    }
    if (path.segs.size() == 2 && p_.str(path.segs[1].name) == "clone" && e.listLen == 1 && r_.findAdt(path.segs[0].name) >= 0 &&
        !p_.adts[size_t(r_.findAdt(path.segs[0].name))].methods.count(path.segs[1].name.v)) {
      // `Rc::clone(&a)` / `String::clone(&s)`: Clone::clone through a path
      ExprId arg = p_.ast.exprAt(e, 0);
      TyId at = shallow(checkExpr(arg, kNoExpect));
      record(e.a, t_.unit());
      if (t_.kind(at) != TyKind::Ref) {
        if (!isErr(at)) diags_.report(DiagKind::Mismatch, p_.ast.expr(arg).span, {}, "expected a reference, found " + tyDesc(at));
        return t_.error();
      }
      TyId inner = shallow(TyId{t_.get(at).a});
      if (!isClone(inner)) {
        diags_.report(DiagKind::TraitBoundNotMet, p_.ast.expr(arg).span, {p_.tyName(resolve(inner)), "Clone"},
                      "the trait `Clone` is not implemented for `" + p_.tyName(resolve(inner)) + "`");
        return t_.error();
      }
      p_.exprField[eid.v] = 30;  // MIR: a clone of *arg
      return inner;
    }
    if (path.segs.size() == 2) {  // `f64::from(x)`, `Point::default()`: a trait's function for a type
      if (std::optional<TyId> ret = checkTraitPathCall(eid, e, path, expect)) return *ret;
    }
    if (path.segs.size() >= 2 && !path.segs[0].isSelfType) {  // `Default::default()`: Self from the context
      Path traitPath = path;
      traitPath.segs.pop_back();
      int32_t ti = r_.findAdt(traitPath.segs.back().name) < 0 ? r_.findTrait(traitPath, false) : -1;
      if (ti >= 0) {
        const TraitInfo& tr = p_.traits[size_t(ti)];
        auto m = tr.methods.find(path.segs.back().name.v);
        if (m != tr.methods.end()) {
          const FnInfo& f = p_.fns[m->second.v];
          std::vector<TyId> args{newVar(InferKind::General)};
          for (size_t i = 0; i < tr.generics.size(); ++i) args.push_back(newVar(InferKind::General));
          std::vector<TyId> own = genericArgs(f.generics.size() - f.numImplGenerics, &path.segs.back(), callee.span);
          args.insert(args.end(), own.begin(), own.end());
          p_.exprRes[e.a.v] = p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
          record(e.a, t_.unit());
          recordSubsts(eid, args);
          TyId ret = normalize(t_.subst(f.ret, args));
          if (expect != kNoExpect) tryUnify(ret, expect);
          registerFnHints(f, args);
          checkArgs(e, substAll(f.params, args), 0, callee.span);
          applyFnBounds(f, args, e, 0);
          return normalize(ret);
        }
      }
    }
    Res r = r_.lookupValuePath(path, selfAdt_, path.segs.size() > 1);
    p_.exprRes[e.a.v] = r;
    p_.exprRes[eid.v] = r;
    record(e.a, t_.unit());
    auto argsUnchecked = [&]() { for (uint32_t i = 0; i < e.listLen; ++i) checkExpr(p_.ast.exprAt(e, i), kNoExpect); };
    switch (r.kind) {
      case ResKind::Fn: {
        const FnInfo& f = p_.fns[r.a];
        if (f.runtime && !runtime_ && f.intrinsic != Intrinsic::None) {
          // intrinsics are for the runtime only
        }
        if (f.isImport && !f.importSafe && unsafeDepth_ == 0)  // an `extern "C"` function: rustc's E0133
          diags_.report(DiagKind::UnsafeCall, e.span, {p_.str(f.name)}, "call to unsafe function")
              .note("consult the function's documentation for information on how to avoid undefined behavior");
        std::vector<TyId> args = fnArgs(f, &path, callee.span);
        recordSubsts(eid, args);
        TyId ret = t_.subst(f.ret, args);
        if (expect != kNoExpect && !args.empty()) tryUnify(ret, expect);  // the expected result guides inference
        registerFnHints(f, args);
        checkArgs(e, substAll(f.params, args), 0, callee.span);
        applyFnBounds(f, args, e, 0);
        return ret;
      }
      case ResKind::Struct:
      case ResKind::Variant: {
        const AdtInfo& a = p_.adts[r.a];
        const VariantInfo& v = a.variants[r.kind == ResKind::Variant ? r.b : 0];
        if (v.kind != StructKind::Tuple) {
          argsUnchecked();
          diags_.report(DiagKind::NotAFunction, callee.span, {std::string(v.kind == StructKind::Unit ? "unit " : "") + (a.isEnum ? "variant `" : "struct `") + std::string(p_.sm.text(callee.span)) + "`"});
          return t_.error();
        }
        TyId adtTy = adtInstance(r.a, path, callee.span);
        if (expect != kNoExpect) tryUnify(adtTy, expect);
        std::vector<TyId> params = p_.variantFieldTys(adtTy, r.kind == ResKind::Variant ? r.b : 0);
        checkArgs(e, params, 0, callee.span);
        return adtTy;
      }
      case ResKind::Const: {
        argsUnchecked();
        r_.ensureConstEvaluated(r.a);
        diags_.report(DiagKind::NotAFunction, callee.span, {"`" + p_.tyName(p_.consts[r.a].ty) + "`"}, "not a function");
        return t_.error();
      }
      case ResKind::Error: argsUnchecked(); return t_.error();
      default: {
        argsUnchecked();
        std::string name = p_.str(path.segs.back().name);
        diags_.report(DiagKind::UnknownFunction, callee.span, {name}, "not found in this scope");
        (void)expect;
        return t_.error();
      }
    }
  }

  // ---------------- closures and callable values ----------------
  ExprId assignExpr_;  // the assignment whose left side checkPlace is checking (for E0594's span)
  struct ClosureCtx {
    uint32_t closure;
    uint32_t firstLocal;
    int8_t requiredKind = -1;  // the Fn trait the expected bound names (-1: none): Fn closures cannot mutate captures
  };
  std::vector<ClosureCtx> closureStack_;   // closures whose bodies are being checked, innermost last
  std::vector<uint32_t> closuresInBody_;   // closures of the current body (their types are resolved in finish())
  // The signature a pending `F: Fn(A) -> R` bound gives to the inference variable chosen for F at a call,
  // so a closure argument gets its parameter types (`v.iter().map(|x| x * 2)`).
  struct Sig {
    std::vector<TyId> args;
    TyId ret;
    uint8_t kind = 0;  // 0 Fn, 1 FnMut, 2 FnOnce
  };
  std::map<uint32_t, Sig> fnHints_;  // inference variable index -> signature

  // A local used inside closures declared after it is captured by each of them.
  void noteCapture(uint32_t local, Span at) {
    for (size_t i = closureStack_.size(); i-- > 0;) {
      const ClosureCtx& cx = closureStack_[i];
      if (local >= cx.firstLocal) break;
      auto& caps = p_.closures[cx.closure].captures;
      bool seen = false;
      for (auto& c : caps) seen = seen || c.local == local;
      if (!seen) caps.push_back(ClosureInfo::Capture{local, 1, false, Span{}, at});
    }
  }
  // Returns false after reporting E0594/E0596 for a captured variable mutated in a closure that must be Fn.
  bool noteMutation(uint32_t local, ExprId at = ExprId{}, bool borrow = false) {
    for (size_t i = closureStack_.size(); i-- > 0;) {
      const ClosureCtx& cx = closureStack_[i];
      if (local >= cx.firstLocal) break;
      if (cx.requiredKind == 0 && at.valid()) {
        std::string n = p_.str(body_->locals[local].name);
        Span sp = !borrow && assignExpr_.valid() ? p_.ast.expr(assignExpr_).span : p_.ast.expr(at).span;
        Diagnostic& d = borrow ? diags_.report(DiagKind::BorrowMutOfImmutable, sp, {n}, "cannot borrow as mutable")
                               : diags_.report(DiagKind::AssignCaptured, sp, {n}, "cannot assign");
        d.message = borrow ? "cannot borrow `" + n + "` as mutable, as it is a captured variable in a `Fn` closure"
                           : "cannot assign to `" + n + "`, as it is a captured variable in a `Fn` closure";
        d.label(body_->locals[local].span, "`" + n + "` declared here, outside the closure");
        d.label(closureParamsSpan(p_.closures[cx.closure].expr), "in this closure");
        return false;
      }
      for (auto& c : p_.closures[cx.closure].captures)
        if (c.local == local) {
          if (!c.mutated && at.valid()) c.mutSpan = p_.ast.expr(at).span;
          c.mutated = true;
        }
      p_.closures[cx.closure].kind = std::max<uint8_t>(p_.closures[cx.closure].kind, 1);
    }
    return true;
  }
  // A write or mutable reborrow through `x: &mut T` captured by an enclosing closure (`*x = 3`,
  // `inside(x)`, `x.push(1)`): the closure needs unique access to `*x`, so it is FnMut and its capture
  // is a mutable one (rustc's unique borrow; the binding itself need not be `mut`).
  void noteUniqueUse(ExprId base, ExprId at) {
    while (base.valid() && p_.ast.expr(base).kind == ExprKind::Paren) base = p_.ast.expr(base).a;
    if (!base.valid() || p_.ast.expr(base).kind != ExprKind::Path || p_.exprRes[base.v].kind != ResKind::Local) return;
    uint32_t local = p_.exprRes[base.v].a;
    TyId t = shallow(body_->locals[local].ty);
    if (t_.kind(t) != TyKind::Ref || !t_.get(t).sub) return;
    for (size_t i = closureStack_.size(); i-- > 0;) {
      const ClosureCtx& cx = closureStack_[i];
      if (local >= cx.firstLocal) break;
      for (auto& c : p_.closures[cx.closure].captures)
        if (c.local == local) {
          if (!c.mutated) c.mutSpan = c.useSpan = p_.ast.expr(at).span;  // (rustc's label: `*x`)
          c.mutated = true;
        }
      p_.closures[cx.closure].kind = std::max<uint8_t>(p_.closures[cx.closure].kind, 1);
    }
  }
  std::vector<TyId> currentGenericArgs() {
    std::vector<TyId> v;
    const FnInfo& f = p_.fns[fn_.v];
    for (uint32_t i = 0; i < f.generics.size(); ++i) v.push_back(t_.param(i, f.generics[i]));
    return v;
  }

  TyId checkClosure(ExprId eid, const Expr& e, TyId expect) {
    if (!fn_.valid() || body_ != &p_.bodies[fn_.v]) {
      diags_.report(DiagKind::NotSupported, e.span, {"closures outside of function bodies"});
      return t_.error();
    }
    uint32_t ci = uint32_t(p_.closures.size());
    p_.closures.emplace_back();
    p_.exprField[eid.v] = ci;
    closuresInBody_.push_back(ci);
    {
      ClosureInfo& c = p_.closures[ci];
      c.expr = eid;
      c.parent = fn_;
      c.span = e.span;
      c.isMove = e.op;
    }
    // the signature a bound expects, if this closure is an argument for `F: Fn(..)`
    std::optional<Sig> hint;
    if (expect != kNoExpect) {
      TyId ex = shallow(expect);
      if (t_.kind(ex) == TyKind::Infer) {
        auto h = fnHints_.find(t_.get(ex).a);
        if (h != fnHints_.end()) hint = h->second;
      } else if (t_.kind(ex) == TyKind::Param || t_.kind(ex) == TyKind::Opaque) {
        hint = callableSig(ex);
      }
    }
    if (hint && hint->args.size() != e.listLen) hint.reset();  // reported when the bound is checked
    scopes_.emplace_back();
    uint32_t first = uint32_t(body_->locals.size());
    std::vector<TyId> params;
    for (uint32_t i = 0; i < e.listLen; ++i) {
      TypeId annot = p_.ast.typeLists[e.index + i];
      TyId pt;
      if (annot.valid()) {
        pt = r_.resolveType(annot);
        if (hint) tryUnify(pt, hint->args[i]);
      } else {
        pt = hint ? hint->args[i] : newVar(InferKind::General);
      }
      checkPat(p_.ast.patLists[e.list + i], pt, true);
      params.push_back(pt);
    }
    TyId ret = e.ty.valid() ? r_.resolveType(e.ty) : hint ? hint->ret : newVar(InferKind::General);
    if (e.ty.valid() && hint) tryUnify(ret, hint->ret);
    p_.closures[ci].params = params;
    p_.closures[ci].ret = ret;
    p_.closures[ci].firstLocal = first;
    // the body: `return` leaves the closure; loops outside are not targets of break/continue
    std::vector<LoopCtx> savedLoops;
    savedLoops.swap(loops_);
    TyId savedRet = retTy_;
    retTy_ = ret;
    closureStack_.push_back({ci, first, int8_t(hint ? int(hint->kind) : -1)});
    TyId bt = checkExpr(e.a, ret);
    demandExpr(e.a, bt, ret);
    closureStack_.pop_back();
    retTy_ = savedRet;
    loops_.swap(savedLoops);
    scopes_.pop_back();
    p_.closures[ci].endLocal = uint32_t(body_->locals.size());
    return t_.item(TyKind::Closure, ci, currentGenericArgs());
  }

  // What calling a value of type `t` takes and gives (through references): closures, function items,
  // generic parameters bounded by Fn traits, `impl Fn` results. `derefs` counts the references peeled.
  std::optional<Sig> callableSig(TyId t, uint8_t* derefs = nullptr) {
    t = shallow(t);
    uint8_t n = 0;
    while (t_.kind(t) == TyKind::Ref || (p_.libKindOf(t) == Program::LibKind::Box && t_.get(t).elems.size() == 1)) {
      t = shallow(t_.kind(t) == TyKind::Ref ? TyId{t_.get(t).a} : t_.get(t).elems[0]);
      ++n;
    }
    if (derefs) *derefs = n;
    const TyData d = t_.get(t);
    switch (d.kind) {
      case TyKind::Dyn: {  // `dyn Fn(A) -> R` (behind a reference or a Box)
        int k = p_.dynFnKind(t);
        if (k < 0 || d.elems.empty()) return std::nullopt;
        Sig s;
        s.kind = uint8_t(k);
        s.args.assign(d.elems.begin() + 1, d.elems.end());
        s.ret = d.elems[0];
        return s;
      }
      case TyKind::Closure: {
        const ClosureInfo& c = p_.closures[d.a];
        bool here = std::find(closuresInBody_.begin(), closuresInBody_.end(), d.a) != closuresInBody_.end();
        Sig s;
        s.kind = c.kind;
        for (TyId pt : c.params) s.args.push_back(here ? pt : t_.subst(pt, d.elems));
        s.ret = here ? c.ret : t_.subst(c.ret, d.elems);
        return s;
      }
      case TyKind::FnDef: {
        const FnInfo& f = p_.fns[d.a];
        Sig s;
        s.args = substAll(f.params, d.elems);
        s.ret = t_.subst(f.ret, d.elems);
        return s;
      }
      case TyKind::Param:
        for (const FnInfo::FnBound& fb : p_.fns[fn_.v].fnBounds)
          if (fb.param == d.a) return Sig{fb.args, fb.ret, fb.kind};
        return std::nullopt;
      case TyKind::Opaque: {
        const FnInfo& f = p_.fns[d.a];
        if (f.opaqueFnBounds.empty()) return std::nullopt;
        const FnInfo::FnBound& fb = f.opaqueFnBounds[0];
        return Sig{substAll(fb.args, d.elems), t_.subst(fb.ret, d.elems), fb.kind};
      }
      case TyKind::Infer: {
        auto h = fnHints_.find(d.a);
        if (h != fnHints_.end()) return h->second;
        return std::nullopt;
      }
      default: return std::nullopt;
    }
  }
  static std::string fnTraitName(uint8_t kind) { return kind == 0 ? "Fn" : kind == 1 ? "FnMut" : "FnOnce"; }
  std::string sigText(const Sig& s, uint8_t kind, bool withRet = true) {
    std::string out = fnTraitName(kind) + "(";
    for (size_t i = 0; i < s.args.size(); ++i) out += (i ? ", " : "") + p_.tyName(resolve(s.args[i]));
    out += ")";
    TyId r = resolve(s.ret);
    if (withRet && !t_.isUnit(r)) out += " -> " + p_.tyName(r);
    return out;
  }
  // `|a, b|` of a closure expression (for labels): from its first `|` to the matching one.
  Span closureParamsSpan(ExprId ce) {
    const Expr& e = p_.ast.expr(ce);
    if (e.kind != ExprKind::Closure) return e.span;
    std::string_view text = p_.sm.text(e.span);
    size_t open = text.find('|');
    if (open == std::string_view::npos) return e.span;
    size_t close = text.compare(open, 2, "||") == 0 ? open + 1 : text.find('|', open + 1);
    if (close == std::string_view::npos) return e.span;
    return Span{e.span.file, uint32_t(e.span.lo + open), uint32_t(e.span.lo + close + 1)};
  }

  // A call of a generic function: its `F: Fn(..)` bounds give signatures to the variables chosen for F.
  void registerFnHints(const FnInfo& f, const std::vector<TyId>& args) {
    for (const FnInfo::FnBound& fb : f.fnBounds) {
      if (fb.param >= args.size()) continue;
      TyId a = shallow(args[fb.param]);
      if (t_.kind(a) != TyKind::Infer || t_.get(a).sub != uint8_t(InferKind::General)) continue;
      std::vector<TyId> hargs;
      for (TyId x : fb.args) hargs.push_back(normalize(t_.subst(x, args)));
      fnHints_[t_.get(a).a] = Sig{hargs, normalize(t_.subst(fb.ret, args)), fb.kind};
    }
  }
  // After the arguments: the callable chosen for each `F: Fn(A) -> R` takes A and gives R (this infers R
  // for function items and generic callables), and a closure implements the Fn trait the bound names.
  void applyFnBounds(const FnInfo& f, const std::vector<TyId>& args, const Expr& call, size_t argSkip) {
    applyTraitBounds(f, args, true);
    applyFnSigBounds(f, args, call, argSkip);
  }
  // `B: FromIterator<Item>` with B = Vec<_>: the impl for Vec<T> decides T. A bound whose type is not
  // known yet is retried at the end of the body (before integer defaults), like rustc's obligations.
  struct PendingBound {
    const FnInfo* f;
    std::vector<TyId> args;
  };
  std::vector<PendingBound> pendingBounds_;
  bool applyTraitBounds(const FnInfo& f, const std::vector<TyId>& args, bool deferIfUnknown) {
    bool progress = false;
    for (size_t bi = 0; bi < f.bounds.size() && bi < f.boundArgs.size(); ++bi) {
      auto [param, trait] = f.bounds[bi];
      if (f.boundArgs[bi].empty() || param >= args.size()) continue;
      TyId self = resolve(args[param]);
      if (t_.kind(self) == TyKind::Infer && t_.get(self).sub == uint8_t(InferKind::General)) {
        if (deferIfUnknown) pendingBounds_.push_back({&f, args});
        continue;
      }
      if (t_.kind(self) == TyKind::Param || t_.kind(self) == TyKind::Error) continue;
      std::vector<TyId> want;
      for (TyId ba : f.boundArgs[bi]) want.push_back(normalize(t_.subst(ba, args)));
      std::vector<TyId> implArgs;
      int32_t impl = selectImpl(trait, self, want, implArgs);
      if (impl < 0) continue;
      const TraitImpl& im = p_.traitImpls[size_t(impl)];
      for (size_t k = 0; k < want.size() && k < im.traitArgs.size(); ++k) {
        TyId before = resolve(want[k]);
        tryUnify(t_.subst(im.traitArgs[k], implArgs), want[k]);
        progress = progress || resolve(want[k]) != before;
      }
    }
    return progress;
  }
  void applyFnSigBounds(const FnInfo& f, const std::vector<TyId>& args, const Expr& call, size_t argSkip) {
    for (const FnInfo::FnBound& fb : f.fnBounds) {
      if (fb.param >= args.size()) continue;
      TyId a = shallow(args[fb.param]);
      if ((t_.kind(a) == TyKind::Infer && t_.get(a).sub == uint8_t(InferKind::General)) || isErr(a)) continue;
      Span at = call.span;
      ExprId argExpr;
      for (uint32_t i = 0; i < call.listLen; ++i) {  // rustc points at the argument passed for F
        size_t pi = i + argSkip;
        if (pi < f.params.size() && t_.kind(f.params[pi]) == TyKind::Param && t_.get(f.params[pi]).a == fb.param) {
          at = p_.ast.expr(p_.ast.exprAt(call, i)).span;
          argExpr = p_.ast.exprAt(call, i);
        }
      }
      Sig want{substAll(fb.args, args), t_.subst(fb.ret, args), fb.kind};
      std::optional<Sig> have = callableSig(a);
      if (!have) {
        std::string tn = p_.tyName(resolve(a));
        std::string st = sigText(want, fb.kind, false);  // rustc names the bound without its result here
        Diagnostic& d = diags_.report(DiagKind::TraitBoundNotMet, at, {tn, st}, "expected an `" + st + "` closure, found `" + tn + "`");
        d.message = "expected a `" + st + "` closure, found `" + tn + "`";
        d.label(argSkip ? call.nameSpan : p_.ast.expr(call.a).span, "required by a bound introduced by this call");
        d.help("the trait `" + st + "` is not implemented for `" + tn + "`");
        d.note("required by a bound in `" + f.path + "`");
        continue;
      }
      if (have->args.size() != want.args.size()) {
        bool isClosure = t_.kind(derefAll(a)) == TyKind::Closure;
        size_t n = want.args.size(), m = have->args.size();
        auto args_ = [](size_t k) { return std::to_string(k) + (k == 1 ? " argument" : " arguments"); };
        // rustc: the call (the method name for a method call) and the closure's parameter list
        Span callSpan = argSkip ? Span{call.nameSpan.file, call.nameSpan.lo, call.span.hi} : call.span;
        Diagnostic& d = diags_.report(DiagKind::ClosureArgCount, callSpan, {}, std::string("expected ") + (isClosure ? "closure" : "function") + " that takes " + args_(n));
        d.message = std::string(isClosure ? "closure" : "function") + " is expected to take " + args_(n) + ", but it takes " + args_(m);
        if (isClosure && argExpr.valid()) d.label(closureParamsSpan(argExpr), "takes " + args_(m));
        continue;
      }
      bool ok = true;
      for (size_t i = 0; i < want.args.size(); ++i) ok = unify(have->args[i], want.args[i]) && ok;
      ok = unify(have->ret, want.ret) && ok;
      if (!ok) {
        diags_.report(DiagKind::Mismatch, at, {}, "expected " + sigText(want, fb.kind) + ", found " + sigText(*have, fb.kind))
            .message = "type mismatch in closure arguments";
        continue;
      }
      if (have->kind > fb.kind && t_.kind(derefAll(a)) == TyKind::Closure) {
        const ClosureInfo& cl = p_.closures[t_.get(derefAll(a)).a];
        Diagnostic& d = diags_.report(DiagKind::ClosureKind, closureParamsSpan(cl.expr), {fnTraitName(fb.kind), fnTraitName(have->kind)},
                                      "this closure implements `" + fnTraitName(have->kind) + "`, not `" + fnTraitName(fb.kind) + "`");
        d.label(at, "the requirement to implement `" + fnTraitName(fb.kind) + "` derives from here");
        for (const ClosureInfo::Capture& c : cl.captures)
          if (c.mutated) {
            d.label(c.mutSpan, "closure is `FnMut` because it mutates the variable `" + p_.str(body_->locals[c.local].name) + "` here");
            break;
          }
        d.label(argSkip ? call.nameSpan : p_.ast.expr(call.a).span, "required by a bound introduced by this call");
        d.note("required by a bound in `" + f.path + "`");
      }
    }
  }

  // `f(x)` where f is a value (a local, a field, a parenthesized expression) of a callable type.
  TyId checkValueCall(ExprId eid, const Expr& e) {
    TyId ct = checkExpr(e.a, kNoExpect);
    const Expr& callee = p_.ast.expr(e.a);
    uint8_t derefs = 0;
    std::optional<Sig> sig = callableSig(ct, &derefs);
    if (!sig) {
      for (uint32_t i = 0; i < e.listLen; ++i) checkExpr(p_.ast.exprAt(e, i), kNoExpect);
      if (isErr(ct)) return t_.error();
      Diagnostic& d = diags_.report(DiagKind::NotAFunction, callee.span, {tyQuoted(ct)}, "call expression requires function");
      if (callee.kind == ExprKind::Path && p_.exprRes[e.a.v].kind == ResKind::Local) {
        const LocalVar& lv = body_->locals[p_.exprRes[e.a.v].a];
        d.label(lv.span, "`" + p_.str(lv.name) + "` has type " + tyQuoted(lv.ty));
      }
      return t_.error();
    }
    // calling an FnMut closure borrows it mutably (`let mut counter = || ..`)
    // (also through a Box: `let mut f: Box<dyn FnMut()>`)
    bool owned = true;
    for (TyId t = shallow(ct); t_.kind(t) == TyKind::Ref || p_.libKindOf(t) == Program::LibKind::Box;
         t = shallow(t_.kind(t) == TyKind::Ref ? TyId{t_.get(t).a} : t_.get(t).elems[0]))
      owned = owned && t_.kind(t) != TyKind::Ref;
    if (sig->kind == 1 && owned) checkPlace(e.a, true);
    p_.exprAdj[eid.v] = Adjust{derefs, 0};
    p_.exprField[eid.v] = 7;  // a call of a callable value (MIR: closure body / function item)
    checkArgs(e, sig->args, 0, callee.span);
    return sig->ret;
  }

  // `Type::method(args)` where `method` belongs to a trait the type implements (and the type has no
  // inherent item of that name): the trait's declaration with Self = Type, resolved to the impl by MIR.
  std::optional<TyId> checkTraitPathCall(ExprId eid, const Expr& e, const Path& path, TyId expect) {
    const PathSeg& first = path.segs[0];
    const PathSeg& last = path.segs[1];
    TyId self{UINT32_MAX};
    static const char* kPrims[] = {"i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64", "bool", "char", "str"};
    const std::string& fname = p_.str(first.name);
    for (const char* pn : kPrims)
      if (fname == pn && !first.isSelfType) {
        auto pm = p_.primMethods.end();
        (void)pm;
        self = fname == "f32" ? t_.f32() : fname == "f64" ? t_.f64() : fname == "bool" ? t_.boolean() : fname == "char" ? t_.chr()
             : fname == "str" ? t_.str() : intTypeByName(fname);
      }
    if (self.v != UINT32_MAX) {
      auto pm = p_.primMethods.find(self.v);
      if (pm != p_.primMethods.end() && pm->second.count(last.name.v)) return std::nullopt;  // inherent
    } else {
      int32_t a = first.isSelfType ? selfAdt_ : r_.findAdt(first.name);
      if (a < 0) return std::nullopt;
      const AdtInfo& adt = p_.adts[size_t(a)];
      if (adt.methods.count(last.name.v) || adt.consts.count(last.name.v) || adt.variantIndex(last.name) >= 0) return std::nullopt;
      self = adtInstance(uint32_t(a), path, e.span);
    }
    for (uint32_t ti = 0; ti < p_.traits.size(); ++ti) {
      const TraitInfo& tr = p_.traits[ti];
      auto m = tr.methods.find(last.name.v);
      if (m == tr.methods.end()) continue;
      std::vector<TyId> implArgs;
      if (selectImpl(ti, self, {}, implArgs) < 0 && !derivesDefault(self, ti)) continue;
      const FnInfo& f = p_.fns[m->second.v];
      std::vector<TyId> args{self};
      for (size_t i = 0; i < tr.generics.size(); ++i) args.push_back(newVar(InferKind::General));
      std::vector<TyId> own = genericArgs(f.generics.size() - f.numImplGenerics, &last, e.span);
      args.insert(args.end(), own.begin(), own.end());
      p_.exprRes[e.a.v] = p_.exprRes[eid.v] = Res{ResKind::Fn, m->second.v};
      record(e.a, t_.unit());
      recordSubsts(eid, args);
      TyId ret = normalize(t_.subst(f.ret, args));
      if (expect != kNoExpect) tryUnify(ret, expect);
      registerFnHints(f, args);
      checkArgs(e, substAll(f.params, args), 0, p_.ast.expr(e.a).span);
      // the trait's arguments follow from the impl chosen for the argument types (`f64::from(3u8)`)
      if (!tr.generics.empty()) {
        std::vector<TyId> want(args.begin() + 1, args.begin() + 1 + long(tr.generics.size()));
        for (TyId& w : want) w = resolve(w);
        std::vector<TyId> ia;
        int32_t impl = selectImpl(ti, self, want, ia);
        if (impl >= 0)
          for (size_t k = 0; k < want.size() && k < p_.traitImpls[size_t(impl)].traitArgs.size(); ++k)
            tryUnify(t_.subst(p_.traitImpls[size_t(impl)].traitArgs[k], ia), want[k]);
      }
      applyFnBounds(f, args, e, 0);
      return normalize(ret);
    }
    return std::nullopt;
  }

  std::string describeForMethod(TyId t) {
    t = resolve(t);
    switch (t_.kind(t)) {
      case TyKind::Adt: return std::string(p_.adts[t_.get(t).a].isEnum ? "enum `" : "struct `") + p_.tyName(t) + "`";
      case TyKind::Ref: return "reference `" + p_.tyName(t) + "`";
      case TyKind::Array: return "array `" + p_.tyName(t) + "`";
      case TyKind::Tuple: return "tuple `" + p_.tyName(t) + "`";
      default: return "type `" + p_.tyName(t) + "`";
    }
  }

  // A method found for receiver type `cur`: the function and the generic arguments of its impl (or, for
  // a trait method declaration, [Self, trait arguments...]).
  struct MethodHit {
    FnId fn;
    std::vector<TyId> implArgs;
  };
  bool findMethod(TyId cur, Symbol name, MethodHit& hit) {
    TyKind k = t_.kind(cur);
    if (k == TyKind::Adt) {  // inherent methods first
      const AdtInfo& a = p_.adts[t_.get(cur).a];
      auto m = a.methods.find(name.v);
      if (m != a.methods.end()) {
        hit.fn = m->second;
        hit.implArgs = t_.get(cur).elems;
        return true;
      }
    }
    if (k == TyKind::Int || k == TyKind::Float || k == TyKind::Bool || k == TyKind::Char || k == TyKind::Str) {  // runtime methods of primitives
      auto pm = p_.primMethods.find(cur.v);
      if (pm != p_.primMethods.end()) {
        auto m = pm->second.find(name.v);
        if (m != pm->second.end()) {
          hit.fn = m->second;
          hit.implArgs = {};
          return true;
        }
      }
    }
    if (k == TyKind::Infer && t_.get(cur).sub != uint8_t(InferKind::General)) {
      // `2.pow(3)`: like rustc, a method on an unsuffixed literal's type is ambiguous
      for (auto& [ty, methods] : p_.primMethods)
        if (methods.count(name.v)) {
          ambiguousNumeric_ = true;
          return false;
        }
    }
    if (k == TyKind::Opaque) {  // `-> impl Iterator<..>`: the methods of its traits
      for (uint32_t trait : p_.fns[t_.get(cur).a].opaqueTraits) {
        auto m = p_.traits[trait].methods.find(name.v);
        if (m == p_.traits[trait].methods.end()) continue;
        hit.fn = m->second;
        hit.implArgs = {cur};
        for (size_t i = 0; i < p_.traits[trait].generics.size(); ++i) hit.implArgs.push_back(newVar(InferKind::General));
        return true;
      }
      return false;
    }
    if (k == TyKind::Dyn) {  // `dyn Shape`: the trait's methods (and its supertraits'), dispatched at run time
      std::vector<uint32_t> todo{t_.get(cur).a};
      for (size_t ti = 0; ti < todo.size() && ti < 16; ++ti) {
        const TraitInfo& tr = p_.traits[todo[ti]];
        auto m = tr.methods.find(name.v);
        if (m != tr.methods.end()) {
          hit.fn = m->second;
          hit.implArgs = {cur};
          const TyData dd = t_.get(cur);  // the object's own trait: its arguments (`dyn Container<i32>`)
          for (size_t i = 0; i < tr.generics.size(); ++i)
            hit.implArgs.push_back(ti == 0 && i < dd.elems.size() ? dd.elems[i] : newVar(InferKind::General));
          return true;
        }
        for (uint32_t st : tr.supers) todo.push_back(st);
      }
      return false;
    }
    if (k == TyKind::Param) {  // through the bounds of the current function (`T: Shape`)
      const FnInfo& f = p_.fns[fn_.v];
      for (size_t bi = 0; bi < f.bounds.size(); ++bi) {
        auto [param, trait] = f.bounds[bi];
        if (param != t_.get(cur).a) continue;
        auto m = p_.traits[trait].methods.find(name.v);
        if (m == p_.traits[trait].methods.end()) continue;
        hit.fn = m->second;
        hit.implArgs = {cur};
        for (size_t i = 0; i < p_.traits[trait].generics.size(); ++i)
          hit.implArgs.push_back(bi < f.boundArgs.size() && i < f.boundArgs[bi].size() ? f.boundArgs[bi][i] : newVar(InferKind::General));
        return true;
      }
      return false;
    }
    // trait impls for this type
    TyId actual = resolve(cur);
    for (size_t i = 0; i < p_.traitImpls.size(); ++i) {
      const TraitImpl& im = p_.traitImpls[i];
      const TraitInfo& trait = p_.traits[im.trait];
      auto decl = trait.methods.find(name.v);
      if (decl == trait.methods.end()) continue;
      // a blanket impl (`impl<K: Hash + Eq> __Key<K> for K`) is not a candidate for a reference: its
      // pointee's methods (through its bounds) come first
      if (t_.kind(im.selfTy) == TyKind::Param && t_.kind(resolve(cur)) == TyKind::Ref &&
          p_.fns[decl->second.v].selfKind != SelfKind::Value) continue;  // `&self` methods: Self is the pointee
      if (!blanketOk(im, resolve(cur))) continue;
      std::vector<TyId> args(im.generics.size(), TyId{UINT32_MAX});
      bool ok = t_.match(im.selfTy, actual, args);
      if (!ok && t_.kind(actual) == TyKind::Infer && t_.get(actual).sub != uint8_t(InferKind::General) &&
          (t_.kind(im.selfTy) == TyKind::Int || t_.kind(im.selfTy) == TyKind::Float)) {
        ok = unify(actual, im.selfTy);  // `5.describe()` with `impl Describe for i32`
      }
      if (!ok) continue;
      for (TyId& a : args) if (a.v == UINT32_MAX) a = newVar(InferKind::General);
      solveImplFnBounds(im, args);
      auto m = im.methods.find(name.v);
      if (m != im.methods.end()) {
        hit.fn = m->second;
        hit.implArgs = args;
      } else {  // the trait's default body, for Self = this type
        hit.fn = decl->second;
        hit.implArgs = {actual};
        for (TyId ta : im.traitArgs) hit.implArgs.push_back(t_.subst(ta, args));
      }
      return true;
    }
    return false;
  }

  TyId checkMethodCall(ExprId eid, const Expr& e, TyId expect) {
    TyId rt = checkExpr(e.a, kNoExpect);
    TyId cur = shallow(rt);
    uint8_t derefs = 0;
    bool strDeref = false;
    uint8_t sliceDeref = 0;
    std::string name = p_.str(e.name);
    auto argsUnchecked = [&]() { for (uint32_t i = 0; i < e.listLen; ++i) checkExpr(p_.ast.exprAt(e, i), kNoExpect); };
    while (true) {
      TyKind k = t_.kind(cur);
      if (k == TyKind::Error) { argsUnchecked(); return t_.error(); }
      MethodHit hit;
      if (findMethod(cur, e.name, hit)) {
        const FnInfo& f = p_.fns[hit.fn.v];
        if (f.selfKind == SelfKind::None) {
          argsUnchecked();
          diags_.report(DiagKind::NotAMethod, e.nameSpan, {name, describeForMethod(rt)}, "this is an associated function, not a method")
              .note("found the following associated functions; to be used as methods, functions must have a `self` parameter")
              .help("use associated function syntax instead: `" + p_.tyName(resolve(cur)) + "::" + name + "(...)`");
          return t_.error();
        }
        Adjust adj;
        adj.derefs = derefs;
        adj.strDeref = strDeref;
        adj.sliceDeref = sliceDeref;
        if (f.selfKind == SelfKind::Ref && !strDeref) adj.autoref = 1;
        else if (f.selfKind == SelfKind::RefMut) adj.autoref = 2;
        p_.exprAdj[eid.v] = adj;  // the receiver's adjustment is stored on the call
        p_.exprRes[eid.v] = Res{ResKind::Fn, hit.fn.v};
        if (adj.autoref == 2) {
          // &mut self: the receiver place must be mutable (through &mut refs is fine).
          if (derefs == 0) checkPlace(e.a, true);
          else {
            TyId t0 = shallow(rt);
            if (t_.kind(t0) == TyKind::Ref && !t_.get(t0).sub) reportBehindRef(e.a, true);
            else if (t_.kind(t0) == TyKind::Ref) noteUniqueUse(e.a, e.a);
            else if (p_.isBox(resolve(t0))) checkPlace(e.a, true);  // through a Box: the Box's owner
          }
        }
        // impl parameters, then the method's own
        std::vector<TyId> args = hit.implArgs;
        args.resize(f.numImplGenerics, t_.error());
        const PathSeg* tf = e.index ? &p_.ast.paths[e.index - 1].segs[0] : nullptr;
        std::vector<TyId> own = genericArgs(f.generics.size() - f.numImplGenerics, tf, e.nameSpan);
        args.insert(args.end(), own.begin(), own.end());
        recordSubsts(eid, args);
        if (expect != kNoExpect && f.generics.size() > f.numImplGenerics)
          tryUnify(normalize(t_.subst(f.ret, args)), expect);  // `let v: Vec<u64> = it.collect();`
        registerFnHints(f, args);
        checkArgs(e, substAll(f.params, args), 1, e.nameSpan, true);
        applyFnBounds(f, args, e, 1);
        return normalize(t_.subst(f.ret, args));
      }
      if ((((name == "max" || name == "min") && e.listLen == 1) || (name == "clamp" && e.listLen == 2)) && k != TyKind::Ref &&
          ((k == TyKind::Infer && t_.get(cur).sub == uint8_t(InferKind::Int)) ||
           (k != TyKind::Infer && k != TyKind::Int && k != TyKind::Float && comparable(cur, false) && totalOrder(cur, false)))) {
        // Ord::max / min / clamp (on `{integer}` too, like rustc's trait-method lookup)
        ambiguousNumeric_ = false;
        for (uint32_t i = 0; i < e.listLen; ++i) {
          ExprId arg = p_.ast.exprAt(e, i);
          demandExpr(arg, checkExpr(arg, cur), cur);
        }
        p_.exprAdj[eid.v] = Adjust{derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = name == "max" ? 13 : name == "min" ? 14 : 15;
        return cur;
      }
      if ((name == "cmp" || name == "partial_cmp") && e.listLen == 1 && k != TyKind::Ref &&
          !(k == TyKind::Infer && t_.get(cur).sub == uint8_t(InferKind::General)) &&
          comparable(cur, false) && (name == "partial_cmp" || totalOrder(cur, false))) {
        // Ord::cmp / PartialOrd::partial_cmp of the built-in or derived ordering: `a.cmp(&b)`
        int32_t ord = r_.findLibAdt(p_.interner.intern("Ordering"));
        int32_t opt = r_.findLibAdt(p_.interner.intern("Option"));
        ExprId arg = p_.ast.exprAt(e, 0);
        TyId at = checkExpr(arg, t_.ref(cur, false));
        if (t_.kind(shallow(at)) != TyKind::Ref || !unify(derefAll(at), cur)) demandExpr(arg, at, t_.ref(cur, false));
        p_.exprAdj[eid.v] = Adjust{derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = name == "cmp" ? 8 : 9;  // builtin: comparison to an Ordering
        if (ord < 0 || opt < 0) return t_.error();
        return name == "cmp" ? t_.adt(uint32_t(ord)) : t_.adt(uint32_t(opt), {t_.adt(uint32_t(ord))});
      }
      if (k == TyKind::Array && (name == "iter" || name == "iter_mut" || name == "into_iter") && e.listLen == 0) {
        // arrays have no impl blocks: their iterators are the library's slice iterators over the array
        int32_t it = r_.findLibAdt(p_.interner.intern(name == "iter" ? "Iter" : name == "iter_mut" ? "IterMut" : "IntoIter"));
        if (name == "iter_mut") {
          if (derefs == 0) checkPlace(e.a, true);
          else if (t_.kind(shallow(rt)) == TyKind::Ref && !t_.get(shallow(rt)).sub) reportBehindRef(e.a, true);
        }
        p_.exprAdj[eid.v] = Adjust{derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = name == "iter" ? 10 : name == "iter_mut" ? 11 : 12;
        return it < 0 ? t_.error() : t_.adt(uint32_t(it), {TyId{t_.get(cur).a}});
      }
      if (k == TyKind::Array && name == "len" && e.listLen == 0) {
        p_.exprAdj[eid.v] = Adjust{derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = 1;  // builtin: array length
        return t_.integer(IntKind::Usize);
      }
      if (k == TyKind::Str && (name == "len" || name == "is_empty") && e.listLen == 0) {
        p_.exprAdj[eid.v] = Adjust{derefs > 0 ? uint8_t(derefs - 1) : uint8_t(0), 0};  // keep the `&str`
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = name == "len" ? 3 : 4;  // builtin: str length / emptiness (in bytes)
        return name == "len" ? t_.integer(IntKind::Usize) : t_.boolean();
      }
      if ((name == "to_string" || name == "to_owned") && e.listLen == 0 &&
          (k == TyKind::Str || (name == "to_string" && (k == TyKind::Int || k == TyKind::Float || k == TyKind::Bool || k == TyKind::Char ||
                                                         (k == TyKind::Infer && t_.get(cur).sub != uint8_t(InferKind::General)) ||
                                                         p_.isString(cur) || (k == TyKind::Adt && userFmtImpl(cur, "__Display") >= 0) ||
                                                         paramHasBound(cur, "__Display"))))) {
        p_.exprAdj[eid.v] = Adjust{k == TyKind::Str && derefs > 0 ? uint8_t(derefs - 1) : derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = k == TyKind::Str ? 5 : 6;  // builtin: String::from(&str) / format!("{}", x)
        int32_t st = r_.findLibAdt(p_.interner.intern("String"));
        return st >= 0 ? t_.adt(uint32_t(st)) : t_.error();
      }
      if (name == "clone" && e.listLen == 0 && k == TyKind::Ref && t_.kind(shallow(TyId{t_.get(cur).a})) != TyKind::Ref &&
          isClone(TyId{t_.get(cur).a})) {  // `x.clone()` with `x: &T` clones the T (T::clone takes &self)
        p_.exprAdj[eid.v] = Adjust{uint8_t(derefs + 1), 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = 2;
        return shallow(TyId{t_.get(cur).a});
      }
      if (name == "clone" && e.listLen == 0 && isClone(cur)) {
        p_.exprAdj[eid.v] = Adjust{derefs, 0};
        p_.exprRes[eid.v] = Res{};
        p_.exprField[eid.v] = 2;  // builtin: a copy of the value (derived or primitive Clone)
        return cur;
      }
      if (k == TyKind::Ref || p_.isBox(resolve(cur))) {
        cur = shallow(p_.derefTarget(resolve(cur)));
        ++derefs;
        continue;
      }
      if (p_.isString(cur) && !strDeref) {  // String derefs to str: its methods apply to the text
        cur = t_.str();
        strDeref = true;
        continue;
      }
      if ((k == TyKind::Array || isVec(cur)) && !sliceDeref) {  // arrays and Vecs have the slice methods
        TyId elem = k == TyKind::Array ? TyId{t_.get(cur).a} : (t_.get(cur).elems.empty() ? t_.error() : t_.get(cur).elems[0]);
        bool found = false;
        for (const char* sn : {"__Slice", "__SliceMut"}) {
          int32_t sa = r_.findLibAdt(p_.interner.intern(sn));
          if (sa < 0 || !p_.adts[size_t(sa)].methods.count(e.name.v)) continue;
          sliceDeref = std::string(sn) == "__Slice" ? 1 : 2;
          if (sliceDeref == 2) {  // the array / Vec is borrowed mutably
            if (derefs == 0) checkPlace(e.a, true);
            else if (t_.kind(shallow(rt)) == TyKind::Ref && !t_.get(shallow(rt)).sub) reportBehindRef(e.a, true);
          }
          cur = t_.adt(uint32_t(sa), {elem});
          found = true;
          break;
        }
        if (found) continue;
      }
      break;
    }
    argsUnchecked();
    if (t_.kind(cur) == TyKind::Infer && t_.get(cur).sub == uint8_t(InferKind::General)) {
      diags_.report(DiagKind::TypeAnnotationsNeeded, e.nameSpan, {}, "cannot infer type");
      return t_.error();
    }
    if (ambiguousNumeric_) {
      ambiguousNumeric_ = false;
      std::string num = t_.get(cur).sub == uint8_t(InferKind::Int) ? "{integer}" : "{float}";
      diags_.report(DiagKind::AmbiguousNumeric, e.nameSpan, {name, num}, "")
          .help("you must specify a concrete type for this numeric value, like `" + std::string(num == "{integer}" ? "i32" : "f32") + "`");
      return t_.error();
    }
    Diagnostic& d = diags_.report(DiagKind::UnknownMethod, e.nameSpan, {name, describeForMethod(rt)}, "method not found in " + tyQuoted(rt));
    if (t_.kind(cur) == TyKind::Param) {
      for (const TraitInfo& tr : p_.traits)
        if (tr.methods.count(e.name.v)) {
          d.help("items from traits can only be used if the type parameter is bounded by the trait");
          d.help("restrict type parameter `" + p_.tyName(cur) + "` with trait `" + p_.str(tr.name) + "`: `" + p_.tyName(cur) + ": " + p_.str(tr.name) + "`");
          break;
        }
    }
    return t_.error();
  }

  TyId checkField(ExprId eid, const Expr& e) {
    TyId bt = checkExpr(e.a, kNoExpect);
    TyId cur = shallow(bt);
    uint8_t derefs = 0;
    while (t_.kind(cur) == TyKind::Ref || p_.isBox(resolve(cur))) { cur = shallow(p_.derefTarget(resolve(cur))); ++derefs; }
    p_.exprAdj[eid.v].derefs = derefs;
    TyKind k = t_.kind(cur);
    if (k == TyKind::Error) return cur;
    if (e.kind == ExprKind::TupleField) {
      if (k == TyKind::Tuple) {
        const auto& elems = t_.get(cur).elems;
        if (e.index < elems.size()) {
          p_.exprField[eid.v] = e.index;
          return elems[e.index];
        }
      } else if (k == TyKind::Adt) {
        const AdtInfo& a = p_.adts[t_.get(cur).a];
        if (!a.isEnum && a.variants[0].kind == StructKind::Tuple && e.index < a.variants[0].fields.size()) {
          p_.exprField[eid.v] = e.index;
          return p_.fieldTy(cur, 0, e.index);
        }
      } else if (k == TyKind::Infer) {
        diags_.report(DiagKind::TypeAnnotationsNeeded, e.span, {}, "cannot infer type");
        return t_.error();
      }
      diags_.report(DiagKind::NoFieldOnTuple, e.nameSpan, {std::to_string(e.index), p_.tyName(resolve(bt))}, "unknown field");
      return t_.error();
    }
    if (k == TyKind::Adt) {
      const AdtInfo& a = p_.adts[t_.get(cur).a];
      if (!a.isEnum) {
        const auto& fields = a.variants[0].fields;
        for (size_t i = 0; i < fields.size(); ++i) {
          if (fields[i].name == e.name) {
            p_.exprField[eid.v] = uint32_t(i);
            return p_.fieldTy(cur, 0, uint32_t(i));
          }
        }
        Diagnostic& d = diags_.report(DiagKind::UnknownField, e.nameSpan, {p_.str(e.name), p_.tyName(cur)}, "unknown field");
        std::string avail;
        for (const FieldInfo& f : fields) if (!f.name.empty()) avail += (avail.empty() ? "`" : ", `") + p_.str(f.name) + "`";
        if (!avail.empty()) d.note("available fields are: " + avail);
        return t_.error();
      }
    }
    if (k == TyKind::Infer) {
      diags_.report(DiagKind::TypeAnnotationsNeeded, e.span, {}, "cannot infer type");
      return t_.error();
    }
    if (k == TyKind::Adt && p_.adts[t_.get(cur).a].methods.count(e.name.v)) {
      diags_.report(DiagKind::UnknownField, e.nameSpan, {p_.str(e.name), p_.tyName(cur)}, "method, not a field")
          .help("use parentheses to call the method: `" + p_.str(e.name) + "()`");
      return t_.error();
    }
    diags_.report(DiagKind::UnknownField, e.nameSpan, {p_.str(e.name), p_.tyName(resolve(bt))}, "unknown field");
    return t_.error();
  }

  TyId checkStructLit(ExprId eid, const Expr& e) {
    const Path& path = p_.ast.paths[e.index];
    Res r = r_.lookupStructPath(path, selfAdt_, false);
    p_.exprRes[eid.v] = r;
    auto checkAll = [&]() {
      for (uint32_t i = 0; i < e.listLen; ++i) checkExpr(p_.ast.fieldInits[e.list + i].value, kNoExpect);
      if (e.a.valid()) checkExpr(e.a, kNoExpect);
    };
    if (r.kind != ResKind::Struct && r.kind != ResKind::Variant) {
      checkAll();
      if (r.kind != ResKind::Error)
        diags_.report(DiagKind::UnknownStructOrVariant, path.span, {p_.str(path.segs.back().name)}, "not found in this scope");
      return t_.error();
    }
    const AdtInfo& a = p_.adts[r.a];
    const VariantInfo& v = a.variants[r.kind == ResKind::Variant ? r.b : 0];
    TyId adtTy = adtInstance(r.a, path, path.span);
    std::vector<TyId> fieldTys = p_.variantFieldTys(adtTy, r.kind == ResKind::Variant ? r.b : 0);
    std::vector<bool> seen(v.fields.size(), false);
    for (uint32_t i = 0; i < e.listLen; ++i) {
      const FieldInit& fi = p_.ast.fieldInits[e.list + i];
      int idx = -1;
      for (size_t j = 0; j < v.fields.size(); ++j)
        if (v.fields[j].name == fi.name) idx = int(j);
      if (idx < 0) {
        checkExpr(fi.value, kNoExpect);
        std::string what = r.kind == ResKind::Variant ? "variant `" + p_.str(a.name) + "::" + p_.str(v.name) + "`" : "struct `" + p_.str(a.name) + "`";
        Diagnostic& d = diags_.report(DiagKind::UnknownStructField, fi.nameSpan, {p_.str(a.name), p_.str(fi.name)},
                                      "`" + p_.str(a.name) + "` does not have this field");
        if (r.kind == ResKind::Variant) d.message = what + " has no field named `" + p_.str(fi.name) + "`";
        d.code = r.kind == ResKind::Variant ? "E0559" : "E0560";
        continue;
      }
      p_.fieldInitIndex[e.list + i] = uint32_t(idx);
      if (seen[size_t(idx)]) {
        diags_.report(DiagKind::DuplicateDefinition, fi.nameSpan, {p_.str(fi.name)}, "used more than once").message =
            "field `" + p_.str(fi.name) + "` specified more than once";
        diags_.all();
      }
      seen[size_t(idx)] = true;
      TyId t = checkExpr(fi.value, fieldTys[size_t(idx)]);
      demandExpr(fi.value, t, fieldTys[size_t(idx)]);  // (with its coercion: a Box<closure> field of type Box<dyn Fn..>)
    }
    if (e.a.valid()) {  // `..base`: the fields not given come from a value of the same struct type
      TyId bt = checkExpr(e.a, adtTy);
      if (r.kind == ResKind::Variant) {
        diags_.report(DiagKind::UpdateNonStruct, p_.ast.expr(e.a).span, {});
        return adtTy;
      }
      demandExpr(e.a, bt, adtTy);
      return adtTy;
    }
    std::vector<std::string> missing;
    for (size_t j = 0; j < v.fields.size(); ++j)
      if (!seen[j]) missing.push_back("`" + p_.str(v.fields[j].name) + "`");
    if (!missing.empty() && v.kind == StructKind::Named) {
      std::string list;
      if (missing.size() == 1) list = missing[0];
      else if (missing.size() == 2) list = missing[0] + " and " + missing[1];
      else if (missing.size() == 3) list = missing[0] + ", " + missing[1] + " and " + missing[2];
      else list = missing[0] + ", " + missing[1] + ", " + missing[2] + " and " + std::to_string(missing.size() - 3) + " other field" + (missing.size() - 3 > 1 ? "s" : "");
      diags_.report(DiagKind::MissingFields, path.span, {missing.size() == 1 ? "" : "s", list, std::string(p_.sm.text(path.span))},
                    "missing " + list);
    } else if (v.kind == StructKind::Tuple && !missing.empty()) {
      diags_.report(DiagKind::NotSupported, e.span, {"brace syntax for tuple structs"});
    }
    return adtTy;
  }

  TyId checkIf(const Expr& e, TyId expect) {
    scopes_.emplace_back();  // `if let` bindings are visible in the then-branch only
    TyId ct = checkExpr(e.a, t_.boolean());
    demand(ct, t_.boolean(), p_.ast.expr(e.a).span);
    if (!e.c.valid()) {
      TyId tt = checkBlock(e.b, expect != kNoExpect && !t_.isUnit(shallow(expect)) ? kNoExpect : t_.unit());
      scopes_.pop_back();
      if (!coerce(tt, t_.unit())) {
        if (expect != kNoExpect && !t_.isUnit(shallow(expect))) {
          diags_.report(DiagKind::IfWithoutElse, e.span, {}, "expected " + tyDesc(tt) + ", found `()`")
              .note("`if` expressions without `else` evaluate to `()`")
              .help("consider adding an `else` block that evaluates to the expected type");
          return t_.error();
        }
        diags_.report(DiagKind::Mismatch, blockTailSpan(e.b), {}, "expected `()`, found " + tyDesc(tt))
            .note("`if` expressions without `else` evaluate to `()`")
            .help("consider adding an `else` block that evaluates to the expected type");
      } else if (expect != kNoExpect && !t_.isUnit(shallow(expect)) && t_.kind(shallow(expect)) != TyKind::Infer && !isErr(expect)) {
        diags_.report(DiagKind::IfWithoutElse, e.span, {}, "expected " + tyDesc(expect) + ", found `()`")
            .note("`if` expressions without `else` evaluate to `()`")
            .help("consider adding an `else` block that evaluates to the expected type");
        return t_.error();
      }
      return t_.unit();
    }
    TyId tt = checkBlock(e.b, expect);
    scopes_.pop_back();
    TyId et = checkExpr(e.c, expect != kNoExpect ? expect : (t_.kind(shallow(tt)) == TyKind::Never ? kNoExpect : tt));
    if (t_.kind(shallow(tt)) == TyKind::Never) return et;
    if (t_.kind(shallow(et)) == TyKind::Never) return tt;
    if (expect != kNoExpect) {
      demandTail(e.b, tt, expect);
      demandTail(e.c, et, expect);
      return expect;
    }
    if (!coerce(et, tt)) {
      Diagnostic& d = diags_.report(DiagKind::Mismatch, p_.ast.expr(e.c).kind == ExprKind::Block ? blockTailSpan(e.c) : p_.ast.expr(e.c).span, {},
                                    "expected " + tyDesc(tt) + ", found " + tyDesc(et));
      d.label(blockTailSpan(e.b), "expected because of this");
      d.message = "`if` and `else` have incompatible types";
      return t_.error();
    }
    return tt;
  }

  // The expression whose value a block / if / match arm produces (its tail, through nested blocks).
  ExprId valueTail(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    if (e.kind == ExprKind::Block && e.a.valid()) return valueTail(e.a);
    if (e.kind == ExprKind::Paren) return valueTail(e.a);
    return eid;
  }
  // demand() on a branch's value, recording a deref coercion (`&Box<T>` -> `&T`) on the tail expression
  // that produces it, where MIR applies it.
  void demandTail(ExprId branch, TyId actual, TyId expected) {
    ExprId tail = valueTail(branch);
    const Expr& b = p_.ast.expr(branch);
    if (tail == branch && b.kind == ExprKind::Block) {
      demand(actual, expected, blockTailSpan(branch));
      return;
    }
    demandExpr(tail, actual, expected);
  }
  bool coerceTail(ExprId branch, TyId actual, TyId expected) {
    lastStrCoerce_ = 0;
    bool ok = coerce(actual, expected);
    ExprId tail = valueTail(branch);
    if (ok && lastStrCoerce_ && !(tail == branch && p_.ast.expr(branch).kind == ExprKind::Block)) {
      p_.strCoerce[tail.v] = lastStrCoerce_;
      if (lastStrCoerce_ >= 11) p_.dynTarget[tail.v] = lastDynTarget_;
    }
    lastStrCoerce_ = 0;
    return ok;
  }

  TyId checkMatch(ExprId eid, const Expr& e, TyId expect) {
    TyId st = checkExpr(e.a, kNoExpect);
    TyId result = expect;
    bool allNever = true;
    Span firstSpan;
    for (uint32_t i = 0; i < e.listLen; ++i) {
      const Arm& arm = p_.ast.arms[e.list + i];
      scopes_.emplace_back();
      checkPat(arm.pat, st, false);
      if (arm.guard.valid()) {
        TyId g = checkExpr(arm.guard, t_.boolean());
        demand(g, t_.boolean(), p_.ast.expr(arm.guard).span);
      }
      TyId bt = checkExpr(arm.body, result);
      Span bspan = p_.ast.expr(arm.body).kind == ExprKind::Block ? blockTailSpan(arm.body) : p_.ast.expr(arm.body).span;
      if (t_.kind(shallow(bt)) != TyKind::Never) {
        if (result == kNoExpect) {
          result = bt;
          firstSpan = bspan;
        } else if (!coerceTail(arm.body, bt, result)) {
          Diagnostic& d = diags_.report(DiagKind::Mismatch, bspan, {}, "expected " + tyDesc(result) + ", found " + tyDesc(bt));
          if (expect == kNoExpect) {
            d.message = "`match` arms have incompatible types";
            d.label(firstSpan, "this is found to be of type " + tyQuoted(result));
          }
        }
        allNever = false;
      }
      scopes_.pop_back();
    }
    matches_.push_back(eid);
    if (allNever) return t_.never();
    return result == kNoExpect ? t_.unit() : result;
  }

  TyId checkFormatMacro(const FormatMacro& fm, ExprId owner) {
    if (owner.valid() && p_.ast.expr(owner).kind == ExprKind::FormatMacro && p_.ast.expr(owner).a.valid()) {
      ExprId target = p_.ast.expr(owner).a;
      TyId tt = resolve(checkExpr(target, kNoExpect));  // write!'s formatter, or a String (fmt::Write)
      if (p_.isString(tt)) checkPlace(target, true);     // `write!(s, ..)` borrows `s` mutably
      else if (t_.kind(tt) == TyKind::Ref && !t_.get(tt).sub && p_.isString(resolve(TyId{t_.get(tt).a})))
        diags_.report(DiagKind::Mismatch, p_.ast.expr(target).span, {}, "expected `&mut String`, found " + tyDesc(tt));
    }
    std::vector<TyId> tys;
    for (ExprId a : fm.args) tys.push_back(checkExpr(a, kNoExpect));
    for (const FmtPiece& pc : fm.pieces) {
      if (pc.arg >= 0 && size_t(pc.arg) < fm.args.size()) pendingFmt_.push_back({fm.args[size_t(pc.arg)], pc.spec.kind, p_.ast.expr(fm.args[size_t(pc.arg)]).span});
      for (int32_t cnt : {pc.spec.widthArg, pc.spec.precArg}) {
        if (cnt >= 0 && size_t(cnt) < fm.args.size()) {
          TyId t = tys[size_t(cnt)];
          if (!unify(t, t_.integer(IntKind::Usize)))
            diags_.report(DiagKind::Mismatch, p_.ast.expr(fm.args[size_t(cnt)]).span, {}, "expected `usize`, found " + tyDesc(t));
        }
      }
    }
    std::string m = p_.str(fm.macro);
    (void)owner;
    if (m == "print" || m == "println" || m == "eprint" || m == "eprintln") return t_.unit();
    if (m == "format") {
      int32_t st = r_.findLibAdt(p_.interner.intern("String"));
      return st >= 0 ? t_.adt(uint32_t(st)) : t_.error();
    }
    if (m == "write" || m == "writeln") {  // fmt::Result
      int32_t r = r_.findLibAdt(p_.interner.intern("Result")), err = r_.findLibAdt(p_.interner.intern("__FmtError"));
      return r >= 0 && err >= 0 ? t_.adt(uint32_t(r), {t_.unit(), t_.adt(uint32_t(err))}) : t_.error();
    }
    return t_.never();
  }

  // ---------------- patterns ----------------
  void recordPat(PatId pid, TyId t) {
    p_.patTy[pid.v] = t;
    touchedPats_.push_back(pid);
  }

  void checkPat(PatId pid, TyId expected, bool irrefutableCtx) {
    const Pat& pat = p_.ast.pat(pid);
    recordPat(pid, expected);
    // Default binding modes: a non-reference pattern matched against a reference peels it. A bare name
    // that names a unit variant, unit struct or constant (`None`) is such a pattern too.
    bool itemName = false;
    if (pat.kind == PatKind::Binding && !pat.sub.valid() && !pat.mut && !pat.byRef) {
      Path path;
      path.segs.push_back(PathSeg{pat.name, pat.span});
      Res r = r_.lookupValuePath(path, selfAdt_, false);
      itemName = r.kind == ResKind::Const || (r.kind == ResKind::Struct && p_.adts[r.a].variants[0].kind == StructKind::Unit) ||
                 (r.kind == ResKind::Variant && p_.adts[r.a].variants[r.b].kind == StructKind::Unit);
    }
    if ((pat.kind != PatKind::Binding || itemName) && pat.kind != PatKind::Wild && pat.kind != PatKind::Ref && pat.kind != PatKind::Rest && pat.kind != PatKind::Or) {
      TyId s = shallow(expected);
      uint8_t derefs = 0;
      uint8_t saveMode = bindModeCtx_;
      while (t_.kind(s) == TyKind::Ref) {
        if (pat.kind == PatKind::Lit && t_.kind(shallow(TyId{t_.get(s).a})) == TyKind::Str) break;  // "lit" against &str
        bool mut = t_.get(s).sub;
        bindModeCtx_ = (bindModeCtx_ == 1 || !mut) ? 1 : 2;
        s = shallow(TyId{t_.get(s).a});
        ++derefs;
      }
      if (derefs) {
        p_.patDerefs[pid.v] = derefs;
        expected = s;
      }
      checkPatInner(pid, pat, expected, irrefutableCtx);
      bindModeCtx_ = saveMode;
      return;
    }
    checkPatInner(pid, pat, expected, irrefutableCtx);
  }

  void bindLocal(PatId pid, const Pat& pat, TyId ty) {
    uint8_t mode = pat.byRef ? (pat.mut ? 2 : 1) : bindModeCtx_;
    if (pat.byRef) mode = 1;
    p_.bindMode[pid.v] = mode;
    TyId lt = mode == 0 ? ty : t_.ref(ty, mode == 2);
    if (orBindings_) {
      for (auto& [name, id] : *orBindings_) {
        if (name == pat.name) {
          p_.patRes[pid.v] = Res{ResKind::Local, id};
          if (!unify(body_->locals[id].ty, lt))
            diags_.report(DiagKind::Mismatch, pat.span, {}, "expected " + tyDesc(body_->locals[id].ty) + ", found " + tyDesc(lt))
                .note("in the same arm, a binding must have the same type in all alternatives");
          return;
        }
      }
      diags_.report(DiagKind::OrPatternBinding, pat.span, {p_.str(pat.name)}, "pattern doesn't bind `" + p_.str(pat.name) + "`");
      return;
    }
    for (auto& [name, id] : scopes_.back()) {
      (void)id;
      if (name == pat.name && !lets_.empty()) {}
    }
    LocalVar lv;
    lv.name = pat.name;
    lv.ty = lt;
    lv.span = pat.span;
    lv.mut = pat.mut && !pat.byRef;
    if (pat.byRef && pat.mut) lv.mut = false;
    lv.user = !runtime_;
    uint32_t id = addLocal(lv);
    p_.patRes[pid.v] = Res{ResKind::Local, id};
  }

  // A path pattern/lit-range bound may resolve to a constant.
  void checkPatInner(PatId pid, const Pat& pat, TyId expected, bool irrefutableCtx) {
    switch (pat.kind) {
      case PatKind::Error:
        for (uint32_t i = 0; i < pat.listLen; ++i) checkPat(p_.ast.patLists[pat.list + i], t_.error(), irrefutableCtx);
        return;
      case PatKind::Wild:
      case PatKind::Rest: return;
      case PatKind::Binding: {
        if (!pat.sub.valid() && !pat.mut && !pat.byRef) {
          // `Foo` may name a unit struct, unit variant or constant.
          Path path;
          path.segs.push_back(PathSeg{pat.name, pat.span});
          path.span = pat.span;
          Res r = r_.lookupValuePath(path, selfAdt_, false);
          if (r.kind == ResKind::Variant && p_.adts[r.a].variants[r.b].kind == StructKind::Unit) {
            p_.patRes[pid.v] = r;
            TyId t = adtInstance(r.a, path, pat.span);
            if (!unify(t, expected)) patMismatch(pat.span, expected, t);
            return;
          }
          if (r.kind == ResKind::Const || (r.kind == ResKind::Struct && p_.adts[r.a].variants[0].kind == StructKind::Unit)) {
            p_.patRes[pid.v] = r;
            TyId t = r.kind == ResKind::Const ? p_.consts[r.a].ty : adtInstance(r.a, path, pat.span);
            if (!unify(t, expected)) patMismatch(pat.span, expected, t);
            return;
          }
        }
        bindLocal(pid, pat, expected);
        if (pat.sub.valid()) checkPat(pat.sub, expected, irrefutableCtx);
        return;
      }
      case PatKind::Lit: {
        TyId t = checkExpr(pat.lo, shallow(expected));
        TyId s = shallow(expected);
        if (t_.kind(s) == TyKind::Ref && t_.kind(shallow(t)) == TyKind::Ref) return;
        if (!unify(t, expected)) patMismatch(pat.span, expected, t);
        return;
      }
      case PatKind::Range: {
        rangePats_.push_back(pid);
        TyId s = shallow(expected);
        if (pat.lo.valid()) {
          TyId t = checkExpr(pat.lo, s);
          if (!unify(t, expected)) { patMismatch(p_.ast.expr(pat.lo).span, expected, t); return; }
        }
        if (pat.hi.valid()) {
          TyId t = checkExpr(pat.hi, s);
          if (!unify(t, expected)) { patMismatch(p_.ast.expr(pat.hi).span, expected, t); return; }
        }
        TyKind k = t_.kind(shallow(expected));
        if (k != TyKind::Int && k != TyKind::Char && k != TyKind::Infer && k != TyKind::Error && k != TyKind::Float)
          diags_.report(DiagKind::Mismatch, pat.span, {}, "").message = "only `char` and numeric types are allowed in range patterns";
        return;
      }
      case PatKind::Tuple: {
        TyId s = shallow(expected);
        std::vector<PatId> subs(p_.ast.patLists.begin() + pat.list, p_.ast.patLists.begin() + pat.list + pat.listLen);
        size_t restAt = subs.size();
        for (size_t i = 0; i < subs.size(); ++i) if (p_.ast.pat(subs[i]).kind == PatKind::Rest) restAt = i;
        if (t_.kind(s) == TyKind::Infer && restAt == subs.size()) {
          std::vector<TyId> elems;
          for (size_t i = 0; i < subs.size(); ++i) elems.push_back(newVar(InferKind::General));
          unify(s, t_.tuple(elems));
          s = shallow(s);
        }
        if (t_.kind(s) == TyKind::Error) { for (PatId sp : subs) checkPat(sp, t_.error(), irrefutableCtx); return; }
        if (t_.kind(s) != TyKind::Tuple) {
          std::vector<TyId> elems(subs.size(), t_.error());
          patMismatch(pat.span, expected, t_.tuple(std::vector<TyId>(subs.size(), newVar(InferKind::General))));
          for (PatId sp : subs) checkPat(sp, t_.error(), irrefutableCtx);
          return;
        }
        const std::vector<TyId> elems = t_.get(s).elems;
        size_t fixed = restAt == subs.size() ? subs.size() : subs.size() - 1;
        if ((restAt == subs.size() && elems.size() != subs.size()) || (restAt != subs.size() && elems.size() < fixed)) {
          diags_.report(DiagKind::Mismatch, pat.span, {}, "expected a tuple with " + std::to_string(elems.size()) + " elements, found one with " +
                                                               std::to_string(subs.size()) + " elements");
          for (PatId sp : subs) checkPat(sp, t_.error(), irrefutableCtx);
          return;
        }
        for (size_t i = 0; i < subs.size(); ++i) {
          if (i == restAt) continue;
          size_t ei = i < restAt ? i : elems.size() - (subs.size() - i);
          checkPat(subs[i], elems[ei], irrefutableCtx);
        }
        return;
      }
      case PatKind::Path:
      case PatKind::TupleStruct:
      case PatKind::Struct: {
        const Path& path = p_.ast.paths[pat.path];
        Res r = pat.kind == PatKind::Path ? r_.lookupValuePath(path, selfAdt_, false) : r_.lookupStructPath(path, selfAdt_, false);
        p_.patRes[pid.v] = r;
        std::vector<PatId> subs(p_.ast.patLists.begin() + (pat.kind == PatKind::TupleStruct ? pat.list : 0),
                                p_.ast.patLists.begin() + (pat.kind == PatKind::TupleStruct ? pat.list + pat.listLen : 0));
        auto subsErr = [&]() {
          for (PatId sp : subs) checkPat(sp, t_.error(), irrefutableCtx);
          if (pat.kind == PatKind::Struct)
            for (uint32_t i = 0; i < pat.listLen; ++i) checkPat(p_.ast.fieldPats[pat.list + i].pat, t_.error(), irrefutableCtx);
        };
        if (r.kind == ResKind::Const && pat.kind == PatKind::Path) {
          TyId t = p_.consts[r.a].ty;
          if (!unify(t, expected)) patMismatch(pat.span, expected, t);
          return;
        }
        if (r.kind != ResKind::Struct && r.kind != ResKind::Variant) {
          if (r.kind == ResKind::None) {
            Res rr = r_.lookupValuePath(path, selfAdt_, true);
            if (rr.kind == ResKind::None) {
              if (pat.kind == PatKind::Path || pat.kind == PatKind::TupleStruct)
                diags_.report(DiagKind::UnknownName, path.span, {p_.str(path.segs.back().name)}, "not found in this scope")
                    .message = "cannot find tuple struct or tuple variant `" + p_.str(path.segs.back().name) + "` in this scope";
              else
                diags_.report(DiagKind::UnknownStructOrVariant, path.span, {p_.str(path.segs.back().name)}, "not found in this scope");
              diags_.all();
            }
          }
          subsErr();
          return;
        }
        const AdtInfo& a = p_.adts[r.a];
        const VariantInfo& v = a.variants[r.kind == ResKind::Variant ? r.b : 0];
        TyId adtTy = adtInstance(r.a, path, pat.span);
        if (!unify(adtTy, expected)) {
          patMismatch(pat.span, expected, adtTy);
          subsErr();
          return;
        }
        std::string vname = std::string(p_.sm.text(path.span));
        if (pat.kind == PatKind::Path) {
          if (v.kind != StructKind::Unit)
            diags_.report(DiagKind::ExpectedUnitPattern, pat.span, {"unit struct, unit variant or constant",
                                                                   std::string(v.kind == StructKind::Tuple ? "tuple" : "struct") + " variant `" + vname + "`"},
                          v.kind == StructKind::Tuple ? "help: use the tuple variant pattern syntax instead: `" + vname + "(..)`" : "");
          return;
        }
        if (pat.kind == PatKind::TupleStruct) {
          if (v.kind != StructKind::Tuple) {
            diags_.report(DiagKind::ExpectedUnitPattern, pat.span, {"tuple struct or tuple variant", std::string(v.kind == StructKind::Unit ? "unit" : "struct") + " variant `" + vname + "`"});
            subsErr();
            return;
          }
          size_t restAt = subs.size();
          for (size_t i = 0; i < subs.size(); ++i) if (p_.ast.pat(subs[i]).kind == PatKind::Rest) restAt = i;
          size_t fixed = restAt == subs.size() ? subs.size() : subs.size() - 1;
          if ((restAt == subs.size() && fixed != v.fields.size()) || fixed > v.fields.size()) {
            auto pl = [](size_t n) { return std::string(n == 1 ? "" : "s"); };
            diags_.report(DiagKind::PatternArity, pat.span, {std::to_string(fixed), pl(fixed), std::to_string(v.fields.size()), pl(v.fields.size())},
                          "expected " + std::to_string(v.fields.size()) + " field" + pl(v.fields.size()) + ", found " + std::to_string(fixed));
            subsErr();
            return;
          }
          for (size_t i = 0; i < subs.size(); ++i) {
            if (i == restAt) continue;
            size_t fi = i < restAt ? i : v.fields.size() - (subs.size() - i);
            checkPat(subs[i], p_.fieldTy(resolve(adtTy), a.isEnum ? r.b : 0, uint32_t(fi)), irrefutableCtx);
          }
          return;
        }
        // struct pattern
        std::vector<bool> seen(v.fields.size(), false);
        bool unknownField = false;
        for (uint32_t i = 0; i < pat.listLen; ++i) {
          const FieldPat& fp = p_.ast.fieldPats[pat.list + i];
          int idx = -1;
          for (size_t j = 0; j < v.fields.size(); ++j) if (v.fields[j].name == fp.name) idx = int(j);
          if (idx < 0) {
            diags_.report(DiagKind::UnknownPatField, fp.nameSpan, {a.isEnum ? "variant" : "struct", vname, p_.str(fp.name)},
                          a.isEnum ? "variant `" + vname + "` does not have this field" : "struct `" + vname + "` does not have this field");
            checkPat(fp.pat, t_.error(), irrefutableCtx);
            unknownField = true;
            continue;
          }
          p_.patField[pat.list + i] = uint32_t(idx);
          seen[size_t(idx)] = true;
          checkPat(fp.pat, p_.fieldTy(resolve(adtTy), a.isEnum ? r.b : 0, uint32_t(idx)), irrefutableCtx);
        }
        if (!pat.hasRest && !unknownField) {
          std::vector<std::string> missing;
          for (size_t j = 0; j < v.fields.size(); ++j) if (!seen[j]) missing.push_back("`" + p_.str(v.fields[j].name) + "`");
          if (!missing.empty()) {
            std::string list;
            for (size_t j = 0; j < missing.size(); ++j) list += (j ? (j + 1 == missing.size() ? " and " : ", ") : "") + missing[j];
            diags_.report(DiagKind::MissingPatFields, pat.span, {missing.size() == 1 ? "" : "s", list}, "missing field" + std::string(missing.size() == 1 ? "" : "s") + " " + list)
                .help("include the missing field" + std::string(missing.size() == 1 ? "" : "s") + " in the pattern, or ignore them with `..`");
          }
        }
        return;
      }
      case PatKind::Or: {
        std::vector<std::pair<Symbol, uint32_t>> firstBindings;
        auto* saveOr = orBindings_;
        for (uint32_t i = 0; i < pat.listLen; ++i) {
          PatId alt = p_.ast.patLists[pat.list + i];
          if (i == 0) {
            size_t before = scopes_.back().size();
            checkPat(alt, expected, irrefutableCtx);
            if (!saveOr) firstBindings.assign(scopes_.back().begin() + long(before), scopes_.back().end());
          } else {
            if (!saveOr) orBindings_ = &firstBindings;
            checkPat(alt, expected, irrefutableCtx);
            orBindings_ = saveOr;
          }
        }
        return;
      }
      case PatKind::Ref: {
        TyId s = shallow(expected);
        if (t_.kind(s) == TyKind::Ref) {
          uint8_t saved = bindModeCtx_;
          bindModeCtx_ = 0;  // a reference pattern resets the default binding mode to move
          checkPat(pat.sub, TyId{t_.get(s).a}, irrefutableCtx);
          bindModeCtx_ = saved;
          return;
        }
        if (t_.kind(s) != TyKind::Error) patMismatch(pat.span, expected, t_.ref(newVar(InferKind::General), false));
        checkPat(pat.sub, t_.error(), irrefutableCtx);
        return;
      }
    }
  }
  void patMismatch(Span s, TyId expected, TyId found) {
    if (isErr(expected) || isErr(found)) return;
    diags_.report(DiagKind::PatternMismatch, s, {}, "expected " + tyDesc(expected) + ", found " + tyDesc(found));
  }

  // ---------------- end of body ----------------
  // `thread::spawn(f)` (wasm.rs, std::thread's `F: Send + 'static`): what the closure captures must be
  // sendable to another thread (E0277: no Rc, ExternRef or FuncRef, no reference to a Cell/RefCell), and
  // it may not borrow the caller's locals (E0373), as rustc says.
  // The first part of `t` that is not Send ("sent") or, behind a shared reference, not Sync ("shared").
  std::pair<TyId, const char*> notSend(TyId t, int depth = 0) {
    if (depth > 24) return {TyId{UINT32_MAX}, nullptr};
    t = resolve(t);
    switch (t_.kind(t)) {
      case TyKind::Ref: {
        TyId in{t_.get(t).a};
        if (t_.get(t).sub) return notSend(in, depth + 1);  // &mut T: Send when T is
        auto [bad, why] = notSync(in, depth + 1);
        if (why) return {bad, why};
        return {TyId{UINT32_MAX}, nullptr};
      }
      case TyKind::Tuple:
        for (TyId e : t_.get(t).elems)
          if (auto r = notSend(e, depth + 1); r.second) return r;
        return {TyId{UINT32_MAX}, nullptr};
      case TyKind::Array: return notSend(TyId{t_.get(t).a}, depth + 1);
      case TyKind::Closure:
        for (TyId c : p_.captureTys(t))
          if (auto r = notSend(c, depth + 1); r.second) return r;
        return {TyId{UINT32_MAX}, nullptr};
      case TyKind::Adt: {
        Program::LibKind k = p_.libKindOf(t);
        if (k == Program::LibKind::Rc || k == Program::LibKind::ExternRef || k == Program::LibKind::FuncRef) return {t, "sent"};
        const AdtInfo& a = p_.adts[t_.get(t).a];
        if (p_.isRuntimeFile(a.span.file)) {  // library types: by their type arguments
          for (TyId e : t_.get(t).elems)
            if (auto r = notSend(e, depth + 1); r.second) return r;
          return {TyId{UINT32_MAX}, nullptr};
        }
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId f : p_.variantFieldTys(t, v))
            if (auto r = notSend(f, depth + 1); r.second) return r;
        return {TyId{UINT32_MAX}, nullptr};
      }
      default: return {TyId{UINT32_MAX}, nullptr};
    }
  }
  std::pair<TyId, const char*> notSync(TyId t, int depth) {
    t = resolve(t);
    if (t_.kind(t) == TyKind::Adt && p_.isRuntimeFile(p_.adts[t_.get(t).a].span.file)) {
      const std::string& n = p_.str(p_.adts[t_.get(t).a].name);
      if (n == "Cell" || n == "RefCell") return {t, "shared"};
    }
    auto r = notSend(t, depth);  // (Rc, handles: neither Send nor Sync)
    if (r.second && p_.libKindOf(r.first) != Program::LibKind::None) return {r.first, "shared"};
    return r;
  }
  void checkThreadSpawns() {
    for (ExprId e : substExprs_) {
      Res r = p_.exprRes[e.v];
      if (r.kind != ResKind::Fn || p_.fns[r.a].path != "__std_thread_spawn" || !p_.fns[r.a].runtime) continue;
      const std::vector<TyId>& substs = p_.exprSubsts[e.v];
      if (substs.size() < 2) continue;
      TyId f = resolve(substs[1]);
      if (t_.kind(f) != TyKind::Closure) continue;
      const ClosureInfo& c = p_.closures[t_.get(f).a];
      const Expr& ce = p_.ast.expr(c.expr);
      Span head = closureParamsSpan(c.expr);
      head.lo = ce.span.lo;
      auto [bad, why] = notSend(f);
      if (why) {
        auto lc = p_.sm.lineCol(ce.span.file, head.lo);
        auto lc2 = p_.sm.lineCol(ce.span.file, head.hi);
        std::string cname = "{closure@" + p_.sm.file(ce.span.file).name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col) + ": " +
                            std::to_string(lc2.line) + ":" + std::to_string(lc2.col) + "}";
        std::string tn = p_.tyName(bad);
        bool sent = std::string(why) == "sent";
        Diagnostic& d = diags_.report(DiagKind::NotSendSync, ce.span, {tn, why}, "`" + tn + "` cannot be " + why + " between threads safely");
        if (sent) {  // (rustc: a captured non-Send value is "within" the closure; a non-Sync one is behind the reference)
          d.label(head, "within this `" + cname + "`");
          d.label(calleeSpan(p_.ast.expr(e)), "required by a bound introduced by this call");
          d.help("within `" + cname + "`, the trait `Send` is not implemented for `" + tn + "`");
        } else {
          d.label(calleeSpan(p_.ast.expr(e)), "required by a bound introduced by this call");
          d.help("the trait `Sync` is not implemented for `" + tn + "`");
          d.note("required for `&" + tn + "` to implement `Send`");
        }
        d.note("required by a bound in `spawn`");
        continue;
      }
      if (c.isMove) continue;
      for (const ClosureInfo::Capture& cap : c.captures) {
        if (cap.mode == 0) continue;
        std::string v = p_.str(body_->locals[cap.local].name);
        diags_.report(DiagKind::ClosureMayOutlive, closureParamsSpan(c.expr), {v}, "may outlive borrowed value `" + v + "`")
            .label(cap.useSpan, "`" + v + "` is borrowed here")
            .note("function requires argument type to outlive `'static`")
            .help("to force the closure to take ownership of `" + v + "` (and any other referenced variables), use the `move` keyword");
        break;
      }
    }
  }

  void finish() {
    for (int round = 0; round < 8 && !pendingBounds_.empty(); ++round) {
      bool progress = false;
      for (size_t i = 0; i < pendingBounds_.size(); ++i) {
        PendingBound pb = pendingBounds_[i];
        progress = applyTraitBounds(*pb.f, pb.args, false) || progress;
      }
      if (!progress) break;
    }
    pendingBounds_.clear();
    // Defaults: {integer} -> i32, {float} -> f64.
    for (size_t i = 0; i < vars_.size(); ++i) {
      if (vars_[i] != kNoExpect) continue;
      if (varKinds_[i] == InferKind::Int) vars_[i] = t_.integer(IntKind::I32);
      else if (varKinds_[i] == InferKind::Float) vars_[i] = t_.f64();
    }
    bool reportedInfer = false;
    for (ExprId e : touchedExprs_) {
      TyId t = normalize(resolve(p_.exprTy[e.v]));
      if (hasInfer(t)) {
        if (!reportedInfer && diags_.errorCount() == 0) {
          diags_.report(DiagKind::TypeAnnotationsNeeded, p_.ast.expr(e).span, {}, "cannot infer type");
          reportedInfer = true;
        }
        t = t_.error();
      }
      p_.exprTy[e.v] = t;
    }
    for (PatId pid : touchedPats_) p_.patTy[pid.v] = eraseInfer(normalize(resolve(p_.patTy[pid.v])));
    for (ExprId e : substExprs_) {
      for (TyId& t : p_.exprSubsts[e.v]) {
        t = normalize(resolve(t));
        if (hasInfer(t)) {
          if (!reportedInfer && diags_.errorCount() == errorsAtStart_)
            diags_.report(DiagKind::TypeAnnotationsNeeded, p_.ast.expr(e).span, {}, "cannot infer the type of a generic parameter");
          reportedInfer = true;
          t = t_.error();
        }
      }
      checkCallBounds(e);
    }
    for (LocalVar& lv : body_->locals) lv.ty = eraseInfer(normalize(resolve(lv.ty)));
    for (uint32_t ci : closuresInBody_) {
      ClosureInfo& c = p_.closures[ci];
      for (TyId& t : c.params) t = eraseInfer(normalize(resolve(t)));
      c.ret = eraseInfer(normalize(resolve(c.ret)));
      for (ClosureInfo::Capture& cap : c.captures) cap.mode = c.isMove ? 0 : cap.mutated ? 2 : 1;
    }
    checkThreadSpawns();
    // Integer literal range lint (deny by default).
    for (auto& [lit, neg] : intLits_) {
      const Expr& e = p_.ast.expr(lit);
      TyId t = p_.exprTy[lit.v];
      if (t_.kind(t) != TyKind::Int) {
        if (e.intOverflow && t_.kind(t) != TyKind::Float)
          diags_.report(DiagKind::IntLiteralOutOfRange, e.span, {"i128"}).message = "integer literal is too large";
        continue;
      }
      IntKind k = t_.intKind(t);
      uint32_t bits = intBits(k);
      unsigned __int128 v = e.intValue;
      unsigned __int128 max = intSigned(k) ? ((unsigned __int128)1 << (bits - 1)) - (neg ? 0 : 1) : (((unsigned __int128)1 << bits) - 1);
      bool bad = e.intOverflow || v > max || (neg && !intSigned(k));
      std::string text(p_.sm.text(e.span));
      if (bad && !(neg && !intSigned(k))) {
        std::string range = intSigned(k) ? "`" + std::to_string(-((long double)1 * ((unsigned __int128)1 << (bits - 1)) > 0 ? 0 : 0)) + "`" : "";
        std::string lo = intSigned(k) ? "-" + u128str((unsigned __int128)1 << (bits - 1)) : "0";
        std::string hi = intSigned(k) ? u128str(((unsigned __int128)1 << (bits - 1)) - 1) : u128str(((unsigned __int128)1 << bits) - 1);
        Diagnostic& d = diags_.report(DiagKind::IntLiteralOutOfRange, neg ? e.span : e.span, {intName(k)});
        d.note("the literal `" + std::string(neg ? "-" : "") + text + "` does not fit into the type `" + intName(k) + "` whose range is `" + lo + "..=" + hi + "`");
        d.note("`#[deny(overflowing_literals)]` on by default");
        (void)range;
      }
    }
    // Casts.
    for (ExprId ce : pendingCasts_) {
      const Expr& e = p_.ast.expr(ce);
      TyId from = p_.exprTy[e.a.v], to = p_.exprTy[ce.v];
      if (!castOk(from, to)) {
        if (t_.kind(from) == TyKind::Error || t_.kind(to) == TyKind::Error) continue;
        bool prim = isPrimScalar(from);
        if (prim && t_.kind(to) == TyKind::Bool && t_.kind(from) == TyKind::Int)
          diags_.report(DiagKind::CastToBool, e.span, {p_.tyName(from)}, "").help("compare with zero instead: `" + std::string(p_.sm.text(p_.ast.expr(e.a).span)) + " != 0`");
        else if (prim && t_.kind(to) == TyKind::Char && t_.kind(from) == TyKind::Int)
          diags_.report(DiagKind::CastToChar, e.span, {p_.tyName(from)}, "invalid cast");
        else if (prim) diags_.report(DiagKind::BadCast, e.span, {p_.tyName(from), p_.tyName(to)}, "");
        else diags_.report(DiagKind::NonPrimitiveCast, e.span, {p_.tyName(from), p_.tyName(to)}, "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
        if (t_.kind(to) == TyKind::Char && t_.kind(from) == TyKind::Int)
          diags_.all().back();
      }
    }
    // Format arguments.
    for (const PendingFmt& pf : pendingFmt_) {
      TyId t = p_.exprTy[pf.arg.v];
      while (t_.kind(t) == TyKind::Ref || p_.isBox(t)) t = p_.derefTarget(t);
      TyKind k = t_.kind(t);
      if (k == TyKind::Error) continue;
      bool ok;
      const char* trait = "std::fmt::Display";
      switch (pf.kind) {
        case 0: ok = k == TyKind::Int || k == TyKind::Float || k == TyKind::Bool || k == TyKind::Char || k == TyKind::Str || p_.isString(t) ||
                     userFmtImpl(t, "__Display") >= 0 || paramHasBound(t, "__Display") || dynHasFmt(t, "__Display"); break;
        case 1: case 100: {
          TyId bad = t_.error();
          debugRecursive_ = TyId{UINT32_MAX};
          ok = isDebug(t, bad);
          if (ok && debugRecursive_.v != UINT32_MAX) {
            diags_.report(DiagKind::NotSupported, pf.span, {"`{:?}` of the recursive type `" + p_.tyName(debugRecursive_) + "` (derived Debug through a Box)"});
            continue;
          }
          if (!ok) t = bad, k = t_.kind(t);
          if (ok && pf.kind == 100 && !comparable(t, true)) {
            ok = false;
            trait = "PartialEq";
            break;
          }
          trait = "Debug";
          break;
        }
        case 2: ok = k == TyKind::Int; trait = "LowerHex"; break;
        case 3: ok = k == TyKind::Int; trait = "UpperHex"; break;
        case 4: ok = k == TyKind::Int; trait = "Binary"; break;
        case 5: ok = k == TyKind::Int; trait = "Octal"; break;
        case 6: ok = k == TyKind::Int || k == TyKind::Float; trait = "LowerExp"; break;
        default: ok = k == TyKind::Int || k == TyKind::Float; trait = "UpperExp"; break;
      }
      if (!ok) {
        std::string tn = p_.tyName(t);
        Diagnostic& d = diags_.report(DiagKind::NotFormattable, pf.span, {tn, trait},
                                      "`" + tn + "` cannot be formatted " + (pf.kind == 0 ? "with the default formatter" : "using `{:?}`"));
        if ((pf.kind == 1 || pf.kind == 100) && k == TyKind::Adt)
          d.help("add `#[derive(Debug)]` to `" + p_.str(p_.adts[t_.get(t).a].name) + "` or manually `impl Debug for " + p_.str(p_.adts[t_.get(t).a].name) + "`");
        if (pf.kind == 0) d.help("the trait `std::fmt::Display` is not implemented for `" + tn + "`");
        if (pf.kind == 0 && k == TyKind::Adt) d.note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
      }
    }
    // Empty range patterns.
    for (PatId rp : rangePats_) {
      const Pat& pat = p_.ast.pat(rp);
      if (!pat.lo.valid() || !pat.hi.valid()) continue;
      TyId ty = p_.exprTy[pat.lo.v];
      if (t_.kind(ty) != TyKind::Int && t_.kind(ty) != TyKind::Char && t_.kind(ty) != TyKind::Float) continue;
      bool ok = true;
      ConstValue lo = r_.evalConst(pat.lo, ty, ok), hi = r_.evalConst(pat.hi, ty, ok);
      if (!ok) continue;
      int cmp;
      if (lo.kind == ConstValue::Float) {
        double a, b;
        std::memcpy(&a, &lo.bits, 8);
        std::memcpy(&b, &hi.bits, 8);
        cmp = a < b ? -1 : a > b ? 1 : 0;
      } else if (t_.kind(ty) == TyKind::Int && intSigned(t_.intKind(ty))) {
        cmp = int64_t(lo.bits) < int64_t(hi.bits) ? -1 : int64_t(lo.bits) > int64_t(hi.bits) ? 1 : 0;
      } else {
        cmp = lo.bits < hi.bits ? -1 : lo.bits > hi.bits ? 1 : 0;
      }
      if (pat.inclusive && cmp > 0)
        diags_.report(DiagKind::EmptyRangePattern, pat.span, {}, "lower bound larger than upper bound");
      else if (!pat.inclusive && cmp >= 0)
        diags_.report(DiagKind::EmptyRangePatternExcl, pat.span, {}, "");
    }
    // Exhaustiveness and reachability of matches; refutable `let` patterns.
    for (ExprId m : matches_) checkMatchExhaustive(p_, diags_, m);
    for (StmtId s : lets_) checkLetIrrefutable(p_, diags_, p_.ast.stmt(s).pat);
    // Lints are not reported for a body with errors (like rustc).
    if (diags_.errorCount() > errorsAtStart_ || lintsOff_ || syntaxErrors_) return;
    // Unused variables (user bindings only), then `mut` that is never needed.
    for (const LocalVar& lv : body_->locals) {
      if (!lv.user || !lv.used || !lv.mut || lv.mutated || lv.declaredUninit) continue;
      std::string n = p_.str(lv.name);
      if (n.empty() || n[0] == '_') continue;
      Span mutSpan{lv.span.file, lv.span.lo, lv.span.lo + 4};
      diags_.report(DiagKind::UnusedMut, mutSpan, {}, "").help("remove this `mut`")
          .note("`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default");
    }
    for (const LocalVar& lv : body_->locals) {
      if (!lv.user || lv.used) continue;
      std::string n = p_.str(lv.name);
      if (n.empty() || n[0] == '_' || n == "self") continue;
      diags_.report(DiagKind::UnusedVariable, lv.span, {n}, "help: if this is intentional, prefix it with an underscore: `_" + n + "`")
          .note("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default");
    }
  }
  static std::string u128str(unsigned __int128 v) {
    if (v == 0) return "0";
    std::string s;
    while (v) { s += char('0' + int(v % 10)); v /= 10; }
    std::reverse(s.begin(), s.end());
    return s;
  }
  bool hasInfer(TyId t) {
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Infer: return true;
      case TyKind::Ref: case TyKind::Array: return hasInfer(TyId{d.a});
      case TyKind::Tuple: case TyKind::Adt: for (TyId e : d.elems) if (hasInfer(e)) return true; return false;
      default: return false;
    }
  }
  TyId eraseInfer(TyId t) { return hasInfer(t) ? t_.error() : t; }
  bool isPrimScalar(TyId t) {
    TyKind k = t_.kind(t);
    return k == TyKind::Int || k == TyKind::Float || k == TyKind::Bool || k == TyKind::Char;
  }
  bool castOk(TyId from, TyId to) {
    TyKind f = t_.kind(from), k = t_.kind(to);
    if (f == TyKind::Error || k == TyKind::Error) return true;
    if (from == to) return true;
    if (k == TyKind::Int) {
      if (f == TyKind::Int || f == TyKind::Float || f == TyKind::Bool || f == TyKind::Char) return true;
      if (f == TyKind::Adt) {  // C-like enums
        const AdtInfo& a = p_.adts[t_.get(from).a];
        if (!a.isEnum) return false;
        for (const VariantInfo& v : a.variants) if (v.kind != StructKind::Unit) return false;
        return true;
      }
      return false;
    }
    if (k == TyKind::Float) return f == TyKind::Int || f == TyKind::Float;
    if (k == TyKind::Char) return f == TyKind::Int && t_.intKind(from) == IntKind::U8;
    if (k == TyKind::Bool) return false;
    if (k == TyKind::Ref && f == TyKind::Ref) return unify(from, to);
    return false;
  }
};

}  // namespace

void typeCheckProgram(Program& p, Resolver& r, DiagnosticBag& diags) {
  p.exprTy.assign(p.ast.exprs.size(), p.types.error());
  p.exprRes.assign(p.ast.exprs.size(), Res{});
  p.exprAdj.assign(p.ast.exprs.size(), Adjust{});
  p.exprField.assign(p.ast.exprs.size(), 0);
  p.opDerefs.assign(p.ast.exprs.size(), 0);
  p.strCoerce.assign(p.ast.exprs.size(), 0);
  p.exprSubsts.assign(p.ast.exprs.size(), {});
  p.patTy.assign(p.ast.pats.size(), p.types.error());
  p.patRes.assign(p.ast.pats.size(), Res{});
  p.patDerefs.assign(p.ast.pats.size(), 0);
  p.bindMode.assign(p.ast.pats.size(), 0);
  p.patField.assign(p.ast.fieldPats.size(), 0);
  p.fieldInitIndex.assign(p.ast.fieldInits.size(), 0);
  if (p.typeTy.size() < p.ast.types.size()) p.typeTy.resize(p.ast.types.size(), p.types.error());
  Checker c(p, r, diags);
  r.freshInfer = [&c]() { return c.freshVar(); };
  c.syntaxErrors_ = diags.errorCount() > 0;
  // Names in library code mean the library's types even when the user has a type of the same name.
  for (uint32_t i = 0; i < p.fns.size(); ++i) {
    r.setContext(p.fns[i].item, p.fns[i].runtime);
    c.checkFn(FnId{i});
  }
  for (uint32_t i = 0; i < p.consts.size(); ++i) {
    r.setContext(p.consts[i].item, !p.consts[i].item.valid() || p.isRuntimeFile(p.ast.item(p.consts[i].item).span.file));
    c.checkConstInit(i);
  }
  r.ctxModule_ = 0;
  r.freshInfer = nullptr;
  // Each closure's body becomes a function: (&environment, params...) -> ret, generic like its parent.
  std::vector<uint32_t> counter(p.fns.size(), 0);
  for (uint32_t ci = 0; ci < p.closures.size(); ++ci) {
    ClosureInfo& cl = p.closures[ci];
    const FnInfo parent = p.fns[cl.parent.v];
    FnInfo f;
    f.name = p.interner.intern("{closure#" + std::to_string(counter[cl.parent.v]++) + "}");
    f.path = parent.path + "::" + p.interner.str(f.name);
    f.closure = int32_t(ci);
    f.generics = parent.generics;
    f.numImplGenerics = parent.numImplGenerics;
    f.selfAdt = parent.selfAdt;
    f.selfTy = parent.selfTy;
    f.fnBounds = parent.fnBounds;
    f.bounds = parent.bounds;
    f.cmpBounds = parent.cmpBounds;
    f.cloneBounds = parent.cloneBounds;
    f.copyBounds = parent.copyBounds;
    f.hashBounds = parent.hashBounds;
    std::vector<TyId> own;
    for (uint32_t i = 0; i < parent.generics.size(); ++i) own.push_back(p.types.param(i, parent.generics[i]));
    f.params.push_back(p.types.ref(p.types.item(TyKind::Closure, ci, own), false));
    f.params.insert(f.params.end(), cl.params.begin(), cl.params.end());
    f.ret = cl.ret;
    f.runtime = parent.runtime;
    f.span = cl.span;
    cl.bodyFn = FnId{uint32_t(p.fns.size())};
    p.fns.push_back(std::move(f));
  }
  p.bodies.resize(p.fns.size());
}

}  // namespace wr
