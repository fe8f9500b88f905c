// Drop elaboration. See drops.h.
#include "mir/drops.h"

#include <cstdio>
#include <cstdlib>
#include <set>

namespace wr::mir {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

// A move path: a local of a type that needs dropping, or a field of an open path.
struct MovePath {
  uint32_t parent = kNone;
  uint32_t local = 0;
  TyId ty;
  bool open = false;                 // a struct or tuple without `impl Drop`: its fields move separately
  std::vector<uint32_t> fields;      // field index -> child path (kNone: never named on its own)
  std::vector<uint32_t> descendants; // itself, then every path below it
  uint32_t flag = kNone;             // its drop flag (a bool local), when a drop of it is conditional
  bool needsFlag = false;
};

using Bits = std::vector<uint64_t>;
struct State {
  Bits init, uninit;  // may be initialized / may be uninitialized
};

// One drop: the glue of `place`'s type, if `flag` (a bool local; kNone: always).
struct Action {
  Place place;
  uint32_t flag = kNone;
};

class Elaborator {
 public:
  Elaborator(const Program& p, Body& b, FnId glue) : p_(p), b_(b), glue_(glue), tt_(const_cast<TypeTable&>(p.types)) {}

  void run() {
    findNonOwning();
    rootOf_.assign(b_.locals.size(), kNone);
    for (uint32_t l = 1; l < b_.locals.size(); ++l)
      if (!nonOwning_[l] && p_.needsDrop(b_.locals[l].ty)) rootOf_[l] = newPath(kNone, l, b_.locals[l].ty);
    bool markers = false;
    for (const BasicBlock& bb : b_.blocks)
      for (const Statement& s : bb.stmts) markers = markers || s.rv.kind == RvKind::Drop;
    if (paths_.empty() && !markers) return;
    // every path the body names, made before the dataflow sizes its bit sets
    for (BasicBlock& bb : b_.blocks) {
      for (Statement& s : bb.stmts) {
        pathOf(s.dest);
        for (Operand& o : s.rv.ops)
          if (o.kind == Operand::Copy) pathOf(o.place);
      }
      for (Operand& o : bb.term.args)
        if (o.kind == Operand::Copy) pathOf(o.place);
      if (bb.term.kind == TermKind::Call) pathOf(bb.term.dest);
    }
    for (uint32_t i = paths_.size(); i-- > 0;) {
      paths_[i].descendants.insert(paths_[i].descendants.begin(), i);
      if (paths_[i].parent != kNone) {
        std::vector<uint32_t>& pd = paths_[paths_[i].parent].descendants;
        pd.insert(pd.end(), paths_[i].descendants.begin(), paths_[i].descendants.end());
      }
    }
    words_ = (paths_.size() + 63) / 64;
    dataflow();
    // Plan (which drops are conditional: those paths get flags), then rewrite.
    planning_ = true;
    for (uint32_t bi = 0; bi < numBlocks_; ++bi) walkBlock(bi);
    planning_ = false;
    for (MovePath& mp : paths_)
      if (mp.needsFlag) {
        mp.flag = uint32_t(b_.locals.size());
        b_.locals.push_back(Local{tt_.boolean(), Symbol{}, Span{}, false});
      }
    unit_ = uint32_t(b_.locals.size());
    b_.locals.push_back(Local{tt_.unit(), Symbol{}, Span{}, false});
    original_ = b_.blocks;
    for (uint32_t bi = 0; bi < numBlocks_; ++bi) {
      b_.blocks[bi].stmts.clear();
      walkBlock(bi);
    }
  }

 private:
  const Program& p_;
  Body& b_;
  FnId glue_;
  TypeTable& tt_;
  std::vector<MovePath> paths_;
  std::vector<uint32_t> rootOf_;
  std::vector<bool> nonOwning_;
  size_t words_ = 0;
  std::vector<State> in_;
  uint32_t numBlocks_ = 0;
  bool planning_ = true;
  std::vector<BasicBlock> original_;
  uint32_t cur_ = 0;   // the block being written
  uint32_t unit_ = 0;  // the `()` destination of the glue calls

