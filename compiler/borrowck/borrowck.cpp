#include "borrowck/borrowck.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace wr::borrowck {
namespace {

using namespace mir;

constexpr uint32_t kNoPath = UINT32_MAX;

// A move path: a local, or a field / Box contents of another move path. Paths are what moves and
// assignments act on; anything reached through a reference or an index is not a move path.
struct MovePath {
  uint32_t parent = kNoPath;
  uint32_t local = 0;
  TyId ty;
  std::string name;  // `p.name`, `*b`
};

// Something that makes a move path unusable: a move out of it, or (for a user binding) its declaration
// without a value. Each is one bit of the dataflow state.
struct Site {
  uint32_t path;
  Span span;
  uint32_t block, index;  // index == stmts.size(): the terminator
  bool uninit;
  uint8_t why = 0;        // Operand::moveWhy
  Span useSpan{};         // the moved place's own span (a closure's use of a captured variable)
  bool viaBox = false;    // the move is out of a Box (`*b`): rustc names `*b`, not the binding
};

enum class Use : uint8_t { Read, Move, Borrow };

using Bits = std::vector<uint64_t>;

class Checker {
 public:
  Checker(const Program& p, const Body& b, DiagnosticBag& d) : p_(p), b_(b), diags_(d) {}

  void run() {
    for (uint32_t l = 0; l < b_.locals.size(); ++l) {
      MovePath mp;
      mp.local = l;
      mp.ty = b_.locals[l].ty;
      mp.name = b_.locals[l].name.empty() ? "_" + std::to_string(l) : p_.interner.str(b_.locals[l].name);
      paths_.push_back(std::move(mp));
    }
    // Sites: the uninitialized user bindings at entry, then every tracked move in program order.
    for (uint32_t l = b_.argCount + 1; l < b_.locals.size(); ++l)
      if (b_.locals[l].user) {
        uninitSite_[l] = uint32_t(sites_.size());
        sites_.push_back({l, b_.locals[l].span, 0, 0, true});
      }
    numUninit_ = sites_.size();
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi) {
      const BasicBlock& bb = b_.blocks[bi];
      for (uint32_t si = 0; si <= bb.stmts.size(); ++si)
        forEachUse(bi, si, [&](const Place& pl, Use u, Span sp, const Operand* o) {
          if (u != Use::Move) return;
          auto [path, exact] = pathOf(pl, true);
          if (exact) sites_.push_back({path, o->moveSpan.hi ? o->moveSpan : sp, bi, si, false, o->moveWhy, o->place.span, throughBox(pl)});
        });
    }
    indexSites();
    checkMovesOutOfBorrows();
    assignedIdx_.assign(b_.locals.size(), 0);
    uint32_t numAssigned = 1;
    for (uint32_t l = 0; l < b_.locals.size(); ++l)
      if (b_.locals[l].user) assignedIdx_[l] = numAssigned++;
    words_ = (sites_.size() + numAssigned + 63) / 64;
    // Forward dataflow to a fixpoint (union at joins), blocks in index order.
    std::vector<Bits> in(b_.blocks.size(), Bits(words_, 0));
    std::vector<bool> reached(b_.blocks.size(), false);
    for (size_t i = 0; i < numUninit_; ++i) set(in[0], uint32_t(i));
    for (uint32_t a = 0; a <= b_.argCount; ++a) set(in[0], assignedBit(a));
    reached[0] = true;
    std::set<uint32_t> work{0};  // lowest block first: blocks are made in program order, so few revisits
    std::vector<bool> queued(b_.blocks.size(), false);
    queued[0] = true;
    while (!work.empty()) {
      uint32_t bi = *work.begin();
      work.erase(work.begin());
      queued[bi] = false;
      Bits st = in[bi];
      transferBlock(bi, st, false);
      for (uint32_t succ : successors(bi)) {
        bool changed = !reached[succ];
        reached[succ] = true;
        for (size_t w = 0; w < words_; ++w) {
          uint64_t nw = in[succ][w] | st[w];
          if (nw != in[succ][w]) changed = true;
          in[succ][w] = nw;
        }
        if (changed && !queued[succ]) {
          queued[succ] = true;
          work.insert(succ);
        }
      }
    }
    // The checking pass over the final states.
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi) {
      if (!reached[bi]) continue;
      Bits st = in[bi];
      transferBlock(bi, st, true);
    }
  }

 private:
  const Program& p_;
  const Body& b_;
  DiagnosticBag& diags_;
  std::vector<MovePath> paths_;
  std::map<std::pair<uint32_t, uint32_t>, uint32_t> children_;  // (parent, element) -> path
  std::vector<Site> sites_;
  size_t numUninit_ = 0, words_ = 0;
  std::vector<std::vector<uint32_t>> subtree_, sitesOn_;   // path -> sites on it or below it / on it
  const std::vector<uint32_t> empty_;
  std::set<std::vector<uint32_t>> reported_;               // conflicting site sets already reported
  std::map<uint32_t, uint32_t> uninitSite_;                 // user local -> its "declared, no value" site
  std::vector<uint32_t> assignedIdx_;                       // local -> its "may be assigned" bit (0: none)
  std::unordered_map<const Place*, std::pair<uint32_t, bool>> pathCache_;  // pathOf of the body's places
  std::set<uint32_t> assignedTwice_;                        // locals already reported for E0384

  // E0384 for a `let x;` binding (not `mut`) assigned when it may already hold a value: rustc's labels on
  // the binding (help) and on the first assignment.
  void reportAssignTwice(uint32_t local, Span sp, uint32_t bi, uint32_t si) {
    if (!assignedTwice_.insert(local).second) return;
    std::string n = paths_[local].name;
    Diagnostic& d = diags_.report(DiagKind::AssignImmutable, sp, {n}, "cannot assign twice to immutable variable");
    Span first{};
    for (uint32_t b = 0; b < b_.blocks.size(); ++b)
      for (uint32_t i = 0; i < b_.blocks[b].stmts.size(); ++i) {
        const Statement& s = b_.blocks[b].stmts[i];
        if (s.dest.local != local || !s.dest.proj.empty() || s.rv.kind == RvKind::Declare || s.rv.kind == RvKind::StorageDead || s.rv.kind == RvKind::Drop ||
            (b == bi && i == si))
          continue;
        if (!first.hi || s.span.lo < first.lo) first = s.span;
      }
    if (first.hi && first.lo != sp.lo) d.label(first, "first assignment to `" + n + "`");
    d.help("consider making this binding mutable: `mut " + n + "`");
  }

  static void set(Bits& b, uint32_t i) { b[i / 64] |= uint64_t(1) << (i % 64); }
  static void clear(Bits& b, uint32_t i) { b[i / 64] &= ~(uint64_t(1) << (i % 64)); }
  static bool test(const Bits& b, uint32_t i) { return (b[i / 64] >> (i % 64)) & 1; }
  // "may have been assigned" bits exist for user bindings only (E0381's wording, E0384); temporaries map
  // to one shared bit that nothing reads.
  uint32_t assignedBit(uint32_t local) const { return uint32_t(sites_.size() + assignedIdx_[local]); }

  std::vector<uint32_t> successors(uint32_t bi) const {
    const Terminator& t = b_.blocks[bi].term;
    switch (t.kind) {
      case TermKind::Goto: case TermKind::SwitchInt: case TermKind::Call: return t.targets;
      default: return {};
    }
  }

  template <class Name>
  uint32_t child(uint32_t parent, uint32_t elem, TyId ty, Name&& name) {
    auto [it, fresh] = children_.emplace(std::make_pair(parent, elem), uint32_t(paths_.size()));
    if (fresh) {
      MovePath mp;
      mp.parent = parent;
      mp.local = paths_[parent].local;
      mp.ty = ty;
      mp.name = name();
      paths_.push_back(std::move(mp));
    }
    return it->second;
  }

  // The deepest move path that is a prefix of `pl`, and whether it is all of `pl`.
  // `cache`: pl is stored in the body (its address identifies it), not a copy made here.
  std::pair<uint32_t, bool> pathOf(const Place& pl, bool cache = false) {
    if (pl.proj.empty()) return {pl.local, true};
    if (!cache) return pathOfUncached(pl);
    auto it = pathCache_.find(&pl);
    if (it != pathCache_.end()) return it->second;
    std::pair<uint32_t, bool> r = pathOfUncached(pl);
    pathCache_.emplace(&pl, r);
    return r;
  }
  std::pair<uint32_t, bool> pathOfUncached(const Place& pl) {
    uint32_t path = pl.local;
    Place prefix{pl.local, {}};
    int32_t variant = -1;
    for (const Proj& pr : pl.proj) {
      TyId cur = placeType(p_, b_, prefix).ty;
      prefix.proj.push_back(pr);
      switch (pr.kind) {
        case ProjKind::Downcast: variant = int32_t(pr.a); continue;
        case ProjKind::Field: {
          uint32_t elem = (uint32_t(variant + 1) << 20) | pr.a;
          path = child(path, elem, placeType(p_, b_, prefix).ty, [&] {
            std::string fname = std::to_string(pr.a);
            const TyData& d = p_.types.get(cur);
            if (d.kind == TyKind::Adt) {
              const AdtInfo& a = p_.adts[d.a];
              uint32_t v = variant >= 0 ? uint32_t(variant) : 0;
              if (v < a.variants.size() && pr.a < a.variants[v].fields.size() && !a.variants[v].fields[pr.a].name.empty())
                fname = p_.interner.str(a.variants[v].fields[pr.a].name);
            }
            return paths_[path].name + "." + fname;
          });
          variant = -1;
          continue;
        }
        case ProjKind::Deref:
          // `*b` of a Box is the Box's own path: moving the contents out moves the Box (rustc: "value
          // moved here" at `*b`, then `b` is moved)
          if (p_.types.kind(cur) != TyKind::Ref && p_.isBox(cur) && p_.libKindOf(cur) == Program::LibKind::Box) continue;
          return {path, false};
        default: return {path, false};
      }
    }
    return {path, true};
  }

  // E0507 / E0508: a move out of a place behind a reference (`*r`, `self.name` in a `&self` method), out
  // of a Vec's index (`v[0]`), out of an array element (`arr[1]`). Moving out of a Box is allowed.
  void checkMovesOutOfBorrows() {
    std::map<uint32_t, TyId> indexed;  // temp -> the container whose `index` call made it
    for (const BasicBlock& bb : b_.blocks) {
      const Terminator& t = bb.term;
      if (t.kind != TermKind::Call || !t.callee.valid() || !t.dest.proj.empty() || t.args.empty()) continue;
      const std::string& n = p_.interner.str(p_.fns[t.callee.v].name);
      if ((n == "index" || n == "index_mut") && p_.fns[t.callee.v].runtime) {
        TyId recv = operandType(p_, b_, t.args[0]);
        if (p_.types.kind(recv) == TyKind::Ref) indexed[t.dest.local] = TyId{p_.types.get(recv).a};
      }
    }
    bool closureBody = p_.fns[b_.fn.v].closure >= 0;
    std::set<uint32_t> seenSpans;
    for (uint32_t bi = 0; bi < b_.blocks.size(); ++bi)
      for (uint32_t si = 0; si <= b_.blocks[bi].stmts.size(); ++si)
        forEachUse(bi, si, [&](const Place& pl, Use u, Span sp, const Operand*) {
          if (u == Use::Move && moveOutOfDrop(pl, sp, seenSpans)) return;
          if (u != Use::Move || pathOf(pl).second) return;
          if (closureBody && pl.local == 1) return;  // a closure's captures, through its environment
          // the first projection that leaves the move paths
          Place prefix{pl.local, {}};
          for (const Proj& pr : pl.proj) {
            TyId cur = placeType(p_, b_, prefix).ty;
            bool isBox = p_.types.kind(cur) != TyKind::Ref && p_.isBox(cur) && p_.libKindOf(cur) == Program::LibKind::Box;
            if (pr.kind == ProjKind::Deref && !isBox) {
              auto ix = indexed.find(pl.local);
              TyId ty = placeType(p_, b_, pl).ty;
              std::string why = " has type `" + p_.tyName(ty) + "`, which does not implement the `Copy` trait";
              if (!seenSpans.insert(sp.lo).second) return;
              if (ix != indexed.end() && prefix.proj.empty()) {
                diags_.report(DiagKind::MoveOutOfBorrow, sp, {"index of `" + p_.tyName(ix->second) + "`"}, "move occurs because value" + why)
                    .help("consider borrowing here: `&" + std::string(p_.sm.text(sp)) + "`");
                return;
              }
              if (!b_.locals[pl.local].user) return;
              bool mut = p_.types.kind(cur) == TyKind::Ref && p_.types.get(cur).sub;
              std::string name = describePlace(p_, b_, pl);
              diags_.report(DiagKind::MoveOutOfBorrow, sp, {"`" + name + "` which is behind a " + (mut ? "mutable" : "shared") + " reference"},
                            "move occurs because `" + name + "`" + why);
              return;
            }
            if (pr.kind == ProjKind::Index || pr.kind == ProjKind::ConstIndex) {
              if (!b_.locals[pl.local].user || !seenSpans.insert(sp.lo).second) return;
              TyId ty = placeType(p_, b_, pl).ty;
              diags_.report(DiagKind::MoveOutOfArray, sp, {p_.tyName(cur)}, "cannot move out of here")
                  .label(sp, "move occurs because `" + describePlace(p_, b_, pl) + "` has type `" + p_.tyName(ty) +
                                 "`, which does not implement the `Copy` trait")
                  .help("consider borrowing here: `&" + std::string(p_.sm.text(sp)) + "`");
              return;
            }
            prefix.proj.push_back(pr);
          }
        });
  }
  // E0509: a field moved out of a value whose type implements Drop (its `drop` needs all of it).
  bool moveOutOfDrop(const Place& pl, Span sp, std::set<uint32_t>& seenSpans) {
    Place prefix{pl.local, {}};
    for (const Proj& pr : pl.proj) {
      if (pr.kind == ProjKind::Deref) return false;  // through a reference (E0507) or out of a Box (allowed)
      TyId cur = placeType(p_, b_, prefix).ty;
      if (pr.kind == ProjKind::Field && p_.types.kind(cur) == TyKind::Adt && p_.dropImpl(cur).first.valid()) {
        if (!seenSpans.insert(sp.lo).second) return true;
        TyId ty = placeType(p_, b_, pl).ty;
        diags_.report(DiagKind::MoveOutOfDrop, sp, {p_.tyName(cur)}, "cannot move out of here")
            .label(sp, "move occurs because `" + describePlace(p_, b_, pl) + "` has type `" + p_.tyName(ty) +
                           "`, which does not implement the `Copy` trait")
            .help("consider borrowing here: `&" + std::string(p_.sm.text(sp)) + "`");
        return true;
      }
      prefix.proj.push_back(pr);
    }
    return false;
  }
  bool throughBox(const Place& pl) const {
    return !pl.proj.empty() && pl.proj.back().kind == ProjKind::Deref;  // (pathOf only lets a Box's deref through)
  }
  bool isWithin(uint32_t path, uint32_t ancestor) const {  // path == ancestor or below it
    for (uint32_t x = path; x != kNoPath; x = paths_[x].parent)
      if (x == ancestor) return true;
    return false;
  }
  // The sites on a path and on it or below it, built once all sites are known (a path made later has
  // none: every site's ancestors were made with it).
  void indexSites() {
    subtree_.assign(paths_.size(), {});
    sitesOn_.assign(paths_.size(), {});
    for (uint32_t s = 0; s < sites_.size(); ++s) {
      sitesOn_[sites_[s].path].push_back(s);
      for (uint32_t x = sites_[s].path; x != kNoPath; x = paths_[x].parent) subtree_[x].push_back(s);
    }
  }
  const std::vector<uint32_t>& subtree(uint32_t path) const { return path < subtree_.size() ? subtree_[path] : empty_; }
  const std::vector<uint32_t>& sitesOn(uint32_t path) const { return path < sitesOn_.size() ? sitesOn_[path] : empty_; }

  // Calls f(place, use, span) for every place the statement (or terminator, si == stmts.size()) reads,
  // in evaluation order. Assignments are handled by transfer().
  template <class F>
  void forEachUse(uint32_t bi, uint32_t si, F&& f) {
    const BasicBlock& bb = b_.blocks[bi];
    auto op = [&](const Operand& o, Span fallback) {
      if (o.kind != Operand::Copy) return;
      f(o.place, o.move ? Use::Move : Use::Read, o.place.span.hi ? o.place.span : fallback, &o);
    };
    if (si < bb.stmts.size()) {
      const Statement& s = bb.stmts[si];
      const Rvalue& rv = s.rv;
      switch (rv.kind) {
        case RvKind::Ref: case RvKind::FakeRead: f(rv.place, Use::Borrow, rv.place.span.hi ? rv.place.span : s.span, nullptr); break;
        case RvKind::Discriminant: f(rv.place, Use::Read, rv.place.span.hi ? rv.place.span : s.span, nullptr); break;
        default: for (const Operand& o : rv.ops) op(o, s.span); break;
      }
      return;
    }
    const Terminator& t = bb.term;
    if (t.kind == TermKind::SwitchInt) op(t.discr, t.span);
    if (t.kind == TermKind::Call)
      for (const Operand& o : t.args) op(o, t.span);
  }

  void transferBlock(uint32_t bi, Bits& st, bool report) {
    const BasicBlock& bb = b_.blocks[bi];
    for (uint32_t si = 0; si <= bb.stmts.size(); ++si) {
      size_t nextSite = firstSiteAt(bi, si);
      forEachUse(bi, si, [&](const Place& pl, Use u, Span sp, const Operand*) {
        if (report) checkUse(st, pl, u, sp, bi, si, true);
        if (u == Use::Move) {
          auto [path, exact] = pathOf(pl, true);
          if (exact) set(st, uint32_t(nextSite++));
        }
      });
      const Place* dest = nullptr;
      Span dsp;
      if (si < bb.stmts.size()) {
        dest = &bb.stmts[si].dest;
        dsp = bb.stmts[si].span;
      } else if (bb.term.kind == TermKind::Call) {
        dest = &bb.term.dest;
        dsp = bb.term.span;
      }
      if (dest) assign(st, *dest, dsp, report, bi, si);
    }
  }
  // Sites are numbered in program order, so the moves of (bi, si) start at the first site there.
  size_t firstSiteAt(uint32_t bi, uint32_t si) const {
    auto it = std::lower_bound(sites_.begin() + long(numUninit_), sites_.end(), std::make_pair(bi, si),
                               [](const Site& s, const std::pair<uint32_t, uint32_t>& k) {
                                 return std::make_pair(s.block, s.index) < k;
                               });
    return size_t(it - sites_.begin());
  }

  void assign(Bits& st, const Place& dest, Span sp, bool report, uint32_t bi, uint32_t si) {
    auto [path, exact] = pathOf(dest, true);
    const BasicBlock& bb = b_.blocks[bi];
    if (si < bb.stmts.size() && (bb.stmts[si].rv.kind == RvKind::StorageDead || bb.stmts[si].rv.kind == RvKind::Drop))
      return;  // (loans.cpp: E0597; drops are drop elaboration's)
    if (si < bb.stmts.size() && bb.stmts[si].rv.kind == RvKind::Declare) {  // `let x;`: uninitialized again
      for (uint32_t s : subtree(path)) clear(st, s);
      clear(st, assignedBit(dest.local));
      auto u = uninitSite_.find(dest.local);
      if (u != uninitSite_.end()) set(st, u->second);
      return;
    }
    if (dest.proj.empty() && report && b_.locals[dest.local].lateInit && !b_.locals[dest.local].mut &&
        test(st, assignedBit(dest.local)))
      reportAssignTwice(dest.local, sp, bi, si);
    if (dest.proj.empty()) {
      for (uint32_t s : subtree(path)) clear(st, s);
      set(st, assignedBit(dest.local));
      return;
    }
    if (!exact) {  // through a reference or an index: reads the reference / the array
      if (report) {
        Place prefix = dest;
        while (!prefix.proj.empty() && prefix.proj.back().kind != ProjKind::Deref && prefix.proj.back().kind != ProjKind::Index &&
               prefix.proj.back().kind != ProjKind::ConstIndex)
          prefix.proj.pop_back();
        if (!prefix.proj.empty()) prefix.proj.pop_back();
        prefix.span = dest.span;
        checkUse(st, prefix, Use::Read, dest.span.hi ? dest.span : sp, bi, si);
      }
      return;
    }
    // `a.f = v`: a must not be moved out of (or uninitialized) as a whole
    if (report) {
      std::vector<uint32_t> conflicts;
      for (uint32_t x = paths_[path].parent; x != kNoPath; x = paths_[x].parent)
        for (uint32_t s : sitesOn(x))
          if (test(st, s)) conflicts.push_back(s);
      if (!conflicts.empty()) reportConflict(st, conflicts, dest, paths_[path].name, Use::Read, dest.span.hi ? dest.span : sp, bi, si, true);
    }
    for (uint32_t s : subtree(path)) clear(st, s);
  }


  void checkUse(const Bits& st, const Place& pl, Use u, Span sp, uint32_t bi, uint32_t si, bool bodyPlace = false) {
    auto [path, exact] = pathOf(pl, bodyPlace);
    std::vector<uint32_t> conflicts;
    for (uint32_t x = path; x != kNoPath; x = paths_[x].parent)  // the path or a prefix moved
      for (uint32_t s : sitesOn(x))
        if (test(st, s)) conflicts.push_back(s);
    bool partial = false;
    if (conflicts.empty() && exact) {  // a part of it moved: the whole cannot be used
      for (uint32_t s : subtree(path))
        if (test(st, s) && sites_[s].path != path) conflicts.push_back(s);
      partial = !conflicts.empty();
    }
    if (conflicts.empty()) return;
    std::sort(conflicts.begin(), conflicts.end());
    reportConflict(st, conflicts, pl, paths_[path].name, u, sp, bi, si, false, partial);
  }

  std::string quoted(const std::string& s) { return "`" + s + "`"; }

  void reportConflict(const Bits& st, std::vector<uint32_t> conflicts, const Place& pl, const std::string& usedName, Use u, Span sp,
                      uint32_t bi, uint32_t si, bool assignPart, bool partial = false) {
    if (!b_.locals[pl.local].user) return;  // a temporary of the builder: nothing the user wrote
    std::vector<uint32_t> moves, uninit;
    for (uint32_t s : conflicts) (sites_[s].uninit ? uninit : moves).push_back(s);
    if (!reported_.insert(moves.empty() ? uninit : moves).second) return;
    if (moves.empty()) {  // E0381
      uint32_t l = sites_[uninit[0]].path;
      const std::string name = paths_[l].name;
      bool maybe = test(st, assignedBit(l));
      std::string how = maybe ? "is possibly-uninitialized" : "isn't initialized";
      Diagnostic& d = assignPart
          ? diags_.report(DiagKind::PartialAssignUninit, sp, {name}, quoted(usedName) + " partially assigned here but it isn't fully initialized")
          : diags_.report(DiagKind::UsedUninit, sp, {name, how}, quoted(name) + " used here but it " + (maybe ? "is possibly-uninitialized" : "isn't initialized"));
      d.label(b_.locals[l].span, "binding declared here but left uninitialized");
      if (maybe && !assignPart) explainMaybeUninit(d, l, name);
      if (assignPart) d.help("partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use `std::mem::MaybeUninit`");
      return;
    }
    const Site& first = sites_[moves[0]];
    const MovePath& moved = paths_[first.path];
    bool loop = false;
    for (uint32_t s : moves) loop = loop || (sites_[s].block == bi && sites_[s].index == si && sites_[s].span.lo == sp.lo);
    std::string what = assignPart ? "assign to part of moved value"
                     : std::string(u == Use::Borrow ? "borrow of " : "use of ") + (partial ? "partially moved value" : "moved value");
    std::string name = partial || assignPart ? paths_[pathOf(pl).first].name : moved.name;
    if (assignPart) name = moved.name;
    uint8_t loopWhy = 0;
    for (uint32_t s : moves)
      if (sites_[s].block == bi && sites_[s].index == si && sites_[s].span.lo == sp.lo) loopWhy = sites_[s].why;
    std::string primary = loop && loopWhy == 1 ? quoted(moved.name) + " moved due to this method call, in previous iteration of loop"
                        : loop && loopWhy == 2 ? quoted(moved.name) + " moved due to this implicit call to `.into_iter()`, in previous iteration of loop"
                        : loop ? "value moved here, in previous iteration of loop"
                        : assignPart ? "value partially assigned here after move"
                        : std::string("value ") + (u == Use::Borrow ? "borrowed" : "used") + " here after " + (partial ? "partial move" : "move");
    Diagnostic& d = diags_.report(DiagKind::UseAfterMove, sp, {what, name}, primary);
    if (loop && bi < b_.blockLoop.size() && b_.blockLoop[bi] >= 0)
      d.label(b_.loopHeads[size_t(b_.blockLoop[bi])], "inside of this loop");
    std::set<std::pair<uint32_t, uint32_t>> labeled;
    for (uint32_t s : moves) {
      const Site& m = sites_[s];
      if (m.span.lo == sp.lo && m.span.hi == sp.hi) continue;
      if (!labeled.insert({m.span.lo, m.span.hi}).second) continue;
      if (m.why == 3) {  // into a `move` closure: the closure's head and the use inside it
        d.label(m.span, "value moved into closure here");
        if (m.useSpan.hi) d.label(m.useSpan, "variable moved due to use in closure");
        continue;
      }
      if (m.why == 1 && m.useSpan.hi && p_.types.kind(paths_[m.path].ty) == TyKind::Adt) {  // `maybe.unwrap()`
        const AdtInfo& a = p_.adts[p_.types.get(paths_[m.path].ty).a];
        const std::string& an = p_.interner.str(a.name);
        if (p_.isRuntimeFile(a.span.file) && (an == "Option" || an == "Result"))
          d.label(m.useSpan, "help: consider calling `.as_ref()` or `.as_mut()` to borrow the type's contents");
      }
      d.label(m.span, partial       ? "value partially moved here"
                      : m.why == 1  ? quoted(paths_[m.path].name) + " moved due to this method call"
                      : m.why == 2  ? quoted(paths_[m.path].name) + " moved due to this implicit call to `.into_iter()`"
                                    : "value moved here");
    }
    std::string why = " has type `" + p_.tyName(moved.ty) + "`, which does not implement the `Copy` trait";
    if (partial) {
      d.note("partial move occurs because " + quoted(moved.name) + why);
    } else if (first.viaBox) {  // `let s = *b;`: the contents' type
      d.note("move occurs because `*" + moved.name + "` has type `" + p_.tyName(derefTy(moved.ty)) +
             "`, which does not implement the `Copy` trait");
    } else if (moved.parent == kNoPath) {
      d.label(b_.locals[moved.local].span, "move occurs because " + quoted(moved.name) + why);
    } else {
      d.note("move occurs because " + quoted(moved.name) + why);
    }
    if (partial || assignPart) return;
    if (cloneable(moved.ty)) {
      d.help("consider cloning the value if the performance cost is acceptable");
    } else if (p_.types.kind(moved.ty) == TyKind::Adt) {
      d.note("if " + quoted(p_.tyName(moved.ty)) + " implemented `Clone`, you could clone the value");
    }
  }
  TyId derefTy(TyId t) const {
    TyId d = p_.derefTarget(t);
    return d.v == UINT32_MAX ? t : d;
  }
  // rustc's labels for a possibly-uninitialized binding: each `if`, `match`, `for` and `while` of the
  // function that assigns it on one way through but not on another (found by where the MIR assigns it).
  void explainMaybeUninit(Diagnostic& d, uint32_t local, const std::string& name) {
    const FnInfo& f = p_.fns[b_.fn.v];
    if (!f.item.valid() || !p_.ast.item(f.item).body.valid()) return;
    Span body = p_.ast.expr(p_.ast.item(f.item).body).span;
    std::vector<Span> assigns;
    for (const BasicBlock& bb : b_.blocks) {
      for (const Statement& st : bb.stmts)
        if (st.dest.local == local && st.dest.proj.empty() && st.rv.kind != RvKind::Declare && st.rv.kind != RvKind::StorageDead &&
            st.rv.kind != RvKind::Drop)
          assigns.push_back(st.span);
      if (bb.term.kind == TermKind::Call && bb.term.dest.local == local && bb.term.dest.proj.empty()) assigns.push_back(bb.term.span);
    }
    auto within = [](Span in, Span s) { return s.file == in.file && s.lo >= in.lo && s.hi <= in.hi && s.hi > s.lo; };
    auto assignsIn = [&](Span in) {
      for (Span a : assigns) if (within(in, a)) return true;
      return false;
    };
    const std::string tail = ", `" + name + "` is not initialized";
    for (const ast::Expr& e : p_.ast.exprs) {
      if (!within(body, e.span)) continue;
      switch (e.kind) {
        case ast::ExprKind::If: {
          if (!e.b.valid() || !e.a.valid()) break;
          bool t = assignsIn(p_.ast.expr(e.b).span), el = e.c.valid() && assignsIn(p_.ast.expr(e.c).span);
          if (t == el) break;
          d.label(p_.ast.expr(e.a).span, std::string("if this `if` condition is `") + (t ? "false" : "true") + "`" + tail);
          if (!e.c.valid()) {
            Span end = p_.ast.expr(e.b).span;
            d.label(Span{end.file, end.hi, end.hi}, "an `else` arm might be missing here, initializing `" + name + "`");
          }
          break;
        }
        case ast::ExprKind::For:
          if (e.a.valid() && e.b.valid() && assignsIn(p_.ast.expr(e.b).span))
            d.label(p_.ast.expr(e.a).span, "if the `for` loop runs 0 times" + tail);
          break;
        case ast::ExprKind::While:
          if (e.a.valid() && e.b.valid() && assignsIn(p_.ast.expr(e.b).span))
            d.label(p_.ast.expr(e.a).span, "if this condition isn't met and the `while` loop runs 0 times" + tail);
          break;
        case ast::ExprKind::Match: {  // rustc points at the arms' assignments instead
          bool any = false, all = true;
          for (uint32_t i = 0; i < e.listLen; ++i) {
            bool a = assignsIn(p_.ast.arms[e.list + i].span);
            any = any || a;
            all = all && a;
          }
          if (!any || all) break;
          for (Span a : assigns)
            for (uint32_t i = 0; i < e.listLen; ++i)
              if (within(p_.ast.arms[e.list + i].span, a)) d.label(a, "binding initialized here in some conditions");
          break;
        }
        default: break;
      }
    }
  }
  // Whether rustc would suggest `.clone()`: the library's types (String, Vec, Box, maps...; they are
  // Clone when their contents are, which is not looked into), derived Clone, tuples and arrays of those.
  bool cloneable(TyId t, int depth = 0) const {
    const TyData& d = p_.types.get(t);
    if (depth > 16) return true;
    switch (d.kind) {
      case TyKind::Tuple:
        for (TyId e : d.elems) if (!cloneable(e, depth + 1)) return false;
        return true;
      case TyKind::Array: return cloneable(TyId{d.a}, depth + 1);
      case TyKind::Adt: return p_.isRuntimeFile(p_.adts[d.a].span.file) || p_.adts[d.a].deriveClone;
      case TyKind::Param: {  // (a generic body: with a `T: Clone` bound)
        const std::vector<uint32_t>& cb = p_.fns[b_.fn.v].cloneBounds;
        return std::find(cb.begin(), cb.end(), d.a) != cb.end();
      }
      default: return p_.isCopy(t);
    }
  }
};

}  // namespace

void checkBody(const Program& p, const Body& body, DiagnosticBag& diags) {
  Checker(p, body, diags).run();
  checkLoans(p, body, diags);
  checkRegions(p, body, diags);
}

}  // namespace wr::borrowck
