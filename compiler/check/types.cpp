#include "check/types.h"

#include "check/program.h"

namespace wr {

bool TyData::operator<(const TyData& o) const {
  if (kind != o.kind) return kind < o.kind;
  if (sub != o.sub) return sub < o.sub;
  if (a != o.a) return a < o.a;
  if (len != o.len) return len < o.len;
  if (elems.size() != o.elems.size()) return elems.size() < o.elems.size();
  for (size_t i = 0; i < elems.size(); ++i)
    if (elems[i].v != o.elems[i].v) return elems[i].v < o.elems[i].v;
  return false;
}

bool intSigned(IntKind k) { return k <= IntKind::Isize; }
uint32_t intBits(IntKind k) {
  switch (k) {
    case IntKind::I8: case IntKind::U8: return 8;
    case IntKind::I16: case IntKind::U16: return 16;
    case IntKind::I32: case IntKind::U32: case IntKind::Isize: case IntKind::Usize: return 32;
    case IntKind::I64: case IntKind::U64: return 64;
  }
  return 32;
}
const char* intName(IntKind k) {
  static const char* n[] = {"i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"};
  return n[size_t(k)];
}

TypeTable::TypeTable() {
  intern(TyData{TyKind::Error});
  intern(TyData{TyKind::Never});
  intern(TyData{TyKind::Tuple});
  intern(TyData{TyKind::Bool});
  intern(TyData{TyKind::Char});
  intern(TyData{TyKind::Str});
}

TyId TypeTable::intern(const TyData& d) {
  auto it = map_.find(d);
  if (it != map_.end()) return TyId{it->second};
  uint32_t id = uint32_t(data_.size());
  data_.push_back(d);
  map_.emplace(d, id);
  return TyId{id};
}

TyId TypeTable::strRef() { return ref(str(), false); }
TyId TypeTable::integer(IntKind k) { TyData d; d.kind = TyKind::Int; d.sub = uint8_t(k); return intern(d); }
TyId TypeTable::f32() { TyData d; d.kind = TyKind::Float; d.sub = 32; return intern(d); }
TyId TypeTable::f64() { TyData d; d.kind = TyKind::Float; d.sub = 64; return intern(d); }
TyId TypeTable::ref(TyId inner, bool mut) { TyData d; d.kind = TyKind::Ref; d.sub = mut; d.a = inner.v; return intern(d); }
TyId TypeTable::tuple(const std::vector<TyId>& elems) { TyData d; d.kind = TyKind::Tuple; d.elems = elems; return intern(d); }
TyId TypeTable::array(TyId elem, uint64_t len) { TyData d; d.kind = TyKind::Array; d.a = elem.v; d.len = len; return intern(d); }
TyId TypeTable::adt(uint32_t index, const std::vector<TyId>& args) {
  TyData d;
  d.kind = TyKind::Adt;
  d.a = index;
  d.elems = args;
  return intern(d);
}
TyId TypeTable::item(TyKind k, uint32_t index, const std::vector<TyId>& args) {
  TyData d;
  d.kind = k;
  d.a = index;
  d.elems = args;
  return intern(d);
}
TyId TypeTable::proj(uint32_t trait, Symbol name, const std::vector<TyId>& selfAndArgs) {
  TyData d;
  d.kind = TyKind::Proj;
  d.a = trait;
  d.len = name.v;
  d.elems = selfAndArgs;
  return intern(d);
}
TyId TypeTable::param(uint32_t index, Symbol name) {
  TyData d;
  d.kind = TyKind::Param;
  d.a = index;
  d.len = name.v;
  return intern(d);
}
bool TypeTable::hasParams(TyId t) const {
  const TyData& d = data_[t.v];
  switch (d.kind) {
    case TyKind::Param: return true;
    case TyKind::Ref: case TyKind::Array: return hasParams(TyId{d.a});
    case TyKind::Tuple: case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj:
      for (TyId e : d.elems) if (hasParams(e)) return true;
      return false;
    default: return false;
  }
}
bool TypeTable::match(TyId pattern, TyId actual, std::vector<TyId>& args) const {
  const TyData& p = data_[pattern.v];
  if (p.kind == TyKind::Param && p.a < args.size()) {
    if (args[p.a].v == UINT32_MAX) {
      args[p.a] = actual;
      return true;
    }
    return args[p.a] == actual;
  }
  const TyData& a = data_[actual.v];
  if (a.kind == TyKind::Error) return true;
  if (p.kind != a.kind) return false;
  switch (p.kind) {
    case TyKind::Ref: return p.sub == a.sub && match(TyId{p.a}, TyId{a.a}, args);
    case TyKind::Array: return p.len == a.len && match(TyId{p.a}, TyId{a.a}, args);
    case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj:
      if (p.a != a.a || p.len != a.len) return false;
      [[fallthrough]];
    case TyKind::Tuple:
      if (p.elems.size() != a.elems.size()) return false;
      for (size_t i = 0; i < p.elems.size(); ++i)
        if (!match(p.elems[i], a.elems[i], args)) return false;
      return true;
    default: return pattern == actual;
  }
}

TyId TypeTable::subst(TyId t, const std::vector<TyId>& args) {
  if (args.empty()) return t;
  const TyData d = data_[t.v];
  switch (d.kind) {
    case TyKind::Param: return d.a < args.size() ? args[d.a] : t;
    case TyKind::Ref: return ref(subst(TyId{d.a}, args), d.sub);
    case TyKind::Array: return array(subst(TyId{d.a}, args), d.len);
    case TyKind::Tuple:
    case TyKind::Adt: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj: {
      if (d.elems.empty()) return t;
      std::vector<TyId> e = d.elems;
      for (TyId& x : e) x = subst(x, args);
      if (d.kind == TyKind::Proj) return proj(d.a, Symbol{uint32_t(d.len)}, e);
      return d.kind == TyKind::Tuple ? tuple(e) : item(d.kind, d.a, e);
    }
    default: return t;
  }
}
TyId TypeTable::infer(InferKind k, uint32_t var) { TyData d; d.kind = TyKind::Infer; d.sub = uint8_t(k); d.a = var; return intern(d); }

std::string tyToString(const Program& p, TyId t) {
  const TyData& d = p.types.get(t);
  switch (d.kind) {
    case TyKind::Error: return "{error}";
    case TyKind::Never: return "!";
    case TyKind::Bool: return "bool";
    case TyKind::Char: return "char";
    case TyKind::Str: return "str";
    case TyKind::Int: return intName(IntKind(d.sub));
    case TyKind::Float: return d.sub == 32 ? "f32" : "f64";
    case TyKind::Ref: return std::string(d.sub ? "&mut " : "&") + tyToString(p, TyId{d.a});
    case TyKind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < d.elems.size(); ++i) {
        if (i) s += ", ";
        s += tyToString(p, d.elems[i]);
      }
      if (d.elems.size() == 1) s += ",";
      return s + ")";
    }
    case TyKind::Array: return "[" + tyToString(p, TyId{d.a}) + "; " + std::to_string(d.len) + "]";
    case TyKind::Adt: {
      if (int sk = p.sliceKind(t); sk && d.elems.size() == 1) return std::string(sk == 2 ? "&mut [" : "&[") + tyToString(p, d.elems[0]) + "]";
      std::string s = p.interner.str(p.adts[d.a].name);
      if (!d.elems.empty()) {
        s += "<";
        for (size_t i = 0; i < d.elems.size(); ++i) s += (i ? ", " : "") + tyToString(p, d.elems[i]);
        s += ">";
      }
      return s;
    }
    case TyKind::Param: {  // `impl Shape#2`: the second anonymous `impl Shape` parameter prints as `impl Shape`
      const std::string& n = p.interner.str(Symbol{uint32_t(d.len)});
      size_t hash = n.rfind('#');
      return n.compare(0, 5, "impl ") == 0 && hash != std::string::npos ? n.substr(0, hash) : n;
    }
    case TyKind::Closure: {  // `{closure@main.rs:4:13}` like rustc
      const ClosureInfo& c = p.closures[d.a];
      LineCol lc = p.sm.lineCol(c.span.file, c.span.lo);
      return "{closure@" + p.sm.file(c.span.file).name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col) + "}";
    }
    case TyKind::FnDef: {  // `fn(i32) -> i32 {double}`
      const FnInfo& f = p.fns[d.a];
      std::string s = "fn(";
      for (size_t i = 0; i < f.params.size(); ++i) s += (i ? ", " : "") + tyToString(p, const_cast<TypeTable&>(p.types).subst(f.params[i], d.elems));
      s += ")";
      TyId r = const_cast<TypeTable&>(p.types).subst(f.ret, d.elems);
      if (!p.types.isUnit(r)) s += " -> " + tyToString(p, r);
      return s + " {" + f.path + "}";
    }
    case TyKind::Opaque: return p.fns[d.a].opaqueName;
    case TyKind::Dyn: {
      const std::string& tn = p.interner.str(p.traits[d.a].name);
      if (tn.rfind("__DynFn", 0) != 0 || d.elems.empty()) {
        std::string s = "dyn " + tn;
        const TraitInfo& ti = p.traits[d.a];
        for (size_t i = 0; i < d.elems.size(); ++i) {
          s += i ? ", " : "<";
          if (i >= ti.generics.size() && i - ti.generics.size() < ti.assocTypes.size())
            s += p.interner.str(ti.assocTypes[i - ti.generics.size()]) + " = ";
          s += tyToString(p, d.elems[i]);
        }
        return d.elems.empty() ? s : s + ">";
      }
      std::string s = "dyn " + tn.substr(5) + "(";  // `dyn Fn(i32) -> i32`
      for (size_t i = 1; i < d.elems.size(); ++i) s += (i > 1 ? ", " : "") + tyToString(p, d.elems[i]);
      s += ")";
      if (!(p.types.kind(d.elems[0]) == TyKind::Tuple && p.types.get(d.elems[0]).elems.empty())) s += " -> " + tyToString(p, d.elems[0]);
      return s;
    }
    case TyKind::Proj: {  // `<I as Iterator>::Item`
      std::string s = "<" + tyToString(p, d.elems[0]) + " as " + p.interner.str(p.traits[d.a].name);
      if (d.elems.size() > 1) {
        s += "<";
        for (size_t i = 1; i < d.elems.size(); ++i) s += (i > 1 ? ", " : "") + tyToString(p, d.elems[i]);
        s += ">";
      }
      return s + ">::" + p.interner.str(Symbol{uint32_t(d.len)});
    }
    case TyKind::Infer:
      return d.sub == uint8_t(InferKind::Int) ? "{integer}" : d.sub == uint8_t(InferKind::Float) ? "{float}" : "_";
  }
  return "?";
}

}  // namespace wr
