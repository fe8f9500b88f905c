// Borrow checking on the MIR graph (non-lexical lifetimes, approximated): see borrowck.h.
//
// A loan is made by each `&place` / `&mut place` rvalue. The locals that may hold a reference derived
// from it (`loans(x)`, a flow-insensitive fixpoint over assignments, calls and reborrows) keep it alive
// while any of them is live (backward liveness of locals); a loan counts only where it may already have
// been made, by a path from the borrow that stays where the loan is alive (forward reachability within
// its region, as NLL's regions are sets of points: `r = &a; use(r); r = &b; a.push(1); use(r)` is
// accepted). An access to a place that overlaps a live loan's place conflicts
// when one of them is mutable: E0499 (two `&mut`), E0502 (`&` and `&mut`), E0506 (assignment), E0505
// (move), E0503 (use of a mutably borrowed value). A binding whose scope ends (MIR StorageDead) while
// a loan of it is live: E0597, or E0515 when the loan is returned. Two-phase borrows: an auto-ref'd
// `&mut` receiver acts as a shared borrow until the call that uses it (`v.push(v.len())`).
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "borrowck/borrowck.h"

#include <cctype>

namespace wr::borrowck {
namespace {

using namespace mir;

using Bits = std::vector<uint64_t>;
inline void bset(Bits& b, uint32_t i) { b[i / 64] |= uint64_t(1) << (i % 64); }
inline bool btest(const Bits& b, uint32_t i) { return (b[i / 64] >> (i % 64)) & 1; }
inline bool borInto(Bits& dst, const Bits& src) {
  bool changed = false;
  for (size_t w = 0; w < dst.size(); ++w) {
    uint64_t n = dst[w] | src[w];
    changed = changed || n != dst[w];
    dst[w] = n;
  }
  return changed;
}

struct Loan {
  Place place;
  bool mut = false, twoPhase = false;
  Span span, callSpan;
  Span captureUse{};    // a closure's capture: the use inside the closure that makes the borrow
  uint32_t block = 0, index = 0;
  uint32_t holder = 0;  // the local the reference is stored into
};

enum class Access : uint8_t { Read, Move, SharedBorrow, MutBorrow, Write };

class LoanChecker {
 public:
  LoanChecker(const Program& p, const Body& b, DiagnosticBag& d) : p_(p), b_(b), diags_(d) {}

  void run() {
    checkSignatureLifetimes();
    collectLoans();
    if (loans_.empty()) return;
    words_ = (loans_.size() + 63) / 64;
    computeLoanSets();
    loansOn_.assign(b_.locals.size(), {});
    for (uint32_t li = 0; li < loans_.size(); ++li) loansOn_[loans_[li].place.local].push_back(li);
    holders_.assign(loans_.size(), {});
    for (uint32_t l = 0; l < b_.locals.size(); ++l)
      for (uint32_t li = 0; li < loans_.size(); ++li)
        if (btest(loansOf_[l], li)) holders_[li].push_back(l);
    computeLiveness();
    computeReached();
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi)
      if (reachedBlock_[bi]) checkBlock(bi);
  }

 private:
  const Program& p_;
  const Body& b_;
  DiagnosticBag& diags_;
  std::vector<Loan> loans_;
  std::vector<int32_t> ownLoan_;   // local -> the loan made directly into it (a reference temporary), or -1
  std::map<uint32_t, std::vector<uint32_t>> derefLoansOf_;      // local -> loans of places through `*local`
  std::vector<std::vector<int32_t>> loanAtStmt_;                // block -> statement -> the loan it makes, or -1
  size_t words_ = 0;
  std::vector<Bits> loansOf_;      // local -> loans it may hold (L)
  std::vector<Bits> inner_;        // local -> loans of what it points to (I)
  std::vector<bool> canHold_;      // local -> its type can hold a reference
  std::vector<bool> dropUses_;     // local -> dropping it runs a user `Drop` impl that may use its references
  mutable bool laterIsDrop_ = false;  // laterUse() found the holder's drop
  mutable bool laterIsCall_ = false;  // laterUse() found a compiler temporary passed to a call (rustc: "used by call")
  std::set<uint32_t> storedInto_;  // locals that calls may store references into (`v.push(&x)`)
  mutable uint32_t laterLocal_ = UINT32_MAX;  // the holder laterUse() found
  std::unordered_map<const Place*, bool> valueMayBorrow_;  // (keyed by the body's own places)
  std::vector<std::vector<uint32_t>> holders_;  // loan -> the locals that may hold it
  std::vector<std::vector<uint32_t>> loansOn_;  // local -> the loans of places based on it
  std::vector<Bits> liveIn_;       // block -> live locals at entry (bits over locals)
  std::vector<Bits> reachedIn_;    // block -> loans that may have been made before entry
  std::vector<Bits> reservedIn_;   // block -> two-phase loans possibly not activated yet
  std::vector<bool> reachedBlock_;
  std::vector<std::vector<Bits>> liveLoans_;  // block -> the loans alive at each point (liveLoans())
  std::vector<uint32_t> holderLocals_;        // the locals (but the return place) that may hold a loan
  std::set<std::pair<uint32_t, uint32_t>> reported_;  // (loan, access span start)

