// Item collection, signatures and constant evaluation. See resolve.h.
#include "resolve/resolve.h"

#include <cmath>
#include <cstring>
#include <functional>
#include <set>

namespace wr {
using namespace ast;

namespace {
uint64_t wrapTo(uint64_t v, IntKind k) {
  uint32_t bits = intBits(k);
  if (bits == 64) return v;
  uint64_t mask = (uint64_t(1) << bits) - 1;
  v &= mask;
  if (intSigned(k) && (v >> (bits - 1)) & 1) v |= ~mask;  // sign-extend
  return v;
}
bool fitsIn(__int128 v, IntKind k) {
  uint32_t bits = intBits(k);
  __int128 lo = intSigned(k) ? -((__int128)1 << (bits - 1)) : 0;
  __int128 hi = intSigned(k) ? ((__int128)1 << (bits - 1)) - 1 : ((__int128)1 << bits) - 1;
  return v >= lo && v <= hi;
}
__int128 asWide(uint64_t bits, IntKind k) { return intSigned(k) ? (__int128)(int64_t)bits : (__int128)bits; }
}  // namespace

void Resolver::addIntrinsics() {
  auto add = [&](const char* name, std::vector<TyId> params, TyId ret, Intrinsic in, bool generic = false) {
    FnInfo f;
    f.name = p_.interner.intern(name);
    f.path = name;
    if (generic) f.generics.push_back(p_.interner.intern("T"));
    f.params = std::move(params);
    f.ret = ret;
    f.runtime = true;
    f.intrinsic = in;
    p_.fns.push_back(f);
    FnId id{uint32_t(p_.fns.size() - 1)};
    fnByName_[key(kLibModule, f.name)] = id;
  };
  TypeTable& t = p_.types;
  TyId u8 = t.integer(IntKind::U8), usize = t.integer(IntKind::Usize), u32 = t.integer(IntKind::U32);
  add("__out_byte", {u8}, t.unit(), Intrinsic::OutByte);
  add("__str_len", {t.strRef()}, usize, Intrinsic::StrLen);
  add("__str_byte", {t.strRef(), usize}, u8, Intrinsic::StrByte);
  add("__f64_to_bits", {t.f64()}, t.integer(IntKind::U64), Intrinsic::F64ToBits);
  add("__f32_to_bits", {t.f32()}, u32, Intrinsic::F32ToBits);
  add("__f64_from_bits", {t.integer(IntKind::U64)}, t.f64(), Intrinsic::F64FromBits);
  add("__wr_set_caller", {t.strRef(), u32, u32}, t.unit(), Intrinsic::SetCaller);
  add("__wr_caller_file", {}, t.strRef(), Intrinsic::CallerFile);
  add("__wr_caller_line", {}, u32, Intrinsic::CallerLine);
  add("__wr_caller_col", {}, u32, Intrinsic::CallerCol);
  add("__out_begin", {u32}, t.unit(), Intrinsic::OutBegin);
  add("__out_fd", {}, u32, Intrinsic::OutFd);
  add("__out_flush", {}, t.unit(), Intrinsic::OutFlush);
  add("__wr_exit", {u32}, t.never(), Intrinsic::Exit);
  // Memory primitives (docs/wasmir.md, "Intrinsics"): addresses are usize.
  TyId T = t.param(0, p_.interner.intern("T"));
  TyId isize = t.integer(IntKind::Isize);
  add("__size_of", {}, usize, Intrinsic::SizeOf, true);
  add("__hash_of", {t.ref(T, false)}, t.integer(IntKind::U64), Intrinsic::HashOf, true);
  add("__ptr_read", {usize}, T, Intrinsic::PtrRead, true);
  add("__ptr_write", {usize, T}, t.unit(), Intrinsic::PtrWrite, true);
  add("__addr_ref", {usize}, t.ref(T, true), Intrinsic::AddrRef, true);
  add("__ref_addr", {t.ref(T, false)}, usize, Intrinsic::RefAddr, true);
  add("__needs_drop", {}, t.boolean(), Intrinsic::NeedsDrop, true);
  add("__drop_in_place", {usize}, t.unit(), Intrinsic::DropInPlace, true);
  add("__mem_copy", {usize, usize, usize}, t.unit(), Intrinsic::MemCopy);
  add("__mem_grow", {usize}, isize, Intrinsic::MemGrow);
  add("__mem_size", {}, usize, Intrinsic::MemSize);
  add("__heap_base", {}, usize, Intrinsic::HeapBase);
  TyId f64 = t.f64(), f32 = t.f32();
  add("__f64_sqrt", {f64}, f64, Intrinsic::Sqrt);
  add("__f64_floor", {f64}, f64, Intrinsic::Floor);
  add("__f64_ceil", {f64}, f64, Intrinsic::Ceil);
  add("__f64_trunc", {f64}, f64, Intrinsic::Trunc);
  add("__f64_abs", {f64}, f64, Intrinsic::FAbs);
  add("__f64_copysign", {f64, f64}, f64, Intrinsic::Copysign);
  add("__f32_sqrt", {f32}, f32, Intrinsic::Sqrt32);
  add("__f32_floor", {f32}, f32, Intrinsic::Floor32);
  add("__f32_ceil", {f32}, f32, Intrinsic::Ceil32);
  add("__f32_trunc", {f32}, f32, Intrinsic::Trunc32);
  add("__f32_abs", {f32}, f32, Intrinsic::FAbs32);
  add("__f32_copysign", {f32, f32}, f32, Intrinsic::Copysign32);
  add("__str_from_raw", {usize, usize}, t.strRef(), Intrinsic::StrFromRaw);
  add("__str_ptr", {t.strRef()}, usize, Intrinsic::StrPtr);
  add("__host_write", {u32, usize, usize}, t.unit(), Intrinsic::HostWrite);
  add("__wr_char_from", {u32}, t.chr(), Intrinsic::CharFromU32);  // the caller guarantees a valid scalar value
  add("__atomic_load", {usize}, T, Intrinsic::AtomicLoad, true);
  add("__atomic_store", {usize, T}, t.unit(), Intrinsic::AtomicStore, true);
  add("__atomic_add", {usize, T}, T, Intrinsic::AtomicAdd, true);
  add("__atomic_sub", {usize, T}, T, Intrinsic::AtomicSub, true);
  add("__atomic_xchg", {usize, T}, T, Intrinsic::AtomicXchg, true);
  add("__atomic_cmpxchg", {usize, T, T}, T, Intrinsic::AtomicCmpxchg, true);  // returns the old value
  add("__atomic_wait32", {usize, t.integer(IntKind::I32), t.integer(IntKind::I64)}, u32, Intrinsic::AtomicWait);
  add("__atomic_notify", {usize, u32}, u32, Intrinsic::AtomicNotify);
  add("__wr_set_stack", {usize, usize}, t.unit(), Intrinsic::SetStack);
  add("__wr_threads_build", {}, t.boolean(), Intrinsic::ThreadsBuild);
  add("__wr_set_out_buf", {usize}, t.unit(), Intrinsic::SetOutBuf);
  add("__wr_out_buf", {}, usize, Intrinsic::OutBufAddr);
  add("__wr_reftypes", {}, t.boolean(), Intrinsic::RefTypesBuild);
  add("__ref_table_size", {}, u32, Intrinsic::RefTableSize);
  add("__ref_table_grow", {u32}, t.integer(IntKind::I32), Intrinsic::RefTableGrow);
  add("__ref_table_clear", {u32}, t.unit(), Intrinsic::RefTableClear);
  add("__ref_table_copy", {u32, u32}, t.unit(), Intrinsic::RefTableCopy);
  add("__ref_table_is_null", {u32}, t.boolean(), Intrinsic::RefTableIsNull);
}

void Resolver::run(const std::string& crateName) {
  Ast& ast = p_.ast;
  addIntrinsics();
  // Pass 1: names of ADTs, consts; remember impls and fns (nested items included: every item in the AST).
  std::set<uint32_t> implMembers;
  for (uint32_t i = 0; i < ast.items.size(); ++i)
    if (ast.items[i].kind == ItemKind::Impl || ast.items[i].kind == ItemKind::Trait)
      for (ItemId m : ast.items[i].items) implMembers.insert(m.v);
  for (uint32_t mi = 1; mi < ast.modules.size(); ++mi) {
    const ModuleDecl& md = ast.modules[mi];
    if (!md.item.valid()) continue;
    auto [pos, inserted] = modByName_.emplace(key(md.parent, md.name), mi);
    if (!inserted)
      diags_.report(DiagKind::DuplicateDefinition, ast.item(md.item).nameSpan, {p_.str(md.name)}, "`" + p_.str(md.name) + "` redefined here")
          .note("`" + p_.str(md.name) + "` must be defined only once in the type namespace of this module");
    else if (!ast.item(md.item).isPub && md.parent != 0)
      privateItems_[key(md.parent, md.name)] = md.item;
  }
  usesOf_.assign(ast.modules.size(), {});
  for (uint32_t ui = 0; ui < ast.uses.size(); ++ui)
    if (ast.uses[ui].module < usesOf_.size() && !p_.isRuntimeFile(ast.uses[ui].span.file)) usesOf_[ast.uses[ui].module].push_back(ui);
  for (uint32_t i = 0; i < ast.items.size(); ++i) {
    if (implMembers.count(i)) continue;
    collect(ItemId{i}, p_.isRuntimeFile(ast.items[i].span.file));
  }
  // Supertraits, resolved once every trait is known (`dyn A` implies them; lookups walk `supers`).
  for (TraitInfo& t : p_.traits) {
    setContext(t.item, p_.isRuntimeFile(t.span.file));
    for (uint32_t sp : t.superPaths) {
      int32_t st = findTrait(p_.ast.paths[sp], false);
      if (st >= 0) t.supers.push_back(uint32_t(st));
    }
  }
  // Pass 2: struct fields and enum variants (types may refer to any ADT and to the ADT's parameters).
  for (uint32_t i = 0; i < ast.items.size(); ++i) {
    const Item& it = ast.items[i];
    if (it.kind != ItemKind::Struct && it.kind != ItemKind::Enum) continue;
    bool rtItem = p_.isRuntimeFile(it.span.file);
    auto found = adtByName_.find(key(rtItem ? kLibModule : it.module, it.name));
    if (found == adtByName_.end()) continue;
    uint32_t ai = found->second;
    setContext(ItemId{i}, rtItem);
    if (p_.adts[ai].span.lo != it.nameSpan.lo || p_.adts[ai].span.file != it.nameSpan.file) continue;  // duplicate
    GenericScope scope{int32_t(ai), p_.types.adt(ai, paramTys(p_.adts[ai].generics, 0)), p_.adts[ai].generics};
    ScopeGuard sg(*this, scope);
    FnInfo boundsOf;  // `struct Peekable<I: Iterator>`: fields may name `I::Item`
    for (uint32_t gi = 0; gi < it.generics.size(); ++gi)
      for (uint32_t b : it.generics[gi].bounds) addBound(boundsOf, gi, b);
    if (it.kind == ItemKind::Struct) {
      for (size_t a = 0; a < it.fields.size(); ++a)
        for (size_t b = 0; b < a; ++b)
          if (!it.fields[a].name.empty() && it.fields[a].name == it.fields[b].name) {
            diags_.report(DiagKind::DuplicateField, it.fields[a].span, {p_.str(it.fields[a].name)}, "field already declared")
                .label(it.fields[b].span, "`" + p_.str(it.fields[a].name) + "` first declared here");
            break;
          }
      VariantInfo v;
      v.name = it.name;
      v.span = it.nameSpan;
      v.kind = it.structKind;
      for (const FieldDef& f : it.fields) {
        bool dupField = false;
        for (const FieldInfo& prev : v.fields) dupField = dupField || (!f.name.empty() && prev.name == f.name);
        if (!dupField) v.fields.push_back({f.name, resolveType(f.ty, int32_t(ai)), f.span});
      }
      p_.adts[ai].variants.push_back(std::move(v));
    } else {
      int64_t next = 0;
      std::set<uint32_t> seen;
      for (const VariantDef& vd : it.variants) {
        VariantInfo v;
        v.name = vd.name;
        v.span = vd.span;
        v.kind = vd.kind;
        if (!seen.insert(vd.name.v).second)
          diags_.report(DiagKind::DuplicateDefinition, vd.span, {p_.str(vd.name)}, "`" + p_.str(vd.name) + "` redefined here");
        for (const FieldDef& f : vd.fields) v.fields.push_back({f.name, resolveType(f.ty, int32_t(ai)), f.span});
        if (vd.discriminant.valid()) {
          bool ok = true;
          ConstValue cv = evalConst(vd.discriminant, p_.types.integer(IntKind::Isize), ok);
          if (ok) next = int64_t(cv.bits);
        }
        v.discr = next++;
        p_.adts[ai].variants.push_back(std::move(v));
      }
    }
  }
  // Pass 3: impls (methods, associated consts), then function signatures.
  for (auto& [id, rt] : impls_) collectImpl(id, rt);
  // #[derive(Pod)] (wasm.rs): an impl of wasm::Pod, once the fields are checked
  if (auto pt = traitByName_.find(key(kLibModule, p_.interner.intern("Pod"))); pt != traitByName_.end())
    for (uint32_t i = 0; i < ast.items.size(); ++i) {
      const Item& it = ast.items[i];
      if ((it.kind != ItemKind::Struct && it.kind != ItemKind::Enum) || p_.isRuntimeFile(it.span.file)) continue;
      bool derived = false;
      for (Symbol d : it.derives) derived = derived || p_.str(d) == "Pod";
      if (!derived) continue;
      auto ai = adtByName_.find(key(it.module, it.name));
      if (ai == adtByName_.end() || !checkPod(ai->second, it.nameSpan)) continue;
      TraitImpl im;
      im.trait = pt->second;
      im.selfTy = p_.types.adt(ai->second, paramTys(p_.adts[ai->second].generics, 0));
      im.generics = p_.adts[ai->second].generics;
      im.item = ItemId{i};
      p_.traitImpls.push_back(std::move(im));
    }
  for (auto& [id, rt] : fnItems_) {
    (void)rt;
    (void)id;
  }
  for (uint32_t fi = 0; fi < p_.fns.size(); ++fi) {
    FnInfo& f = p_.fns[fi];
    if (!f.item.valid()) continue;
    const Item& it = ast.item(f.item);
    setContext(f.item, f.runtime);
    f.trackCaller = it.trackCaller;
    for (const GenericParam& g : it.generics) f.generics.push_back(g.name);
    ScopeGuard sg(*this, fnScope(FnId{fi}));
    // bounds: the impl's parameters (indices 0..) then the function's own
    if (f.implItem.valid() && ast.item(f.implItem).kind == ItemKind::Impl) {
      const Item& impl = ast.item(f.implItem);
      for (uint32_t gi = 0; gi < impl.generics.size(); ++gi)
        for (uint32_t b : impl.generics[gi].bounds) addBound(f, gi, b);
    }
    for (uint32_t gi = 0; gi < it.generics.size(); ++gi)
      for (uint32_t b : it.generics[gi].bounds) addBound(f, f.numImplGenerics + gi, b);
    for (uint32_t b : it.selfBounds) addBound(f, 0, b);  // `where Self: Trait` (Self is parameter 0 in a trait)
    for (auto& [name, b] : it.outerBounds) {  // `where T: Trait` on the impl's parameter T
      uint32_t gi = 0;
      while (gi < f.numImplGenerics && f.generics[gi] != name) ++gi;
      if (gi < f.numImplGenerics) addBound(f, gi, b);
      else diags_.report(DiagKind::UnknownType, it.nameSpan, {p_.str(name)}, "not found in this scope");
    }
    if (f.traitId >= 0)  // a supertrait's items are usable on Self (`Self::Item` in DoubleEndedIterator)
      for (uint32_t sp : p_.traits[size_t(f.traitId)].superPaths) addBound(f, 0, sp);
    if (f.selfTy.v == 0 && f.selfAdt < 0 && it.selfKind != SelfKind::None) {
      diags_.report(DiagKind::SelfOutsideImpl, it.selfSpan, {}, "not semantically valid as function parameter")
          .note("associated functions are those in `impl` or `trait` definitions");
      f.params.push_back(p_.types.error());
    } else if (it.selfKind != SelfKind::None) {
      TyId self = f.selfTy;
      if (it.selfKind == SelfKind::Ref) self = p_.types.ref(self, false);
      else if (it.selfKind == SelfKind::RefMut) self = p_.types.ref(self, true);
      f.params.push_back(self);
    }
    for (const Param& prm : it.params) f.params.push_back(resolveType(prm.ty));
    if (it.ret.valid() && ast.type(it.ret).kind == TypeKind::ImplTrait) {
      // `-> impl Fn(i32) -> i32` / `-> impl Iterator<Item = u32>`: callers see the bounds, MIR the body's type
      const Type& rt = ast.type(it.ret);
      FnInfo bounds;
      for (uint32_t i = 0; i < rt.listLen; ++i) addBound(bounds, 0, ast.boundLists[rt.list + i]);
      f.opaqueName = rt.text;
      f.opaqueFnBounds = bounds.fnBounds;
      for (auto& [pp, tr] : bounds.bounds) f.opaqueTraits.push_back(tr);
      for (const FnInfo::AssocBinding& ab : bounds.assocBindings) f.opaqueBindings.push_back(ab);
      f.ret = p_.types.item(TyKind::Opaque, fi, paramTys(f.generics, 0));
      if (p_.typeTy.size() <= it.ret.v) p_.typeTy.resize(ast.types.size(), p_.types.error());
      p_.typeTy[it.ret.v] = f.ret;
    } else {
      f.ret = it.ret.valid() ? resolveType(it.ret) : p_.types.unit();
    }
    checkElision(it);
    if (!f.runtime && (f.isImport || !f.exportName.empty())) {  // what a wasm import/export can carry (Program::boundaryKind)
      const char* help = "use integers, floats, `bool`, `char`, `&str`, `&[u8]`, `String`, `Vec<u8>`, `wasm::ExternRef<T>` or `wasm::FuncRef`";
      if (!it.generics.empty()) diags_.report(DiagKind::BoundaryGeneric, it.nameSpan, {}, "");
      auto ok = [&](TyId t, bool result) { return p_.types.kind(t) == TyKind::Error || !p_.boundaryKind(t, result).empty(); };
      for (size_t pi = 0; pi < it.params.size(); ++pi) {
        TyId t = f.params[f.params.size() - it.params.size() + pi];
        if (ok(t, false)) continue;
        diags_.report(DiagKind::BoundaryType, ast.type(it.params[pi].ty).span, {tyToString(p_, t)}, "not a WebAssembly value").help(help);
      }
      if (it.selfKind != SelfKind::None) diags_.report(DiagKind::BoundaryType, it.selfSpan, {"self"}, "not a WebAssembly value").help(help);
      if (!ok(f.ret, true) && f.ret != p_.types.unit() && it.ret.valid())
        diags_.report(DiagKind::BoundaryType, ast.type(it.ret).span, {tyToString(p_, f.ret)}, "not a WebAssembly value")
            .help(p_.types.kind(f.ret) == TyKind::Ref ? "a reference cannot outlive the call: return an owned value (`String`, `Vec<u8>`, `wasm::ExternRef<T>`)"
                                                      : "return an integer, a float, `bool`, `char`, `String`, `Vec<u8>`, `wasm::ExternRef<T>`, `wasm::FuncRef` or nothing");
    }
    if (it.isTest && !f.runtime) {  // what the test harness can call: fn() or fn() -> Result<(), E>
      if (!it.params.empty() || it.selfKind != SelfKind::None) diags_.report(DiagKind::TestFnArgs, it.span, {}, "");
      else if (!it.generics.empty()) diags_.report(DiagKind::TestFnGenerics, it.span, {}, "");
      else if (p_.types.kind(f.ret) != TyKind::Error && f.ret != p_.types.unit()) {
        TyId r = f.ret;
        bool ok = p_.types.kind(r) == TyKind::Adt && p_.adts[p_.types.get(r).a].name == p_.interner.intern("Result") &&
                  p_.isRuntimeFile(p_.adts[p_.types.get(r).a].span.file) && !p_.types.get(r).elems.empty() &&
                  p_.types.get(r).elems[0] == p_.types.unit();
        if (!ok) diags_.report(DiagKind::TestFnReturn, ast.type(it.ret).span, {tyToString(p_, r)}, "the trait `Termination` is not implemented for `" + tyToString(p_, r) + "`");
      }
    }
  }
  ctxModule_ = 0;
  // Constructors of tuple structs and tuple variants, usable as function values (`.map(Some)`).
  for (uint32_t ai = 0; ai < p_.adts.size(); ++ai) {
    for (uint32_t vi = 0; vi < p_.adts[ai].variants.size(); ++vi) {
      const AdtInfo& a = p_.adts[ai];
      const VariantInfo& v = a.variants[vi];
      if (v.kind != StructKind::Tuple) continue;
      FnInfo f;
      f.name = v.name;
      f.path = a.isEnum ? p_.str(a.name) + "::" + p_.str(v.name) : p_.str(a.name);
      f.generics = a.generics;
      f.numImplGenerics = uint32_t(a.generics.size());
      for (const FieldInfo& fi : v.fields) f.params.push_back(fi.ty);
      f.ret = p_.types.adt(ai, paramTys(a.generics, 0));
      f.ctorAdt = int32_t(ai);
      f.ctorVariant = vi;
      f.runtime = p_.isRuntimeFile(a.span.file);
      f.span = v.span;
      p_.fns.push_back(f);
      p_.adts[ai].ctors[vi] = FnId{uint32_t(p_.fns.size() - 1)};
    }
  }
  p_.bodies.resize(p_.fns.size());
  // Constants.
  for (uint32_t ci = 0; ci < p_.consts.size(); ++ci) ensureConstEvaluated(ci);
  // main
  auto m = fnByName_.find(key(0, p_.interner.intern("main")));
  bool hasExports = false;
  for (const FnInfo& f : p_.fns) hasExports = hasExports || (!f.runtime && !f.exportName.empty());
  if (m == fnByName_.end() || p_.fns[m->second.v].runtime) {
    // A test build needs no `main`; nor does a module that exports functions (a library for its host).
    if (diags_.errorCount() > 0 || p_.ast.cfgTest || hasExports) return;  // a syntax error may have swallowed `main`: do not pile on
    Span end{0, uint32_t(p_.sm.file(0).text.size()), uint32_t(p_.sm.file(0).text.size())};
    diags_.report(DiagKind::NoMain, end, {crateName}, "consider adding a `main` function to `" + p_.sm.file(0).name + "`");
  } else {
    p_.mainFn = m->second;
    const FnInfo& f = p_.fns[m->second.v];
    if (!f.params.empty() || !(p_.types.isUnit(f.ret))) {
      diags_.report(DiagKind::MainSignature, f.span, {}, "incorrect number of function parameters or return type")
          .note("expected signature `fn()`");
    }
  }
}

// Lifetime elision (the lifetimes themselves are the borrow checker's): a reference in the return type
// without a named lifetime needs `&self`/`&mut self` or exactly one reference among the parameters.
void Resolver::checkElision(const Item& it) {
  if (!it.ret.valid()) return;
  std::vector<Span> unnamed;
  std::function<void(TypeId, std::vector<Span>*, int&)> walk = [&](TypeId t, std::vector<Span>* out, int& refs) {
    const Type& ty = p_.ast.type(t);
    switch (ty.kind) {
      case TypeKind::Ref:
        ++refs;
        if (out && !ty.hasLifetime) out->push_back(Span{ty.span.file, ty.span.lo, ty.span.lo + 1});
        walk(ty.inner, out, refs);
        break;
      case TypeKind::Array: case TypeKind::Slice: walk(ty.inner, out, refs); break;
      case TypeKind::Tuple:
        for (uint32_t i = 0; i < ty.listLen; ++i) walk(p_.ast.typeLists[ty.list + i], out, refs);
        break;
      case TypeKind::Path:  // `Vec<&str>`, `Option<&T>`
        for (const PathSeg& seg : p_.ast.paths[ty.path].segs)
          if (seg.hasArgs && !seg.parenArgs)
            for (uint32_t i = 0; i < seg.numArgs; ++i) walk(p_.ast.typeLists[seg.args + i], out, refs);
        break;
      default: break;
    }
  };
  int retRefs = 0;
  walk(it.ret, &unnamed, retRefs);
  if (unnamed.empty()) return;
  if (it.selfKind == SelfKind::Ref || it.selfKind == SelfKind::RefMut) return;
  int paramRefs = 0;
  for (const Param& prm : it.params) walk(prm.ty, nullptr, paramRefs);
  if (paramRefs == 1) return;
  Diagnostic& d = diags_.report(DiagKind::MissingLifetime, unnamed[0], {}, "expected named lifetime parameter");
  if (paramRefs == 0) {
    d.help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from");
    d.help("consider using the `'static` lifetime, but this is likely not what you want");
  } else {
    d.help("this function's return type contains a borrowed value, but the signature does not say which one of the parameters it is borrowed from");
  }
}

void Resolver::collect(ItemId id, bool runtime) {
  const Item& it = p_.ast.item(id);
  uint32_t mod = runtime ? kLibModule : it.module;
  uint64_t k = key(mod, it.name);
  if (!runtime && !it.isPub && mod != 0 && it.kind != ItemKind::Impl && it.kind != ItemKind::Mod) privateItems_[k] = id;
  auto dup = [&](std::map<uint64_t, uint32_t>& table, uint32_t value) {
    auto [pos, inserted] = table.emplace(k, value);
    if (!inserted) {
      diags_.report(DiagKind::DuplicateDefinition, it.nameSpan, {p_.str(it.name)}, "`" + p_.str(it.name) + "` redefined here")
          .note("`" + p_.str(it.name) + "` must be defined only once in the value namespace of this module");
      return false;
    }
    return true;
  };
  switch (it.kind) {
    case ItemKind::Fn: {
      FnInfo f;
      f.name = it.name;
      f.path = p_.str(it.name);
      f.item = id;
      f.runtime = runtime;
      f.span = it.nameSpan;
      f.isImport = it.isImport;
      f.importSafe = it.importSafe;
      f.importModule = it.importModule;
      f.exportName = it.exportName == "\x01" ? p_.str(it.name) : it.exportName;
      if (!runtime && mod != 0) {  // the module path: `tests::adds` (names test functions and the name section)
        std::string path;
        for (uint32_t m = mod; m != 0 && m < p_.ast.modules.size(); m = p_.ast.modules[m].parent) path = p_.str(p_.ast.modules[m].name) + "::" + path;
        f.path = path + f.path;
      }
      auto existing = fnByName_.find(k);
      if (existing != fnByName_.end()) {
        if (runtime) return;  // user code shadows nothing in the runtime; runtime fns are unique
        if (!p_.fns[existing->second.v].runtime) {
          diags_.report(DiagKind::DuplicateDefinition, it.nameSpan, {p_.str(it.name)}, "`" + p_.str(it.name) + "` redefined here")
              .label(p_.fns[existing->second.v].span, "previous definition of the value `" + p_.str(it.name) + "` here");
          return;
        }
      }
      p_.fns.push_back(f);
      FnId fid{uint32_t(p_.fns.size() - 1)};
      if (existing == fnByName_.end() || p_.fns[existing->second.v].runtime) fnByName_[k] = fid;
      fnItems_.push_back({id, runtime});
      break;
    }
    case ItemKind::Struct:
    case ItemKind::Enum: {
      AdtInfo a;
      a.name = it.name;
      a.span = it.nameSpan;
      a.isEnum = it.kind == ItemKind::Enum;
      for (const GenericParam& g : it.generics) a.generics.push_back(g.name);
      for (Symbol d : it.derives) {
        const std::string& n = p_.str(d);
        if (n == "Debug") a.deriveDebug = true;
        else if (n == "Clone") a.deriveClone = true;
        else if (n == "Copy") a.deriveCopy = true;
        else if (n == "PartialEq") a.derivePartialEq = true;
        else if (n == "Eq") a.deriveEq = true;
        else if (n == "PartialOrd") a.derivePartialOrd = true;
        else if (n == "Ord") a.deriveOrd = true;
        else if (n == "Hash") a.deriveHash = true;
        else if (n == "Default") a.deriveDefault = true;
      }
      if (adtByName_.count(k) || (!runtime && modByName_.count(k))) {
        diags_.report(DiagKind::DuplicateDefinition, it.nameSpan, {p_.str(it.name)}, "`" + p_.str(it.name) + "` redefined here");
        return;
      }
      p_.adts.push_back(std::move(a));
      adtByName_[k] = uint32_t(p_.adts.size() - 1);
      break;
    }
    case ItemKind::Const: {
      ConstInfo c;
      c.name = it.name;
      c.item = id;
      p_.consts.push_back(c);
      if (p_.str(it.name) != "_") dup(constByName_, uint32_t(p_.consts.size() - 1));
      break;
    }
    case ItemKind::Impl: impls_.push_back({id, runtime}); break;
    case ItemKind::TypeAlias:
      if (aliasByName_.count(k) || adtByName_.count(k)) {
        diags_.report(DiagKind::DuplicateDefinition, it.nameSpan, {p_.str(it.name)}, "`" + p_.str(it.name) + "` redefined here");
        break;
      }
      aliasByName_[k] = it.ty;
      break;
    case ItemKind::Trait: {
      if (traitByName_.count(k) || adtByName_.count(k)) {
        diags_.report(DiagKind::DuplicateDefinition, it.nameSpan, {p_.str(it.name)}, "`" + p_.str(it.name) + "` redefined here");
        return;
      }
      uint32_t ti = uint32_t(p_.traits.size());
      TraitInfo t;
      t.name = it.name;
      t.span = it.nameSpan;
      t.item = id;
      for (const GenericParam& g : it.generics) t.generics.push_back(g.name);
      for (auto& [an, aty] : it.assocTypes) t.assocTypes.push_back(an);
      t.superPaths = it.selfBounds;
      Symbol selfName = p_.interner.intern("Self");
      for (ItemId mid : it.items) {
        const Item& m = p_.ast.item(mid);
        if (m.kind != ItemKind::Fn) continue;
        if (t.methods.count(m.name.v)) {
          diags_.report(DiagKind::DuplicateDefinition, m.nameSpan, {p_.str(m.name)}, "duplicate definitions for `" + p_.str(m.name) + "`");
          continue;
        }
        FnInfo f;
        f.name = m.name;
        f.path = p_.str(it.name) + "::" + p_.str(m.name);
        f.item = mid;
        f.implItem = id;
        f.selfTy = p_.types.param(0, selfName);
        f.selfKind = m.selfKind;
        f.runtime = runtime;
        f.span = m.nameSpan;
        f.generics.push_back(selfName);
        for (Symbol g : t.generics) f.generics.push_back(g);
        f.numImplGenerics = uint32_t(f.generics.size());
        f.traitId = int32_t(ti);
        f.bounds.push_back({0, ti});  // Self: Trait<its parameters>
        std::vector<TyId> selfTraitArgs;
        for (size_t gi = 0; gi < t.generics.size(); ++gi) selfTraitArgs.push_back(p_.types.param(uint32_t(gi + 1), t.generics[gi]));
        f.boundArgs.push_back(selfTraitArgs);
        p_.fns.push_back(f);
        t.methods[m.name.v] = FnId{uint32_t(p_.fns.size() - 1)};
      }
      p_.traits.push_back(std::move(t));
      traitByName_[k] = ti;
      break;
    }
    case ItemKind::Mod:  // registered with the module tree in run(); its items are collected on their own
    case ItemKind::Error: break;
  }
}

void Resolver::collectImpl(ItemId id, bool runtime) {
  const Item& it = p_.ast.item(id);
  setContext(id, runtime);
  std::vector<Symbol> implGenerics;
  for (const GenericParam& g : it.generics) implGenerics.push_back(g.name);
  if (it.hasTrait) return collectTraitImpl(id, runtime, implGenerics);
  GenericScope scope{-1, TyId{}, implGenerics};
  TyId self;
  {
    ScopeGuard sg(*this, scope);
    self = resolveType(it.selfTy);
  }
  TyKind sk = p_.types.kind(self);
  if (runtime && implGenerics.empty() && (sk == TyKind::Int || sk == TyKind::Float || sk == TyKind::Bool || sk == TyKind::Char || sk == TyKind::Str)) {
    // the runtime's methods of primitive types (`impl i32 { fn abs(self) -> i32 }`), like core's
    for (ItemId mid : it.items) {
      const Item& m = p_.ast.item(mid);
      if (m.kind != ItemKind::Fn) continue;
      FnInfo f;
      f.name = m.name;
      f.path = p_.tyName(self) + "::" + p_.str(m.name);
      f.item = mid;
      f.implItem = id;
      f.selfTy = self;
      f.selfKind = m.selfKind;
      f.runtime = true;
      f.span = m.nameSpan;
      p_.fns.push_back(f);
      p_.primMethods[self.v][m.name.v] = FnId{uint32_t(p_.fns.size() - 1)};
    }
    return;
  }
  if (sk != TyKind::Adt) {
    if (sk != TyKind::Error)
      diags_.report(DiagKind::NotSupported, p_.ast.type(it.selfTy).span, {"inherent `impl` blocks on `" + p_.tyName(self) + "`"});
    return;
  }
  uint32_t ai = p_.types.get(self).a;
  AdtInfo& adt = p_.adts[ai];
  // `impl<T, U> Pair<T, U>`: the impl's parameters must be exactly the ADT's arguments, in order.
  const std::vector<TyId> args = p_.types.get(self).elems;
  bool plain = args.size() == implGenerics.size();
  for (size_t i = 0; plain && i < args.size(); ++i) plain = args[i] == p_.types.param(uint32_t(i), implGenerics[i]);
  if (!plain) {
    diags_.report(DiagKind::NotSupported, p_.ast.type(it.selfTy).span,
                  {"`impl` blocks for specific instances of a generic type (`impl " + p_.tyName(self) + "`)"});
    return;
  }
  for (ItemId mid : it.items) {
    const Item& m = p_.ast.item(mid);
    if (m.kind == ItemKind::Fn) {
      if (adt.methods.count(m.name.v) || adt.consts.count(m.name.v)) {
        diags_.report(DiagKind::DuplicateDefinition, m.nameSpan, {p_.str(m.name)}, "duplicate definitions for `" + p_.str(m.name) + "`");
        continue;
      }
      FnInfo f;
      f.name = m.name;
      f.path = p_.str(adt.name) + "::" + p_.str(m.name);
      f.item = mid;
      f.implItem = id;
      f.selfAdt = int32_t(ai);
      f.selfTy = self;
      f.selfKind = m.selfKind;
      f.runtime = runtime;
      f.span = m.nameSpan;
      f.generics = implGenerics;
      f.numImplGenerics = uint32_t(implGenerics.size());
      p_.fns.push_back(f);
      p_.adts[ai].methods[m.name.v] = FnId{uint32_t(p_.fns.size() - 1)};
    } else if (m.kind == ItemKind::Const) {
      if (!implGenerics.empty()) {
        diags_.report(DiagKind::NotSupported, m.nameSpan, {"associated constants in generic `impl` blocks"});
        continue;
      }
      ConstInfo c;
      c.name = m.name;
      c.item = mid;
      c.ownerAdt = int32_t(ai);
      p_.consts.push_back(c);
      p_.adts[ai].consts[m.name.v] = uint32_t(p_.consts.size() - 1);
    }
  }
}

// `impl<..> Trait<..> for Type { fn ... }`
void Resolver::collectTraitImpl(ItemId id, bool runtime, const std::vector<Symbol>& implGenerics) {
  const Item& it = p_.ast.item(id);
  const Path& tp = p_.ast.paths[it.traitPath];
  int32_t ti = findTrait(tp, true);
  if (ti < 0) return;
  GenericScope scope{-1, TyId{}, implGenerics};
  ScopeGuard sg(*this, scope);
  // the impl's bounds (`I: Iterator, F: FnMut(I::Item) -> B`): associated types and Fn signatures
  FnInfo boundsOf;
  for (uint32_t gi = 0; gi < it.generics.size(); ++gi)
    for (uint32_t b : it.generics[gi].bounds) addBound(boundsOf, gi, b);
  TyId self = resolveType(it.selfTy);
  if (p_.types.kind(self) == TyKind::Error) return;
  TraitImpl im;
  im.bounds = boundsOf.bounds;
  for (const FnInfo::AssocBinding& ab : boundsOf.assocBindings) im.assocBindings.push_back({ab.param, ab.trait, ab.name, ab.ty});
  for (const FnInfo::FnBound& fb : boundsOf.fnBounds) im.fnBounds.push_back({fb.param, fb.kind, fb.args, fb.ret});
  im.trait = uint32_t(ti);
  im.selfTy = self;
  im.generics = implGenerics;
  im.item = id;
  const PathSeg& seg = tp.segs.back();
  for (uint32_t i = 0; i < seg.numArgs; ++i) im.traitArgs.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
  const TraitInfo& trait = p_.traits[size_t(ti)];
  // `impl wasm::Pod for S {}` (wasm.rs): checked field by field (checkPod)
  if (p_.isRuntimeFile(trait.span.file) && p_.str(trait.name) == "Pod" && !p_.isRuntimeFile(p_.ast.item(id).span.file) &&
      p_.types.kind(self) == TyKind::Adt)
    checkPod(p_.types.get(self).a, p_.ast.type(p_.ast.item(id).selfTy).span);
  if (im.traitArgs.empty() && trait.generics.size() == 1 && p_.isRuntimeFile(trait.span.file))
    im.traitArgs.push_back(self);  // the operator traits' `Rhs = Self` default
  {
    GenericScope withSelf{p_.types.kind(self) == TyKind::Adt ? int32_t(p_.types.get(self).a) : -1, self, implGenerics};
    withSelf.paramTraits = boundsOf.bounds;
    ScopeGuard sg2(*this, withSelf);
    for (auto& [name, ty] : it.assocTypes) im.assocTypes[name.v] = resolveType(ty);
  }
  if (im.traitArgs.size() != trait.generics.size()) {
    diags_.report(DiagKind::WrongGenericCount, seg.span, {"trait `" + p_.str(trait.name) + "`", std::to_string(trait.generics.size()) + " generic arguments", std::to_string(im.traitArgs.size())}, "");
    return;
  }
  // one impl of a trait per type (no overlap checking beyond identical self types)
  for (const TraitImpl& other : p_.traitImpls)
    if (other.trait == im.trait && other.selfTy == self && other.traitArgs == im.traitArgs) {
      diags_.report(DiagKind::ConflictingImpl, p_.ast.type(it.selfTy).span, {p_.str(trait.name), p_.tyName(self)}, "conflicting implementation for `" + p_.tyName(self) + "`");
      return;
    }
  uint32_t implIndex = uint32_t(p_.traitImpls.size());
  std::string selfName = p_.tyName(self);
  for (ItemId mid : it.items) {
    const Item& m = p_.ast.item(mid);
    if (m.kind != ItemKind::Fn) {
      diags_.report(DiagKind::NotSupported, m.nameSpan, {"associated constants in trait impls"});
      continue;
    }
    auto decl = trait.methods.find(m.name.v);
    if (decl == trait.methods.end()) {
      diags_.report(DiagKind::NotMemberOfTrait, m.nameSpan, {p_.str(m.name), p_.str(trait.name)}, "not a member of trait `" + p_.str(trait.name) + "`");
      continue;
    }
    const Item& declItem = p_.ast.item(p_.fns[decl->second.v].item);
    if (declItem.params.size() != m.params.size() || (declItem.selfKind == SelfKind::None) != (m.selfKind == SelfKind::None)) {
      size_t want = declItem.params.size() + (declItem.selfKind != SelfKind::None);
      size_t got = m.params.size() + (m.selfKind != SelfKind::None);
      diags_.report(DiagKind::WrongParamCount, m.nameSpan, {p_.str(m.name), std::to_string(got), std::to_string(want)},
                    "expected " + std::to_string(want) + " parameter" + (want == 1 ? "" : "s") + ", found " + std::to_string(got));
      continue;
    }
    FnInfo f;
    f.name = m.name;
    f.path = "<" + selfName + " as " + p_.str(trait.name) + ">::" + p_.str(m.name);
    f.item = mid;
    f.implItem = id;
    f.selfTy = self;
    f.selfAdt = p_.types.kind(self) == TyKind::Adt ? int32_t(p_.types.get(self).a) : -1;
    f.selfKind = m.selfKind;
    f.runtime = runtime;
    f.span = m.nameSpan;
    f.generics = implGenerics;
    f.numImplGenerics = uint32_t(implGenerics.size());
    f.implOf = int32_t(implIndex);
    p_.fns.push_back(f);
    im.methods[m.name.v] = FnId{uint32_t(p_.fns.size() - 1)};
  }
  std::vector<std::string> missing;
  for (auto& [name, fid] : trait.methods)
    if (!im.methods.count(name) && !p_.ast.item(p_.fns[fid.v].item).body.valid()) missing.push_back("`" + p_.str(Symbol{name}) + "`");
  if (!missing.empty()) {
    std::sort(missing.begin(), missing.end());
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) list += (i ? ", " : "") + missing[i];
    diags_.report(DiagKind::MissingTraitItems, p_.ast.type(it.selfTy).span.lo < it.span.lo ? it.span : Span{it.span.file, it.span.lo, p_.ast.type(it.selfTy).span.hi},
                  {list}, "missing " + list + " in implementation");
  }
  p_.traitImpls.push_back(std::move(im));
}

