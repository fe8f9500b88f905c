// Match exhaustiveness and pattern reachability: a port of rustc's `rustc_pattern_analysis` usefulness
// algorithm (Maranget, "Warnings for pattern matching", 2007, with rustc's constructor splitting,
// relevancy pruning and redundancy explanations), plus rustc's diagnostics (E0004, E0005,
// `unreachable_patterns`) with the same witness texts.
//
// Overview:
//  - lowering: each AST pattern becomes a DPat (constructor + fields) in an arena, in post-order (so the
//    arena index is rustc's pattern uid). Match ergonomics (`p.patDerefs`) become explicit `&` patterns,
//    bindings become wildcards (`x @ p` becomes `p`), constants become literal constructors.
//  - compute(): the usefulness recursion over a matrix of pattern rows. It returns the witnesses of
//    non-exhaustiveness and records, for each arm and or-alternative ("branch"), whether it is useful and
//    which earlier patterns cover it.
//  - reporting: witnesses printed exactly like rustc (`Opt::Some(_)`, `i32::MIN..=0_i32`, `'\0'..='@'`,
//    `&_`, `P { x: true, .. }`), labels and notes as in rustc 1.95.
// Anything erroneous (error types, unresolved paths, arity mismatches, empty ranges) makes the whole
// match silently skipped: the type checker has already reported it. Work is bounded (recursion depth,
// row budget, witness cap); when a bound is hit nothing is reported for that match.
#include "check/exhaustive.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace wr {
using namespace ast;

namespace {

using i128 = __int128;
// Integer values live in the natural (signed) domain of i128; isize/usize extend to these infinities
// (rustc: their MIN/MAX must not be observable by exhaustiveness checking).
constexpr i128 kNegInf = -((i128)1 << 100);
constexpr i128 kPosInf = (i128)1 << 100;

constexpr uint32_t kWild = UINT32_MAX;  // a wildcard produced by specialization (rustc's PatOrWild::Wild)
constexpr unsigned kMaxDepth = 500;     // recursion bound of the usefulness computation
constexpr size_t kRowBudget = 500000;   // rows built (plus bitset words) before giving up
constexpr size_t kWitnessCap = 1000;    // witnesses kept per matrix

enum class CK : uint8_t {
  Wildcard, Struct, Variant, Ref, Slice, Bool, IntRange, FloatRange, Str, Opaque, Or,
  Missing, NonExhaustive, Never
};

struct Ctor {
  CK k = CK::Wildcard;
  bool b = false;       // Bool: the value; FloatRange: inclusive end
  uint32_t idx = 0;     // Variant: index; Opaque: unique id; Str: index into the string table
  i128 lo = 0, hi = 0;  // IntRange: [lo, hi)
  double flo = 0, fhi = 0;
};

Ctor mk(CK k) { Ctor c; c.k = k; return c; }
Ctor intRange(i128 lo, i128 hi) { Ctor c; c.k = CK::IntRange; c.lo = lo; c.hi = hi; return c; }

// A lowered (user) pattern. `fields` has the constructor's arity (kWild for fields the user left out);
// for Or it holds the alternatives.
struct DPat {
  Ctor ctor;
  TyId ty;
  Span span;
  std::vector<uint32_t> fields;
};

// A pattern of a witness of non-exhaustiveness.
struct WPat {
  Ctor ctor;
  TyId ty;
  std::vector<WPat> fields;
};
using WStack = std::vector<WPat>;  // in reverse column order, like rustc's WitnessStack
using WMatrix = std::vector<WStack>;

struct Bits {
  std::vector<uint64_t> w;
  void insert(size_t i) {
    if (w.size() <= i / 64) w.resize(i / 64 + 1, 0);
    w[i / 64] |= uint64_t(1) << (i % 64);
  }
  void insertRange(size_t n) {  // 0..n
    if (!n) return;
    w.assign((n + 63) / 64, ~uint64_t(0));
    if (n % 64) w.back() = (uint64_t(1) << (n % 64)) - 1;
  }
  template <class F>
  void each(F f) const {
    for (size_t i = 0; i < w.size(); ++i)
      for (uint64_t x = w[i]; x; x &= x - 1) f(i * 64 + size_t(__builtin_ctzll(x)));
  }
};

struct Row {
  std::vector<uint32_t> pats;  // arena indices or kWild; pats[0] is the head
  uint32_t parent = 0;
  bool relevant = true;
  bool underGuard = false;
  bool useful = false;
  bool headIsBranch = false;
  Bits intersects;  // some earlier rows that match a value in common with this one
};

struct Place {
  TyId ty;
  bool validOnly = true;
  bool isScrutinee = false;
};

struct Matrix {
  std::vector<Row> rows;
  std::vector<Place> places;
  bool wildRelevant = true;
};

struct BranchInfo {
  bool seen = false;
  bool useful = false;
  std::set<uint32_t> coveredBy;  // sorted by uid, like rustc
};

enum class SetKind : uint8_t { Struct, Variants, Ref, Bool, Integers, Slice, Unlistable, NoCtors };
struct CtorSet {
  SetKind kind = SetKind::Unlistable;
  bool empty = false;                 // Struct: uninhabited
  std::vector<bool> variantEmpty;     // Variants: visibly uninhabited variants
  i128 lo1 = 0, hi1 = 0, lo2 = 0, hi2 = 0;
  bool hasRange2 = false;
  uint64_t arrayLen = 0;              // Slice
};

// Debug formatting of chars (`'a'`, `'\0'`, `'\u{d7ff}'`). Rust escapes non-printable and grapheme
// extending code points; this table holds the ASCII/Latin-1 cases exactly and the large unassigned or
// private-use blocks (the boundaries the exhaustiveness witnesses usually land on).
bool charNeedsUnicodeEscape(uint32_t c) {
  static const uint32_t ranges[][2] = {
      {0x1, 0x8}, {0xb, 0xc}, {0xe, 0x1f}, {0x7f, 0xa0}, {0xad, 0xad}, {0x300, 0x36f}, {0x378, 0x379},
      {0x380, 0x383}, {0x38b, 0x38b}, {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x2028, 0x202e}, {0x2060, 0x206f},
      {0xd7fc, 0xf8ff}, {0xfe00, 0xfe0f}, {0xfeff, 0xfeff}, {0xfff0, 0xfffb}, {0xfffe, 0xffff},
      {0x12544, 0x12f8f}, {0x14647, 0x160ff}, {0x1613a, 0x167ff}, {0x16b90, 0x16d3f}, {0x18df3, 0x1afef},
      {0x1b2fc, 0x1bbff}, {0x1bca0, 0x1cbff}, {0x1da8c, 0x1deff}, {0x1df2b, 0x1e02f}, {0x1e150, 0x1e28f},
      {0x1e300, 0x1e4cf}, {0x1e960, 0x1ec70}, {0x1eef2, 0x1efff}, {0x1fbfb, 0x1ffff}, {0x2ee5e, 0x2f7ff},
      {0x2fa1e, 0x2ffff}, {0x3347a, 0x10ffff}};
  for (const auto& r : ranges)
    if (c >= r[0] && c <= r[1]) return true;
  return false;
}

std::string charDebug(uint32_t c) {
  std::string s = "'";
  switch (c) {
    case 0: s += "\\0"; break;
    case '\t': s += "\\t"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\'': s += "\\'"; break;
    case '\\': s += "\\\\"; break;
    default:
      if (charNeedsUnicodeEscape(c)) {
        static const char* hex = "0123456789abcdef";
        std::string h;
        for (uint32_t v = c; v; v >>= 4) h.insert(h.begin(), hex[v & 15]);
        s += "\\u{" + h + "}";
      } else if (c < 0x80) {
        s += char(c);
      } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
      } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
      }
  }
  return s + "'";
}