  // ---- types ----
  // Can a value of (concrete) type t hold a reference? References, the library's borrowing types
  // (iterators, slices, guards, entries), and anything containing those (closures by their captures).
  bool mayBorrow(TyId t, int depth = 0) const {
    if (depth > 12) return false;
    const TyData& d = p_.types.get(t);
    switch (d.kind) {
      case TyKind::Ref: return true;
      case TyKind::Tuple: case TyKind::Closure: {
        std::vector<TyId> es = d.kind == TyKind::Closure ? p_.captureTys(t) : d.elems;
        for (TyId e : es) if (mayBorrow(e, depth + 1)) return true;
        return false;
      }
      case TyKind::Array: return mayBorrow(TyId{d.a}, depth + 1);
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[d.a];
        if (p_.isRuntimeFile(a.span.file) && borrowingLibType(p_.interner.str(a.name))) return true;
        for (TyId e : d.elems) if (mayBorrow(e, depth + 1)) return true;
        if (p_.isRuntimeFile(a.span.file)) return false;  // library containers own their contents
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId f : p_.variantFieldTys(t, v)) if (mayBorrow(f, depth + 1)) return true;
        return false;
      }
      case TyKind::Opaque: case TyKind::Dyn: return true;  // (`impl Iterator` may hold anything)
      default: return false;
    }
  }
  static bool borrowingLibType(const std::string& n) {
    static const char* kNames[] = {"Iter", "IterMut", "__Slice", "__SliceMut", "HashIter", "HashIterMut", "Keys", "Values",
                                   "ValuesMut", "Entry", "BTreeEntry", "Ref", "RefMut", "Chars", "CharIndices", "Bytes",
                                   "SplitWhitespace", "Lines", "Split", "Windows", "Chunks", "__OptionIter"};
    for (const char* k : kNames) if (n == k) return true;
    return false;
  }
  // Does the callee's declared result borrow from its reference arguments themselves (`-> &T`,
  // `-> Iter<T>`), rather than only carry what they point to (`-> Self::Item`, `-> T`)?
  bool resultBorrowsArgs(TyId declared, int depth = 0) const {
    if (depth > 12) return false;
    const TyData& d = p_.types.get(declared);
    switch (d.kind) {
      case TyKind::Ref: case TyKind::Opaque: case TyKind::Dyn: return true;
      case TyKind::Tuple: for (TyId e : d.elems) if (resultBorrowsArgs(e, depth + 1)) return true; return false;
      case TyKind::Array: return resultBorrowsArgs(TyId{d.a}, depth + 1);
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[d.a];
        if (p_.isRuntimeFile(a.span.file) && borrowingLibType(p_.interner.str(a.name))) return true;
        for (TyId e : d.elems) if (resultBorrowsArgs(e, depth + 1)) return true;
        if (!p_.isRuntimeFile(a.span.file))
          for (uint32_t v = 0; v < a.variants.size(); ++v)
            for (const FieldInfo& f : a.variants[v].fields)
              if (p_.types.kind(f.ty) == TyKind::Ref) return true;
        return false;
      }
      default: return false;  // Proj (`Self::Item`), scalars, owned library types
    }
  }

  // ---- loans ----
  void collectLoans() {
    ownLoan_.assign(b_.locals.size(), -1);
    loanAtStmt_.assign(b_.blocks.size(), {});
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi) {
      const BasicBlock& bb = b_.blocks[bi];
      for (uint32_t si = 0; si < bb.stmts.size(); ++si) {
        const Statement& s = bb.stmts[si];
        if (s.rv.kind != RvKind::Ref || !s.dest.proj.empty()) continue;
        Loan l;
        l.place = s.rv.place;
        l.mut = s.rv.mut && s.rv.op != 2;
        l.twoPhase = l.mut && s.rv.op == 1;
        // rustc's span of the borrow: the `&x` / `&mut x` expression, the whole call of a two-phase
        // receiver (`v.push(4)`), the receiver of a shared auto-ref or of indexing (`v` in `v[0]`)
        bool explicitRef = (s.rv.op == 0 || s.rv.op == 3) && s.span.hi;
        if (s.rv.op == 3) l.captureUse = s.rv.place.span;
        l.span = explicitRef || !s.rv.place.span.hi ? s.span : s.rv.place.span;
        l.callSpan = s.span;  // a two-phase borrow conflicting when its call activates it: the call
        l.block = bi;
        l.index = si;
        l.holder = s.dest.local;
        ownLoan_[s.dest.local] = int32_t(loans_.size());
        loanAtStmt_[bi].resize(bb.stmts.size(), -1);
        loanAtStmt_[bi][si] = int32_t(loans_.size());
        loans_.push_back(std::move(l));
      }
    }
  }
  // loans(x) for every local, to a fixpoint, on two levels: L(x), every loan x may hold (x itself is
  // such a reference, or contains one), and I(x), the loans of what x points to. `d = &p` (base b):
  // L(d) = {the loan} + L(b), I(d) = L(b). A copy of a place through a deref (`*r`, `(*r).f`) gets I(r)
  // (the value behind the reference, not the reference's own loan); a copy without one gets L and I. A
  // call's result gets I of a reference argument (`&self`, `&T`) unless the declared result holds a
  // reference (`-> &T`, `-> Iter<T>`), and L of an argument passed by value.
  void computeLoanSets() {
    loansOf_.assign(b_.locals.size(), Bits(words_, 0));
    inner_.assign(b_.locals.size(), Bits(words_, 0));
    canHold_.assign(b_.locals.size(), false);
    for (uint32_t l = 0; l < b_.locals.size(); ++l) canHold_[l] = mayBorrow(b_.locals[l].ty);
    // drop check: the end of scope of a value whose drop runs user code is a use of what it borrows
    dropUses_.assign(b_.locals.size(), false);
    for (uint32_t l = 0; l < b_.locals.size(); ++l) {
      std::vector<TyId> seen;
      dropUses_[l] = canHold_[l] && runsUserDrop(b_.locals[l].ty, seen);
    }
    const std::vector<bool>& canHold = canHold_;
    uint32_t li = 0;
    for (const Loan& l : loans_) bset(loansOf_[l.holder], li++);
    auto throughDeref = [](const Place& pl) {
      for (const Proj& pr : pl.proj) if (pr.kind == ProjKind::Deref) return true;
      return false;
    };
    for (int iter = 0; iter < 64; ++iter) {
      bool changed = false;
      // d receives src's loans: all of them (L) or only those behind it (I)
      auto flow = [&](uint32_t dst, uint32_t src, bool innerOnly) {
        if (dst == src || !canHold[dst]) return;
        changed = borInto(loansOf_[dst], innerOnly ? inner_[src] : loansOf_[src]) || changed;
        changed = borInto(inner_[dst], inner_[src]) || changed;
      };
      for (const BasicBlock& bb : b_.blocks) {
        for (const Statement& s : bb.stmts) {
          uint32_t dst = s.dest.local;
          const Rvalue& rv = s.rv;
          if (rv.kind == RvKind::Ref) {
            if (dst != rv.place.local && canHold[dst]) {
              changed = borInto(loansOf_[dst], loansOf_[rv.place.local]) || changed;
              changed = borInto(inner_[dst], loansOf_[rv.place.local]) || changed;
            }
            continue;
          }
          if (rv.kind == RvKind::Discriminant || rv.kind == RvKind::FakeRead) continue;
          for (const Operand& o : rv.ops)
            if (o.kind == Operand::Copy && valueMayBorrow(o.place)) flow(dst, o.place.local, throughDeref(o.place));
        }
        const Terminator& t = bb.term;
        if (t.kind == TermKind::Call && t.callee.valid()) {
          const FnInfo& callee = p_.fns[t.callee.v];
          bool refResult = resultBorrowsArgs(callee.ret);
          for (size_t i = 0; i < t.args.size(); ++i) {
            const Operand& o = t.args[i];
            if (o.kind != Operand::Copy || !valueMayBorrow(o.place)) continue;
            bool refParam = i < callee.params.size() && p_.types.kind(callee.params[i]) == TyKind::Ref;
            flow(t.dest.local, o.place.local, throughDeref(o.place) || (refParam && (!refResult || !outerFlowsToResult(t.callee, i))));
          }
          // what the call is given may be stored where a `&mut` argument points (`refs.push(&s)`)
          for (const Operand& m : t.args) {
            int32_t own = m.kind == Operand::Copy && m.place.proj.empty() ? ownLoan_[m.place.local] : -1;
            if (own < 0 || !loans_[uint32_t(own)].mut) continue;
            uint32_t target = loans_[uint32_t(own)].place.local;
            storedInto_.insert(target);
            for (size_t oi = 0; oi < t.args.size(); ++oi) {
              const Operand& o = t.args[oi];
              if (&o == &m || o.kind != Operand::Copy || !valueMayBorrow(o.place)) continue;
              flow(target, o.place.local, throughDeref(o.place) || !outerMayBeStored(t.callee, oi, size_t(&m - t.args.data())));
            }
          }
        }
      }
      if (!changed) break;
    }
  }

  // Does dropping a value of this type run a user's `impl Drop` (on it or on something it holds by value,
  // also inside the library's containers)? The library's own Drop impls never use what their elements
  // borrow (std's `#[may_dangle]`).
  bool runsUserDrop(TyId t, std::vector<TyId>& seen) const {
    for (TyId x : seen) if (x == t) return false;
    seen.push_back(t);
    const TyData d = p_.types.get(t);
    switch (d.kind) {
      case TyKind::Tuple: for (TyId e : d.elems) if (runsUserDrop(e, seen)) return true; return false;
      case TyKind::Array: return runsUserDrop(TyId{d.a}, seen);
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[d.a];
        if (!p_.isRuntimeFile(a.span.file)) {
          if (p_.dropImpl(t).first.valid()) return true;
          for (uint32_t v = 0; v < a.variants.size(); ++v)
            for (TyId f : p_.variantFieldTys(t, v)) if (runsUserDrop(f, seen)) return true;
          return false;
        }
        for (TyId e : d.elems) if (runsUserDrop(e, seen)) return true;  // Vec<Holder<'a>>, Option<..>
        return false;
      }
      default: return false;
    }
  }
  // `'a` of a reference type written `&'a T` / `&'a mut T` ("" when elided, or not a reference).
  std::string refLifetime(ast::TypeId tid) const {
    if (!tid.valid()) return "";
    const ast::Type& t = p_.ast.type(tid);
    if (t.kind != ast::TypeKind::Ref || !t.hasLifetime) return "";
    std::string_view text = p_.sm.text(t.span);
    size_t q = text.find('\'');
    if (q == std::string_view::npos) return "";
    size_t e = q + 1;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_')) ++e;
    return std::string(text.substr(q, e - q));
  }
  // E0621: a function whose result is `&'a T` returns a reference that comes from a parameter whose type
  // has an elided lifetime (`fn f<'a>(x: &'a str, y: &str) -> &'a str { y }`). Which parameters a value
  // comes from flows like loans: through copies, reborrows (`&*y`, `&y[1..]`) and calls whose result can
  // borrow from their arguments.
  void checkSignatureLifetimes() {
    const FnInfo& f = p_.fns[b_.fn.v];
    if (!f.item.valid() || f.runtime || f.closure >= 0) return;
    const ast::Item& it = p_.ast.item(f.item);
    std::string want = refLifetime(it.ret);
    if (want.empty() || want == "'static") return;
    uint32_t firstParam = it.selfKind == ast::SelfKind::None ? 1 : 2;  // (`self` first, then the written ones)
    std::vector<uint64_t> orig(b_.locals.size(), 0);
    std::vector<std::string> lts(b_.locals.size());
    bool any = false;
    for (size_t i = 0; i < it.params.size() && firstParam + i <= b_.argCount && firstParam + i < 64; ++i) {
      const ast::Type& pt = p_.ast.type(it.params[i].ty);
      if (pt.kind != ast::TypeKind::Ref) continue;
      uint32_t l = uint32_t(firstParam + i);
      lts[l] = refLifetime(it.params[i].ty);
      if (lts[l].empty()) {
        orig[l] = uint64_t(1) << l;
        any = true;
      }
    }
    if (!any) return;
    for (int iter = 0; iter < 32; ++iter) {
      bool changed = false;
      auto flow = [&](uint32_t dst, uint32_t src) {
        uint64_t n = orig[dst] | orig[src];
        if (n != orig[dst]) {
          orig[dst] = n;
          changed = true;
        }
      };
      for (const BasicBlock& bb : b_.blocks) {
        for (const Statement& st : bb.stmts) {
          const Rvalue& rv = st.rv;
          if (rv.kind == RvKind::StorageDead || rv.kind == RvKind::Drop || rv.kind == RvKind::Declare || rv.kind == RvKind::Discriminant ||
              rv.kind == RvKind::FakeRead)
            continue;
          // a reborrow through the reference itself (`&*y`, `&y[1..]`, `&(*y).f`) has its lifetime; one through
          // a reference it points to (`&*(*y).r`) has that one's
          if (rv.kind == RvKind::Ref) {
            size_t derefs = 0;
            for (const Proj& pr : rv.place.proj) derefs += pr.kind == ProjKind::Deref;
            if (derefs == 1 && rv.place.proj[0].kind == ProjKind::Deref) flow(st.dest.local, rv.place.local);
            continue;
          }
          // a copy of what a reference points to (`(*p).src`) does not carry the reference's own lifetime
          for (const Operand& o : rv.ops)
            if (o.kind == Operand::Copy && !throughDeref(o.place) && mayBorrow(b_.locals[st.dest.local].ty) &&
                mayBorrow(placeType(p_, b_, o.place).ty))
              flow(st.dest.local, o.place.local);
        }
        const Terminator& t = bb.term;
        if (t.kind == TermKind::Call && t.callee.valid() && resultBorrowsArgs(p_.fns[t.callee.v].ret)) {
          std::vector<bool> from = resultComesFrom(t.callee, t.args.size());
          for (size_t i = 0; i < t.args.size(); ++i)
            if (from[i] && t.args[i].kind == Operand::Copy && !throughDeref(t.args[i].place) && mayBorrow(placeType(p_, b_, t.args[i].place).ty))
              flow(t.dest.local, t.args[i].place.local);
        }
      }
      if (!changed) break;
    }
    for (uint32_t l = 1; l < 64 && l < b_.locals.size(); ++l) {
      if (!(orig[0] & (uint64_t(1) << l))) continue;
      // where the value reaches the result: the statement writing `_0` from something that came from l,
      // followed back through temporaries to a use of l itself
      Span at = returnUse(orig, l);
      std::string n = b_.locals[l].name.empty() ? "_" : p_.interner.str(b_.locals[l].name);
      diags_.report(DiagKind::LifetimeRequired, at.hi ? at : b_.locals[l].span, {n, want}, "lifetime `" + want + "` required")
          .help("add explicit lifetime `" + want + "` to the type of `" + n + "`");
      return;
    }
  }
  // The lifetimes a type's text names (`Option<&'a V>` names 'a).
  std::vector<std::string> lifetimesIn(Span sp) const {
    std::vector<std::string> out;
    std::string_view text = p_.sm.text(sp);
    for (size_t q = text.find('\''); q != std::string_view::npos; q = text.find('\'', q + 1)) {
      size_t e = q + 1;
      while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_')) ++e;
      if (e > q + 1) out.push_back(std::string(text.substr(q, e - q)));
    }
    return out;
  }
  // Which arguments a call's result may borrow from, by the callee's signature: the ones whose types
  // name a lifetime of the result, or by elision `self`'s, or the only reference parameter's; all of
  // them when the signature says nothing more precise.
  std::vector<bool> resultComesFrom(FnId callee, size_t nargs) const {
    std::vector<bool> all(nargs, true);
    const FnInfo& f = p_.fns[callee.v];
    if (!f.item.valid()) return all;
    const ast::Item& it = p_.ast.item(f.item);
    bool refSelf = it.selfKind == ast::SelfKind::Ref || it.selfKind == ast::SelfKind::RefMut;
    size_t first = it.selfKind == ast::SelfKind::None ? 0 : 1;
    std::vector<bool> from(nargs, false);
    std::vector<std::string> retL = it.ret.valid() ? lifetimesIn(p_.ast.type(it.ret).span) : std::vector<std::string>{};
    if (retL.empty()) {  // elided: from `&self`, else from the only parameter that is a reference
      if (refSelf) {
        if (nargs) from[0] = true;
        return from;
      }
      size_t refs = 0, which = 0;
      for (size_t i = 0; i < it.params.size(); ++i)
        if (p_.sm.text(p_.ast.type(it.params[i].ty).span).find('&') != std::string_view::npos) {
          ++refs;
          which = first + i;
        }
      if (refs == 1 && which < nargs) {
        from[which] = true;
        return from;
      }
      return all;
    }
    if (!retElided(it)) {  // the result names all its lifetimes: the arguments whose own reference may be one
      for (size_t i = 0; i < nargs; ++i) from[i] = outerFlowsToResult(callee, i);
      return from;
    }
    bool any = false;
    if (refSelf && nargs) {  // `&'a self` names it; a plain `&self` does not
      std::vector<std::string> sl = lifetimesIn(it.selfSpan);
      for (const std::string& l : sl)
        for (const std::string& r : retL) if (l == r) from[0] = any = true;
    }
    for (size_t i = 0; i < it.params.size() && first + i < nargs; ++i)
      for (const std::string& l : lifetimesIn(p_.ast.type(it.params[i].ty).span))
        for (const std::string& r : retL)
          if (l == r) from[first + i] = any = true;
    return any ? from : all;
  }
  static bool throughDeref(const Place& pl) {
    for (const Proj& pr : pl.proj) if (pr.kind == ProjKind::Deref) return true;
    return false;
  }
  // Does a fn's result type have a reference or lifetime left to elision (`&T`, `'_`, `Iter<T>` of a
  // type with lifetime parameters is not seen: the text decides)?
  bool retElided(const ast::Item& it) const {
    if (!it.ret.valid()) return true;
    std::string_view text = p_.sm.text(p_.ast.type(it.ret).span);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '&' && (i + 1 >= text.size() || text[i + 1] != '\'')) return true;
    return text.find("'_") != std::string_view::npos || lifetimesIn(p_.ast.type(it.ret).span).empty();
  }
  // May a call's result hold argument i's own reference (not only what it points to)? By the callee's
  // signature: a by-value argument may; a reference argument when its lifetime is elided and so is the
  // result's, or when the result names its lifetime, or when declared bounds may relate the two.
  bool outerFlowsToResult(FnId callee, size_t i) const {
    const FnInfo& f = p_.fns[callee.v];
    if (!f.item.valid() || f.closure >= 0) return true;
    const ast::Item& it = p_.ast.item(f.item);
    if (it.kind != ast::ItemKind::Fn || retElided(it)) return true;
    std::string outer;
    size_t first = it.selfKind == ast::SelfKind::None ? 0 : 1;
    if (i < first) {
      if (it.selfKind == ast::SelfKind::Value) return true;
      outer = it.selfLifetime.empty() ? "" : p_.interner.str(it.selfLifetime);
    } else {
      if (i - first >= it.params.size()) return true;
      ast::TypeId pt = it.params[i - first].ty;
      if (p_.ast.type(pt).kind != ast::TypeKind::Ref) return true;
      outer = refLifetime(pt);
    }
    if (outer.empty()) return false;  // an elided lifetime is none of those the result names
    for (const std::string& r : lifetimesIn(p_.ast.type(it.ret).span))
      if (r == outer || r == "'static") return true;
    auto bounded = [](const std::vector<ast::LifetimeParam>& ls) {
      for (const ast::LifetimeParam& l : ls) if (!l.bounds.empty()) return true;
      return false;
    };
    if (bounded(it.lifetimes) || (f.implItem.valid() && bounded(p_.ast.item(f.implItem).lifetimes))) return true;
    return false;
  }
  // May the callee store argument i's own reference where its `&mut` argument m points? Not when that
  // reference's lifetime is elided, or named and absent from m's type (`fn swap<'a>(x: &mut &'a str,
  // y: &mut &'a str)` stores `*y`, not `y`), unless declared bounds may relate lifetimes.
  bool outerMayBeStored(FnId callee, size_t i, size_t m) const {
    const FnInfo& f = p_.fns[callee.v];
    if (!f.item.valid() || f.closure >= 0) return true;
    const ast::Item& it = p_.ast.item(f.item);
    size_t first = it.selfKind == ast::SelfKind::None ? 0 : 1;
    if (it.kind != ast::ItemKind::Fn || i < first || i - first >= it.params.size()) return true;
    ast::TypeId pt = it.params[i - first].ty;
    if (p_.ast.type(pt).kind != ast::TypeKind::Ref) return true;
    std::string outer = refLifetime(pt);
    if (outer.empty()) return false;
    auto bounded = [](const std::vector<ast::LifetimeParam>& ls) {
      for (const ast::LifetimeParam& l : ls) if (!l.bounds.empty()) return true;
      return false;
    };
    if (outer == "'static" || bounded(it.lifetimes) || (f.implItem.valid() && bounded(p_.ast.item(f.implItem).lifetimes))) return true;
    if (m < first) return true;  // (`&mut self`: Self's lifetimes are not written here)
    if (m - first >= it.params.size()) return true;
    for (const std::string& l : lifetimesIn(p_.ast.type(it.params[m - first].ty).span))
      if (l == outer) return true;
    return false;
  }
  Span returnUse(const std::vector<uint64_t>& orig, uint32_t param) const {
    uint32_t target = 0;
    for (int hop = 0; hop < 8; ++hop) {
      bool moved = false;
      for (const BasicBlock& bb : b_.blocks)
        for (const Statement& st : bb.stmts) {
          if (st.dest.local != target || !st.dest.proj.empty()) continue;
          const Place* src = nullptr;
          if (st.rv.kind == RvKind::Ref) src = &st.rv.place;
          for (const Operand& o : st.rv.ops)
            if (o.kind == Operand::Copy && (orig[o.place.local] >> param) & 1) src = &o.place;
          if (!src || !((orig[src->local] >> param) & 1)) continue;
          if (src->local == param) return src->span;
          target = src->local;
          moved = true;
          break;
        }
      if (!moved) break;
    }
    return Span{};
  }
  // Can the value read from this place of the body hold a loan (`best[i][c]`, a u32, cannot)?
  bool valueMayBorrow(const Place& pl) {
    if (pl.proj.empty()) return canHold_[pl.local];
    auto it = valueMayBorrow_.find(&pl);
    if (it != valueMayBorrow_.end()) return it->second;
    bool r = mayBorrow(placeType(p_, b_, pl).ty);
    valueMayBorrow_.emplace(&pl, r);
    return r;
  }

  // ---- liveness (backward) ----
  std::vector<uint32_t> successors(uint32_t bi) const {
    const Terminator& t = b_.blocks[bi].term;
    if (t.kind == TermKind::Goto || t.kind == TermKind::SwitchInt || t.kind == TermKind::Call) return t.targets;
    return {};
  }
  template <class F>
  void usesOfStmt(const Statement& s, F&& f) const {  // locals read by a statement
    const Rvalue& rv = s.rv;
    if (rv.kind == RvKind::Ref || rv.kind == RvKind::Discriminant || rv.kind == RvKind::FakeRead) placeUses(rv.place, f);
    for (const Operand& o : rv.ops) if (o.kind == Operand::Copy) placeUses(o.place, f);
    if (!s.dest.proj.empty()) placeUses(s.dest, f);  // `x.f = ..` / `*r = ..` reads x / r
    if ((rv.kind == RvKind::StorageDead || rv.kind == RvKind::Drop) && s.dest.proj.empty() && dropUses_[s.dest.local]) f(s.dest.local);
  }
  template <class F>
  void usesOfTerm(const Terminator& t, F&& f) const {
    if (t.kind == TermKind::SwitchInt && t.discr.kind == Operand::Copy) placeUses(t.discr.place, f);
    if (t.kind == TermKind::Call) {
      for (const Operand& o : t.args) if (o.kind == Operand::Copy) placeUses(o.place, f);
      if (!t.dest.proj.empty()) placeUses(t.dest, f);
    }
    if (t.kind == TermKind::Return) f(0u);
  }
  template <class F>
  static void placeUses(const Place& pl, F&& f) {
    f(pl.local);
    for (const Proj& pr : pl.proj) if (pr.kind == ProjKind::Index) f(pr.a);
  }
  void stepBack(Bits& live, const Statement& s) const {
    if (s.dest.proj.empty()) live[s.dest.local / 64] &= ~(uint64_t(1) << (s.dest.local % 64));
    usesOfStmt(s, [&](uint32_t l) { bset(live, l); });
  }
  void stepBackTerm(Bits& live, const Terminator& t) const {
    if (t.kind == TermKind::Call && t.dest.proj.empty()) live[t.dest.local / 64] &= ~(uint64_t(1) << (t.dest.local % 64));
    usesOfTerm(t, [&](uint32_t l) { bset(live, l); });
  }
  void computeLiveness() {
    size_t lw = (b_.locals.size() + 63) / 64;
    liveIn_.assign(b_.blocks.size(), Bits(lw, 0));
    std::vector<std::vector<uint32_t>> preds(b_.blocks.size());
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi)
      for (uint32_t s : successors(bi)) preds[s].push_back(bi);
    std::vector<uint32_t> work;
    std::vector<bool> queued(b_.blocks.size(), true);
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi) work.push_back(bi);  // popped from the back: last first
    Bits live(lw, 0);
    while (!work.empty()) {
      uint32_t bi = work.back();
      work.pop_back();
      queued[bi] = false;
      std::fill(live.begin(), live.end(), 0);
      for (uint32_t s : successors(bi)) borInto(live, liveIn_[s]);
      const BasicBlock& bb = b_.blocks[bi];
      stepBackTerm(live, bb.term);
      for (size_t si = bb.stmts.size(); si-- > 0;) stepBack(live, bb.stmts[si]);
      if (live == liveIn_[bi]) continue;
      liveIn_[bi] = live;
      for (uint32_t pr : preds[bi])
        if (!queued[pr]) {
          queued[pr] = true;
          work.push_back(pr);
        }
    }
  }
  // Is `local` live just after statement si of block bi (si == stmts.size(): after the terminator)? The
  // next use or assignment in the block decides, else the successors' entries.
  bool liveAfter(uint32_t local, uint32_t bi, uint32_t si) const {
    const BasicBlock& bb = b_.blocks[bi];
    bool found = false, live = false;
    for (uint32_t i = si + 1; i <= bb.stmts.size() && !found; ++i) {
      if (i < bb.stmts.size()) {
        usesOfStmt(bb.stmts[i], [&](uint32_t l) { if (l == local) { found = true; live = true; } });
        if (!found && bb.stmts[i].dest.proj.empty() && bb.stmts[i].dest.local == local) found = true;  // reassigned
      } else {
        usesOfTerm(bb.term, [&](uint32_t l) { if (l == local) { found = true; live = true; } });
        if (!found && bb.term.kind == TermKind::Call && bb.term.dest.proj.empty() && bb.term.dest.local == local) found = true;
      }
    }
    if (found) return live;
    for (uint32_t s : successors(bi))
      if (btest(liveIn_[s], local)) return true;
    return false;
  }

  // ---- loans in scope (forward) ----
  // A loan is in scope from where it is made; assigning a local ends the loans of places reached
  // through it by a reference (`cur = &mut (*cur).next`: the old `*cur` is no longer named by `cur`).
  void killThrough(Bits& st, uint32_t local) const {
    auto it = derefLoansOf_.find(local);
    if (it == derefLoansOf_.end()) return;
    for (uint32_t li : it->second) st[li / 64] &= ~(uint64_t(1) << (li % 64));
  }
  // st: the loans in scope; reserved: the two-phase ones whose call has not used them yet (they act as
  // shared borrows until then).
  void stepForward(Bits& st, Bits& reserved, uint32_t bi, uint32_t si) const {
    const BasicBlock& bb = b_.blocks[bi];
    int32_t at = si < loanAtStmt_[bi].size() ? loanAtStmt_[bi][si] : -1;
    if (at >= 0) {
      bset(st, uint32_t(at));
      if (loans_[uint32_t(at)].twoPhase) bset(reserved, uint32_t(at));
    }
    if (si == bb.stmts.size() && bb.term.kind == TermKind::Call)
      for (const Operand& o : bb.term.args) {
        int32_t own = o.kind == Operand::Copy && o.place.proj.empty() ? ownLoan_[o.place.local] : -1;
        if (own >= 0) reserved[uint32_t(own) / 64] &= ~(uint64_t(1) << (uint32_t(own) % 64));
      }
    const Place* dest = si < bb.stmts.size() ? &bb.stmts[si].dest : bb.term.kind == TermKind::Call ? &bb.term.dest : nullptr;
    if (dest && dest->proj.empty() && !(si < bb.stmts.size() && bb.stmts[si].rv.kind == RvKind::Drop)) killThrough(st, dest->local);
    if (si < bb.stmts.size() && bb.stmts[si].rv.kind == RvKind::StorageDead)  // out of scope: its loans end (E0597 said so)
      for (uint32_t li : loansOn_[dest->local]) st[li / 64] &= ~(uint64_t(1) << (li % 64));
  }
  // The loans alive at each point of block bi, as NLL's regions are: those some live local may hold
  // (the return place's always). [0] at entry, [si + 1] after statement si, [n + 1] after the terminator.
  const std::vector<Bits>& liveLoans(uint32_t bi) {
    std::vector<Bits>& out = liveLoans_[bi];
    if (!out.empty()) return out;
    const BasicBlock& bb = b_.blocks[bi];
    size_t n = bb.stmts.size();
    out.assign(n + 2, Bits(words_, 0));
    Bits live(liveIn_.empty() ? 0 : liveIn_[0].size(), 0);
    for (uint32_t s : successors(bi)) borInto(live, liveIn_[s]);
    auto mask = [&](Bits& m) {
      m = loansOf_[0];
      for (uint32_t h : holderLocals_) if (btest(live, h)) borInto(m, loansOf_[h]);
    };
    mask(out[n + 1]);
    stepBackTerm(live, bb.term);
    for (size_t si = n; si-- > 0;) {
      mask(out[si + 1]);
      stepBack(live, bb.stmts[si]);
    }
    mask(out[0]);
    return out;
  }
  // A loan is in scope where it may have been made and is alive on the way there: a path from the
  // borrow that leaves the loan's region (every local that may hold it dead, e.g. reassigned first)
  // does not carry it on (`r = &a; use(r); r = &b; a.push(1); use(r)` is accepted).
  void stepMasked(Bits& st, Bits& reserved, uint32_t bi, uint32_t si) {
    stepForward(st, reserved, bi, si);
    const Bits& m = liveLoans(bi)[si + 1];
    for (size_t w = 0; w < st.size(); ++w) {
      st[w] &= m[w];
      reserved[w] &= m[w];
    }
  }
  void computeReached() {
    liveLoans_.assign(b_.blocks.size(), {});
    holderLocals_.clear();
    for (uint32_t l = 0; l < b_.locals.size(); ++l)
      if (l != 0 && canHold_[l] && std::any_of(loansOf_[l].begin(), loansOf_[l].end(), [](uint64_t w) { return w != 0; })) holderLocals_.push_back(l);
    for (uint32_t li = 0; li < loans_.size(); ++li)
      for (const Proj& pr : loans_[li].place.proj)
        if (pr.kind == ProjKind::Deref) {
          derefLoansOf_[loans_[li].place.local].push_back(li);
          break;
        }
    reachedIn_.assign(b_.blocks.size(), Bits(words_, 0));
    reservedIn_.assign(b_.blocks.size(), Bits(words_, 0));
    reachedBlock_.assign(b_.blocks.size(), false);
    reachedBlock_[0] = true;
    std::set<uint32_t> work{0};  // lowest block first (program order)
    while (!work.empty()) {
      uint32_t bi = *work.begin();
      work.erase(work.begin());
      Bits st = reachedIn_[bi], res = reservedIn_[bi];
      for (uint32_t si = 0; si <= b_.blocks[bi].stmts.size(); ++si) stepMasked(st, res, bi, si);
      for (uint32_t s : successors(bi)) {
        bool changed = !reachedBlock_[s];
        Bits in = st, inRes = res;
        const Bits& m = liveLoans(s)[0];
        for (size_t w = 0; w < in.size(); ++w) {
          in[w] &= m[w];
          inRes[w] &= m[w];
        }
        changed = borInto(reachedIn_[s], in) || changed;
        changed = borInto(reservedIn_[s], inRes) || changed;
        reachedBlock_[s] = true;
        if (changed) work.insert(s);
      }
    }
  }

  // ---- conflicts ----
  // Does an access to `acc` touch the loan's place? When one is a prefix of the other (indexes and
  // downcasts are not told apart) -- except that overwriting or moving a reference (`node = next`) does
  // not touch what was borrowed through it (`&(*node).left`): the loan's extra projections go through a
  // reference there.
  bool overlap(const Place& loan, const Place& acc, Access a) const {
    if (loan.local != acc.local) return false;
    size_t n = std::min(loan.proj.size(), acc.proj.size());
    for (size_t i = 0; i < n; ++i) {
      const Proj& x = loan.proj[i];
      const Proj& y = acc.proj[i];
      if (x.kind != y.kind) return true;  // (a downcast beside a field: the same memory, conservatively)
      if (x.kind == ProjKind::Field && x.a != y.a) return false;
      if (x.kind == ProjKind::ConstIndex && x.a != y.a) return false;
    }
    if (loan.proj.size() > acc.proj.size() && (a == Access::Write || a == Access::Move)) {
      Place prefix{acc.local, acc.proj};
      for (size_t i = acc.proj.size(); i < loan.proj.size(); ++i) {
        if (loan.proj[i].kind == ProjKind::Deref && p_.types.kind(placeType(p_, b_, prefix).ty) == TyKind::Ref) return false;
        prefix.proj.push_back(loan.proj[i]);
      }
    }
    return true;
  }
  std::string placeName(const Place& pl) const { return describePlace(p_, b_, pl); }

  void checkBlock(uint32_t bi) {
    const BasicBlock& bb = b_.blocks[bi];
    Bits reached = reachedIn_[bi], reserved = reservedIn_[bi];
    for (uint32_t si = 0; si <= bb.stmts.size(); ++si) {
      auto active = [&](uint32_t li, uint32_t selfLoan) {
        if (li == selfLoan || !btest(reached, li)) return false;
        for (uint32_t l : holders_[li])
          if (l == 0 || liveAfter(l, bi, si)) return true;  // returned: the caller's region covers the whole body
        return false;
      };
      auto check = [&](const Place& pl, Access a, Span sp, uint32_t selfLoan, Access reportAs = Access::Read) {
        if (!b_.locals[pl.local].user) return;  // builder temporaries: not the user's places
        for (uint32_t li : loansOn_[pl.local]) {
          const Loan& l = loans_[li];
          if (!overlap(l.place, pl, a)) continue;
          bool mut = l.mut && !btest(reserved, li);  // a reserved two-phase borrow is shared until its call
          bool conflict = mut ? true : (a == Access::MutBorrow || a == Access::Write || a == Access::Move);
          if (!conflict || !active(li, selfLoan)) continue;
          report(li, pl, reportAs == Access::MutBorrow ? reportAs : a, sp, bi, si, selfLoan);
          return;
        }
      };
      if (si < bb.stmts.size()) {
        const Statement& s = bb.stmts[si];
        const Rvalue& rv = s.rv;
        int32_t at = si < loanAtStmt_[bi].size() ? loanAtStmt_[bi][si] : -1;
        uint32_t selfLoan = at < 0 ? UINT32_MAX : uint32_t(at);
        switch (rv.kind) {
          case RvKind::Ref: {
            if (selfLoan == UINT32_MAX) break;  // (a reference stored into a place's part: not a loan here)
            const Loan& l = loans_[selfLoan];
            // a two-phase `&mut` is only reserved here: it conflicts with mutable loans now (E0499) and with
            // shared ones when the call activates it
            check(rv.place, l.mut && !l.twoPhase ? Access::MutBorrow : Access::SharedBorrow, l.span, selfLoan,
                  l.twoPhase ? Access::MutBorrow : Access::SharedBorrow);
            break;
          }
          case RvKind::FakeRead: check(rv.place, Access::SharedBorrow, rv.place.span.hi ? rv.place.span : s.span, UINT32_MAX); break;
          case RvKind::Discriminant: check(rv.place, Access::Read, rv.place.span.hi ? rv.place.span : s.span, UINT32_MAX); break;
          default:
            for (const Operand& o : rv.ops)
              if (o.kind == Operand::Copy) check(o.place, o.move ? Access::Move : Access::Read, o.place.span.hi ? o.place.span : s.span, UINT32_MAX);
            break;
        }
        if (rv.kind == RvKind::StorageDead) {
          outOfScope(s.dest.local, s.span, bi, si, active);
        } else if (rv.kind != RvKind::Declare && rv.kind != RvKind::Drop) {
          // rustc: the whole `x = v`, but only `x` when the old value has to be dropped first
          bool drops = !p_.isCopy(placeType(p_, b_, s.dest).ty) && s.dest.span.hi;
          check(s.dest, Access::Write, drops || !s.span.hi ? s.dest.span : s.span, UINT32_MAX);
        }
        stepMasked(reached, reserved, bi, si);
      } else if (bb.term.kind == TermKind::Call) {
        const Terminator& t = bb.term;
        for (const Operand& o : t.args) {
          if (o.kind != Operand::Copy) continue;
          check(o.place, o.move ? Access::Move : Access::Read, o.place.span.hi ? o.place.span : t.span, UINT32_MAX);
          // a two-phase borrow is activated by the call that uses it: now it is a `&mut`
          int32_t own = o.place.proj.empty() ? ownLoan_[o.place.local] : -1;
          if (own >= 0 && loans_[uint32_t(own)].twoPhase) check(loans_[uint32_t(own)].place, Access::MutBorrow, loans_[uint32_t(own)].callSpan, uint32_t(own));
        }
        check(t.dest, Access::Write, t.dest.span.hi ? t.dest.span : t.span, UINT32_MAX);
      } else if (bb.term.kind == TermKind::SwitchInt && bb.term.discr.kind == Operand::Copy) {
        check(bb.term.discr.place, Access::Read, bb.term.discr.place.span.hi ? bb.term.discr.place.span : bb.term.span, UINT32_MAX);
      }
    }
  }

  // A binding goes out of scope (its block's `}`) while a borrow of it (not through a reference it holds)
  // is still used: E0597; when the borrow is returned, E0515.
  template <class Active>
  void outOfScope(uint32_t local, Span close, uint32_t bi, uint32_t si, Active&& active) {
    bool temp = !b_.locals[local].user;  // a `let`'s temporary that is not extended, at the statement's end
    if (temp && !b_.locals[local].span.hi) return;
    for (uint32_t li : loansOn_[local]) {
      const Loan& l = loans_[li];
      bool throughRef = false;
      for (const Proj& pr : l.place.proj) throughRef = throughRef || pr.kind == ProjKind::Deref;
      if (throughRef || !active(li, UINT32_MAX)) continue;
      if (!reported_.insert({li, close.lo}).second) return;
      if (temp) {
        laterLocal_ = UINT32_MAX;
        Span later = laterUse(li, bi, si);
        if (!later.hi) continue;  // (held only by something never used again)
        Diagnostic& d = diags_.report(DiagKind::TemporaryDropped, b_.locals[local].span, {},
                                      "creates a temporary value which is freed while still in use");
        d.label(close, "temporary value is freed at the end of this statement");
        d.label(later, "borrow later used here");
        d.help("consider using a `let` binding to create a longer lived value");
        return;
      }
      bool returned = false;
      for (uint32_t h : holders_[li]) returned = returned || h == 0;
      std::string name = p_.interner.str(b_.locals[local].name);
      std::string what = l.place.proj.empty() ? "local variable `" + name + "`" : "local data `" + describePlace(p_, b_, l.place) + "`";
      if (returned) {
        bool direct = p_.types.kind(b_.locals[0].ty) == TyKind::Ref;
        Span ret = returnedExpr();
        if (direct || !ret.hi) {
          diags_.report(DiagKind::ReturnLocalRef, l.span, {"reference to " + what}, "returns a reference to data owned by the current function");
        } else {
          diags_.report(DiagKind::ReturnLocalRef, ret, {"value referencing " + what}, "returns a value referencing data owned by the current function")
              .label(l.span, "`" + name + "` is borrowed here");
        }
        return;
      }
      Diagnostic& d = diags_.report(DiagKind::DoesNotLiveLongEnough, l.span, {name}, "borrowed value does not live long enough");
      d.label(b_.locals[local].span, "binding `" + name + "` declared here");
      d.label(close, "`" + name + "` dropped here while still borrowed");
      laterLocal_ = UINT32_MAX;
      laterIsDrop_ = false;
      Span later = laterUse(li, bi, si);
      if (later.hi && laterIsDrop_ && laterLocal_ != UINT32_MAX) {  // drop check
        TyId ht = b_.locals[laterLocal_].ty;
        std::string tn = p_.types.kind(ht) == TyKind::Adt ? p_.interner.str(p_.adts[p_.types.get(ht).a].name) : p_.tyName(ht);
        d.label(later, "borrow might be used here, when `" + p_.interner.str(b_.locals[laterLocal_].name) + "` is dropped and runs the `Drop` code for type `" + tn + "`");
        d.note("values in a scope are dropped in the opposite order they are defined");
        return;
      }
      if (later.hi) d.label(later, "borrow later used here");
      if (laterLocal_ != UINT32_MAX && storedInto_.count(laterLocal_) && b_.locals[laterLocal_].user)  // `refs.push(&s)`
        d.label(b_.locals[laterLocal_].span, "variable `" + p_.interner.str(b_.locals[laterLocal_].name) + "` declared here");
      return;
    }
  }
  Span returnedExpr() const {
    const FnInfo& f = p_.fns[b_.fn.v];
    if (!f.item.valid()) return Span{};
    const ast::Item& it = p_.ast.item(f.item);
    if (!it.body.valid()) return Span{};
    const ast::Expr& body = p_.ast.expr(it.body);
    return body.kind == ast::ExprKind::Block && body.a.valid() ? p_.ast.expr(body.a).span : Span{};
  }
  // Where a loan is next used after (bi, si): the first use of a local holding it, searching forward.
  Span laterUse(uint32_t li, uint32_t bi, uint32_t si) const {
    laterIsCall_ = false;
    std::vector<bool> seen(b_.blocks.size(), false);
    std::vector<std::pair<uint32_t, uint32_t>> work{{bi, si + 1}};
    while (!work.empty()) {
      auto [b, start] = work.front();
      work.erase(work.begin());
      const BasicBlock& bb = b_.blocks[b];
      for (uint32_t i = start; i <= bb.stmts.size(); ++i) {
        Span found{};
        auto look = [&](const Place& pl, Span sp, bool marked = false) {  // marked: a FakeRead, a use by itself
          if (!found.hi && btest(loansOf_[pl.local], li) && (marked || pl.local != loans_[li].holder || b_.locals[pl.local].user)) {
            found = sp;
            laterLocal_ = pl.local;
          }
        };
        if (i < bb.stmts.size()) {
          const Statement& s = bb.stmts[i];
          const Rvalue& rv = s.rv;
          if (rv.kind == RvKind::Ref || rv.kind == RvKind::FakeRead || rv.kind == RvKind::Discriminant)
            look(rv.place, rv.place.span.hi ? rv.place.span : s.span, rv.kind == RvKind::FakeRead);
          for (const Operand& o : rv.ops) if (o.kind == Operand::Copy) look(o.place, o.place.span.hi ? o.place.span : s.span);
          if (!s.dest.proj.empty()) look(s.dest, s.span.hi ? s.span : s.dest.span);  // `*r += 1`: the statement
          if ((rv.kind == RvKind::StorageDead || rv.kind == RvKind::Drop) && s.dest.proj.empty() && dropUses_[s.dest.local]) {
            look(s.dest, s.span);  // its drop (drop check)
            if (found.hi) laterIsDrop_ = true;
          }
        } else {
          const Terminator& t = bb.term;
          if (t.kind == TermKind::Call)
            for (const Operand& o : t.args)
              if (o.kind == Operand::Copy && !found.hi) {
                look(o.place, o.place.span.hi ? o.place.span : t.span);
                if (found.hi && !o.place.span.hi && !b_.locals[o.place.local].user) laterIsCall_ = true;
              }
          if (t.kind == TermKind::SwitchInt && t.discr.kind == Operand::Copy) look(t.discr.place, t.discr.place.span.hi ? t.discr.place.span : t.span);
        }
        if (found.hi) return found;
      }
      for (uint32_t s : successors(b))
        if (!seen[s]) {
          seen[s] = true;
          work.push_back({s, 0});
        }
    }
    return Span{};
  }

  // A closure's mutable capture of a `&mut` binding: rustc's unique borrow of what it points to.
  bool uniqueCapture(const Loan& l) const {
    return l.captureUse.hi && l.mut && l.place.proj.empty() && p_.types.kind(b_.locals[l.place.local].ty) == TyKind::Ref &&
           p_.types.get(b_.locals[l.place.local].ty).sub;
  }
  void report(uint32_t li, const Place& pl, Access a, Span sp, uint32_t bi, uint32_t si, uint32_t accessLoan = UINT32_MAX) {
    if (!reported_.insert({li, sp.lo}).second) return;
    const Loan& l = loans_[li];
    std::string lname = placeName(l.place), name = placeName(pl);
    auto q = [](const std::string& s) { return "`" + s + "`"; };
    Span later = laterUse(li, bi, si);
    Diagnostic* d = nullptr;
    if (accessLoan != UINT32_MAX && uniqueCapture(loans_[accessLoan]) && a != Access::Move) {  // E0500
      const Loan& nl = loans_[accessLoan];
      std::string star = "*" + name;
      d = &diags_.report(DiagKind::ClosureUniqueBorrowed, nl.span, {star}, "closure construction occurs here");
      d->label(l.span, "borrow occurs here");
      d->label(nl.captureUse, "second borrow occurs due to use of `" + star + "` in closure");
      if (later.hi) d->label(later, "first borrow later used here");
      return;
    }
    if (uniqueCapture(l) && (a == Access::Read || a == Access::MutBorrow || a == Access::SharedBorrow)) {  // E0501
      std::string star = "*" + lname;
      d = &diags_.report(DiagKind::BorrowAfterClosureUnique, sp, {star, a == Access::SharedBorrow ? "immutable" : "mutable"},
                         "second borrow occurs here");
      d->label(l.span, "closure construction occurs here");
      d->label(l.captureUse, "first borrow occurs due to use of `" + star + "` in closure");
      if (later.hi) d->label(later, "first borrow later used here");
      return;
    }
    bool returned = false;
    for (uint32_t h : holders_[li]) returned = returned || h == 0;
    switch (a) {
      case Access::MutBorrow:
        if (l.mut) {
          d = &diags_.report(DiagKind::BorrowMutTwice, sp, {name}, "second mutable borrow occurs here");
          d->label(l.span, "first mutable borrow occurs here");
          if (later.hi) d->label(later, "first borrow later used here");
        } else {
          d = &diags_.report(DiagKind::BorrowConflict, sp, {name, "mutable", "immutable"}, "mutable borrow occurs here");
          d->label(l.span, "immutable borrow occurs here");
          if (later.hi) d->label(later, "immutable borrow later used here");
        }
        break;
      case Access::SharedBorrow:
        d = &diags_.report(DiagKind::BorrowConflict, sp, {name, "immutable", "mutable"}, "immutable borrow occurs here");
        d->label(l.span, "mutable borrow occurs here");
        if (later.hi) d->label(later, laterIsCall_ ? "mutable borrow later used by call" : "mutable borrow later used here");
        break;
      case Access::Write:
        d = &diags_.report(DiagKind::AssignBorrowed, sp, {name}, q(name) + " is assigned to here but it was already borrowed");
        d->label(l.span, q(lname) + " is borrowed here");
        if (later.hi) d->label(later, "borrow later used here");
        break;
      case Access::Move:
        d = &diags_.report(DiagKind::MoveOutWhileBorrowed, sp, {name}, "move out of " + q(name) + " occurs here");
        d->label(l.span, "borrow of " + q(lname) + " occurs here");
        if (later.hi) d->label(later, "borrow later used here");
        if (pl.proj.empty() && b_.locals[pl.local].user) d->label(b_.locals[pl.local].span, "binding " + q(name) + " declared here");
        break;
      case Access::Read:
        d = &diags_.report(DiagKind::UseWhileMutBorrowed, sp, {name}, "use of borrowed " + q(lname));
        d->label(l.span, q(lname) + " is borrowed here");
        if (later.hi) d->label(later, "borrow later used here");
        break;
    }
    bool twoBorrows = a == Access::MutBorrow || a == Access::SharedBorrow;  // rustc says "first" beside a "second"
    if (l.captureUse.hi) d->label(l.captureUse, std::string(twoBorrows ? "first " : "") + "borrow occurs due to use of `" + lname + "` in closure");
    if (accessLoan != UINT32_MAX && loans_[accessLoan].captureUse.hi)  // the new borrow is a closure's too
      d->label(loans_[accessLoan].captureUse, "second borrow occurs due to use of `" + name + "` in closure");
    if (returned) explainReturned(*d, lname);
  }
  // A loan that reaches the return value lives as long as the caller's reference (rustc names it `'1`):
  // the reference parameter it comes from and the returned expression.
  void explainReturned(Diagnostic& d, const std::string& lname) {
    const FnInfo& f = p_.fns[b_.fn.v];
    if (!f.item.valid()) return;
    const ast::Item& it = p_.ast.item(f.item);
    Span amp{};
    if (it.selfKind == ast::SelfKind::Ref || it.selfKind == ast::SelfKind::RefMut) amp = Span{it.selfSpan.file, it.selfSpan.lo, it.selfSpan.lo + 1};
    for (const ast::Param& prm : it.params) {
      if (amp.hi || !prm.ty.valid()) break;
      const ast::Type& t = p_.ast.type(prm.ty);
      if (t.kind == ast::TypeKind::Ref) amp = Span{t.span.file, t.span.lo, t.span.lo + 1};
    }
    if (amp.hi) d.label(amp, "let's call the lifetime of this reference `'1`");
    if (it.body.valid()) {
      const ast::Expr& body = p_.ast.expr(it.body);
      if (body.kind == ast::ExprKind::Block && body.a.valid())
        d.label(p_.ast.expr(body.a).span, "returning this value requires that `" + lname + "` is borrowed for `'1`");
    }
  }
};

}  // namespace