// `wasm::Pod` (an impl, or #[derive(Pod)]): any bit pattern must be a value of the type and it must be
// Copy, so every field is an integer, a float, an array of those or another Pod struct. Reports at `at`.
bool Resolver::checkPod(uint32_t adt, Span at) {
  const AdtInfo& a = p_.adts[adt];
  std::function<bool(TyId)> pod = [&](TyId t) {
    TyKind k = p_.types.kind(t);
    if (k == TyKind::Int || k == TyKind::Float || k == TyKind::Error) return true;
    if (k == TyKind::Array) return pod(TyId{p_.types.get(t).a});
    return k == TyKind::Adt && !p_.adts[p_.types.get(t).a].isEnum && p_.libKindOf(t) == Program::LibKind::None &&
           !p_.isRuntimeFile(p_.adts[p_.types.get(t).a].span.file);
  };
  std::string name = p_.str(a.name);
  if (a.isEnum) {
    diags_.report(DiagKind::NotPod, at, {name, "an enum's tag has invalid bit patterns"}, "not plain old data");
    return false;
  }
  if (!a.deriveCopy) {
    diags_.report(DiagKind::NotPod, at, {name, "it is not `Copy`"}, "add `#[derive(Clone, Copy)]`");
    return false;
  }
  for (const FieldInfo& f : a.variants[0].fields)
    if (!pod(f.ty)) {
      diags_.report(DiagKind::NotPod, at, {name, "field `" + p_.str(f.name) + "` has type `" + tyToString(p_, f.ty) + "`, which is not plain old data"},
                    "not plain old data")
          .label(f.span, "use integers, floats, arrays of them or other `wasm::Pod` structs");
      return false;
    }
  return true;
}

