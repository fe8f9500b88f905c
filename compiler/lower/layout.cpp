#include "lower/layout.h"

namespace wr {

Repr Layouts::repr(TyId t) {
  const TyData& d = p_.types.get(t);
  switch (d.kind) {
    case TyKind::Bool: case TyKind::Char: case TyKind::Int: case TyKind::Float: return Repr::Scalar;
    case TyKind::Ref: return p_.types.kind(TyId{d.a}) == TyKind::Str || p_.types.kind(TyId{d.a}) == TyKind::Dyn ? Repr::Memory : Repr::Scalar;
    case TyKind::Dyn: return Repr::None;  // unsized: only behind a pointer
    case TyKind::Never: case TyKind::Error: case TyKind::Infer: case TyKind::Str: return Repr::None;
    default: return of(t).size == 0 && !(d.kind == TyKind::Adt && p_.adts[d.a].isEnum) ? Repr::None : Repr::Memory;
  }
}

wir::ValType Layouts::scalarType(TyId t) {
  const TyData& d = p_.types.get(t);
  if (d.kind == TyKind::Float) return d.sub == 32 ? wir::ValType::F32 : wir::ValType::F64;
  if (d.kind == TyKind::Int && intBits(IntKind(d.sub)) == 64) return wir::ValType::I64;
  return wir::ValType::I32;
}

Layout Layouts::of(TyId t) {
  auto it = cache_.find(t.v);
  if (it != cache_.end()) return it->second;
  const TyData d = p_.types.get(t);
  Layout l;
  switch (d.kind) {
    case TyKind::Bool: l = {1, 1}; break;
    case TyKind::Char: l = {4, 4}; break;
    case TyKind::Int: { uint32_t b = intBits(IntKind(d.sub)) / 8; l = {b, b}; break; }
    case TyKind::Float: l = d.sub == 32 ? Layout{4, 4} : Layout{8, 8}; break;
    case TyKind::Ref: l = p_.types.kind(TyId{d.a}) == TyKind::Str || p_.types.kind(TyId{d.a}) == TyKind::Dyn ? Layout{8, 4} : Layout{4, 4}; break;
    case TyKind::Dyn: l = {0, 1}; break;
    case TyKind::Array: {
      Layout e = of(TyId{d.a});
      uint64_t size = uint64_t(alignUp(e.size, e.align)) * d.len;
      l = {size > 0x7fffffff ? 0x7fffffffu : uint32_t(size), e.align};
      break;
    }
    case TyKind::Tuple:
    case TyKind::Closure:
    case TyKind::Adt: {
      if (d.kind == TyKind::Adt && d.elems.size() == 1 && p_.types.kind(d.elems[0]) == TyKind::Dyn &&
          p_.libKind(d.a) == Program::LibKind::Box) {
        l = {8, 4};  // Box<dyn Trait>: (data pointer, type tag), like &dyn Trait
        break;
      }
      if (d.kind == TyKind::Adt && p_.adts[d.a].isEnum) {
        uint32_t payload = enumPayloadOffset(t);
        uint32_t align = 4, maxEnd = payload;
        const AdtInfo& a = p_.adts[d.a];
        for (size_t v = 0; v < a.variants.size(); ++v) {
          const auto offs = offsets(t, int32_t(v));
          std::vector<TyId> ftys = p_.variantFieldTys(t, uint32_t(v));
          for (size_t f = 0; f < ftys.size(); ++f) {
            Layout fl = of(ftys[f]);
            align = std::max(align, fl.align);
            maxEnd = std::max(maxEnd, payload + offs[f] + fl.size);
          }
        }
        l = {alignUp(maxEnd, align), align};
        break;
      }
      std::vector<TyId> fields = p_.fieldTys(t);
      uint32_t off = 0, align = 1;
      for (TyId f : fields) {
        Layout fl = of(f);
        off = alignUp(off, fl.align) + fl.size;
        align = std::max(align, fl.align);
      }
      l = {alignUp(off, align), align};
      break;
    }
    default: l = {0, 1}; break;
  }
  cache_[t.v] = l;
  return l;
}

uint32_t Layouts::enumPayloadOffset(TyId enumTy) {
  uint32_t align = 4;
  const AdtInfo& a = p_.adts[p_.types.get(enumTy).a];
  for (uint32_t v = 0; v < a.variants.size(); ++v)
    for (TyId f : p_.variantFieldTys(enumTy, v)) align = std::max(align, of(f).align);
  return alignUp(4, align);
}

const std::vector<uint32_t>& Layouts::offsets(TyId t, int32_t variant) {
  auto key = std::make_pair(t.v, variant);
  auto it = offsets_.find(key);
  if (it != offsets_.end()) return it->second;
  const TyData& d = p_.types.get(t);
  std::vector<TyId> fields = p_.fieldTys(t, variant);
  (void)d;
  std::vector<uint32_t> offs;
  uint32_t off = 0;
  for (TyId f : fields) {
    Layout fl = of(f);
    off = alignUp(off, fl.align);
    offs.push_back(off);
    off += fl.size;
  }
  return offsets_[key] = offs;
}

uint32_t Layouts::fieldOffset(TyId t, int32_t variant, uint32_t field) {
  const TyData& d = p_.types.get(t);
  if (d.kind == TyKind::Ref) return field * 4;  // &str: (ptr, len)
  bool isEnum = d.kind == TyKind::Adt && p_.adts[d.a].isEnum;
  const auto& offs = offsets(t, isEnum ? (variant >= 0 ? variant : 0) : -1);
  uint32_t base = isEnum ? enumPayloadOffset(t) : 0;
  return base + (field < offs.size() ? offs[field] : 0);
}

}  // namespace wr