// rustc's name of a place: `v`, `p.x`, `self.items` (a deref before a field is not shown), `*r`, `v[_]`.
std::string describePlace(const Program& p_, const Body& b_, const Place& pl) {
  std::string s = b_.locals[pl.local].name.empty() ? "_" : p_.interner.str(b_.locals[pl.local].name);
  Place prefix{pl.local, {}};
  int32_t variant = -1;
  for (size_t i = 0; i < pl.proj.size(); ++i) {
    const Proj& pr = pl.proj[i];
    TyId cur = placeType(p_, b_, prefix).ty;
    prefix.proj.push_back(pr);
    switch (pr.kind) {
      case ProjKind::Deref:
        if (i + 1 < pl.proj.size() && pl.proj[i + 1].kind == ProjKind::Field) break;  // `self.items`
        if (i + 1 < pl.proj.size() && pl.proj[i + 1].kind == ProjKind::Index) break;  // `v[_]` of `&mut Vec`
        s = "*" + s;
        break;
      case ProjKind::Field: {
        std::string f = std::to_string(pr.a);
        const TyData& d = p_.types.get(cur);
        if (d.kind == TyKind::Adt) {
          const AdtInfo& a = p_.adts[d.a];
          uint32_t v = variant >= 0 ? uint32_t(variant) : 0;
          if (v < a.variants.size() && pr.a < a.variants[v].fields.size() && !a.variants[v].fields[pr.a].name.empty())
            f = p_.interner.str(a.variants[v].fields[pr.a].name);
        }
        s += "." + f;
        variant = -1;
        break;
      }
      case ProjKind::Index: case ProjKind::ConstIndex: s += "[_]"; break;
      case ProjKind::Downcast: variant = int32_t(pr.a); break;
    }
  }
  return s;
}


void checkLoans(const Program& p, const Body& body, DiagnosticBag& diags) { LoanChecker(p, body, diags).run(); }

}  // namespace wr::borrowck