int32_t Resolver::findTrait(const Path& path, bool report) {
  std::vector<PathSeg> psegs = path.segs;
  uint32_t lm = ctxModule_;
  bool lex = true;
  if (psegs.size() > 1 && !modulePrefix(psegs, lm, lex, report)) return -1;
  std::vector<std::string> segs;
  for (const PathSeg& sg : psegs) segs.push_back(p_.str(sg.name));
  while (segs.size() > 1 && (segs[0] == "std" || segs[0] == "core" || segs[0] == "fmt" || segs[0] == "wasm")) segs.erase(segs.begin());
  while (segs.size() > 1 && segs[0] == "ops") segs.erase(segs.begin());
  if (segs.size() == 1) {
    Def d = lookupIn(lm, p_.interner.intern(segs[0]), kDefTrait, lex);
    if (d.kind == kDefTrait) {
      if (!lex) checkVisible(lm, psegs.back(), report);
      return int32_t(d.a);
    }
    static const char* kOps[] = {"Add", "Sub", "Mul", "Div", "Rem", "Neg", "Not", "AddAssign", "SubAssign", "MulAssign", "DivAssign", "RemAssign"};
    for (const char* op : kOps)
      if (segs[0] == op) {
        auto pt = traitByName_.find(key(kLibModule, p_.interner.intern(std::string("__") + op)));
        if (pt != traitByName_.end()) return int32_t(pt->second);
      }
    if (segs[0] == "Display" || segs[0] == "Debug") {  // std::fmt's traits live in the prelude
      auto pt = traitByName_.find(key(kLibModule, p_.interner.intern("__" + segs[0])));
      if (pt != traitByName_.end()) return int32_t(pt->second);
    }
  }
  if (report) {
    std::string n = p_.str(path.segs.back().name);
    static const char* kStd[] = {"Debug", "Display", "Clone", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default",
                                 "Add", "Sub", "Mul", "Div", "Neg", "Iterator", "IntoIterator", "From", "Into", "Drop", "Fn",
                                 "FnMut", "FnOnce", "AddAssign", "Index"};
    for (const char* k : kStd)
      if (n == k) {
        diags_.report(DiagKind::NotSupported, path.span, {"the standard library trait `" + n + "`"});
        return -1;
      }
    diags_.report(DiagKind::UnknownTrait, path.span, {n}, "not found in this scope");
  }
  return -1;
}