  uint32_t newPath(uint32_t parent, uint32_t local, TyId ty) {
    MovePath mp;
    mp.parent = parent;
    mp.local = local;
    mp.ty = ty;
    const TyData& d = p_.types.get(ty);
    if (d.kind == TyKind::Tuple) {
      mp.open = true;
      mp.fields.assign(d.elems.size(), kNone);
    } else if (d.kind == TyKind::Adt && !p_.adts[d.a].isEnum && !p_.dropImpl(ty).first.valid()) {
      mp.open = true;
      mp.fields.assign(p_.adts[d.a].variants[0].fields.size(), kNone);
    }
    paths_.push_back(std::move(mp));
    return uint32_t(paths_.size() - 1);
  }

  // The move path of `pl` and whether it is all of `pl`. Not exact: a part of the path that does not move
  // on its own (an enum's field, an array element, a Box's contents). kNone: not owned by this body (behind
  // a reference) or nothing to drop.
  std::pair<uint32_t, bool> pathOf(const Place& pl) {
    if (pl.local >= rootOf_.size() || rootOf_[pl.local] == kNone) return {kNone, false};
    uint32_t path = rootOf_[pl.local];
    size_t i = 0;
    for (; i < pl.proj.size(); ++i) {
      const Proj& pr = pl.proj[i];
      if (pr.kind != ProjKind::Field || !paths_[path].open || pr.a >= paths_[path].fields.size()) break;
      uint32_t c = paths_[path].fields[pr.a];
      if (c == kNone) {
        TyId fty = p_.fieldTys(paths_[path].ty)[pr.a];
        if (!p_.needsDrop(fty)) return {kNone, false};
        c = newPath(path, pl.local, fty);
        paths_[path].fields[pr.a] = c;
      }
      path = c;
    }
    if (i == pl.proj.size()) return {path, true};
    Place prefix{pl.local, {pl.proj.begin(), pl.proj.begin() + long(i)}};
    for (; i < pl.proj.size(); ++i) {
      if (pl.proj[i].kind == ProjKind::Deref) {
        TyId cur = placeType(p_, b_, prefix).ty;
        if (p_.types.kind(cur) == TyKind::Ref || p_.libKindOf(cur) != Program::LibKind::Box) return {kNone, false};
      }
      prefix.proj.push_back(pl.proj[i]);
    }
    return {path, false};
  }

  // Temporaries that hold a copy of a value behind a reference (the builder's own reads) never own it.
  void findNonOwning() {
    nonOwning_.assign(b_.locals.size(), false);
    std::vector<bool> dropTy(b_.locals.size(), false);
    for (uint32_t l = 1; l < b_.locals.size(); ++l) dropTy[l] = p_.needsDrop(b_.locals[l].ty);
    for (bool changed = true; changed;) {
      changed = false;
      for (const BasicBlock& bb : b_.blocks)
        for (const Statement& s : bb.stmts) {
          if (s.rv.kind != RvKind::Use || s.rv.ops.empty() || s.rv.ops[0].kind != Operand::Copy || !s.dest.proj.empty()) continue;
          uint32_t d = s.dest.local;
          if (nonOwning_[d] || !dropTy[d]) continue;
          const Place& src = s.rv.ops[0].place;
          bool copy = nonOwning_[src.local] && src.proj.empty();
          for (const Proj& pr : src.proj)
            if (pr.kind == ProjKind::Deref) copy = copy || throughRef(src, &pr);
          if (!copy) continue;
          if (b_.locals[d].user || d <= b_.argCount) {
            if (std::getenv("WR_DROP_AUDIT"))
              std::fprintf(stderr, "drop audit: %s: user local _%u takes a copy from behind a reference\n", p_.fns[b_.fn.v].path.c_str(), d);
            continue;
          }
          nonOwning_[d] = true;
          changed = true;
        }
    }
  }
  // Whether the Deref projection `at` of `pl` goes through a reference (not a Box).
  bool throughRef(const Place& pl, const Proj* at) {
    Place prefix{pl.local, {}};
    for (const Proj& pr : pl.proj) {
      if (&pr == at) {
        TyId cur = placeType(p_, b_, prefix).ty;
        return p_.types.kind(cur) == TyKind::Ref || p_.libKindOf(cur) != Program::LibKind::Box;
      }
      prefix.proj.push_back(pr);
    }
    return false;
  }