std::string i128str(i128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  std::string s;
  while (u) { s += char('0' + int(u % 10)); u /= 10; }
  if (neg) s += '-';
  std::reverse(s.begin(), s.end());
  return s;
}

bool isPtrSized(IntKind k) { return k == IntKind::Isize || k == IntKind::Usize; }
i128 intMin(IntKind k) { return intSigned(k) ? -((i128)1 << (intBits(k) - 1)) : 0; }
i128 intMax(IntKind k) { return intSigned(k) ? ((i128)1 << (intBits(k) - 1)) - 1 : ((i128)1 << intBits(k)) - 1; }
// Two's complement bits (as stored in ConstValue or an IntLit) to the value of type `k`.
i128 wrapInt(i128 v, IntKind k) {
  uint32_t bits = intBits(k);
  unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
  unsigned __int128 u = (unsigned __int128)v & mask;
  if (intSigned(k) && ((u >> (bits - 1)) & 1)) return (i128)u - ((i128)1 << bits);
  return (i128)u;
}

struct Value {
  enum Kind : uint8_t { None, Int, Float, Bool, Str } kind = None;
  i128 i = 0;
  double f = 0;
  std::string s;
  bool fromConst = false;  // Int: `i` holds raw two's complement bits of a constant
};

class Analyzer {
 public:
  Analyzer(Program& p, DiagnosticBag& d) : p_(p), diags_(d), t_(p.types) {}

  void checkMatch(ExprId mid) {
    const Expr& m = p_.ast.expr(mid);
    if (m.kind != ExprKind::Match || !m.a.valid()) return;
    TyId st = p_.exprTy[m.a.v];
    if (isErr(st)) return;
    std::vector<uint32_t> armPats;
    std::vector<bool> guards;
    for (uint32_t i = 0; i < m.listLen; ++i) {
      const Arm& arm = p_.ast.arms[m.list + i];
      if (!arm.pat.valid() || !(p_.patTy[arm.pat.v] == st)) return;
      uint32_t u = lower(arm.pat, 0);
      if (aborted_) return;
      armPats.push_back(u);
      guards.push_back(arm.guard.valid());
    }
    WMatrix wit;
    if (!analyze(st, knownValid(m.a, 0), armPats, guards, wit)) return;
    reportReachability(armPats);
    if (wit.empty()) return;
    std::vector<WPat> ws;
    for (WStack& s : wit) if (s.size() == 1) ws.push_back(std::move(s[0]));
    if (ws.empty()) return;
    reportNonExhaustive(m, st, ws);
  }

  void checkLet(PatId pid) {
    const Pat& pat = p_.ast.pat(pid);
    // Fast path: plain bindings and wildcards are irrefutable.
    if (pat.kind == PatKind::Wild || (pat.kind == PatKind::Binding && !pat.sub.valid() && p_.patRes[pid.v].kind == ResKind::Local))
      return;
    TyId t = p_.patTy[pid.v];
    if (isErr(t)) return;
    uint32_t u = lower(pid, 0);
    if (aborted_) return;
    std::vector<uint32_t> armPats{u};
    std::vector<bool> guards{false};
    WMatrix wit;
    if (!analyze(t, true, armPats, guards, wit)) return;
    reportReachability(armPats);
    if (wit.empty()) return;
    std::vector<WPat> ws;
    for (WStack& s : wit) if (s.size() == 1) ws.push_back(std::move(s[0]));
    if (ws.empty()) return;
    reportRefutableLet(pid, t, ws);
  }

 private:
  Program& p_;
  DiagnosticBag& diags_;
  TypeTable& t_;
  bool aborted_ = false;
  std::vector<DPat> arena_;
  std::vector<std::string> strs_;
  std::vector<BranchInfo> branch_;
  std::map<uint32_t, bool> uninhabitedCache_;
  size_t budget_ = kRowBudget;
  uint32_t nextOpaque_ = 0;

  // ---------------- types ----------------
  bool isErr(TyId t) const { return t_.kind(t) == TyKind::Error || t_.kind(t) == TyKind::Infer; }
  TyId refInner(TyId t) const { return TyId{t_.get(t).a}; }