void Resolver::addBound(FnInfo& f, uint32_t param, uint32_t boundPath) {
  const Path& bp = p_.ast.paths[boundPath];
  std::string n = p_.str(bp.segs.back().name);
  if (n == "Copy" || n == "Clone") {
    f.cloneBounds.push_back(param);
    if (n == "Copy") f.copyBounds.push_back(param);
    return;
  }
  if (n == "Sized") return;
  if (n == "Hash") {
    f.hashBounds.push_back(param);
    return;
  }
  if (n == "Fn" || n == "FnMut" || n == "FnOnce") {
    const PathSeg& seg = bp.segs.back();
    if (!seg.parenArgs) {
      diags_.report(DiagKind::NotSupported, bp.span, {"`" + n + "` bounds without their signature (write `" + n + "(A) -> R`)"});
      return;
    }
    FnInfo::FnBound fb;
    fb.param = param;
    fb.kind = n == "Fn" ? 0 : n == "FnMut" ? 1 : 2;
    for (uint32_t i = 0; i < seg.numArgs; ++i) fb.args.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
    fb.ret = seg.parenRet != UINT32_MAX ? resolveType(ast::TypeId{seg.parenRet}) : p_.types.unit();
    f.fnBounds.push_back(std::move(fb));
    return;
  }
  if (n == "PartialEq" || n == "Eq" || n == "PartialOrd" || n == "Ord") {
    f.cmpBounds.push_back({param, n == "PartialEq" ? FnInfo::CmpBound::PartialEq : n == "Eq" ? FnInfo::CmpBound::Eq
                                  : n == "PartialOrd" ? FnInfo::CmpBound::PartialOrd : FnInfo::CmpBound::Ord});
    return;
  }
  int32_t t = findTrait(bp, true);
  if (t < 0) return;
  for (auto& [pp, tt] : f.bounds)
    if (pp == param && tt == uint32_t(t) && p_.ast.paths[boundPath].segs.back().numBindings == 0 && p_.ast.paths[boundPath].segs.back().numArgs == 0) return;
  f.bounds.push_back({param, uint32_t(t)});
  scope_.paramTraits.push_back({param, uint32_t(t)});  // later bounds may name `T::Item`
  const PathSeg& seg = bp.segs.back();
  std::vector<TyId> args;
  if (!seg.parenArgs)
    for (uint32_t i = 0; i < seg.numArgs; ++i) args.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
  f.boundArgs.push_back(args);
  for (uint32_t i = 0; i < seg.numBindings; ++i) {
    auto [name, ty] = p_.ast.assocBindings[seg.bindings + i];
    // the binding belongs to the trait that declares the associated type (a supertrait, maybe)
    uint32_t owner = uint32_t(t);
    std::vector<uint32_t> todo{uint32_t(t)};
    for (size_t k = 0; k < todo.size() && k < 16; ++k) {
      for (Symbol an : p_.traits[todo[k]].assocTypes) if (an == name) owner = todo[k];
      for (uint32_t sp : p_.traits[todo[k]].superPaths) {
        int32_t st = findTrait(p_.ast.paths[sp], false);
        if (st >= 0) todo.push_back(uint32_t(st));
      }
    }
    f.assocBindings.push_back({param, owner, name, resolveType(ty)});
  }
  // supertraits: `I: DoubleEndedIterator` also gives `I: Iterator` (its methods and `I::Item`)
  for (uint32_t sp : p_.traits[size_t(t)].superPaths) addBound(f, param, sp);
}