  static void set(Bits& b, uint32_t i) { b[i / 64] |= uint64_t(1) << (i % 64); }
  static void clr(Bits& b, uint32_t i) { b[i / 64] &= ~(uint64_t(1) << (i % 64)); }
  static bool test(const Bits& b, uint32_t i) { return (b[i / 64] >> (i % 64)) & 1; }

  bool fullyInit(const State& st, uint32_t path) const {
    for (uint32_t x : paths_[path].descendants)
      if (test(st.uninit, x)) return false;
    return true;
  }
  bool fullyUninit(const State& st, uint32_t path) const {
    for (uint32_t x : paths_[path].descendants)
      if (test(st.init, x)) return false;
    return true;
  }

  // ---- transfer ----
  void setPath(State& st, uint32_t path, bool init) {
    for (uint32_t x : paths_[path].descendants) {
      if (init) {
        set(st.init, x);
        clr(st.uninit, x);
      } else {
        clr(st.init, x);
        set(st.uninit, x);
      }
      if (!planning_ && paths_[x].flag != kNone) {
        Rvalue rv;
        rv.kind = RvKind::Use;
        rv.ops.push_back(Operand::constant(tt_.boolean(), init ? 1 : 0));
        pending_.push_back(Statement{Place{paths_[x].flag, {}}, rv, Span{}});
      }
    }
  }
  std::vector<Statement> pending_;  // flag updates made by the last transfer (rewrite only)

  void moveOperands(State& st, const std::vector<Operand>& ops) {
    for (const Operand& o : ops) {
      if (o.kind != Operand::Copy || o.shallow) continue;
      auto [path, exact] = pathOf(o.place);
      if (path == kNone) continue;
      if (!exact && !p_.needsDrop(placeType(p_, b_, o.place).ty)) continue;
      setPath(st, path, false);
    }
  }
  void write(State& st, const Place& dest) {
    auto [path, exact] = pathOf(dest);
    if (path != kNone && exact) setPath(st, path, true);
  }

  // ---- drops ----
  void dropPath(const State& st, uint32_t path, const Place& place, std::vector<Action>& out) {
    MovePath& mp = paths_[path];
    if (fullyInit(st, path)) {
      out.push_back({place});
      return;
    }
    if (fullyUninit(st, path)) return;
    bool split = false;
    for (uint32_t c : mp.fields) split = split || c != kNone;
    if (!split) {
      out.push_back({place, flagOf(path)});
      return;
    }
    std::vector<TyId> ftys = p_.fieldTys(mp.ty);
    for (uint32_t i = 0; i < ftys.size(); ++i) {
      Place fp = place;
      fp.proj.push_back({ProjKind::Field, i});
      if (i < paths_[path].fields.size() && paths_[path].fields[i] != kNone) {
        dropPath(st, paths_[path].fields[i], fp, out);
      } else if (p_.needsDrop(ftys[i]) && test(st.init, path)) {
        out.push_back({fp, test(st.uninit, path) ? flagOf(path) : kNone});
      }
    }
  }
  uint32_t flagOf(uint32_t path) {
    paths_[path].needsFlag = true;
    return planning_ ? 0 : paths_[path].flag;
  }
  // A Drop marker's place (or StorageDead's local).
  void dropPlace(const State& st, const Place& pl, std::vector<Action>& out) {
    if (!p_.needsDrop(placeType(p_, b_, pl).ty)) return;
    if (pl.local < nonOwning_.size() && nonOwning_[pl.local]) return;
    auto [path, exact] = pathOf(pl);
    if (path == kNone) {
      if (pl.local < rootOf_.size() && rootOf_[pl.local] == kNone && pl.proj.empty()) return;
      out.push_back({pl});  // behind a reference: always holds a value
      return;
    }
    if (exact) return dropPath(st, path, pl, out);
    if (fullyInit(st, path)) out.push_back({pl});
    else if (!fullyUninit(st, path)) out.push_back({pl, flagOf(path)});
  }

