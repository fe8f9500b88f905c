// Program queries that need the trait impls: impl selection and normalization of concrete types.
#include "check/program.h"
#include <algorithm>

namespace wr {

bool Program::concreteSig(TyId t, std::vector<TyId>& args, TyId& ret) const {
  TypeTable& tt = const_cast<TypeTable&>(types);
  while (tt.kind(t) == TyKind::Ref) t = TyId{tt.get(t).a};
  const TyData d = tt.get(t);
  if (d.kind == TyKind::Closure) {
    const ClosureInfo& c = closures[d.a];
    args.clear();
    for (TyId p : c.params) args.push_back(tt.subst(p, d.elems));
    ret = tt.subst(c.ret, d.elems);
    return true;
  }
  if (d.kind == TyKind::FnDef) {
    const FnInfo& f = fns[d.a];
    args.clear();
    for (TyId p : f.params) args.push_back(tt.subst(p, d.elems));
    ret = tt.subst(f.ret, d.elems);
    return true;
  }
  return false;
}

bool Program::isCopy(TyId t, const FnInfo* generic) const {
  std::vector<TyId> todo{t}, seen;
  for (size_t i = 0; i < todo.size(); ++i) {
    TyId x = todo[i];
    const TyData& d = types.get(x);
    switch (d.kind) {
      case TyKind::Error: case TyKind::Never: case TyKind::Bool: case TyKind::Char: case TyKind::Int: case TyKind::Float:
      case TyKind::Ref: case TyKind::FnDef: case TyKind::Infer:
        continue;  // (Param/Proj/Infer do not survive monomorphization; never reported as moves)
      case TyKind::Param:  // (in a generic body: Copy when bounded so)
        if (generic && std::find(generic->copyBounds.begin(), generic->copyBounds.end(), d.a) == generic->copyBounds.end()) return false;
        continue;
      case TyKind::Proj:
        if (generic) return false;
        continue;
      case TyKind::Array: todo.push_back(TyId{d.a}); continue;
      case TyKind::Tuple: for (TyId e : d.elems) todo.push_back(e); continue;
      case TyKind::Closure: for (TyId e : captureTys(x)) todo.push_back(e); continue;
      case TyKind::Adt: {
        if (sliceKind(x)) continue;
        bool dup = false;
        for (TyId s : seen) dup = dup || s == x;
        if (dup) continue;
        seen.push_back(x);
        const AdtInfo& a = adts[d.a];
        if (!a.deriveCopy) return false;
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId f : variantFieldTys(x, v)) todo.push_back(f);
        continue;
      }
      default: return false;  // str, dyn, opaque
    }
  }
  return true;
}

std::pair<FnId, std::vector<TyId>> Program::dropImpl(TyId t) const {
  if (types.kind(t) != TyKind::Adt) return {FnId{}, {}};
  int32_t tr = libTrait("Drop");
  if (tr < 0) return {FnId{}, {}};
  std::vector<TyId> args;
  int32_t impl = findTraitImpl(uint32_t(tr), t, &args);
  if (impl < 0) return {FnId{}, {}};
  auto m = traitImpls[size_t(impl)].methods.find(interner.intern("drop").v);
  if (m == traitImpls[size_t(impl)].methods.end()) return {FnId{}, {}};
  return {m->second, args};
}

bool Program::needsDrop(TyId t) const {
  auto it = needsDropCache.find(t.v);
  if (it != needsDropCache.end()) return it->second == 2;  // (0, in progress: a recursive type's own cycle adds nothing)
  needsDropCache[t.v] = 0;
  bool r = false;
  const TyData d = types.get(t);
  switch (d.kind) {
    case TyKind::Dyn: r = true; break;
    case TyKind::Array: r = d.len > 0 && needsDrop(TyId{d.a}); break;
    case TyKind::Tuple:
      for (TyId e : d.elems) r = r || needsDrop(e);
      break;
    case TyKind::Adt: {
      if (sliceKind(t)) break;
      if (dropImpl(t).first.valid()) {
        r = true;
        break;
      }
      const AdtInfo& a = adts[d.a];
      for (uint32_t v = 0; v < a.variants.size() && !r; ++v)
        for (TyId f : variantFieldTys(t, v)) r = r || needsDrop(f);
      break;
    }
    default: break;
  }
  needsDropCache[t.v] = r ? 2 : 1;
  return r;
}