std::vector<TyId> Resolver::paramTys(const std::vector<Symbol>& names, uint32_t first) {
  std::vector<TyId> v;
  for (uint32_t i = first; i < names.size(); ++i) v.push_back(p_.types.param(i, names[i]));
  return v;
}

Resolver::GenericScope Resolver::fnScope(FnId f) const {
  const FnInfo& fn = p_.fns[f.v];
  GenericScope s{fn.selfAdt, fn.selfTy, fn.generics};
  if (fn.implOf >= 0) s.assoc = &p_.traitImpls[size_t(fn.implOf)].assocTypes;
  s.paramTraits = fn.bounds;
  return s;
}

bool Resolver::primitiveType(const std::string& n, TyId& out) {
  TypeTable& t = p_.types;
  static const std::pair<const char*, IntKind> ints[] = {
      {"i8", IntKind::I8}, {"i16", IntKind::I16}, {"i32", IntKind::I32}, {"i64", IntKind::I64}, {"isize", IntKind::Isize},
      {"u8", IntKind::U8}, {"u16", IntKind::U16}, {"u32", IntKind::U32}, {"u64", IntKind::U64}, {"usize", IntKind::Usize}};
  for (auto& [name, k] : ints)
    if (n == name) { out = t.integer(k); return true; }
  if (n == "f32") { out = t.f32(); return true; }
  if (n == "f64") { out = t.f64(); return true; }
  if (n == "bool") { out = t.boolean(); return true; }
  if (n == "char") { out = t.chr(); return true; }
  if (n == "str") { out = t.str(); return true; }
  return false;
}

int32_t Resolver::findAdt(Symbol name, uint32_t module, bool lexical) const {
  Def d = lookupIn(module, name, kDefAdt, lexical);
  return d.kind == kDefAdt ? int32_t(d.a) : -1;
}
int32_t Resolver::findLibAdt(Symbol name) const {
  auto it = adtByName_.find(key(kLibModule, name));
  return it == adtByName_.end() ? -1 : int32_t(it->second);
}
FnId Resolver::findFn(const std::string& name) const {
  auto it = fnByName_.find(key(kLibModule, p_.interner.intern(name)));
  return it == fnByName_.end() ? FnId{} : it->second;
}

// The definitions a module itself declares.
Resolver::Def Resolver::ownDef(uint32_t m, Symbol n, uint32_t mask) const {
  uint64_t k = key(m, n);
  if (mask & kDefMod) {
    auto it = modByName_.find(k);
    if (it != modByName_.end()) return Def{kDefMod, it->second};
  }
  if (mask & kDefAdt) {
    auto it = adtByName_.find(k);
    if (it != adtByName_.end()) return Def{kDefAdt, it->second};
  }
  if (mask & kDefTrait) {
    auto it = traitByName_.find(k);
    if (it != traitByName_.end()) return Def{kDefTrait, it->second};
  }
  if (mask & kDefAlias) {
    auto it = aliasByName_.find(k);
    if (it != aliasByName_.end()) return Def{kDefAlias, it->second.v, m};
  }
  if (mask & kDefFn) {
    auto it = fnByName_.find(k);
    if (it != fnByName_.end()) return Def{kDefFn, it->second.v};
  }
  if (mask & kDefConst) {
    auto it = constByName_.find(k);
    if (it != constByName_.end()) return Def{kDefConst, it->second};
  }
  return Def{};
}

// What a `use` path (without its last name) leads to: a module, or an enum (`use Shape::*`).
bool Resolver::useTarget(const UseDecl& u, uint32_t& module, int32_t& enumAdt, int depth) const {
  module = u.module;
  enumAdt = -1;
  bool lexical = true;
  for (size_t i = 0; i < u.path.size(); ++i) {
    const std::string& s = p_.str(u.path[i]);
    if (s == "crate" && i == 0) module = 0;
    else if (s == "self" && i == 0) {
    } else if (s == "super") {
      if (module == 0 || module >= p_.ast.modules.size()) return false;
      module = p_.ast.modules[module].parent;
    } else {
      Def d = lookupIn(module, u.path[i], kDefMod | kDefAdt, lexical, depth + 1);
      if (d.kind == kDefMod) module = d.a;
      else if (d.kind == kDefAdt && i + 1 == u.path.size()) { enumAdt = int32_t(d.a); return true; }
      else return false;
    }
    lexical = false;
  }
  return true;
}

// A name seen from module `m`: its own items, its named imports, its glob imports, then (for a path's first
// segment) the library. Enum variants come only through imports (`use Shape::*`).
Resolver::Def Resolver::lookupIn(uint32_t m, Symbol n, uint32_t mask, bool lexical, int depth) const {
  if (depth == 0) lookupSeen_.clear();
  if (depth > 32 || !lookupSeen_.insert(key(m, n) * 131 + mask).second) return Def{};
  Def d = ownDef(m, n, mask);
  if (d.kind) return d;
  if (m < usesOf_.size()) {
    for (int pass = 0; pass < 2; ++pass)  // named imports shadow glob imports
      for (uint32_t ui : usesOf_[m]) {
        const UseDecl& u = p_.ast.uses[ui];
        if (u.glob != (pass == 1)) continue;
        Symbol orig = n;
        if (!u.glob) {
          bool named = false;
          for (auto& [o, alias] : u.names)
            if (alias == n) { orig = o; named = true; }
          if (!named) continue;
        }
        uint32_t target;
        int32_t e;
        if (!useTarget(u, target, e, depth)) continue;
        if (e >= 0) {
          if (!(mask & kDefVariant)) continue;
          int vi = p_.adts[uint32_t(e)].isEnum ? p_.adts[uint32_t(e)].variantIndex(orig) : -1;
          if (vi >= 0) return Def{kDefVariant, uint32_t(e), uint32_t(vi)};
          continue;
        }
        if (u.glob && target == m) continue;
        Def r = lookupIn(target, orig, mask, false, depth + 1);
        if (r.kind) return r;
      }
  }
  if (lexical && m != kLibModule) return ownDef(kLibModule, n, mask);
  return Def{};
}

bool Resolver::isWithin(uint32_t inner, uint32_t outer) const {
  for (uint32_t m = inner; m < p_.ast.modules.size(); m = p_.ast.modules[m].parent)
    if (m == outer) return true;
  return false;
}

bool Resolver::modulePrefix(std::vector<PathSeg>& segs, uint32_t& module, bool& lexical, bool report) {
  module = ctxModule_;
  lexical = true;
  if (ctxModule_ == kLibModule) return true;
  size_t i = 0;
  for (; i + 1 < segs.size(); ++i) {
    const PathSeg& sg = segs[i];
    if (sg.isSelfType) break;
    const std::string& s = p_.str(sg.name);
    if (s == "crate" && i == 0) module = 0;
    else if (s == "self" && i == 0) {
    } else if (s == "super" && (i == 0 || p_.str(segs[i - 1].name) == "super")) {
      if (module == 0) {
        if (report) diags_.report(DiagKind::TooManySuper, sg.span, {}, "there are too many leading `super` keywords");
        return false;
      }
      module = p_.ast.modules[module].parent;
    } else {
      Def d = lookupIn(module, sg.name, kDefMod | kDefAdt | kDefTrait | kDefAlias, lexical);
      if (d.kind != kDefMod) break;
      if (!lexical) checkVisible(module, sg, report);
      module = d.a;
    }
    lexical = false;
  }
  segs.erase(segs.begin(), segs.begin() + long(i));
  return true;
}

// E0603: an item declared without `pub` in module `m`, named from outside `m`.
void Resolver::checkVisible(uint32_t m, const PathSeg& seg, bool report) {
  if (!report || ctxModule_ == kLibModule || isWithin(ctxModule_, m)) return;
  auto it = privateItems_.find(key(m, seg.name));
  if (it == privateItems_.end()) return;
  const Item& item = p_.ast.item(it->second);
  const char* what = item.kind == ItemKind::Fn ? "function" : item.kind == ItemKind::Struct ? "struct" : item.kind == ItemKind::Enum ? "enum"
                     : item.kind == ItemKind::Const ? "constant" : item.kind == ItemKind::Trait ? "trait" : item.kind == ItemKind::Mod ? "module" : "type alias";
  diags_.report(DiagKind::PrivateItem, seg.span, {what, p_.str(seg.name)}, std::string("private ") + what)
      .label(item.nameSpan, std::string("the ") + what + " `" + p_.str(seg.name) + "` is defined here");
}