  // ---- the walk (planning, then rewriting) ----
  void dataflow() {
    numBlocks_ = uint32_t(b_.blocks.size());
    State bottom{Bits(words_, 0), Bits(words_, 0)};
    in_.assign(numBlocks_, bottom);
    State entry = bottom;
    for (uint32_t l = 1; l < b_.locals.size(); ++l)
      if (rootOf_[l] != kNone)
        for (uint32_t x : paths_[rootOf_[l]].descendants) set(l <= b_.argCount ? entry.init : entry.uninit, x);
    in_[0] = entry;
    std::vector<bool> reached(numBlocks_, false);
    reached[0] = true;
    std::set<uint32_t> work{0};
    while (!work.empty()) {
      uint32_t bi = *work.begin();
      work.erase(work.begin());
      State st = in_[bi];
      transferBlock(bi, st);
      const Terminator& t = b_.blocks[bi].term;
      std::vector<uint32_t> succ;
      if (t.kind == TermKind::Goto || t.kind == TermKind::SwitchInt || t.kind == TermKind::Call) succ = t.targets;
      for (uint32_t s : succ) {
        bool changed = !reached[s];
        reached[s] = true;
        for (size_t w = 0; w < words_; ++w) {
          uint64_t ni = in_[s].init[w] | st.init[w], nu = in_[s].uninit[w] | st.uninit[w];
          changed = changed || ni != in_[s].init[w] || nu != in_[s].uninit[w];
          in_[s].init[w] = ni;
          in_[s].uninit[w] = nu;
        }
        if (changed) work.insert(s);
      }
    }
  }
  void transferBlock(uint32_t bi, State& st) {
    const BasicBlock& bb = b_.blocks[bi];
    for (const Statement& s : bb.stmts) transferStmt(st, s);
    if (bb.term.kind == TermKind::Call) {
      moveOperands(st, bb.term.args);
      write(st, bb.term.dest);
    }
  }
  void transferStmt(State& st, const Statement& s) {
    switch (s.rv.kind) {
      case RvKind::Drop: case RvKind::StorageDead: case RvKind::Declare: {
        auto [path, exact] = pathOf(s.dest);
        if (path != kNone && exact) setPath(st, path, false);
        return;
      }
      case RvKind::Ref: case RvKind::Discriminant: case RvKind::FakeRead: break;
      default: moveOperands(st, s.rv.ops); break;
    }
    write(st, s.dest);
  }
  // The old value of a user binding written again while it may hold one.
  void reinitDrops(const State& st, const Place& dest, std::vector<Action>& out) {
    if (!dest.proj.empty() || dest.local == 0 || !b_.locals[dest.local].user || rootOf_[dest.local] == kNone) return;
    if (test(st.init, rootOf_[dest.local])) dropPath(st, rootOf_[dest.local], dest, out);
  }