  bool uninhabited(TyId t, int depth = 0) {
    if (depth > 40) return false;
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Never: return true;
      case TyKind::Tuple:
        for (TyId e : d.elems) if (uninhabited(e, depth + 1)) return true;
        return false;
      case TyKind::Array: return d.len > 0 && uninhabited(TyId{d.a}, depth + 1);
      case TyKind::Adt: {
        auto it = uninhabitedCache_.find(t.v);
        if (it != uninhabitedCache_.end()) return it->second;
        uninhabitedCache_[t.v] = false;  // cycle guard
        const AdtInfo& a = p_.adts[d.a];
        bool r;
        if (a.isEnum) {
          r = true;
          for (size_t v = 0; v < a.variants.size() && r; ++v) if (!variantUninhabited(t, v, depth)) r = false;
        } else {
          r = !a.variants.empty() && variantUninhabited(t, 0, depth);
        }
        uninhabitedCache_[t.v] = r;
        return r;
      }
      default: return false;
    }
  }
  bool variantUninhabited(TyId adtTy, size_t v, int depth) {
    for (TyId f : p_.variantFieldTys(adtTy, uint32_t(v))) if (uninhabited(f, depth + 1)) return true;
    return false;
  }

  CtorSet ctorsForTy(TyId t) {
    CtorSet cs;
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Bool: cs.kind = SetKind::Bool; break;
      case TyKind::Char:
        cs.kind = SetKind::Integers;
        cs.lo1 = 0; cs.hi1 = 0xD800; cs.lo2 = 0xE000; cs.hi2 = 0x110000; cs.hasRange2 = true;
        break;
      case TyKind::Int: {
        IntKind k = IntKind(d.sub);
        cs.kind = SetKind::Integers;
        if (k == IntKind::Isize) { cs.lo1 = kNegInf; cs.hi1 = kPosInf; }
        else if (k == IntKind::Usize) { cs.lo1 = 0; cs.hi1 = kPosInf; }
        else { cs.lo1 = intMin(k); cs.hi1 = intMax(k) + 1; }
        break;
      }
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[d.a];
        if (a.isEnum) {
          if (a.variants.empty()) { cs.kind = SetKind::NoCtors; break; }
          cs.kind = SetKind::Variants;
          for (size_t v = 0; v < a.variants.size(); ++v) cs.variantEmpty.push_back(variantUninhabited(t, v, 0));
        } else {
          cs.kind = SetKind::Struct;
          cs.empty = uninhabited(t);
        }
        break;
      }
      case TyKind::Tuple: cs.kind = SetKind::Struct; cs.empty = uninhabited(t); break;
      case TyKind::Ref: cs.kind = SetKind::Ref; break;
      case TyKind::Never: cs.kind = SetKind::NoCtors; break;
      case TyKind::Array: cs.kind = SetKind::Slice; cs.arrayLen = d.len; break;
      case TyKind::Float:
      case TyKind::Str:
      case TyKind::Param: case TyKind::Closure: case TyKind::FnDef: case TyKind::Opaque: case TyKind::Proj: case TyKind::Dyn:
        cs.kind = SetKind::Unlistable;  // values with no listable constructors: only wildcards cover them
        break;
      case TyKind::Error:
      case TyKind::Infer: aborted_ = true; break;
    }
    return cs;
  }

  // Field types of constructor `c` at type `t` (its arity is their count).
  std::vector<TyId> subTys(const Ctor& c, TyId t) {
    const TyData& d = t_.get(t);
    switch (c.k) {
      case CK::Struct:
      case CK::Variant: {
        std::vector<TyId> r;
        if (d.kind == TyKind::Tuple) return d.elems;
        if (d.kind == TyKind::Adt) {
          const AdtInfo& a = p_.adts[d.a];
          size_t v = c.k == CK::Variant ? c.idx : 0;
          if (v < a.variants.size()) r = p_.variantFieldTys(t, uint32_t(v));
        }
        return r;
      }
      case CK::Ref: return {refInner(t)};
      default: return {};
    }
  }
  size_t arity(const Ctor& c, TyId t) {
    if (c.k == CK::Struct || c.k == CK::Variant) {
      const TyData& d = t_.get(t);
      if (d.kind == TyKind::Tuple) return d.elems.size();
      if (d.kind == TyKind::Adt) {
        const AdtInfo& a = p_.adts[d.a];
        size_t v = c.k == CK::Variant ? c.idx : 0;
        return v < a.variants.size() ? a.variants[v].fields.size() : 0;
      }
      return 0;
    }
    return c.k == CK::Ref ? 1 : 0;
  }

  // ---------------- lowering ----------------
  uint32_t push(Ctor c, TyId ty, Span span, std::vector<uint32_t> fields = {}) {
    arena_.push_back(DPat{c, ty, span, std::move(fields)});
    return uint32_t(arena_.size() - 1);
  }
  uint32_t fail() {
    aborted_ = true;
    return kWild;
  }

  uint32_t lower(PatId pid, unsigned depth) {
    if (aborted_ || depth > 400 || !pid.valid() || pid.v >= p_.patTy.size()) return fail();
    const Pat& pat = p_.ast.pat(pid);
    TyId t = p_.patTy[pid.v];
    if (isErr(t)) return fail();
    // Match ergonomics: the pattern was matched after peeling `derefs` references.
    std::vector<TyId> refTys;
    for (uint8_t k = 0; k < p_.patDerefs[pid.v]; ++k) {
      if (t_.kind(t) != TyKind::Ref) return fail();
      refTys.push_back(t);
      t = refInner(t);
    }
    uint32_t r = lowerKind(pid, pat, t, depth);
    if (aborted_) return kWild;
    for (size_t k = refTys.size(); k-- > 0;) r = push(mk(CK::Ref), refTys[k], pat.span, {r});
    return r;
  }

  uint32_t lowerKind(PatId pid, const Pat& pat, TyId t, unsigned depth) {
    switch (pat.kind) {
      case PatKind::Wild:
      case PatKind::Rest: return push(mk(CK::Wildcard), t, pat.span);
      case PatKind::Binding: {
        const Res& r = p_.patRes[pid.v];
        if (r.kind == ResKind::Const) return constPat(r.a, t, pat.span);
        if (r.kind == ResKind::Struct || r.kind == ResKind::Variant) return adtPat(pat, r, t, {});
        // ResKind::None: a binding missing from another or-alternative (E0408); rustc still treats it as
        // a binding.
        if (r.kind != ResKind::Local && r.kind != ResKind::None) return fail();
        if (pat.sub.valid()) return lower(pat.sub, depth + 1);
        return push(mk(CK::Wildcard), t, pat.span);
      }
      case PatKind::Lit: {
        Value v = evalExpr(pat.lo, 0);
        return valuePat(v, t, pat.span);
      }
      case PatKind::Range: return rangePat(pat, t);
      case PatKind::Tuple: {
        const TyData& d = t_.get(t);
        if (d.kind != TyKind::Tuple) return fail();
        std::vector<PatId> subs(p_.ast.patLists.begin() + pat.list, p_.ast.patLists.begin() + pat.list + pat.listLen);
        std::vector<uint32_t> fields;
        if (!fillPositional(subs, d.elems.size(), depth, fields)) return fail();
        return push(mk(CK::Struct), t, pat.span, std::move(fields));
      }
      case PatKind::Path:
      case PatKind::TupleStruct:
      case PatKind::Struct: {
        const Res& r = p_.patRes[pid.v];
        if (r.kind == ResKind::Const && pat.kind == PatKind::Path) return constPat(r.a, t, pat.span);
        if (r.kind != ResKind::Struct && r.kind != ResKind::Variant) return fail();
        if (t_.kind(t) != TyKind::Adt || t_.get(t).a != r.a) return fail();
        const AdtInfo& a = p_.adts[r.a];
        uint32_t vi = r.kind == ResKind::Variant ? r.b : 0;
        if (vi >= a.variants.size()) return fail();
        const VariantInfo& v = a.variants[vi];
        std::vector<uint32_t> fields(v.fields.size(), kWild);
        if (pat.kind == PatKind::Path) {
          if (v.kind != StructKind::Unit) return fail();
        } else if (pat.kind == PatKind::TupleStruct) {
          if (v.kind != StructKind::Tuple) return fail();
          std::vector<PatId> subs(p_.ast.patLists.begin() + pat.list, p_.ast.patLists.begin() + pat.list + pat.listLen);
          if (!fillPositional(subs, v.fields.size(), depth, fields)) return fail();
        } else {
          for (uint32_t i = 0; i < pat.listLen; ++i) {
            const FieldPat& fp = p_.ast.fieldPats[pat.list + i];
            uint32_t fi = p_.patField[pat.list + i];
            if (fi >= fields.size() || !fp.pat.valid() || !(p_.patTy[fp.pat.v] == p_.fieldTy(t, vi, fi))) return fail();
            fields[fi] = lower(fp.pat, depth + 1);
            if (aborted_) return kWild;
          }
        }
        return adtPat(pat, r, t, std::move(fields));
      }
      case PatKind::Or: {
        std::vector<PatId> alts;
        flattenOr(pid, alts, 0);
        std::vector<uint32_t> fields;
        for (PatId alt : alts) {
          fields.push_back(lower(alt, depth + 1));
          if (aborted_) return kWild;
        }
        return push(mk(CK::Or), t, pat.span, std::move(fields));
      }
      case PatKind::Ref: {
        if (t_.kind(t) != TyKind::Ref) return fail();
        uint32_t sub = lower(pat.sub, depth + 1);
        if (aborted_) return kWild;
        return push(mk(CK::Ref), t, pat.span, {sub});
      }
      case PatKind::Error: return fail();
    }
    return fail();
  }

  void flattenOr(PatId pid, std::vector<PatId>& out, unsigned depth) {
    const Pat& pat = p_.ast.pat(pid);
    if (pat.kind != PatKind::Or || depth > 200) { out.push_back(pid); return; }
    for (uint32_t i = 0; i < pat.listLen; ++i) flattenOr(p_.ast.patLists[pat.list + i], out, depth + 1);
  }

  // Positional sub-patterns with an optional `..` (tuples, tuple structs).
  bool fillPositional(const std::vector<PatId>& subs, size_t n, unsigned depth, std::vector<uint32_t>& fields) {
    fields.assign(n, kWild);
    size_t restAt = subs.size();
    for (size_t i = 0; i < subs.size(); ++i) if (p_.ast.pat(subs[i]).kind == PatKind::Rest) restAt = i;
    size_t fixed = restAt == subs.size() ? subs.size() : subs.size() - 1;
    if ((restAt == subs.size() && fixed != n) || fixed > n) return false;
    for (size_t i = 0; i < subs.size(); ++i) {
      if (i == restAt) continue;
      size_t fi = i < restAt ? i : n - (subs.size() - i);
      fields[fi] = lower(subs[i], depth + 1);
      if (aborted_) return false;
    }
    return true;
  }

  uint32_t adtPat(const Pat& pat, const Res& r, TyId t, std::vector<uint32_t> fields) {
    if (t_.kind(t) != TyKind::Adt || t_.get(t).a != r.a) return fail();
    const AdtInfo& a = p_.adts[r.a];
    Ctor c = mk(a.isEnum ? CK::Variant : CK::Struct);
    c.idx = r.kind == ResKind::Variant ? r.b : 0;
    if (c.idx >= a.variants.size() || a.variants[c.idx].fields.size() != fields.size()) return fail();
    return push(c, t, pat.span, std::move(fields));
  }

  Value evalExpr(ExprId eid, unsigned depth) {
    Value v;
    if (!eid.valid() || depth > 50) return v;
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::IntLit: v.kind = Value::Int; v.i = (i128)e.intValue; break;
      case ExprKind::CharLit: v.kind = Value::Int; v.i = (i128)e.intValue; break;
      case ExprKind::BoolLit: v.kind = Value::Bool; v.i = e.intValue != 0; break;
      case ExprKind::FloatLit: {
        std::string s;
        for (char c : e.text) if (c != '_') s += c;
        v.kind = Value::Float;
        v.f = std::strtod(s.c_str(), nullptr);
        break;
      }
      case ExprKind::StrLit: v.kind = Value::Str; v.s = e.text; break;
      case ExprKind::Paren: return evalExpr(e.a, depth + 1);
      case ExprKind::Unary: {
        if (UnOp(e.op) != UnOp::Neg) return v;
        v = evalExpr(e.a, depth + 1);
        if (v.kind == Value::Int) v.i = -v.i;
        else if (v.kind == Value::Float) v.f = -v.f;
        else v.kind = Value::None;
        break;
      }
      case ExprKind::Path: {
        const Res& r = p_.exprRes[eid.v];
        if (r.kind != ResKind::Const || r.a >= p_.consts.size()) return v;
        return constValue(r.a);
      }
      default: break;
    }
    return v;
  }

  Value constValue(uint32_t ci) {
    Value v;
    const ConstInfo& c = p_.consts[ci];
    if (c.state != 2) return v;
    const ConstValue& cv = c.value;
    switch (cv.kind) {
      case ConstValue::Int:
      case ConstValue::Char: v.kind = Value::Int; v.i = (i128)cv.bits; v.fromConst = cv.kind == ConstValue::Int; break;
      case ConstValue::Bool: v.kind = Value::Bool; v.i = cv.bits != 0; break;
      case ConstValue::Float: {
        double d;
        static_assert(sizeof(d) == sizeof(cv.bits));
        __builtin_memcpy(&d, &cv.bits, sizeof d);
        v.kind = Value::Float;
        v.f = d;
        break;
      }
      case ConstValue::Str: v.kind = Value::Str; v.s = cv.str; break;
      case ConstValue::None: break;
    }
    return v;
  }

  uint32_t constPat(uint32_t ci, TyId t, Span span) {
    if (ci >= p_.consts.size()) return fail();
    return valuePat(constValue(ci), t, span);
  }

  // A literal or constant pattern against type `t`.
  uint32_t valuePat(const Value& v, TyId t, Span span) {
    const TyData& d = t_.get(t);
    switch (d.kind) {
      case TyKind::Int: {
        if (v.kind != Value::Int) return fail();
        i128 x = wrapInt(v.i, IntKind(d.sub));
        return push(intRange(x, x + 1), t, span);
      }
      case TyKind::Char:
        if (v.kind != Value::Int || v.i < 0 || v.i > 0x10FFFF) return fail();
        return push(intRange(v.i, v.i + 1), t, span);
      case TyKind::Bool: {
        if (v.kind != Value::Bool) return fail();
        Ctor c = mk(CK::Bool);
        c.b = v.i != 0;
        return push(c, t, span);
      }
      case TyKind::Float: {
        double f;
        if (v.kind == Value::Float) f = v.f;
        else if (v.kind == Value::Int && !v.fromConst) f = double(v.i);
        else return fail();
        if (f != f) {  // NaN: opaque
          Ctor c = mk(CK::Opaque);
          c.idx = nextOpaque_++;
          return push(c, t, span);
        }
        Ctor c = mk(CK::FloatRange);
        c.flo = c.fhi = f;
        c.b = true;
        return push(c, t, span);
      }
      case TyKind::Ref: {
        TyId inner = refInner(t);
        if (v.kind != Value::Str || t_.kind(inner) != TyKind::Str) return fail();
        Ctor c = mk(CK::Str);
        c.idx = uint32_t(strs_.size());
        for (size_t i = 0; i < strs_.size(); ++i) if (strs_[i] == v.s) c.idx = uint32_t(i);
        if (c.idx == strs_.size()) strs_.push_back(v.s);
        uint32_t s = push(c, inner, span);
        return push(mk(CK::Ref), t, span, {s});
      }
      default: return fail();
    }
  }

  uint32_t rangePat(const Pat& pat, TyId t) {
    const TyData& d = t_.get(t);
    Value lo, hi;
    if (pat.lo.valid()) { lo = evalExpr(pat.lo, 0); if (lo.kind == Value::None) return fail(); }
    if (pat.hi.valid()) { hi = evalExpr(pat.hi, 0); if (hi.kind == Value::None) return fail(); }
    if (d.kind == TyKind::Int || d.kind == TyKind::Char) {
      auto val = [&](const Value& v, i128& out) {
        if (v.kind != Value::Int) return false;
        out = d.kind == TyKind::Int ? wrapInt(v.i, IntKind(d.sub)) : v.i;
        return true;
      };
      i128 l = kNegInf, h = kPosInf;
      if (pat.lo.valid() && !val(lo, l)) return fail();
      if (pat.hi.valid()) {
        if (!val(hi, h)) return fail();
        if (pat.inclusive) h += 1;
      }
      if (l >= h) return fail();  // empty range: E0030, reported elsewhere
      return push(intRange(l, h), t, pat.span);
    }
    if (d.kind == TyKind::Float) {
      auto val = [&](const Value& v, double& out) {
        if (v.kind == Value::Float) out = v.f;
        else if (v.kind == Value::Int && !v.fromConst) out = double(v.i);
        else return false;
        return out == out;
      };
      Ctor c = mk(CK::FloatRange);
      c.flo = -__builtin_inf();
      c.fhi = __builtin_inf();
      if (pat.lo.valid() && !val(lo, c.flo)) return fail();
      if (pat.hi.valid() && !val(hi, c.fhi)) return fail();
      c.b = pat.inclusive && pat.hi.valid();
      return push(c, t, pat.span);
    }
    return fail();
  }

  bool knownValid(ExprId eid, unsigned depth) {
    if (depth > 100) return true;
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::Deref: return false;
      case ExprKind::Paren: return knownValid(e.a, depth + 1);
      case ExprKind::Field:
      case ExprKind::TupleField:
      case ExprKind::Index:
        if (!e.a.valid() || t_.kind(p_.exprTy[e.a.v]) == TyKind::Ref || p_.exprAdj[eid.v].derefs > 0) return false;
        return knownValid(e.a, depth + 1);
      default: return true;
    }
  }

  // ---------------- the usefulness algorithm ----------------
  const Ctor& headCtor(const Row& r) const {
    static const Ctor wild;
    return r.pats[0] == kWild ? wild : arena_[r.pats[0]].ctor;
  }

  bool analyze(TyId st, bool validOnly, const std::vector<uint32_t>& armPats, const std::vector<bool>& guards, WMatrix& wit) {
    branch_.assign(arena_.size(), BranchInfo{});
    Matrix m;
    m.places.push_back(Place{st, validOnly, true});
    for (size_t i = 0; i < armPats.size(); ++i) {
      Row r;
      r.pats.push_back(armPats[i]);
      r.parent = uint32_t(i);
      r.underGuard = guards[i];
      r.headIsBranch = true;
      m.rows.push_back(std::move(r));
    }
    wit = compute(m, 0);
    return !aborted_;
  }

  static bool coveredBy(const Ctor& a, const Ctor& b) {
    if (b.k == CK::Wildcard) return true;
    switch (a.k) {
      case CK::Missing:
      case CK::NonExhaustive:
      case CK::Never:
      case CK::Wildcard: return false;
      default: break;
    }
    if (a.k == CK::Opaque || b.k == CK::Opaque) return a.k == b.k && a.idx == b.idx;
    if (a.k != b.k) return false;
    switch (a.k) {
      case CK::Struct:
      case CK::Ref:
      case CK::Slice: return true;
      case CK::Variant: return a.idx == b.idx;
      case CK::Bool: return a.b == b.b;
      case CK::IntRange: return b.lo <= a.lo && a.hi <= b.hi;
      case CK::FloatRange:
        return a.flo >= b.flo && (a.fhi < b.fhi || (a.fhi == b.fhi && a.b == b.b));
      case CK::Str: return a.idx == b.idx;
      default: return false;
    }
  }

  // rustc's IntRange::split: the pieces of [lo, hi) cut at the column ranges' boundaries.
  static void splitRange(i128 lo, i128 hi, const std::vector<std::pair<i128, i128>>& col,
                         std::vector<Ctor>& present, std::vector<Ctor>& missing) {
    std::vector<std::pair<i128, int>> bounds;
    for (const auto& [a, b] : col) {
      i128 l = std::max(a, lo), h = std::min(b, hi);
      if (l < h) { bounds.push_back({l, 1}); bounds.push_back({h, -1}); }
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.push_back({hi, 0});
    int count = 0;
    i128 prev = lo;
    for (const auto& [b, delta] : bounds) {
      if (b != prev) (count > 0 ? present : missing).push_back(intRange(prev, b));
      prev = b;
      count += delta;
    }
  }

  void splitColumn(const Place& place, const Matrix& m, std::vector<Ctor>& split, std::vector<Ctor>& missingOut) {
    for (const Row& r : m.rows)
      if (headCtor(r).k == CK::Or) { split.push_back(mk(CK::Or)); return; }
    CtorSet cs = ctorsForTy(place.ty);
    if (aborted_) return;
    bool toplevelException = place.isScrutinee && cs.kind == SetKind::NoCtors;
    bool emptyArmsUnreachable = place.validOnly && toplevelException;
    bool canOmitEmpty = place.validOnly || toplevelException;

    std::vector<Ctor> present, missing, missingEmpty, seen;
    for (const Row& r : m.rows) {
      const Ctor& c = headCtor(r);
      if (c.k == CK::Opaque) present.push_back(c);
      else if (c.k != CK::Wildcard) seen.push_back(c);
    }
    switch (cs.kind) {
      case SetKind::Struct:
        (!seen.empty() ? present : cs.empty ? missingEmpty : missing).push_back(mk(CK::Struct));
        break;
      case SetKind::Ref: (!seen.empty() ? present : missing).push_back(mk(CK::Ref)); break;
      case SetKind::Variants: {
        std::vector<bool> s(cs.variantEmpty.size(), false);
        for (const Ctor& c : seen) if (c.k == CK::Variant && c.idx < s.size()) s[c.idx] = true;
        for (size_t i = 0; i < s.size(); ++i) {
          Ctor c = mk(CK::Variant);
          c.idx = uint32_t(i);
          (s[i] ? present : cs.variantEmpty[i] ? missingEmpty : missing).push_back(c);
        }
        break;
      }
      case SetKind::Bool: {
        bool sf = false, st = false;
        for (const Ctor& c : seen) if (c.k == CK::Bool) (c.b ? st : sf) = true;
        Ctor f = mk(CK::Bool), t = mk(CK::Bool);
        t.b = true;
        // rustc 1.95 lists `true` before `false` (observed: `true` and `false` not covered).
        (st ? present : missing).push_back(t);
        (sf ? present : missing).push_back(f);
        break;
      }
      case SetKind::Integers: {
        std::vector<std::pair<i128, i128>> col;
        for (const Ctor& c : seen) if (c.k == CK::IntRange) col.push_back({c.lo, c.hi});
        splitRange(cs.lo1, cs.hi1, col, present, missing);
        if (cs.hasRange2) splitRange(cs.lo2, cs.hi2, col, present, missing);
        break;
      }
      case SetKind::Slice: {
        Ctor c = mk(CK::Slice);
        bool elemEmpty = cs.arrayLen > 0 && uninhabited(TyId{t_.get(place.ty).a});
        (elemEmpty ? missingEmpty : missing).push_back(c);
        break;
      }
      case SetKind::Unlistable:
        present.insert(present.end(), seen.begin(), seen.end());
        missing.push_back(mk(CK::NonExhaustive));
        break;
      case SetKind::NoCtors: missingEmpty.push_back(mk(CK::Never)); break;
    }
    bool allMissing = present.empty();
    split = present;
    if (!(missing.empty() && (missingEmpty.empty() || emptyArmsUnreachable))) split.push_back(mk(CK::Missing));
    if (!canOmitEmpty) missing.insert(missing.end(), missingEmpty.begin(), missingEmpty.end());
    bool reportIndividual = place.isScrutinee || !allMissing;
    if (!missing.empty() && !reportIndividual) {
      missing = {mk(CK::Wildcard)};
    } else {
      for (const Ctor& c : missing)
        if (c.k == CK::NonExhaustive) { missing = {mk(CK::NonExhaustive)}; break; }
    }
    missingOut = std::move(missing);
  }

  bool spend(size_t n) {
    if (budget_ < n) { aborted_ = true; return false; }
    budget_ -= n;
    return true;
  }

  void pushRow(Matrix& m, Row r) {
    r.intersects.w.clear();
    m.rows.push_back(std::move(r));
  }

  Matrix specialize(const Matrix& m, const Ctor& ctor, bool ctorRelevant) {
    Matrix s;
    if (ctor.k == CK::Or) {
      s.places = m.places;
      s.wildRelevant = m.wildRelevant;
      for (size_t i = 0; i < m.rows.size(); ++i) {
        const Row& r = m.rows[i];
        uint32_t h = r.pats[0];
        bool isOr = h != kWild && arena_[h].ctor.k == CK::Or;
        std::vector<uint32_t> alts = isOr ? arena_[h].fields : std::vector<uint32_t>{h};
        if (!spend(alts.size())) return s;
        for (uint32_t alt : alts) {
          Row nr;
          nr.pats = r.pats;
          nr.pats[0] = alt;
          nr.parent = uint32_t(i);
          nr.relevant = r.relevant;
          nr.underGuard = r.underGuard;
          nr.headIsBranch = isOr;
          pushRow(s, std::move(nr));
        }
      }
      return s;
    }
    const Place& place = m.places[0];
    std::vector<TyId> subs = ctor.k == CK::Missing ? std::vector<TyId>{} : subTys(ctor, place.ty);
    bool subValid = place.validOnly && ctor.k != CK::Ref;
    for (TyId t : subs) s.places.push_back(Place{t, subValid, false});
    s.places.insert(s.places.end(), m.places.begin() + 1, m.places.end());
    s.wildRelevant = m.wildRelevant && ctorRelevant;
    size_t n = subs.size();
    for (size_t i = 0; i < m.rows.size(); ++i) {
      const Row& r = m.rows[i];
      const Ctor& hc = headCtor(r);
      if (!coveredBy(ctor, hc)) continue;
      if (!spend(1)) return s;
      Row nr;
      uint32_t h = r.pats[0];
      if (h == kWild || hc.k == CK::Wildcard) {
        nr.pats.assign(n, kWild);
      } else {
        if (arena_[h].fields.size() != n) { aborted_ = true; return s; }
        nr.pats = arena_[h].fields;
      }
      nr.pats.insert(nr.pats.end(), r.pats.begin() + 1, r.pats.end());
      nr.parent = uint32_t(i);
      nr.relevant = r.relevant && (hc.k != CK::Wildcard || ctorRelevant);
      nr.underGuard = r.underGuard;
      pushRow(s, std::move(nr));
    }
    return s;
  }

  static void unspecialize(Matrix& m, const Matrix& s) {
    for (const Row& child : s.rows) {
      Row& parent = m.rows[child.parent];
      parent.useful |= child.useful;
      child.intersects.each([&](size_t ci) {
        uint32_t pi = s.rows[ci].parent;
        if (pi != child.parent) parent.intersects.insert(pi);
      });
    }
  }

  WPat wildFromCtor(const Ctor& c, TyId ty) {
    WPat w{c, ty, {}};
    for (TyId st : subTys(c, ty)) w.fields.push_back(WPat{mk(CK::Wildcard), st, {}});
    return w;
  }

  void applyConstructor(WMatrix& w, const Place& place, const std::vector<Ctor>& missing, const Ctor& ctor) {
    if (w.empty() || ctor.k == CK::Or) return;
    if (ctor.k == CK::Missing) {
      WMatrix ret;
      for (const Ctor& mc : missing) {
        WPat pat = wildFromCtor(mc, place.ty);
        for (const WStack& s : w) {
          if (ret.size() >= kWitnessCap) break;
          ret.push_back(s);
          ret.back().push_back(pat);
        }
      }
      w = std::move(ret);
      return;
    }
    size_t n = arity(ctor, place.ty);
    for (WStack& s : w) {
      if (s.size() < n) { aborted_ = true; return; }
      WPat pat{ctor, place.ty, {}};
      for (size_t k = 0; k < n; ++k) {
        pat.fields.push_back(std::move(s.back()));
        s.pop_back();
      }
      s.push_back(std::move(pat));
    }
  }

  WMatrix compute(Matrix& m, unsigned depth) {
    if (aborted_) return {};
    if (depth > kMaxDepth) { aborted_ = true; return {}; }
    if (!m.wildRelevant) {
      bool any = false;
      for (const Row& r : m.rows) any |= r.relevant;
      if (!any) return {};
    }
    if (m.places.empty()) {
      // Intersection bitsets are quadratic in the row count: charge them too.
      if (!spend(m.rows.size() + m.rows.size() * m.rows.size() / 64)) return {};
      bool useful = true;
      for (size_t i = 0; i < m.rows.size(); ++i) {
        Row& r = m.rows[i];
        r.useful = useful;
        r.intersects.insertRange(i);
        useful = useful && r.underGuard;
      }
      if (useful && m.wildRelevant) return WMatrix{WStack{}};
      return {};
    }
    Place place = m.places[0];
    std::vector<Ctor> split, missing;
    splitColumn(place, m, split, missing);
    if (aborted_) return {};
    WMatrix ret;
    for (const Ctor& ctor : split) {
      bool relevant = ctor.k == CK::Missing || missing.empty();
      Matrix s = specialize(m, ctor, relevant);
      if (aborted_) return {};
      WMatrix w = compute(s, depth + 1);
      if (aborted_) return {};
      applyConstructor(w, place, missing, ctor);
      for (WStack& ws : w) {
        if (ret.size() >= kWitnessCap) break;
        ret.push_back(std::move(ws));
      }
      unspecialize(m, s);
    }
    // Record usefulness of the branch patterns (arms and or-alternatives) heading rows here.
    for (const Row& r : m.rows) {
      if (!r.headIsBranch || r.pats[0] == kWild) continue;
      BranchInfo& b = branch_[r.pats[0]];
      b.seen = true;
      b.useful |= r.useful;
      r.intersects.each([&](size_t j) {
        const Row& o = m.rows[j];
        if (o.useful && !o.underGuard && o.pats[0] != kWild) b.coveredBy.insert(o.pats[0]);
      });
    }
    return ret;
  }

  // ---------------- printing ----------------
  std::string printIntValue(i128 v, TyId ty) {
    const TyData& d = t_.get(ty);
    if (d.kind == TyKind::Char) return charDebug(uint32_t(v));
    IntKind k = IntKind(d.sub);
    std::string n = intName(k);
    if (intSigned(k) && v == intMin(k)) return n + "::MIN";
    if (v == intMax(k)) return n + "::MAX";
    return i128str(v) + "_" + n;
  }

  std::string printRange(i128 lo, i128 hi, TyId ty) {
    if (lo == kNegInf && hi == kPosInf) return "_";
    if (lo != kNegInf && lo + 1 == hi) return printIntValue(lo, ty);
    const TyData& d = t_.get(ty);
    i128 tmax = d.kind == TyKind::Int ? intMax(IntKind(d.sub)) : 0x10FFFF;
    i128 tmin = d.kind == TyKind::Int ? intMin(IntKind(d.sub)) : 0;
    bool inclusive = true;
    std::string s;
    if (lo != kNegInf) s += printIntValue(lo > tmax ? tmax : lo, ty);  // `usize::MAX..` for the values beyond MAX
    i128 h;
    if (hi == kPosInf) h = kPosInf;
    else if (hi == tmin) { h = hi; inclusive = false; }
    else h = hi - 1;
    if (h == kPosInf || h > tmax) return s + "..";
    return s + (inclusive ? "..=" : "..") + printIntValue(h, ty);
  }

  static bool printsAsWildcard(const WPat& w) {
    switch (w.ctor.k) {
      case CK::Wildcard:
      case CK::NonExhaustive:
      case CK::Never: return true;
      case CK::IntRange: return w.ctor.lo == kNegInf && w.ctor.hi == kPosInf;
      default: return false;
    }
  }

  std::string print(const WPat& w) {
    switch (w.ctor.k) {
      case CK::Bool: return w.ctor.b ? "true" : "false";
      case CK::IntRange: return printRange(w.ctor.lo, w.ctor.hi, w.ty);
      case CK::Ref: {
        const TyData& d = t_.get(w.ty);
        return std::string(d.sub ? "&mut " : "&") + (w.fields.empty() ? "_" : print(w.fields[0]));
      }
      case CK::Slice: {
        uint64_t n = t_.get(w.ty).len;
        return n == 0 ? "[]" : n == 1 ? "[_]" : "[..]";
      }
      case CK::Struct:
      case CK::Variant: return printStructLike(w);
      case CK::Str: return "\"" + (w.ctor.idx < strs_.size() ? strs_[w.ctor.idx] : std::string()) + "\"";
      default: return "_";
    }
  }

  std::string printStructLike(const WPat& w) {
    const TyData& d = t_.get(w.ty);
    const VariantInfo* v = nullptr;
    std::string name;
    if (d.kind == TyKind::Adt) {
      const AdtInfo& a = p_.adts[d.a];
      size_t vi = w.ctor.k == CK::Variant ? w.ctor.idx : 0;
      if (vi < a.variants.size()) {
        v = &a.variants[vi];
        name = p_.str(a.name);
        if (a.isEnum) name += "::" + p_.str(v->name);
      }
    }
    std::string s = name;
    bool first = true;
    auto sep = [&]() { std::string r = first ? "" : ", "; first = false; return r; };
    if (v && v->kind == StructKind::Named) {
      s += " { ";
      size_t printed = 0;
      for (size_t i = 0; i < w.fields.size() && i < v->fields.size(); ++i) {
        if (printsAsWildcard(w.fields[i])) continue;
        s += sep() + p_.str(v->fields[i].name) + ": " + print(w.fields[i]);
        ++printed;
      }
      if (printed < v->fields.size()) s += sep() + "..";
      return s + " }";
    }
    size_t numFields = v ? v->fields.size() : w.fields.size();
    if (numFields != 0 || !v) {
      s += "(";
      for (const WPat& f : w.fields) s += sep() + print(f);
      if (d.kind == TyKind::Tuple && numFields == 1) s += ",";
      s += ")";
    }
    return s;
  }

  std::string joined(const std::vector<WPat>& ws) {
    std::string s;
    size_t shown = ws.size() <= 3 ? ws.size() : 3;
    for (size_t i = 0; i < shown; ++i) {
      if (i) s += (i + 1 == shown && ws.size() <= 3) ? " and " : ", ";
      s += "`" + print(ws[i]) + "`";
    }
    if (ws.size() > 3) s += " and " + std::to_string(ws.size() - 3) + " more";
    return s;
  }

  // ---------------- reporting ----------------
  bool catchall(uint32_t u) const {
    if (u == kWild) return true;
    const DPat& d = arena_[u];
    if (d.ctor.k == CK::Wildcard) return true;
    if (d.ctor.k != CK::Struct && d.ctor.k != CK::Ref) return false;
    for (uint32_t f : d.fields) if (!catchall(f)) return false;
    return true;
  }

  // The first uninhabited type found walking a pattern (rustc's `matches_no_values` label).
  TyId firstUninhabited(uint32_t u, unsigned depth) {
    if (u == kWild || depth > 200) return TyId{UINT32_MAX};
    const DPat& d = arena_[u];
    if (uninhabited(d.ty)) return d.ty;
    if (d.ctor.k == CK::Ref) return TyId{UINT32_MAX};
    for (uint32_t f : d.fields) {
      TyId t = firstUninhabited(f, depth + 1);
      if (t.v != UINT32_MAX) return t;
    }
    return TyId{UINT32_MAX};
  }

  void reportUnreachable(uint32_t u) {
    const DPat& pat = arena_[u];
    std::vector<uint32_t> cov(branch_[u].coveredBy.begin(), branch_[u].coveredBy.end());
    // rustc prints the lint's "on by default" note on its first occurrence only. Warnings in the embedded
    // runtime are dropped by the driver, so they do not count.
    bool firstOfLint = true;
    for (const Diagnostic& d : diags_.all())
      if (d.kind == DiagKind::UnreachablePattern && !d.labels.empty() && !p_.isRuntimeFile(d.labels[0].span.file)) {
        firstOfLint = false;
        break;
      }
    if (cov.empty()) {
      TyId t = firstUninhabited(u, 0);
      Diagnostic& d = diags_.report(DiagKind::UnreachablePattern, pat.span, {},
                                    "matches no values because `" + p_.tyName(t.v == UINT32_MAX ? pat.ty : t) + "` is uninhabited");
      d.note("to learn more about uninhabited types, see https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types");
      if (firstOfLint) d.note("`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default");
      return;
    }
    Diagnostic& d = diags_.report(DiagKind::UnreachablePattern, pat.span, {}, "no value can reach this");
    if (cov.size() == 1) {
      d.label(arena_[cov[0]].span, catchall(cov[0]) ? "matches any value" : "matches all the relevant values");
    } else {
      d.note("multiple earlier patterns match some of the same values");
    }
    if (firstOfLint) d.note("`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default");
  }

  void walkRedundant(uint32_t u, unsigned depth) {
    if (u == kWild || depth > 400) return;
    const BranchInfo& b = branch_[u];
    if (b.seen && !b.useful) {
      reportUnreachable(u);
      return;
    }
    for (uint32_t f : arena_[u].fields) walkRedundant(f, depth + 1);
  }

  void reportReachability(const std::vector<uint32_t>& armPats) {
    for (uint32_t u : armPats) {
      const BranchInfo& b = branch_[u];
      if (!b.seen) continue;
      if (!b.useful) reportUnreachable(u);
      else for (uint32_t f : arena_[u].fields) walkRedundant(f, 1);
    }
  }

  // Special notes about the types in the first witness (rustc's collect_special_tys).
  void collectSpecialTys(const WPat& w, std::vector<TyId>& out, unsigned depth) {
    if (depth > 400) return;
    auto add = [&](TyId t) {
      for (TyId o : out) if (o == t) return;
      out.push_back(t);
    };
    if (w.ctor.k == CK::NonExhaustive || w.ctor.k == CK::Never) add(w.ty);
    if (w.ctor.k == CK::IntRange && t_.kind(w.ty) == TyKind::Int && isPtrSized(t_.intKind(w.ty))) {
      IntKind k = t_.intKind(w.ty);
      if ((w.ctor.lo != kNegInf && w.ctor.lo > intMax(k)) || w.ctor.hi == intMin(k)) add(w.ty);
    }
    for (const WPat& f : w.fields) collectSpecialTys(f, out, depth + 1);
  }

  void addSpecialNotes(Diagnostic& d, const WPat& first) {
    std::vector<TyId> tys;
    collectSpecialTys(first, tys, 0);
    for (TyId t : tys) {
      const TyData& td = t_.get(t);
      std::string n = p_.tyName(t);
      if (td.kind == TyKind::Int && IntKind(td.sub) == IntKind::Usize)
        d.note("`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
      else if (td.kind == TyKind::Int && IntKind(td.sub) == IntKind::Isize)
        d.note("`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
      else if (td.kind == TyKind::Str)
        d.note("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary");
      else if (uninhabited(t))
        d.note("`" + n + "` is uninhabited but is not being matched by value, so a wildcard `_` is required");
    }
  }

  // A pattern that is a single identifier naming a constant (rustc's "interpreted as a constant").
  int32_t identConst(PatId pid) {
    const Pat& pat = p_.ast.pat(pid);
    const Res& r = p_.patRes[pid.v];
    if (r.kind != ResKind::Const || (pat.kind != PatKind::Binding && pat.kind != PatKind::Path)) return -1;
    std::string_view text = p_.sm.text(pat.span);
    if (text.empty()) return -1;
    for (char c : text)
      if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80)) return -1;
    return int32_t(r.a);
  }

  void reportNonExhaustive(const Expr& m, TyId st, const std::vector<WPat>& ws) {
    Span scrutSpan = p_.ast.expr(m.a).span;
    const TyData& sd = t_.get(st);
    bool nonEmptyEnum = sd.kind == TyKind::Adt && p_.adts[sd.a].isEnum && !p_.adts[sd.a].variants.empty();
    bool refToUninhabited = sd.kind == TyKind::Ref && uninhabited(refInner(st));
    std::string tyName = p_.tyName(st);
    if (m.listLen == 0 && !nonEmptyEnum) {
      Diagnostic& d = diags_.report(DiagKind::NonExhaustive, scrutSpan, {""}, "");
      d.message = "non-exhaustive patterns: type `" + tyName + "` is non-empty";
      d.note("the matched value is of type `" + tyName + "`");
      if (refToUninhabited) d.note("references are always considered inhabited");
      d.help("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown");
      return;
    }
    std::string j = joined(ws);
    Diagnostic& d = diags_.report(DiagKind::NonExhaustive, scrutSpan, {j},
                                  std::string("pattern") + (ws.size() == 1 ? "" : "s") + " " + j + " not covered");
    d.note("the matched value is of type `" + tyName + "`");
    if (m.listLen != 0) addSpecialNotes(d, ws[0]);
    if (refToUninhabited) d.note("references are always considered inhabited");
    bool allGuarded = m.listLen != 0;
    unsigned constHelps = 0;
    for (uint32_t i = 0; i < m.listLen; ++i) {
      const Arm& arm = p_.ast.arms[m.list + i];
      if (!arm.guard.valid()) allGuarded = false;
      int32_t ci = identConst(arm.pat);
      if (ci < 0) continue;
      std::string cname(p_.sm.text(p_.ast.pat(arm.pat).span));
      d.label(p_.ast.pat(arm.pat).span, "this pattern doesn't introduce a new catch-all binding, but rather pattern matches against the value of constant `" + cname + "`");
      ++constHelps;
    }
    if (allGuarded) d.note("match arms with guards don't count towards exhaustivity");
    // rustc's suggestions (rendered after the plain notes) come last.
    for (unsigned i = 0; i < constHelps; ++i) d.help("if you meant to introduce a binding, use a different name");
    size_t n = ws.size();
    std::string msg = "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern";
    if (n > 1 && n < 4) msg += ", a match arm with multiple or-patterns";
    msg += n == 1 ? " or an explicit pattern as shown" : " as shown, or multiple match arms";
    d.help(msg);
  }

  bool bindsVariables(PatId pid, unsigned depth) {
    if (!pid.valid() || depth > 400) return false;
    const Pat& pat = p_.ast.pat(pid);
    switch (pat.kind) {
      case PatKind::Binding:
        if (p_.patRes[pid.v].kind == ResKind::Local || p_.patRes[pid.v].kind == ResKind::None) return true;
        return pat.sub.valid() && bindsVariables(pat.sub, depth + 1);
      case PatKind::Ref: return bindsVariables(pat.sub, depth + 1);
      case PatKind::Tuple:
      case PatKind::TupleStruct:
      case PatKind::Or:
        for (uint32_t i = 0; i < pat.listLen; ++i) if (bindsVariables(p_.ast.patLists[pat.list + i], depth + 1)) return true;
        return false;
      case PatKind::Struct:
        for (uint32_t i = 0; i < pat.listLen; ++i) if (bindsVariables(p_.ast.fieldPats[pat.list + i].pat, depth + 1)) return true;
        return false;
      default: return false;
    }
  }

  void reportRefutableLet(PatId pid, TyId t, const std::vector<WPat>& ws) {
    const Pat& pat = p_.ast.pat(pid);
    const Stmt* st = letStmt(pid);
    if (st && st->elseBlock.valid()) return;  // `let ... else`: refutable by design (reported as unsupported)
    std::string j = joined(ws);
    Diagnostic& d = diags_.report(DiagKind::RefutableLet, pat.span, {},
                                  std::string("pattern") + (ws.size() == 1 ? "" : "s") + " " + j + " not covered");
    int32_t ci = identConst(pid);
    if (ci >= 0) {
      const ConstInfo& c = p_.consts[uint32_t(ci)];
      if (c.item.valid()) {
        const Item& it = p_.ast.item(c.item);
        Span def = it.span;
        if (it.ty.valid()) def.hi = p_.ast.type(it.ty).span.hi;
        std::string cname(p_.sm.text(pat.span));
        d.label(def, "missing patterns are not covered because `" + cname + "` is interpreted as a constant pattern, not a new variable");
      }
    }
    d.note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
    d.note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
    d.note("the matched value is of type `" + p_.tyName(t) + "`");
    if (ci >= 0) {
      d.help("introduce a variable instead");
    } else if (st && st->init.valid()) {
      std::string what = ws.size() == 1 ? "the variant that isn't matched" : "the variants that aren't matched";
      if (bindsVariables(pid, 0)) d.help("you might want to use `let...else` to handle " + what);
      else d.help("you might want to use `if let` to ignore " + what);
    }
    if (pat.kind == PatKind::Lit && p_.patDerefs[pid.v] == 0) {
      std::string_view text = p_.sm.text(pat.span);
      bool digits = !text.empty();
      for (char c : text) if (c < '0' || c > '9') digits = false;
      if (digits) d.help("alternatively, you could prepend the pattern with an underscore to define a new named variable; identifiers cannot begin with digits");
    }
  }

  // The `let` statement of a pattern (looked up only when reporting, so the linear scan is rare).
  const Stmt* letStmt(PatId pid) {
    for (const Stmt& s : p_.ast.stmts)
      if (s.kind == StmtKind::Let && s.pat == pid) return &s;
    return nullptr;
  }
};

}  // namespace

void checkMatchExhaustive(Program& p, DiagnosticBag& diags, ExprId matchExpr) {
  if (!matchExpr.valid() || matchExpr.v >= p.ast.exprs.size()) return;
  Analyzer a(p, diags);
  a.checkMatch(matchExpr);
}

void checkLetIrrefutable(Program& p, DiagnosticBag& diags, PatId pat) {
  if (!pat.valid() || pat.v >= p.ast.pats.size() || pat.v >= p.patTy.size()) return;
  Analyzer a(p, diags);
  a.checkLet(pat);
}

}  // namespace wr