TyId Resolver::resolveType(TypeId tid) {
  const Type& t = p_.ast.type(tid);
  TyId result = p_.types.error();
  switch (t.kind) {
    case TypeKind::Error: break;
    case TypeKind::Never: result = p_.types.never(); break;
    case TypeKind::ImplTrait:
      diags_.report(DiagKind::NotSupported, t.span, {"`impl Trait` outside of function parameters and results"});
      break;
    case TypeKind::Dyn: {
      const Path& dp = p_.ast.paths[t.path];
      std::string last = dp.segs.empty() ? "" : p_.str(dp.segs.back().name);
      if (last == "Fn" || last == "FnMut" || last == "FnOnce") {  // `dyn Fn(A, ..) -> R`: Dyn(__DynFn, [R, A, ..])
        const PathSeg& seg = dp.segs.back();
        if (!seg.parenArgs) {
          diags_.report(DiagKind::NotSupported, dp.span, {"`dyn " + last + "` without its signature (write `dyn " + last + "(A) -> R`)"});
          break;
        }
        auto tr = traitByName_.find(key(kLibModule, p_.interner.intern("__Dyn" + last)));
        if (tr == traitByName_.end()) break;
        std::vector<TyId> elems{seg.parenRet != UINT32_MAX ? resolveType(ast::TypeId{seg.parenRet}) : p_.types.unit()};
        for (uint32_t i = 0; i < seg.numArgs; ++i) elems.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
        result = p_.types.item(TyKind::Dyn, tr->second, elems);
        break;
      }
      int32_t tr = findTrait(p_.ast.paths[t.path], true);
      if (tr < 0) break;
      // dyn compatible: every method without `where Self: Sized` takes `self` and has no type parameters
      // of its own (a vtable holds one function per method)
      for (auto& [name, fid] : p_.traits[size_t(tr)].methods) {
        const FnInfo& f = p_.fns[fid.v];
        if (!f.item.valid()) continue;
        const Item& m = p_.ast.item(f.item);
        bool sizedOnly = false;
        for (uint32_t b : m.selfBounds) {
          const Path& bp = p_.ast.paths[b];
          sizedOnly = sizedOnly || (!bp.segs.empty() && p_.str(bp.segs.back().name) == "Sized");
        }
        if (sizedOnly) continue;
        // the library's provided methods with type parameters are `where Self: Sized` in std (Iterator's
        // adaptors): usable on a Box of the object, not in its vtable
        if (p_.isRuntimeFile(f.span.file) && !m.generics.empty() && m.body.valid()) continue;
        const char* why = m.selfKind == SelfKind::None ? "has no `self` parameter"
                          : !m.generics.empty()        ? "has generic type parameters" : nullptr;
        if (!why) continue;
        std::string tn = p_.str(p_.traits[size_t(tr)].name);
        diags_.report(DiagKind::DynIncompatible, p_.ast.paths[t.path].span, {tn}, "`" + tn + "` is not dyn compatible")
            .label(m.nameSpan, std::string("...because ") + (m.selfKind == SelfKind::None ? "associated function" : "method") + " `" +
                                   p_.str(m.name) + "` " + why)
            .label(p_.traits[size_t(tr)].span, "this trait is not dyn compatible...");
        tr = -1;
        break;
      }
      if (tr >= 0) {  // `dyn Container<i32>`: the trait's arguments are the type's
        std::vector<TyId> args;
        const PathSeg& seg = p_.ast.paths[t.path].segs.back();
        const TraitInfo& ti = p_.traits[size_t(tr)];
        for (uint32_t i = 0; i < seg.numArgs; ++i) args.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
        if (args.size() != ti.generics.size()) {
          diags_.report(DiagKind::NotSupported, p_.ast.paths[t.path].span, {"a trait object without all of its trait's generic arguments"});
          break;
        }
        // then its associated types' bindings, in the trait's order (`dyn Iterator<Item = u32>`)
        bool missing = false;
        for (Symbol at : ti.assocTypes) {
          TyId bound = p_.types.error();
          bool found = false;
          for (uint32_t i = 0; i < seg.numBindings; ++i) {
            auto [name, ty] = p_.ast.assocBindings[seg.bindings + i];
            if (name == at) {
              bound = resolveType(ty);
              found = true;
            }
          }
          if (!found) {
            diags_.report(DiagKind::DynAssocUnbound, p_.ast.paths[t.path].span, {p_.str(at), p_.str(ti.name)})
                .help("specify the associated type: `" + p_.str(ti.name) + "<" + p_.str(at) + " = /* Type */>`");
            missing = true;
          }
          args.push_back(bound);
        }
        if (missing) break;
        result = p_.types.item(TyKind::Dyn, uint32_t(tr), args);
      }
      break;
    }
    case TypeKind::Infer:
      if (freshInfer) {
        result = freshInfer();
        break;
      }
      diags_.report(DiagKind::NotSupported, t.span, {"the placeholder `_` in item signatures"});
      break;
    case TypeKind::Ref: {
      if (p_.ast.type(t.inner).kind == TypeKind::Slice) {  // `&[T]` / `&mut [T]`: the library's slice types
        TyId elem = resolveType(p_.ast.type(t.inner).inner);
        int32_t a = findLibAdt(p_.interner.intern(t.mut ? "__SliceMut" : "__Slice"));
        if (p_.types.kind(elem) != TyKind::Error && a >= 0) result = p_.types.adt(uint32_t(a), {elem});
        break;
      }
      TyId inner = resolveType(t.inner);
      result = p_.types.kind(inner) == TyKind::Error ? inner : p_.types.ref(inner, t.mut);
      break;
    }
    case TypeKind::Slice:
      diags_.report(DiagKind::NotSupported, t.span, {"the unsized slice type `[T]` outside of a reference (`&[T]`)"});
      break;
    case TypeKind::Tuple: {
      std::vector<TyId> elems;
      for (uint32_t i = 0; i < t.listLen; ++i) elems.push_back(resolveType(p_.ast.typeLists[t.list + i]));
      result = p_.types.tuple(elems);
      break;
    }
    case TypeKind::Array: {
      TyId elem = resolveType(t.inner);
      bool ok = true;
      ConstValue len = evalConst(t.len, p_.types.integer(IntKind::Usize), ok);
      if (!ok || p_.types.kind(elem) == TyKind::Error) break;
      if (len.bits > 0x7fffffff) {
        diags_.report(DiagKind::NotSupported, t.span, {"arrays larger than 2^31 elements"});
        break;
      }
      result = p_.types.array(elem, len.bits);
      break;
    }
    case TypeKind::Path: {
      const Path& path = p_.ast.paths[t.path];
      std::vector<PathSeg> segs = path.segs;
      if (segs.size() > 1 && (p_.str(segs[0].name) == "std" || p_.str(segs[0].name) == "core" || p_.str(segs[0].name) == "wasm")) {
        segs.erase(segs.begin());
        stripStdModules(segs);
        if (segs.size() == 2 && p_.str(segs[0].name) == "thread") segs.erase(segs.begin());  // std::thread::JoinHandle
      }
      uint32_t lm = ctxModule_;  // where the last segments are looked up (`geo::Point`: in module geo)
      bool lex = true;
      if (segs.size() > 1 && !modulePrefix(segs, lm, lex, true)) break;
      if (!lex && segs.size() == 1) checkVisible(lm, segs[0], true);
      // std::fmt's types: fmt::Formatter, fmt::Result (= Result<(), fmt::Error>), fmt::Error
      if (segs.size() == 2 && p_.str(segs[0].name) == "fmt") {
        const std::string& n = p_.str(segs[1].name);
        int32_t err = findLibAdt(p_.interner.intern("__FmtError"));
        if (n == "Formatter" || n == "Error") {
          int32_t a = findLibAdt(p_.interner.intern(n == "Formatter" ? "__Formatter" : "__FmtError"));
          if (a >= 0) { result = p_.types.adt(uint32_t(a)); break; }
        }
        if (n == "Result" && err >= 0) {
          int32_t r = findLibAdt(p_.interner.intern("Result"));
          if (r >= 0) { result = p_.types.adt(uint32_t(r), {p_.types.unit(), p_.types.adt(uint32_t(err))}); break; }
        }
      }
      if (segs.size() == 2 && segs[0].isSelfType && scope_.assoc) {
        auto at = scope_.assoc->find(segs[1].name.v);
        if (at != scope_.assoc->end()) { result = at->second; break; }
      }
      if (segs.size() == 2 && !segs[0].hasArgs) {  // `Self::Item` in a trait, `I::Item` for `I: Iterator`
        TyId base{UINT32_MAX};
        if (segs[0].isSelfType && scope_.selfTy.v != 0 && p_.types.kind(scope_.selfTy) == TyKind::Param) base = scope_.selfTy;
        for (uint32_t gi = 0; gi < scope_.generics.size() && !segs[0].isSelfType; ++gi)
          if (scope_.generics[gi] == segs[0].name) base = p_.types.param(gi, segs[0].name);
        if (base.v != UINT32_MAX) {
          uint32_t pi = p_.types.get(base).a;
          for (auto& [param, trait] : scope_.paramTraits) {
            if (param != pi) continue;
            const TraitInfo& tr = p_.traits[trait];
            for (Symbol an : tr.assocTypes)
              if (an == segs[1].name) result = p_.types.proj(trait, an, {base});
            if (p_.types.kind(result) == TyKind::Proj) break;
          }
          if (p_.types.kind(result) == TyKind::Proj) break;
          diags_.report(DiagKind::UnknownAssoc, segs[1].span, {p_.str(segs[1].name), "type parameter `" + p_.str(segs[0].name) + "`"},
                        "associated type `" + p_.str(segs[1].name) + "` not found");
          break;
        }
      }
      if (segs.size() == 1 && p_.str(segs[0].name) == "Formatter" && findAdt(segs[0].name) < 0) {
        int32_t a = findLibAdt(p_.interner.intern("__Formatter"));
        if (a >= 0) { result = p_.types.adt(uint32_t(a)); break; }
      }
      if (segs.size() == 1) {
        const std::string& n = p_.str(segs[0].name);
        if (segs[0].isSelfType) {
          if (scope_.selfTy.v != 0) result = scope_.selfTy;
          else if (scope_.selfAdt >= 0) result = p_.types.adt(uint32_t(scope_.selfAdt));
          else diags_.report(DiagKind::UnknownType, segs[0].span, {"Self"}, "`Self` is only available in impls, traits, and type definitions");
          break;
        }
        for (uint32_t gi = 0; gi < scope_.generics.size(); ++gi)
          if (scope_.generics[gi] == segs[0].name) {
            if (segs[0].hasArgs) diags_.report(DiagKind::NotSupported, segs[0].span, {"generic arguments on a type parameter"});
            result = p_.types.param(gi, segs[0].name);
            break;
          }
        if (p_.types.kind(result) == TyKind::Param) break;
        if (primitiveType(n, result)) {
          if (segs[0].hasArgs) diags_.report(DiagKind::WrongGenericCount, segs[0].span, {"type `" + n + "`", "0 generic arguments", std::to_string(segs[0].numArgs)}, "");
          break;
        }
        Def ad = lookupIn(lm, segs[0].name, kDefAlias, lex);
        if (ad.kind == kDefAlias && !segs[0].hasArgs) {
          if (std::find(aliasStack_.begin(), aliasStack_.end(), ad.a) != aliasStack_.end()) {
            diags_.report(DiagKind::NotSupported, segs[0].span, {"a type alias that refers to itself"});
            break;
          }
          aliasStack_.push_back(ad.a);
          uint32_t savedCtx = ctxModule_;
          ctxModule_ = ad.b;  // the alias's own names are those of its module
          result = resolveType(TypeId{ad.a});
          ctxModule_ = savedCtx;
          aliasStack_.pop_back();
          break;
        }
        int32_t a = findAdt(segs[0].name, lm, lex);
        if (a >= 0) { result = adtWithArgs(uint32_t(a), segs[0], true); break; }
        if (n == "String" || n == "Vec" || n == "Option" || n == "Result" || n == "Box" || n == "HashMap") {
          diags_.report(DiagKind::NotSupported, t.span, {"the standard library type `" + n + "`"});
          break;
        }
      }
      diags_.report(DiagKind::UnknownType, t.span, {p_.str(segs.back().name)}, "not found in this scope");
      break;
    }
  }
  if (p_.typeTy.size() <= tid.v) p_.typeTy.resize(p_.ast.types.size(), p_.types.error());
  p_.typeTy[tid.v] = result;
  return result;
}

// `Name<args>` in a type: the arguments must match the ADT's parameters (E0107).
TyId Resolver::adtWithArgs(uint32_t a, const PathSeg& seg, bool required) {
  const AdtInfo& adt = p_.adts[a];
  std::vector<TyId> args;
  for (uint32_t i = 0; i < seg.numArgs; ++i) args.push_back(resolveType(p_.ast.typeLists[seg.args + i]));
  if (args.size() != adt.generics.size() && (required || seg.hasArgs)) {
    auto n = [](size_t k) { return std::to_string(k) + " generic argument" + (k == 1 ? "" : "s"); };
    std::string what = std::string(adt.isEnum ? "enum `" : "struct `") + p_.str(adt.name) + "`";
    Diagnostic& d = diags_.report(DiagKind::WrongGenericCount, seg.span, {}, "");
    if (args.empty()) {
      d.message = "missing generics for " + what;
      d.labels[0].text = "expected " + n(adt.generics.size());
    } else {
      d.message = what.substr(0, 1) == "e" ? "" : "";
      d.message = (adt.isEnum ? "enum" : "struct") + std::string(" takes ") + n(adt.generics.size()) + " but " + n(args.size()) +
                  (args.size() == 1 ? " was" : " were") + " supplied";
      d.labels[0].text = "expected " + n(adt.generics.size());
    }
    return p_.types.error();
  }
  for (TyId t : args) if (p_.types.kind(t) == TyKind::Error) return t;
  return p_.types.adt(a, args);
}