  // Planning: only the drop actions (to find the flags). Rewriting: block bi is rebuilt from original_.
  void walkBlock(uint32_t bi) {
    State st = in_[bi];
    const BasicBlock& src = planning_ ? b_.blocks[bi] : original_[bi];
    cur_ = bi;
    if (!planning_ && bi == 0) {  // flags start false; the arguments' true
      for (uint32_t x = 0; x < paths_.size(); ++x)
        if (paths_[x].flag != kNone) {
          Rvalue rv;
          rv.kind = RvKind::Use;
          rv.ops.push_back(Operand::constant(tt_.boolean(), paths_[x].local <= b_.argCount ? 1 : 0));
          out().stmts.push_back(Statement{Place{paths_[x].flag, {}}, rv, Span{}});
        }
    }
    for (const Statement& s : src.stmts) {
      std::vector<Action> acts;
      bool keep = true;
      if (s.rv.kind == RvKind::Drop || s.rv.kind == RvKind::StorageDead) {
        if (!(s.rv.kind == RvKind::Drop && s.rv.op == 1)) dropPlace(st, s.dest, acts);
        keep = s.rv.kind == RvKind::StorageDead;
      } else if (s.rv.kind != RvKind::Declare) {
        reinitDrops(st, s.dest, acts);
      }
      emitDrops(acts, s.span);
      pending_.clear();
      transferStmt(st, s);
      if (!planning_) {
        if (keep) out().stmts.push_back(s);
        flushPending();
      }
    }
    Terminator t = src.term;
    std::vector<Action> acts;
    if (t.kind == TermKind::Call) {
      reinitDrops(st, t.dest, acts);
      emitDrops(acts, t.span);
      pending_.clear();
      moveOperands(st, t.args);
      if (!planning_) flushPending();
      write(st, t.dest);
      if (!planning_ && !pending_.empty() && !t.targets.empty()) {  // the destination's flags, after the call
        uint32_t after = newBlock();
        b_.blocks[after].stmts = std::move(pending_);
        pending_.clear();
        b_.blocks[after].term.kind = TermKind::Goto;
        b_.blocks[after].term.targets = {t.targets[0]};
        t.targets[0] = after;
      }
      pending_.clear();
    } else if (t.kind == TermKind::Return) {
      for (uint32_t l = uint32_t(rootOf_.size()); l-- > 1;)
        if (rootOf_[l] != kNone) dropPath(st, rootOf_[l], Place{l, {}}, acts);
      emitDrops(acts, t.span);
    }
    if (!planning_) out().term = std::move(t);
  }
  BasicBlock& out() { return b_.blocks[cur_]; }
  void flushPending() {
    for (Statement& s : pending_) out().stmts.push_back(std::move(s));
    pending_.clear();
  }
  uint32_t newBlock() {
    b_.blocks.emplace_back();
    b_.blockLoop.push_back(cur_ < b_.blockLoop.size() ? b_.blockLoop[cur_] : -1);
    return uint32_t(b_.blocks.size() - 1);
  }
  // `&mut place` and the glue call, each in its own block (guarded by the flag when there is one); what
  // follows goes on in a new block.
  void emitDrops(const std::vector<Action>& acts, Span span) {
    if (planning_) return;
    for (const Action& a : acts) {
      TyId ty = placeType(p_, b_, a.place).ty;
      uint32_t next = newBlock();
      uint32_t callB = cur_;
      if (a.flag != kNone) {
        callB = newBlock();
        Terminator& sw = out().term;
        sw.kind = TermKind::SwitchInt;
        sw.discr = Operand::copy(Place{a.flag, {}});
        sw.values = {0};
        sw.targets = {next, callB};
        sw.span = span;
      }
      uint32_t ref = uint32_t(b_.locals.size());
      b_.locals.push_back(Local{tt_.ref(ty, true), Symbol{}, Span{}, false});
      Rvalue rv;
      rv.kind = RvKind::Ref;
      rv.mut = true;
      rv.place = a.place;
      b_.blocks[callB].stmts.push_back(Statement{Place{ref, {}}, rv, span});
      Terminator& call = b_.blocks[callB].term;
      call.kind = TermKind::Call;
      call.callee = glue_;
      call.calleeSubsts = {ty};
      call.args = {Operand::copy(Place{ref, {}})};
      call.dest = Place{unit_, {}};
      call.targets = {next};
      call.span = span;
      cur_ = next;
    }
  }
};

}  // namespace

void elaborateDrops(const Program& p, Body& body, FnId dropGlue) {
  if (!dropGlue.valid()) return;
  Elaborator(p, body, dropGlue).run();
}

}  // namespace wr::mir