int32_t Program::findTraitImpl(uint32_t trait, TyId self, std::vector<TyId>* implArgs, const std::vector<TyId>* traitArgs) const {
  for (size_t i = 0; i < traitImpls.size(); ++i) {
    const TraitImpl& im = traitImpls[i];
    if (im.trait != trait) continue;
    std::vector<TyId> args(im.generics.size(), TyId{UINT32_MAX});
    if (!types.match(im.selfTy, self, args)) continue;
    if (types.kind(im.selfTy) == TyKind::Param) {  // a blanket impl over callables applies only to callables
      bool ok = true;
      for (const TraitImpl::FnBoundRef& fb : im.fnBounds) {
        std::vector<TyId> sa;
        TyId sr;
        if (fb.param == types.get(im.selfTy).a && !concreteSig(self, sa, sr)) ok = false;
      }
      for (auto& [param, tr] : im.bounds)  // `impl<I: Iterator> IntoIterator for I`: only iterators
        if (ok && param == types.get(im.selfTy).a && findTraitImpl(tr, self) < 0) ok = false;
      if (!ok) continue;
    }
    if (traitArgs) {
      bool ok = traitArgs->size() == im.traitArgs.size();
      for (size_t k = 0; ok && k < im.traitArgs.size(); ++k) ok = types.match(im.traitArgs[k], (*traitArgs)[k], args);
      if (!ok) continue;
    }
    for (const TraitImpl::Binding& b : im.assocBindings) {
      if (b.param >= args.size() || args[b.param].v == UINT32_MAX) continue;
      TyId pr = normalize(const_cast<TypeTable&>(types).proj(b.trait, b.name, {args[b.param]}));
      if (types.kind(pr) != TyKind::Proj) types.match(b.ty, pr, args);
    }
    for (const TraitImpl::FnBoundRef& fb : im.fnBounds) {
      if (fb.param >= args.size() || args[fb.param].v == UINT32_MAX) continue;
      std::vector<TyId> sargs;
      TyId sret;
      if (concreteSig(args[fb.param], sargs, sret)) types.match(fb.ret, normalize(sret), args);
    }
    if (implArgs) *implArgs = args;
    return int32_t(i);
  }
  return -1;
}

TyId Program::normalize(TyId t) const {
  auto hit = normCache.find(t.v);
  if (hit != normCache.end()) return hit->second;
  TypeTable& tt = const_cast<TypeTable&>(types);
  const TyData d = tt.get(t);
  TyId out = t;
  switch (d.kind) {
    case TyKind::Ref: out = tt.ref(normalize(TyId{d.a}), d.sub); break;
    case TyKind::Array: out = tt.array(normalize(TyId{d.a}), d.len); break;
    case TyKind::Tuple: case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Dyn: {
      if (d.elems.empty()) break;
      std::vector<TyId> e = d.elems;
      for (TyId& x : e) x = normalize(x);
      out = d.kind == TyKind::Tuple ? tt.tuple(e) : tt.item(d.kind, d.a, e);
      break;
    }
    case TyKind::Opaque: {
      const FnInfo& f = fns[d.a];
      if (f.opaqueHidden.v != UINT32_MAX) out = normalize(tt.subst(f.opaqueHidden, d.elems));
      break;
    }
    case TyKind::Proj: {
      std::vector<TyId> e = d.elems;
      for (TyId& x : e) x = normalize(x);
      TyId bound = dynAssoc(e[0], d.a, Symbol{uint32_t(d.len)});
      if (bound.v != UINT32_MAX) {
        out = normalize(bound);
        break;
      }
      std::vector<TyId> traitArgs(e.begin() + 1, e.end());
      std::vector<TyId> args;
      int32_t impl = findTraitImpl(d.a, e[0], &args, traitArgs.empty() ? nullptr : &traitArgs);
      out = tt.proj(d.a, Symbol{uint32_t(d.len)}, e);
      bool solved = impl >= 0;
      for (TyId a : args) solved = solved && a.v != UINT32_MAX;
      if (solved) {
        auto at = traitImpls[size_t(impl)].assocTypes.find(uint32_t(d.len));
        if (at != traitImpls[size_t(impl)].assocTypes.end()) out = normalize(tt.subst(at->second, args));
      }
      break;
    }
    default: break;
  }
  normCache[t.v] = out;
  return out;
}

}  // namespace wr