// `std::cmp::Reverse` / `std::iter::Iterator`: the library's items live at the top level, so the module
// segment of a std path is dropped (`mem` and `process` paths are mapped to their functions elsewhere).
void Resolver::stripStdModules(std::vector<PathSeg>& segs) const {
  static const char* kMods[] = {"cmp", "iter", "ops", "collections", "string", "vec", "option", "result", "num",
                                "convert", "boxed", "str", "char", "rc", "cell"};
  if (segs.size() < 2) return;
  const std::string& first = p_.str(segs[0].name);
  for (const char* m : kMods)
    if (first == m) {
      if ((first == "str" || first == "char") && segs.size() == 2 && findLibAdt(segs[1].name) < 0 && !traitByName_.count(key(kLibModule, segs[1].name))) return;
      segs.erase(segs.begin());
      return;
    }
}

Res Resolver::primitiveConst(const std::string& prim, const std::string& name, Span span) {
  std::string key = prim + "::" + name;
  auto it = primConsts_.find(key);
  if (it != primConsts_.end()) return Res{ResKind::Const, it->second};
  TyId ty;
  if (!primitiveType(prim, ty) && prim != "consts") return Res{};
  ConstInfo c;
  c.name = p_.interner.intern(key);
  c.state = 2;
  c.ty = ty;
  ConstValue& v = c.value;
  TypeTable& t = p_.types;
  if (t.kind(ty) == TyKind::Int) {
    IntKind k = t.intKind(ty);
    uint32_t bits = intBits(k);
    v.kind = ConstValue::Int;
    if (name == "MAX") v.bits = intSigned(k) ? (uint64_t(1) << (bits - 1)) - 1 : (bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1);
    else if (name == "MIN") v.bits = intSigned(k) ? wrapTo(uint64_t(1) << (bits - 1), k) : 0;
    else if (name == "BITS") { v.bits = bits; c.ty = t.integer(IntKind::U32); }
    else return Res{};
  } else if (t.kind(ty) == TyKind::Float) {
    bool is32 = t.get(ty).sub == 32;
    double d;
    if (name == "NAN") d = NAN;
    else if (name == "INFINITY") d = INFINITY;
    else if (name == "NEG_INFINITY") d = -INFINITY;
    else if (name == "MAX") d = is32 ? 3.40282347e+38 : 1.7976931348623157e308;
    else if (name == "MIN") d = is32 ? -3.40282347e+38 : -1.7976931348623157e308;
    else if (name == "MIN_POSITIVE") d = is32 ? 1.17549435e-38 : 2.2250738585072014e-308;
    else if (name == "EPSILON") d = is32 ? 1.19209290e-07 : 2.2204460492503131e-16;
    else return Res{};
    v.kind = ConstValue::Float;
    std::memcpy(&v.bits, &d, 8);
  } else if (t.kind(ty) == TyKind::Char && name == "MAX") {
    v.kind = ConstValue::Char;
    v.bits = 0x10FFFF;
  } else {
    return Res{};
  }
  (void)span;
  p_.consts.push_back(c);
  primConsts_[key] = uint32_t(p_.consts.size() - 1);
  return Res{ResKind::Const, uint32_t(p_.consts.size() - 1)};
}

Res Resolver::lookupValuePath(const Path& path, int32_t selfAdt, bool report) {
  std::vector<PathSeg> segs = path.segs;
  if (segs.size() > 1 && (p_.str(segs[0].name) == "std" || p_.str(segs[0].name) == "core" || p_.str(segs[0].name) == "wasm")) {
    segs.erase(segs.begin());
    stripStdModules(segs);
  }
  if (segs.size() > 2 && p_.str(segs[0].name) == "cmp") segs.erase(segs.begin());  // `cmp::Ordering::Less` after `use std::cmp;`
  if (segs.size() == 2 && p_.str(segs[0].name) == "fmt" && p_.str(segs[1].name) == "Error" && findAdt(segs[0].name) < 0) {
    int32_t a = findLibAdt(p_.interner.intern("__FmtError"));  // the unit struct `fmt::Error` as a value
    if (a >= 0) return Res{ResKind::Struct, uint32_t(a)};
  }
  uint32_t lm = ctxModule_;  // where the rest is looked up once module segments are consumed
  bool lex = true;
  if (segs.size() > 1 && !modulePrefix(segs, lm, lex, report)) return Res{ResKind::Error};
  if (segs.size() == 1) {
    Symbol n = segs[0].name;
    if (segs[0].isSelfType && selfAdt >= 0) {
      const AdtInfo& a = p_.adts[uint32_t(selfAdt)];
      if (!a.isEnum && !a.variants.empty()) return Res{ResKind::Struct, uint32_t(selfAdt)};
    }
    Def d = lookupIn(lm, n, kDefFn | kDefConst | kDefAdt | kDefVariant, lex);
    if (d.kind && !lex) checkVisible(lm, segs[0], report);
    if (d.kind == kDefFn) return Res{ResKind::Fn, d.a};
    if (d.kind == kDefConst) return Res{ResKind::Const, d.a};
    if (d.kind == kDefVariant) return Res{ResKind::Variant, d.a, d.b};
    if (d.kind == kDefAdt && !p_.adts[d.a].isEnum) return Res{ResKind::Struct, d.a};
    // `use std::mem::*;` / `use std::mem::{swap, replace as r};`
    for (const UseDecl& u : p_.ast.uses) {
      if (p_.str(u.prefix) != "mem" && p_.str(u.prefix) != "process" && p_.str(u.prefix) != "thread") continue;
      if (u.path.size() != 1 || p_.isRuntimeFile(u.span.file)) continue;
      Symbol orig = n;
      bool named = u.glob;
      for (auto& [o, alias] : u.names)
        if (alias == n) { orig = o; named = true; }
      if (!named) continue;
      auto f = fnByName_.find(key(kLibModule, p_.interner.intern("__std_" + p_.str(u.prefix) + "_" + p_.str(orig))));
      if (f != fnByName_.end()) return Res{ResKind::Fn, f->second.v};
    }
    if (!lex) return Res{};
    // the prelude's variants: Some, None, Ok, Err
    for (const char* pre : {"Option", "Result"}) {
      int32_t e = findLibAdt(p_.interner.intern(pre));
      if (e < 0 || !p_.isRuntimeFile(p_.adts[uint32_t(e)].span.file)) continue;
      int vi = p_.adts[uint32_t(e)].variantIndex(n);
      if (vi >= 0) return Res{ResKind::Variant, uint32_t(e), uint32_t(vi)};
    }
    return Res{};
  }
  if (segs.size() == 3 && p_.str(segs[1].name) == "consts" && (p_.str(segs[0].name) == "f64" || p_.str(segs[0].name) == "f32")) {
    // std::f64::consts::PI and friends
    const std::string& n = p_.str(segs[2].name);
    static const std::pair<const char*, double> kConsts[] = {
        {"PI", 3.14159265358979323846264338327950288}, {"E", 2.71828182845904523536028747135266250},
        {"TAU", 6.28318530717958647692528676655900577}, {"SQRT_2", 1.41421356237309504880168872420969808},
        {"LN_2", 0.693147180559945309417232121458176568}, {"LN_10", 2.30258509299404568401799145468436421},
        {"FRAC_PI_2", 1.57079632679489661923132169163975144}, {"FRAC_PI_4", 0.785398163397448309615660845819875721}};
    for (auto& [cn, val] : kConsts) {
      if (n != cn) continue;
      std::string key = p_.str(segs[0].name) + "::consts::" + n;
      auto it = primConsts_.find(key);
      if (it != primConsts_.end()) return Res{ResKind::Const, it->second};
      ConstInfo c;
      c.name = p_.interner.intern(key);
      c.state = 2;
      bool is32 = p_.str(segs[0].name) == "f32";
      c.ty = is32 ? p_.types.f32() : p_.types.f64();
      double d = is32 ? double(float(val)) : val;
      c.value.kind = ConstValue::Float;
      std::memcpy(&c.value.bits, &d, 8);
      p_.consts.push_back(c);
      primConsts_[key] = uint32_t(p_.consts.size() - 1);
      return Res{ResKind::Const, uint32_t(p_.consts.size() - 1)};
    }
  }
  if (segs.size() == 2) {
    const std::string& first = p_.str(segs[0].name);
    if ((first == "mem" || first == "process" || first == "thread") && lex && findAdt(segs[0].name, lm, lex) < 0) {  // runtime/mem.rs
      auto f = fnByName_.find(key(kLibModule, p_.interner.intern("__std_" + first + "_" + p_.str(segs[1].name))));
      if (f != fnByName_.end()) return Res{ResKind::Fn, f->second.v};
      if (report) {
        diags_.report(DiagKind::NotSupported, path.span, {"`std::" + first + "::" + p_.str(segs[1].name) + "`"});
        return Res{ResKind::Error};
      }
      return Res{};
    }
    TyId prim;
    if (!segs[0].isSelfType && primitiveType(first, prim)) {
      auto pm = p_.primMethods.find(prim.v);  // `f64::max` / `str::len` as a function value or called by path
      if (pm != p_.primMethods.end()) {
        auto m = pm->second.find(segs[1].name.v);
        if (m != pm->second.end()) return Res{ResKind::Fn, m->second.v};
      }
      Res r = primitiveConst(first, p_.str(segs[1].name), segs[1].span);
      if (r.kind == ResKind::None && report)
        diags_.report(DiagKind::UnknownAssoc, segs[1].span, {p_.str(segs[1].name), "type `" + first + "`"},
                      "associated item not found in `" + first + "`");
      return r.kind == ResKind::None && report ? Res{ResKind::Error} : r;
    }
    int32_t a = segs[0].isSelfType ? selfAdt : findAdt(segs[0].name, lm, lex);
    if (a >= 0 && !lex) checkVisible(lm, segs[0], report);
    if (a < 0) {
      if (report) {
        diags_.report(DiagKind::UnknownPath, segs[0].span, {"use of undeclared type `" + first + "`"},
                      "use of undeclared type `" + first + "`");
        return Res{ResKind::Error};
      }
      return Res{};
    }
    const AdtInfo& adt = p_.adts[uint32_t(a)];
    Symbol n = segs[1].name;
    if (adt.isEnum) {
      int vi = adt.variantIndex(n);
      if (vi >= 0) return Res{ResKind::Variant, uint32_t(a), uint32_t(vi)};
    }
    auto m = adt.methods.find(n.v);
    if (m != adt.methods.end()) return Res{ResKind::Fn, m->second.v};
    auto c = adt.consts.find(n.v);
    if (c != adt.consts.end()) return Res{ResKind::Const, c->second};
    if (report) {
      if (adt.isEnum)
        diags_.report(DiagKind::UnknownVariant, segs[1].span, {p_.str(n), p_.str(adt.name)}, "variant or associated item not found in `" + p_.str(adt.name) + "`");
      else
        diags_.report(DiagKind::UnknownAssoc, segs[1].span, {p_.str(n), "struct `" + p_.str(adt.name) + "`"}, "function or associated item not found in `" + p_.str(adt.name) + "`");
      return Res{ResKind::Error};
    }
    return Res{};
  }
  if (report) {
    diags_.report(DiagKind::NotSupported, path.span, {"module paths"});
    return Res{ResKind::Error};
  }
  return Res{};
}

Res Resolver::lookupStructPath(const Path& path, int32_t selfAdt, bool report) {
  Res r = lookupValuePath(path, selfAdt, false);
  if (r.kind == ResKind::Struct || r.kind == ResKind::Variant) return r;
  if (path.segs.size() == 1) {
    int32_t a = path.segs[0].isSelfType ? selfAdt : findAdt(path.segs[0].name);
    if (a >= 0 && !p_.adts[uint32_t(a)].isEnum) return Res{ResKind::Struct, uint32_t(a)};
  }
  if (r.kind == ResKind::None) return lookupValuePath(path, selfAdt, report);
  return r;
}

void Resolver::ensureConstEvaluated(uint32_t ci) {
  ConstInfo& c = p_.consts[ci];
  if (c.state == 2) return;
  const Item& it = p_.ast.item(c.item);
  if (c.state == 1) {
    diags_.report(DiagKind::ConstEval, it.nameSpan, {"cycle detected when evaluating `" + p_.str(c.name) + "`"});
    c.ty = p_.types.error();
    return;
  }
  c.state = 1;
  uint32_t savedCtx = ctxModule_;
  setContext(c.item, p_.isRuntimeFile(it.span.file));
  struct Restore { uint32_t& r; uint32_t v; ~Restore() { r = v; } } restore{ctxModule_, savedCtx};
  TyId ty;
  {
    GenericScope scope{c.ownerAdt, c.ownerAdt >= 0 ? p_.types.adt(uint32_t(c.ownerAdt)) : TyId{}, {}};
    ScopeGuard sg(*this, scope);
    ty = resolveType(it.ty);
  }
  TyKind k = p_.types.kind(ty);
  if (k == TyKind::Array || k == TyKind::Tuple || k == TyKind::Adt) {
    // Aggregate constants are type-checked like a body (check/) and expanded at each use.
    ConstInfo& c2 = p_.consts[ci];
    c2.ty = ty;
    c2.value.kind = ConstValue::None;
    c2.state = 2;
    return;
  }
  bool ok = true;
  ConstValue v = evalConst(it.value, ty, ok);
  ConstInfo& c2 = p_.consts[ci];  // evalConst may have grown the vector
  c2.ty = ok ? ty : p_.types.error();
  c2.value = v;
  c2.state = 2;
}

ConstValue Resolver::evalConst(ExprId eid, TyId expected, bool& ok) {
  const Expr& e = p_.ast.expr(eid);
  TypeTable& t = p_.types;
  ConstValue v;
  auto fail = [&](const std::string& why) {
    if (ok) diags_.report(DiagKind::ConstEval, e.span, {why});
    ok = false;
    return ConstValue{};
  };
  TyKind ek = t.kind(expected);
  switch (e.kind) {
    case ExprKind::IntLit: {
      if (ek == TyKind::Float) {
        double d = double(e.intValue);
        v.kind = ConstValue::Float;
        std::memcpy(&v.bits, &d, 8);
        return v;
      }
      v.kind = ConstValue::Int;
      v.bits = e.intValue;
      if (ek == TyKind::Int && !fitsIn((__int128)e.intValue, t.intKind(expected)) && !e.intOverflow) {
        // out-of-range literals are reported by the type checker's lint for bodies; in consts report here
        diags_.report(DiagKind::IntLiteralOutOfRange, e.span, {intName(t.intKind(expected))})
            .note("the literal `" + std::string(p_.sm.text(e.span)) + "` does not fit into the type `" + intName(t.intKind(expected)) + "`");
        ok = false;
      }
      if (ek == TyKind::Int) v.bits = wrapTo(v.bits, t.intKind(expected));
      return v;
    }
    case ExprKind::FloatLit: {
      double d = strtod(e.text.c_str(), nullptr);
      if (ek == TyKind::Float && t.get(expected).sub == 32) d = double(float(d));
      v.kind = ConstValue::Float;
      std::memcpy(&v.bits, &d, 8);
      return v;
    }
    case ExprKind::BoolLit: v.kind = ConstValue::Bool; v.bits = e.intValue; return v;
    case ExprKind::CharLit: v.kind = ConstValue::Char; v.bits = e.intValue; return v;
    case ExprKind::StrLit: v.kind = ConstValue::Str; v.str = e.text; return v;
    case ExprKind::Paren: return evalConst(e.a, expected, ok);
    case ExprKind::Block:
      if (e.listLen == 0 && e.a.valid()) return evalConst(e.a, expected, ok);
      return fail("only simple expressions are supported in constants");
    case ExprKind::Unary: {
      const Expr& inner = p_.ast.expr(e.a);
      if (UnOp(e.op) == UnOp::Neg && inner.kind == ExprKind::IntLit && ek == TyKind::Int) {
        IntKind k = t.intKind(expected);
        if (!intSigned(k)) return fail("cannot negate an unsigned integer");
        __int128 val = -(__int128)inner.intValue;
        if (!fitsIn(val, k)) {
          diags_.report(DiagKind::IntLiteralOutOfRange, e.span, {intName(k)});
          ok = false;
        }
        v.kind = ConstValue::Int;
        v.bits = wrapTo(uint64_t(val), k);
        return v;
      }
      ConstValue a = evalConst(e.a, expected, ok);
      if (!ok) return a;
      if (UnOp(e.op) == UnOp::Neg) {
        if (a.kind == ConstValue::Float) { a.bits ^= uint64_t(1) << 63; return a; }
        if (a.kind == ConstValue::Int && ek == TyKind::Int) {
          IntKind k = t.intKind(expected);
          __int128 val = -asWide(a.bits, k);
          if (!fitsIn(val, k)) return fail("attempt to negate with overflow");
          a.bits = wrapTo(uint64_t(val), k);
          return a;
        }
        return fail("cannot negate this value");
      }
      if (a.kind == ConstValue::Bool) { a.bits ^= 1; return a; }
      if (a.kind == ConstValue::Int) { a.bits = ek == TyKind::Int ? wrapTo(~a.bits, t.intKind(expected)) : ~a.bits; return a; }
      return fail("cannot apply `!` to this value");
    }
    case ExprKind::Binary: {
      BinOp op = BinOp(e.op);
      if (isComparison(op) || op == BinOp::And || op == BinOp::Or) {
        if (op == BinOp::And || op == BinOp::Or) {
          ConstValue a = evalConst(e.a, t.boolean(), ok), b = evalConst(e.b, t.boolean(), ok);
          v.kind = ConstValue::Bool;
          v.bits = op == BinOp::And ? (a.bits & b.bits) : (a.bits | b.bits);
          return v;
        }
        TyId opTy = t.integer(IntKind::I64);
        ConstValue a = evalConst(e.a, opTy, ok), b = evalConst(e.b, opTy, ok);
        int64_t x = int64_t(a.bits), y = int64_t(b.bits);
        bool r = op == BinOp::Eq ? x == y : op == BinOp::Ne ? x != y : op == BinOp::Lt ? x < y : op == BinOp::Le ? x <= y : op == BinOp::Gt ? x > y : x >= y;
        v.kind = ConstValue::Bool;
        v.bits = r;
        return v;
      }
      TyId rhsTy = (op == BinOp::Shl || op == BinOp::Shr) ? t.integer(IntKind::U32) : expected;
      ConstValue a = evalConst(e.a, expected, ok), b = evalConst(e.b, rhsTy, ok);
      if (!ok) return a;
      if (a.kind == ConstValue::Float && b.kind == ConstValue::Float) {
        double x, y, r = 0;
        std::memcpy(&x, &a.bits, 8);
        std::memcpy(&y, &b.bits, 8);
        switch (op) {
          case BinOp::Add: r = x + y; break;
          case BinOp::Sub: r = x - y; break;
          case BinOp::Mul: r = x * y; break;
          case BinOp::Div: r = x / y; break;
          case BinOp::Rem: r = std::fmod(x, y); break;
          default: return fail("unsupported float operation in a constant");
        }
        if (ek == TyKind::Float && t.get(expected).sub == 32) r = double(float(r));
        v.kind = ConstValue::Float;
        std::memcpy(&v.bits, &r, 8);
        return v;
      }
      if (a.kind == ConstValue::Bool && b.kind == ConstValue::Bool) {
        v.kind = ConstValue::Bool;
        v.bits = op == BinOp::BitAnd ? (a.bits & b.bits) : op == BinOp::BitOr ? (a.bits | b.bits) : (a.bits ^ b.bits);
        return v;
      }
      if (a.kind != ConstValue::Int || b.kind != ConstValue::Int) return fail("unsupported operation in a constant");
      IntKind k = ek == TyKind::Int ? t.intKind(expected) : IntKind::I64;
      __int128 x = asWide(a.bits, k), y = (op == BinOp::Shl || op == BinOp::Shr) ? (__int128)b.bits : asWide(b.bits, k), r = 0;
      const char* ovf = nullptr;
      switch (op) {
        case BinOp::Add: r = x + y; ovf = "attempt to compute `{}` which would overflow"; break;
        case BinOp::Sub: r = x - y; ovf = "attempt to compute `{}` which would overflow"; break;
        case BinOp::Mul: r = x * y; ovf = "attempt to compute `{}` which would overflow"; break;
        case BinOp::Div:
          if (y == 0) return fail("attempt to divide `" + std::string(p_.sm.text(p_.ast.expr(e.a).span)) + "` by zero");
          r = x / y;
          break;
        case BinOp::Rem:
          if (y == 0) return fail("attempt to calculate the remainder with a divisor of zero");
          r = x % y;
          break;
        case BinOp::BitAnd: r = x & y; break;
        case BinOp::BitOr: r = x | y; break;
        case BinOp::BitXor: r = x ^ y; break;
        case BinOp::Shl:
          if (y >= intBits(k)) return fail("attempt to shift left with overflow");
          r = asWide(wrapTo(uint64_t(x) << uint32_t(y), k), k);
          break;
        case BinOp::Shr:
          if (y >= intBits(k)) return fail("attempt to shift right with overflow");
          r = x >> uint32_t(y);
          break;
        default: return fail("unsupported operation in a constant");
      }
      if (ovf && !fitsIn(r, k)) return fail("attempt to compute `" + std::string(p_.sm.text(e.span)) + "`, which would overflow");
      v.kind = ConstValue::Int;
      v.bits = wrapTo(uint64_t(r), k);
      return v;
    }
    case ExprKind::Cast: {
      TyId target = resolveType(e.ty);
      TyKind tk = t.kind(target);
      ConstValue a = evalConst(e.a, tk == TyKind::Float ? t.f64() : t.integer(IntKind::I64), ok);
      if (!ok) return a;
      if (tk == TyKind::Int) {
        IntKind k = t.intKind(target);
        if (a.kind == ConstValue::Float) {
          double d;
          std::memcpy(&d, &a.bits, 8);
          __int128 lo = intSigned(k) ? -((__int128)1 << (intBits(k) - 1)) : 0;
          __int128 hi = intSigned(k) ? ((__int128)1 << (intBits(k) - 1)) - 1 : ((__int128)1 << intBits(k)) - 1;
          __int128 r = d != d ? 0 : d <= double(lo) ? lo : d >= double(hi) ? hi : (__int128)d;
          v.bits = wrapTo(uint64_t(r), k);
        } else {
          v.bits = wrapTo(a.bits, k);
        }
        v.kind = ConstValue::Int;
        return v;
      }
      if (tk == TyKind::Float) {
        double d = a.kind == ConstValue::Float ? 0 : double(int64_t(a.bits));
        if (a.kind == ConstValue::Float) std::memcpy(&d, &a.bits, 8);
        if (t.get(target).sub == 32) d = double(float(d));
        v.kind = ConstValue::Float;
        std::memcpy(&v.bits, &d, 8);
        return v;
      }
      if (tk == TyKind::Char && a.kind == ConstValue::Int) { v.kind = ConstValue::Char; v.bits = a.bits & 0xFF; return v; }
      return fail("unsupported cast in a constant");
    }
    case ExprKind::Path: {
      Res r = lookupValuePath(p_.ast.paths[e.index], -1, false);
      if (r.kind == ResKind::Const) {
        ensureConstEvaluated(r.a);
        const ConstInfo& c = p_.consts[r.a];
        if (t.kind(c.ty) == TyKind::Error) { ok = false; return v; }
        ConstValue cv = c.value;
        if (cv.kind == ConstValue::Int && ek == TyKind::Int && t.kind(c.ty) == TyKind::Int)
          cv.bits = wrapTo(cv.bits, t.intKind(expected));
        return cv;
      }
      return fail("`" + std::string(p_.sm.text(e.span)) + "` is not a constant");
    }
    default: return fail("this expression is not supported in a constant yet");
  }
}

}  // namespace wr
