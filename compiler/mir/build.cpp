// MIR builder: lowers one type-checked function body to a control-flow graph. See build.h.
#include "mir/build.h"

#include <cstring>
#include <set>

namespace wr::mir {
using namespace ast;

namespace {

struct LoopScope {
  Symbol label;
  uint32_t breakBlock;
  uint32_t continueBlock;
  Place result;
  bool hasResult;
  uint32_t id = 0;  // index into Body::loopHeads
  size_t scopeDepth = 0;  // scopes_ open where the loop starts (a break/continue drops what is deeper)
};

// A block's scope for Drop: what its statements own, in declaration order (the `let` bindings and the
// temporaries a `let` borrows, which live to the block's end), and where the current statement's
// temporaries start. Leaving the scope drops them in reverse (drop elaboration decides which still hold a
// value).
struct DropScope {
  std::vector<uint32_t> owned;  // MIR locals
  uint32_t stmtTemps = 0;       // first local made by the statement being built
};

class Builder {
 public:
  Builder(Program& p, Resolver& r, FnId fn, const BuildOptions& opts, const std::vector<TyId>& substs)
      : p_(p), r_(r), t_(p.types), fnId_(fn), opts_(opts), substs_(substs) {}

  // A closure's body: locals 1 = &environment, 2.. = its parameters; the parent body's locals that
  // belong to the closure get MIR locals, captured ones are reached through the environment.
  // The drop glue of T (`__drop_glue::<T>(&mut T)`): `<T as Drop>::drop`, then a Drop of each field that
  // needs it, in declaration order (an enum's active variant; each element of an array). Drop elaboration
  // turns those into calls of the fields' glue.
  Body buildDropGlue() {
    const FnInfo& f = p_.fns[fnId_.v];
    body_.fn = fnId_;
    body_.substs = substs_;
    runtime_ = true;
    checks_ = false;
    TyId ty = substs_.empty() ? t_.error() : substs_[0];
    body_.locals.push_back(Local{t_.unit(), Symbol{}, f.span, false});
    body_.argCount = 1;
    body_.locals.push_back(Local{t_.ref(ty, true), Symbol{}, f.span, false});
    cur_ = newBlock();
    Place self{1, {{ProjKind::Deref}}};
    auto [dropFn, implArgs] = p_.dropImpl(ty);
    if (dropFn.valid()) call(dropFn, {Operand::copy(Place{1, {}})}, unitTemp(), f.span, false, implArgs);
    const TyData d = t_.get(ty);
    if (d.kind == TyKind::Tuple) {
      for (uint32_t i = 0; i < d.elems.size(); ++i) dropMarker(field(self, i), f.span);
    } else if (d.kind == TyKind::Array && p_.needsDrop(TyId{d.a})) {
      countedLoop(constInt(t_.integer(IntKind::Usize), d.len), f.span, nullptr, [&](uint32_t i) {
        Place e = self;
        e.proj.push_back({ProjKind::Index, i});
        dropMarker(e, f.span);
      });
    } else if (d.kind == TyKind::Adt && !p_.sliceKind(ty)) {
      const AdtInfo& adt = p_.adts[d.a];
      if (!adt.isEnum) {
        for (uint32_t i = 0; i < adt.variants[0].fields.size(); ++i) dropMarker(field(self, i), f.span);
      } else {
        bool any = false;
        for (uint32_t v = 0; v < adt.variants.size(); ++v)
          for (TyId ft : p_.variantFieldTys(ty, v)) any = any || p_.needsDrop(ft);
        if (any) {
          uint32_t disc = discriminantOf(self, f.span);
          uint32_t join = newBlock();
          std::vector<uint32_t> blocks = switchOnVariant(disc, adt, join);
          for (uint32_t v = 0; v < blocks.size(); ++v) {
            cur_ = blocks[v];
            for (uint32_t i = 0; i < adt.variants[v].fields.size(); ++i) dropMarker(field(self, i, int32_t(v)), f.span);
            gotoBlock(join);
          }
          cur_ = join;
        }
      }
    }
    block(cur_).term.kind = TermKind::Return;
    return std::move(body_);
  }
  // A Drop of `pl` here, if its type needs dropping.
  void dropMarker(Place pl, Span span) {
    if (!p_.needsDrop(placeType(p_, body_, pl).ty)) return;
    Rvalue rv;
    rv.kind = RvKind::Drop;
    block(cur_).stmts.push_back(Statement{std::move(pl), rv, span});
  }
  // Drops of the temporaries made since local `from` (last made first).
  void dropTempsFrom(uint32_t from, Span span) {
    for (uint32_t l = uint32_t(body_.locals.size()); l-- > from;)
      if (!body_.locals[l].user) dropMarker(Place{l, {}}, span);
  }
  // Leaving scopes_ down to `depth` early (break, continue, return, `?`): each scope's statement temporaries
  // and what it owns, innermost first.
  void exitScopes(size_t depth, Span span) {
    for (size_t i = scopes_.size(); i-- > depth;) {
      dropTempsFrom(scopes_[i].stmtTemps, span);
      for (size_t k = scopes_[i].owned.size(); k-- > 0;) dropMarker(Place{scopes_[i].owned[k], {}}, span);
    }
  }

  Body buildClosure() {
    const FnInfo& f = p_.fns[fnId_.v];
    closure_ = uint32_t(f.closure);
    const ClosureInfo& c = p_.closures[closure_];
    const Expr& ce = p_.ast.expr(c.expr);
    const BodyInfo& bi = p_.bodies[c.parent.v];
    body_.fn = fnId_;
    body_.substs = substs_;
    runtime_ = f.runtime;
    checks_ = opts_.overflowChecks && !runtime_;
    body_.locals.push_back(Local{T(f.ret), Symbol{}, c.span, false});
    body_.argCount = uint32_t(f.params.size());
    for (size_t i = 0; i < f.params.size(); ++i) body_.locals.push_back(Local{T(f.params[i]), Symbol{}, c.span, false});
    localMap_.assign(bi.locals.size(), UINT32_MAX);
    captureOf_.assign(bi.locals.size(), -1);
    for (size_t i = 0; i < c.captures.size(); ++i) captureOf_[c.captures[i].local] = int32_t(i);
    for (uint32_t i = c.firstLocal; i < c.endLocal && i < bi.locals.size(); ++i) {
      localMap_[i] = uint32_t(body_.locals.size());
      body_.locals.push_back(Local{T(bi.locals[i].ty), bi.locals[i].name, bi.locals[i].span, true, bi.locals[i].mut,
                                   bi.locals[i].declaredUninit});
    }
    cur_ = newBlock();
    returnBlock_ = newBlock();
    block(returnBlock_).term.kind = TermKind::Return;
    for (uint32_t i = 0; i < ce.listLen; ++i) {
      uint32_t fail = newBlock();
      block(fail).term.kind = TermKind::Unreachable;
      matchPattern(p_.ast.patLists[ce.list + i], Place{2 + i, {}}, fail);
    }
    exprInto(Place{0, {}}, ce.a);
    gotoBlock(returnBlock_);
    return std::move(body_);
  }

  Body build() {
    const FnInfo& f = p_.fns[fnId_.v];
    if (f.closure >= 0) return buildClosure();
    if (f.runtime && f.path == "__drop_glue") return buildDropGlue();
    if (f.ctorAdt >= 0) {  // a constructor used as a function: the aggregate of its arguments
      body_.fn = fnId_;
      body_.substs = substs_;
      body_.locals.push_back(Local{T(f.ret), Symbol{}, f.span, false});
      body_.argCount = uint32_t(f.params.size());
      Rvalue rv;
      rv.kind = RvKind::Aggregate;
      rv.ty = T(f.ret);
      rv.variant = f.ctorVariant;
      for (size_t i = 0; i < f.params.size(); ++i) {
        body_.locals.push_back(Local{T(f.params[i]), Symbol{}, f.span, false});
        rv.ops.push_back(Operand::copy(Place{uint32_t(1 + i), {}}));
      }
      cur_ = newBlock();
      assign(Place{0, {}}, rv, f.span);
      block(cur_).term.kind = TermKind::Return;
      return std::move(body_);
    }
    if (!f.item.valid() || !p_.ast.item(f.item).body.valid()) {
      // A trait method with no impl for these types (a bound the checker could not see through): a body
      // that panics with an internal-error message, never a crash of the compiler.
      body_.fn = fnId_;
      body_.substs = substs_;
      body_.locals.push_back(Local{T(f.ret), Symbol{}, f.span, false});
      body_.argCount = uint32_t(f.params.size());
      for (TyId pt : f.params) body_.locals.push_back(Local{T(pt), Symbol{}, f.span, false});
      cur_ = newBlock();
      std::string what = f.path;
      for (size_t i = 0; i < substs_.size(); ++i) what += (i ? ", " : " for ") + p_.tyName(substs_[i]);
      std::vector<Operand> args{constStr("internal compiler error: no implementation of " + what)};
      for (Operand& o : location(f.span)) args.push_back(std::move(o));
      call(runtimeFn("__wr_panic_msg"), std::move(args), unitTemp(), f.span, true);
      return std::move(body_);
    }
    const Item& it = p_.ast.item(f.item);
    const BodyInfo& bi = p_.bodies[fnId_.v];
    body_.fn = fnId_;
    body_.substs = substs_;
    runtime_ = f.runtime;
    inTrackCaller_ = f.trackCaller;  // a track_caller fn passes its own caller's location on
    checks_ = opts_.overflowChecks && (!runtime_ || it.inheritOverflowChecks);
    body_.locals.push_back(Local{T(f.ret), Symbol{}, it.span, false});
    body_.argCount = uint32_t(f.params.size());
    for (size_t i = 0; i < f.params.size(); ++i) body_.locals.push_back(Local{T(f.params[i]), Symbol{}, it.span, false});
    // typeck locals follow; params that are plain bindings alias their argument local.
    localMap_.assign(bi.locals.size(), UINT32_MAX);
    for (size_t i = 0; i < bi.paramLocals.size() && i < f.params.size(); ++i) {
      uint32_t tl = bi.paramLocals[i];
      bool byValue = i >= bi.paramPats.size() || !bi.paramPats[i].valid() || p_.bindMode[bi.paramPats[i].v] == 0;
      if (tl != UINT32_MAX && byValue) {
        localMap_[tl] = uint32_t(1 + i);
        body_.locals[1 + i].name = bi.locals[tl].name;
        body_.locals[1 + i].user = true;
        body_.locals[1 + i].span = bi.locals[tl].span;
      }
    }
    for (size_t i = 0; i < bi.locals.size(); ++i) {
      if (localMap_[i] != UINT32_MAX) continue;
      localMap_[i] = uint32_t(body_.locals.size());
      body_.locals.push_back(Local{T(bi.locals[i].ty), bi.locals[i].name, bi.locals[i].span, true, bi.locals[i].mut,
                                   bi.locals[i].declaredUninit});
    }
    for (size_t i = 0; i < bi.paramLocals.size() && i < f.params.size(); ++i)  // params bound to their argument
      if (bi.paramLocals[i] != UINT32_MAX && localMap_[bi.paramLocals[i]] == 1 + i) body_.locals[1 + i].mut = bi.locals[bi.paramLocals[i]].mut;
    cur_ = newBlock();
    returnBlock_ = newBlock();
    block(returnBlock_).term.kind = TermKind::Return;
    // Bind parameter patterns that are not plain bindings.
    for (size_t i = 0; i < bi.paramPats.size() && i < f.params.size(); ++i) {
      PatId pp = bi.paramPats[i];
      if (!pp.valid()) continue;
      uint32_t tl = bi.paramLocals[i];
      if (tl != UINT32_MAX && localMap_[tl] == 1 + i) continue;
      uint32_t fail = newBlock();
      block(fail).term.kind = TermKind::Unreachable;
      matchPattern(pp, Place{uint32_t(1 + i), {}}, fail);
    }
    exprInto(Place{0, {}}, it.body);
    gotoBlock(returnBlock_);
    return std::move(body_);
  }

 private:
  Program& p_;
  Resolver& r_;
  TypeTable& t_;
  FnId fnId_;
  BuildOptions opts_;
  Body body_;
  std::vector<TyId> substs_;  // this instance's generic arguments: every type read from the Program goes through T()
  TyId T(TyId t) { return p_.normalize(t_.subst(t, substs_)); }
  // A generic function built without substitutions (for the ownership check, as rustc checks generic
  // bodies once): its type parameters are not Copy unless bounded so.
  bool genericCheck() const { return substs_.empty() && !p_.fns[fnId_.v].generics.empty(); }
  bool isCopy(TyId t) const { return p_.isCopy(t, genericCheck() ? &p_.fns[fnId_.v] : nullptr); }
  bool runtime_ = false;
  Place pendingFormatDest_;  // where format! puts its String
  bool inTrackCaller_ = false;
  bool checks_ = true;
  uint32_t cur_ = 0;
  uint32_t returnBlock_ = 0;
  std::vector<uint32_t> localMap_;
  std::vector<LoopScope> loops_;
  std::vector<DropScope> scopes_;
  std::vector<bool> borrowed_;  // locals a `Ref` was taken of (a `let`'s borrowed temporaries live to the block's end)
  std::set<uint32_t> extending_;  // expressions whose temporary a `let` extends (collectExtending)
  std::set<uint32_t> extended_;   // temporaries made for them
  std::set<uint32_t> promoted_;   // temporaries of constant expressions (`&1`): never out of scope
  bool mutIndex_ = false;         // building the place of an explicit `&mut v[i]`

  // ---------------- helpers ----------------
  BasicBlock& block(uint32_t b) { return body_.blocks[b]; }
  uint32_t newBlock() {
    body_.blocks.emplace_back();
    body_.blockLoop.push_back(loops_.empty() ? -1 : int32_t(loops_.back().id));
    return uint32_t(body_.blocks.size() - 1);
  }
  // Enters a loop's body; `head` is what rustc shows as the loop (`for x in v`, `while c`, `loop`).
  void pushLoop(LoopScope ls, Span head) {
    ls.id = uint32_t(body_.loopHeads.size());
    ls.scopeDepth = scopes_.size();
    body_.loopHeads.push_back(head);
    loops_.push_back(ls);
    body_.blockLoop[cur_] = int32_t(ls.id);  // the body's first block (made before the loop was entered)
  }
  // `move |a, b|` / `|x|` of a closure expression: from its start to the parameter list's closing bar.
  Span closureHead(const Expr& e) const {
    std::string_view text = p_.sm.text(e.span);
    size_t open = text.find('|');
    if (open == std::string_view::npos) return e.span;
    size_t close = text.compare(open, 2, "||") == 0 ? open + 1 : text.find('|', open + 1);
    if (close == std::string_view::npos) return e.span;
    return Span{e.span.file, e.span.lo, uint32_t(e.span.lo + close + 1)};
  }
  Span headTo(const Expr& e, ExprId until) const {
    return until.valid() ? Span{e.span.file, e.span.lo, p_.ast.expr(until).span.hi} : Span{e.span.file, e.span.lo, e.span.lo + 4};
  }
  uint32_t newTemp(TyId ty) {
    body_.locals.push_back(Local{ty, Symbol{}, Span{}, false});
    return uint32_t(body_.locals.size() - 1);
  }
  void assign(Place dest, Rvalue rv, Span span) {
    if (isZeroSized(placeType(p_, body_, dest).ty) && rv.kind == RvKind::Use) return;
    if (rv.kind == RvKind::Ref) {
      if (borrowed_.size() <= rv.place.local) borrowed_.resize(rv.place.local + 1, false);
      borrowed_[rv.place.local] = true;
    }
    block(cur_).stmts.push_back(Statement{std::move(dest), std::move(rv), span});
  }
  void assignUse(Place dest, Operand op, Span span) {
    Rvalue rv;
    rv.kind = RvKind::Use;
    rv.ops.push_back(std::move(op));
    assign(std::move(dest), std::move(rv), span);
  }
  void gotoBlock(uint32_t target) {
    Terminator& t = block(cur_).term;
    t.kind = TermKind::Goto;
    t.targets = {target};
  }
  // Ends the current block with a two-way branch on a bool operand.
  void branch(Operand cond, uint32_t ifTrue, uint32_t ifFalse, Span span) {
    Terminator& t = block(cur_).term;
    t.kind = TermKind::SwitchInt;
    t.discr = std::move(cond);
    t.values = {0};
    t.targets = {ifFalse, ifTrue};
    t.span = span;
  }
  void startUnreachable() { cur_ = newBlock(); }  // code after a diverging expression goes nowhere
  bool isZeroSized(TyId t) {
    TyKind k = t_.kind(t);
    if (k == TyKind::Never) return true;
    if (k == TyKind::Tuple) {
      for (TyId e : t_.get(t).elems) if (!isZeroSized(e)) return false;
      return true;
    }
    return false;
  }
  TyId exprTy(ExprId e) { return T(p_.exprTy[e.v]); }
  Operand constInt(TyId ty, uint64_t v) { return Operand::constant(ty, v); }
  Operand constBool(bool v) { return Operand::constant(t_.boolean(), v); }
  Operand constStr(const std::string& s) {
    Operand o;
    o.c.ty = t_.strRef();
    o.c.str = s;
    return o;
  }
  // A read of `pl` by value: a move unless its type is Copy (the ownership checker's view, see Operand).
  Operand moveOrCopy(Place pl, uint8_t why = 0, Span at = {}) {
    Operand o = Operand::copy(std::move(pl));
    o.move = !isCopy(placeType(p_, body_, o.place).ty);
    o.moveWhy = why;
    o.moveSpan = at;
    return o;
  }
  Operand constU32(uint64_t v) { return constInt(t_.integer(IntKind::U32), v); }
  uint32_t local(uint32_t typeckLocal) { return localMap_[typeckLocal]; }
  // The place of a check/ local: its MIR local, or inside a closure body a captured variable reached
  // through the environment (argument 1): `(*env).i` by value, `*(*env).i` by reference.
  Place localPlace(uint32_t typeckLocal) {
    if (typeckLocal < captureOf_.size() && captureOf_[typeckLocal] >= 0) {
      const ClosureInfo& c = p_.closures[closure_];
      uint32_t i = uint32_t(captureOf_[typeckLocal]);
      Place pl{1, {{ProjKind::Deref}, {ProjKind::Field, i}}};
      if (c.captures[i].mode != 0) pl.proj.push_back({ProjKind::Deref});
      return pl;
    }
    return Place{localMap_[typeckLocal], {}};
  }
  bool guardBindings_ = false;      // binding the pattern of a match arm that has a guard
  std::vector<Operand> guardMoves_;  // the moves those bindings make once the guard holds
  uint32_t closure_ = UINT32_MAX;   // building the body of this closure
  std::vector<int32_t> captureOf_;  // check/ local -> capture index (closure bodies)

  FnId runtimeFn(const char* name) {
    FnId f = r_.findFn(name);
    return f;
  }
  // Emits a call; `diverges` ends the block with no successor.
  void call(FnId fn, std::vector<Operand> args, Place dest, Span span, bool diverges = false, std::vector<TyId> calleeSubsts = {}) {
    if (fn.valid() && p_.fns[fn.v].traitId >= 0) {
      // a trait method named through a bound or a default body: pick the impl for the concrete Self
      auto [impl, args] = p_.resolveTraitCall(fn, calleeSubsts);
      if (impl == fn && !calleeSubsts.empty() && p_.fns[fn.v].path == "Default::default" && t_.kind(calleeSubsts[0]) == TyKind::Adt &&
          p_.adts[t_.get(calleeSubsts[0]).a].deriveDefault) {
        defaultInto(dest, calleeSubsts[0], span);  // #[derive(Default)]: each field's default
        return;
      }
      fn = impl;
      calleeSubsts = std::move(args);
    }
    if (fn.valid() && p_.fns[fn.v].trackCaller && !inTrackCaller_) {
      // #[track_caller]: record the call site for a panic inside the callee
      std::vector<Operand> loc = location(span);
      Terminator& lt = block(cur_).term;
      lt.kind = TermKind::Call;
      lt.callee = runtimeFn("__wr_set_caller");
      lt.args = std::move(loc);
      lt.dest = unitTemp();
      lt.span = span;
      uint32_t next = newBlock();
      block(cur_).term.targets = {next};
      cur_ = next;
    }
    Terminator& t = block(cur_).term;
    t.kind = TermKind::Call;
    t.callee = fn;
    t.calleeSubsts = std::move(calleeSubsts);
    t.args = std::move(args);
    t.dest = std::move(dest);
    t.span = span;
    if (diverges || !fn.valid() || t_.kind(p_.fns[fn.v].ret) == TyKind::Never) {
      startUnreachable();
      return;
    }
    uint32_t next = newBlock();
    block(cur_).term.targets = {next};
    cur_ = next;
  }
  Place unitTemp() { return Place{newTemp(t_.unit()), {}}; }
  // The derived `Default` of a struct: `Default::default()` of every field, in order.
  void defaultInto(Place dest, TyId ty, Span span) {
    const AdtInfo& a = p_.adts[t_.get(ty).a];
    Rvalue rv;
    rv.kind = RvKind::Aggregate;
    rv.ty = ty;
    FnId def;
    for (uint32_t i = 0; i < p_.traits.size() && !def.valid(); ++i)
      if (p_.str(p_.traits[i].name) == "Default" && p_.isRuntimeFile(p_.traits[i].span.file))
        def = p_.traits[i].methods.at(p_.interner.intern("default").v);
    if (!a.isEnum) {
      for (TyId ft : p_.variantFieldTys(ty, 0)) {
        uint32_t tmp = newTemp(ft);
        call(def, {}, Place{tmp, {}}, span, false, {ft});
        rv.ops.push_back(Operand::copy(Place{tmp, {}}));
      }
    }
    assign(dest, rv, span);
  }
  void callVoid(const char* name, std::vector<Operand> args, Span span) { call(runtimeFn(name), std::move(args), unitTemp(), span); }

  // Location of a span as (file, line, col) operands for panic calls.
  std::vector<Operand> location(Span s) {
    LineCol lc = p_.sm.lineCol(s.file, s.lo);
    return {constStr(p_.sm.file(s.file).name), constU32(lc.line), constU32(lc.col)};
  }
  // if !cond: panic(msg) at span
  void assertOr(Operand cond, const std::string& msg, Span span) {
    uint32_t ok = newBlock(), fail = newBlock();
    branch(std::move(cond), ok, fail, span);
    cur_ = fail;
    std::vector<Operand> args{constStr(msg)};
    if (inTrackCaller_) {  // in a #[track_caller] fn (std's operator impls): the caller's location
      uint32_t file = newTemp(t_.strRef()), line = newTemp(t_.integer(IntKind::U32)), col = newTemp(t_.integer(IntKind::U32));
      call(runtimeFn("__wr_caller_file"), {}, Place{file, {}}, span);
      call(runtimeFn("__wr_caller_line"), {}, Place{line, {}}, span);
      call(runtimeFn("__wr_caller_col"), {}, Place{col, {}}, span);
      args.push_back(Operand::copy(Place{file, {}}));
      args.push_back(Operand::copy(Place{line, {}}));
      args.push_back(Operand::copy(Place{col, {}}));
    } else {
      for (Operand& o : location(span)) args.push_back(std::move(o));
    }
    call(runtimeFn("__wr_panic_msg"), std::move(args), unitTemp(), span, true);
    cur_ = ok;
  }

  // if `kind(op, ops)` overflows: panic(msg) at span (MIR: flag = Overflows(..); ok = !flag; branch).
  void assertNoOverflow(uint8_t op, std::vector<Operand> ops, const std::string& msg, Span span) {
    Rvalue ov;
    ov.kind = RvKind::Overflows;
    ov.op = op;
    ov.ops = std::move(ops);
    uint32_t flag = newTemp(t_.boolean());
    assign(Place{flag, {}}, ov, span);
    Rvalue notv;
    notv.kind = RvKind::Unary;
    notv.op = uint8_t(UnOp::Not);
    notv.ops = {Operand::copy(Place{flag, {}})};
    uint32_t okFlag = newTemp(t_.boolean());
    assign(Place{okFlag, {}}, notv, span);
    assertOr(Operand::copy(Place{okFlag, {}}), msg, span);
  }

  // ---------------- places ----------------
  bool isPlaceExpr(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::Path: return p_.exprRes[eid.v].kind == ResKind::Local;
      case ExprKind::Index: return p_.exprField[eid.v] != 20;  // `s[2..]` is a slice value
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Deref: return true;
      case ExprKind::Paren: return isPlaceExpr(e.a);
      default: return false;
    }
  }
  // The place an expression denotes (evaluating it into a temporary if it is not a place expression).
  // The place an expression denotes (a temporary for a value), with the expression's span.
  Place exprPlace(ExprId eid) {
    Place pl = exprPlaceInner(eid);
    pl.span = p_.ast.expr(eid).span;
    return pl;
  }
  Place exprPlaceInner(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::Paren: return exprPlace(e.a);
      case ExprKind::Path:
        if (p_.exprRes[eid.v].kind == ResKind::Local) return localPlace(p_.exprRes[eid.v].a);
        break;
      case ExprKind::Field:
      case ExprKind::TupleField: {
        Place base = exprPlace(e.a);
        for (uint8_t i = 0; i < p_.exprAdj[eid.v].derefs; ++i) base.proj.push_back({ProjKind::Deref});
        base.proj.push_back({ProjKind::Field, p_.exprField[eid.v]});
        return base;
      }
      case ExprKind::Index: {
        if (p_.exprField[eid.v] == 20) {  // `s[2..]` as a receiver: the slice value in a temporary
          uint32_t t = newTemp(exprTy(eid));
          rangeSliceInto(Place{t, {}}, e, eid);
          return Place{t, {}};
        }
        Place base = exprPlace(e.a);
        for (uint8_t i = 0; i < p_.exprAdj[eid.v].derefs; ++i) base.proj.push_back({ProjKind::Deref});
        if (p_.exprRes[eid.v].kind == ResKind::Fn) {
          // `v[i]` on a Vec: *index(&mut v, i), the bounds panic reported at this expression
          bool mutIndex = mutIndex_;
          mutIndex_ = false;  // (not the index: `&mut v[w[0]]`)
          Operand idx = exprOperand(e.b);
          TyId recvTy = placeType(p_, body_, base).ty;
          uint32_t recv = newTemp(t_.ref(recvTy, true));
          Rvalue r;
          r.kind = RvKind::Ref;
          r.mut = true;
          // for indexing, read or write, the ownership checker counts it as a shared borrow (`v[i] = v[j]`
          // evaluates the place first); an explicit `&mut v[i]` is a mutable one
          r.op = mutIndex ? 0 : 2;
          r.place = base;
          assign(Place{recv, {}}, r, mutIndex ? p_.ast.expr(e.a).span : e.span);  // (rustc points at `v`)
          uint32_t result = newTemp(t_.ref(exprTy(eid), true));
          call(FnId{p_.exprRes[eid.v].a}, {Operand::copy(Place{recv, {}}), idx}, Place{result, {}}, e.nameSpan, false, instanceArgs(eid));
          return Place{result, {{ProjKind::Deref}}};
        }
        Operand idx = exprOperand(e.b);
        uint32_t idxLocal;
        if (idx.kind == Operand::Copy && idx.place.proj.empty() && !body_.locals[idx.place.local].user) {
          idxLocal = idx.place.local;
        } else {
          idxLocal = newTemp(t_.integer(IntKind::Usize));
          assignUse(Place{idxLocal, {}}, std::move(idx), e.span);
        }
        TyId arr = placeType(p_, body_, base).ty;
        uint64_t len = t_.kind(arr) == TyKind::Array ? t_.get(arr).len : 0;
        // bounds check: idx < len
        uint32_t cond = newTemp(t_.boolean());
        Rvalue lt;
        lt.kind = RvKind::Binary;
        lt.op = uint8_t(BinOp::Lt);
        lt.ops = {Operand::copy(Place{idxLocal, {}}), constInt(t_.integer(IntKind::Usize), len)};
        assign(Place{cond, {}}, lt, e.span);
        uint32_t ok = newBlock(), fail = newBlock();
        branch(Operand::copy(Place{cond, {}}), ok, fail, e.span);
        cur_ = fail;
        std::vector<Operand> args{constInt(t_.integer(IntKind::Usize), len), Operand::copy(Place{idxLocal, {}})};
        for (Operand& o : location(e.span)) args.push_back(std::move(o));
        call(runtimeFn("__wr_panic_bounds"), std::move(args), unitTemp(), e.span, true);
        cur_ = ok;
        base.proj.push_back({ProjKind::Index, idxLocal});
        return base;
      }
      case ExprKind::Deref: {
        Place base = exprPlace(e.a);
        base.proj.push_back({ProjKind::Deref});
        return base;
      }
      default: break;
    }
    uint32_t tmp = newTemp(exprTy(eid));
    body_.locals[tmp].span = p_.ast.expr(eid).span;  // a temporary value (E0716 points at it)
    if (extending_.count(eid.v)) extended_.insert(tmp);
    if (promotable(eid)) promoted_.insert(tmp);
    exprInto(Place{tmp, {}}, eid);
    return Place{tmp, {}};
  }
  // A constant expression whose `&` rustc promotes to a `'static` value (`&1`, `&Unit`, `&[1, 2]`): its
  // temporary never ends.
  bool promotable(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    switch (e.kind) {
      case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit: case ExprKind::StrLit: return true;
      case ExprKind::Paren: case ExprKind::Unary: return promotable(e.a);
      case ExprKind::Path: {
        Res r = p_.exprRes[eid.v];
        return r.kind == ResKind::Const || r.kind == ResKind::Fn || r.kind == ResKind::Struct || r.kind == ResKind::Variant;
      }
      case ExprKind::Tuple: case ExprKind::Array:
        for (uint32_t i = 0; i < e.listLen; ++i)
          if (!promotable(p_.ast.exprAt(e, i))) return false;
        return true;
      case ExprKind::StructLit:  // `&Mul { scale: 2 }` (of a type with nothing to drop)
        if (e.a.valid() || p_.needsDrop(exprTy(eid))) return false;
        for (uint32_t i = 0; i < e.listLen; ++i)
          if (!promotable(p_.ast.fieldInits[e.list + i].value)) return false;
        return true;
      case ExprKind::Call: {  // `&Some(6)`: a constructor of constants
        if (!e.a.valid() || p_.needsDrop(exprTy(eid))) return false;
        Res r = p_.exprRes[e.a.v];
        bool ctor = r.kind == ResKind::Variant || r.kind == ResKind::Struct || (r.kind == ResKind::Fn && p_.fns[r.a].ctorAdt >= 0);
        if (!ctor) return false;
        for (uint32_t i = 0; i < e.listLen; ++i)
          if (!promotable(p_.ast.exprAt(e, i))) return false;
        return true;
      }
      default: return false;
    }
  }
  // Temporary lifetime extension (rustc): in `let x = INIT;`, the operand of a `&` in INIT, and within it
  // the operands of nested `&`, the fields of struct/tuple/array literals and a block's tail, live to the
  // end of the enclosing block. Collected per `let` before its initializer is built.
  void collectExtending(ExprId eid, bool underRef) {
    if (!eid.valid()) return;
    const Expr& e = p_.ast.expr(eid);
    if (underRef) {
      extending_.insert(eid.v);
      // `&temp().field`: the temporary is the place's base
      ExprId base = eid;
      while (true) {
        const Expr& b = p_.ast.expr(base);
        if ((b.kind == ExprKind::Field || b.kind == ExprKind::TupleField || b.kind == ExprKind::Index) && b.a.valid()) base = b.a;
        else break;
        extending_.insert(base.v);
      }
    }
    switch (e.kind) {
      case ExprKind::Ref: collectExtending(e.a, true); break;
      case ExprKind::Paren: case ExprKind::Cast: collectExtending(e.a, underRef); break;
      case ExprKind::Block: if (e.a.valid()) collectExtending(e.a, underRef); break;
      case ExprKind::Tuple: case ExprKind::Array:
        for (uint32_t i = 0; i < e.listLen; ++i) collectExtending(p_.ast.exprAt(e, i), underRef);
        break;
      case ExprKind::StructLit:
        for (uint32_t i = 0; i < e.listLen; ++i) collectExtending(p_.ast.fieldInits[e.list + i].value, underRef);
        break;
      default: break;
    }
  }

  Operand exprOperand(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    TyId ty = exprTy(eid);
    if (p_.strCoerce[eid.v] == 1) {  // `&my_string` where `&str` is expected
      uint32_t tmp = newTemp(ty);
      exprIntoRaw(Place{tmp, {}}, eid);
      return asStr(Place{tmp, {}}, e.span);
    }
    if (p_.strCoerce[eid.v] >= 6 && p_.strCoerce[eid.v] <= 10) {  // unsizing to a slice
      uint8_t k = p_.strCoerce[eid.v];
      uint32_t tmp = newTemp(ty);
      exprIntoRaw(Place{tmp, {}}, eid);
      TyId src = ty;  // &Vec<T> / &[T; N] / &mut [T]
      uint32_t out = newTemp(t_.integer(IntKind::Usize));
      (void)out;
      if (k == 6 || k == 7) {
        TyId vecTy = TyId{t_.get(src).a};
        auto [fn, args] = vecMethod(vecTy, k == 6 ? "as_slice" : "as_mut_slice");
        TyId resTy = T(p_.fns[fn.v].ret);
        resTy = p_.normalize(t_.subst(p_.fns[fn.v].ret, args));
        uint32_t r = newTemp(resTy);
        call(fn, {Operand::copy(Place{tmp, {}})}, Place{r, {}}, e.span, false, args);
        return Operand::copy(Place{r, {}});
      }
      if (k == 8 || k == 9) {
        TyId arr = TyId{t_.get(src).a};
        TyId usize = t_.integer(IntKind::Usize);
        uint32_t addr = newTemp(usize);
        call(r_.findFn("__ref_addr"), {Operand::copy(Place{tmp, {}})}, Place{addr, {}}, e.span, false, {arr});
        FnId fn = r_.findFn(k == 8 ? "__array_as_slice" : "__array_as_mut_slice");
        TyId resTy = p_.normalize(t_.subst(p_.fns[fn.v].ret, {TyId{t_.get(arr).a}}));
        uint32_t r = newTemp(resTy);
        call(fn, {Operand::copy(Place{addr, {}}), constInt(usize, t_.get(arr).len)}, Place{r, {}}, e.span, false, {TyId{t_.get(arr).a}});
        return Operand::copy(Place{r, {}});
      }
      auto [fn, args] = vecMethod(src, "__shared");  // &mut [T] -> &[T]
      TyId resTy = p_.normalize(t_.subst(p_.fns[fn.v].ret, args));
      uint32_t r = newTemp(resTy);
      call(fn, {refTo(Place{tmp, {}}, false)}, Place{r, {}}, e.span, false, args);
      return Operand::copy(Place{r, {}});
    }
    if (p_.strCoerce[eid.v] == 11 || p_.strCoerce[eid.v] == 12) {  // `&T` / `Box<T>` to a trait object
      uint32_t tmp = newTemp(ty);
      exprIntoRaw(Place{tmp, {}}, eid);
      TyId dyn = p_.dynTarget.at(eid.v);
      bool isRef = p_.strCoerce[eid.v] == 11;
      TyId concrete = isRef ? TyId{t_.get(ty).a} : t_.get(ty).elems[0];
      TyId target = isRef ? t_.ref(dyn, t_.get(ty).sub) : t_.adt(t_.get(ty).a, {dyn});
      uint32_t r = newTemp(target);
      Rvalue rv;
      rv.kind = RvKind::ToDyn;
      rv.ty = concrete;
      rv.variant = t_.get(dyn).a;  // the trait
      rv.ops = {Operand::copy(Place{tmp, {}})};
      assign(Place{r, {}}, rv, e.span);
      return Operand::copy(Place{r, {}});
    }
    if (p_.strCoerce[eid.v] >= 3) {  // `&&T` where `&T` is expected: *x (one deref per extra level)
      uint32_t tmp = newTemp(ty);
      exprIntoRaw(Place{tmp, {}}, eid);
      Place pl{tmp, {}};
      for (uint8_t k = 0; k < p_.strCoerce[eid.v] - 2; ++k) pl.proj.push_back({ProjKind::Deref});
      return Operand::copy(pl);
    }
    if (p_.strCoerce[eid.v] == 2) {  // `&Box<T>` where `&T` is expected: &**x
      uint32_t tmp = newTemp(ty);
      exprIntoRaw(Place{tmp, {}}, eid);
      TyId boxTy = TyId{t_.get(ty).a};
      uint32_t r = newTemp(t_.ref(t_.get(boxTy).elems[0], t_.get(ty).sub));
      Rvalue rv;
      rv.kind = RvKind::Ref;
      rv.mut = t_.get(ty).sub;
      rv.place = Place{tmp, {{ProjKind::Deref}, {ProjKind::Deref}}};
      assign(Place{r, {}}, rv, e.span);
      return Operand::copy(Place{r, {}});
    }
    return exprOperandRaw(eid);
  }
  // The operand of an expression, without the deref coercion recorded on it.
  Operand exprOperandRaw(ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    TyId ty = exprTy(eid);
    switch (e.kind) {
      case ExprKind::IntLit:
        if (t_.kind(ty) == TyKind::Float) return floatConst(ty, double(e.intValue));
        return constInt(ty, e.intValue);
      case ExprKind::FloatLit: return floatConst(ty, strtod(e.text.c_str(), nullptr));
      case ExprKind::BoolLit: return constBool(e.intValue);
      case ExprKind::CharLit: return constInt(t_.chr(), e.intValue);
      case ExprKind::StrLit: return constStr(e.text);
      case ExprKind::Paren: return exprOperand(e.a);
      case ExprKind::Path: {
        Res r = p_.exprRes[eid.v];
        if (r.kind == ResKind::Local) {
          Operand o = Operand::copy(localPlace(r.a));
          o.place.span = e.span;
          o.move = !isCopy(ty);
          return o;
        }
        if (r.kind == ResKind::Fn) return Operand::constant(exprTy(eid), 0);  // a function item: zero-sized
        if (r.kind == ResKind::Const && p_.consts[r.a].value.kind != ConstValue::None) {
          const ConstInfo& c = p_.consts[r.a];
          return constOperand(c.value, c.ty);
        }
        break;
      }
      case ExprKind::Unary:
        if (UnOp(e.op) == UnOp::Neg && p_.ast.expr(e.a).kind == ExprKind::IntLit && t_.kind(ty) == TyKind::Int)
          return constInt(ty, wrapBits(-p_.ast.expr(e.a).intValue, ty));
        if (UnOp(e.op) == UnOp::Neg && (p_.ast.expr(e.a).kind == ExprKind::FloatLit || p_.ast.expr(e.a).kind == ExprKind::IntLit) && t_.kind(ty) == TyKind::Float) {
          Operand o = exprOperand(e.a);
          double d = bitsToDouble(o.c.bits, ty);
          return floatConst(ty, -d);
        }
        break;
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref: {
        Operand o = Operand::copy(exprPlace(eid));
        o.move = !isCopy(ty);
        return o;
      }
      default: break;
    }
    uint32_t tmp = newTemp(ty);
    exprInto(Place{tmp, {}}, eid);
    return Operand::copy(Place{tmp, {}});
  }
  uint64_t wrapBits(uint64_t v, TyId ty) {
    uint32_t bits = intBits(t_.intKind(ty));
    if (bits == 64) return v;
    uint64_t mask = (uint64_t(1) << bits) - 1;
    v &= mask;
    if (intSigned(t_.intKind(ty)) && ((v >> (bits - 1)) & 1)) v |= ~mask;
    return v;
  }
  double bitsToDouble(uint64_t bits, TyId ty) {
    if (t_.get(ty).sub == 32) {
      float f;
      uint32_t b = uint32_t(bits);
      std::memcpy(&f, &b, 4);
      return f;
    }
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  Operand floatConst(TyId ty, double d) {
    if (t_.kind(ty) == TyKind::Float && t_.get(ty).sub == 32) {
      float f = float(d);
      uint32_t b;
      std::memcpy(&b, &f, 4);
      return constInt(ty, b);
    }
    uint64_t b;
    std::memcpy(&b, &d, 8);
    return constInt(t_.kind(ty) == TyKind::Float ? ty : t_.f64(), b);
  }
  Operand constOperand(const ConstValue& v, TyId ty) {
    switch (v.kind) {
      case ConstValue::Int: return constInt(ty, wrapBits(v.bits, ty));
      case ConstValue::Float: {
        double d;
        std::memcpy(&d, &v.bits, 8);
        return floatConst(ty, d);
      }
      case ConstValue::Bool: return constBool(v.bits);
      case ConstValue::Char: return constInt(t_.chr(), v.bits);
      case ConstValue::Str: return constStr(v.str);
      case ConstValue::None: break;
    }
    return constInt(t_.integer(IntKind::I32), 0);
  }

  // ---------------- expressions into a destination ----------------
  void exprInto(Place dest, ExprId eid) {
    if (p_.strCoerce[eid.v]) {
      assignUse(dest, exprOperand(eid), p_.ast.expr(eid).span);
      return;
    }
    exprIntoRaw(dest, eid);
  }
  void exprIntoRaw(Place dest, ExprId eid) {
    const Expr& e = p_.ast.expr(eid);
    TyId ty = exprTy(eid);
    switch (e.kind) {
      case ExprKind::Error: return;
      case ExprKind::Closure: {  // the environment: each capture by value or as a reference
        const ClosureInfo& c = p_.closures[p_.exprField[eid.v]];
        Rvalue rv;
        rv.kind = RvKind::Aggregate;
        rv.ty = ty;
        for (const ClosureInfo::Capture& cap : c.captures) {
          Place pl = localPlace(cap.local);
          pl.span = cap.useSpan;
          // by value: moved into the closure (rustc points at `move |..|` and at the use inside); by
          // reference: a borrow made at the closure's `|..|`, due to the use inside (Ref op 3)
          if (cap.mode == 0) {
            rv.ops.push_back(moveOrCopy(pl, 3, closureHead(e)));
          } else {
            uint32_t r = newTemp(t_.ref(placeType(p_, body_, pl).ty, cap.mode == 2));
            Rvalue ref;
            ref.kind = RvKind::Ref;
            ref.mut = cap.mode == 2;
            ref.op = 3;
            ref.place = pl;
            assign(Place{r, {}}, ref, closureHead(e));
            rv.ops.push_back(Operand::copy(Place{r, {}}));
          }
        }
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
      case ExprKind::StrLit: case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref:
        assignUse(dest, exprOperandRaw(eid), e.span);
        return;
      case ExprKind::Paren: exprInto(dest, e.a); return;
      case ExprKind::Path: {
        Res r = p_.exprRes[eid.v];
        if (r.kind == ResKind::Struct || r.kind == ResKind::Variant) {
          Rvalue rv;
          rv.kind = RvKind::Aggregate;
          rv.ty = ty;
          rv.variant = r.kind == ResKind::Variant ? r.b : 0;
          assign(dest, rv, e.span);
          return;
        }
        if (r.kind == ResKind::Const && p_.consts[r.a].value.kind == ConstValue::None && p_.consts[r.a].item.valid()) {
          exprInto(dest, p_.ast.item(p_.consts[r.a].item).value);  // aggregate constant: a fresh copy
          return;
        }
        assignUse(dest, exprOperandRaw(eid), e.span);
        return;
      }
      case ExprKind::Unary: {
        const Expr& inner = p_.ast.expr(e.a);
        if (UnOp(e.op) == UnOp::Neg && (inner.kind == ExprKind::IntLit || inner.kind == ExprKind::FloatLit)) {
          assignUse(dest, exprOperandRaw(eid), e.span);
          return;
        }
        if (p_.exprRes[eid.v].kind == ResKind::Fn) {  // `-v` through Neg
          Operand v = exprOperand(e.a);
          call(FnId{p_.exprRes[eid.v].a}, {v}, dest, e.span, false, instanceArgs(eid));
          return;
        }
        Operand a = derefOperand(e.a, exprOperand(e.a));
        if (UnOp(e.op) == UnOp::Neg && t_.kind(ty) == TyKind::Int && checks_)
          assertNoOverflow(255, {a}, "attempt to negate with overflow", e.span);
        Rvalue rv;
        rv.kind = RvKind::Unary;
        rv.op = e.op;
        rv.ops = {a};
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::Binary: {
        BinOp op = BinOp(e.op);
        if (op == BinOp::And || op == BinOp::Or) {
          // a && b: if a { b } else { false }
          Operand a = exprOperand(e.a);
          uint32_t evalB = newBlock(), shortc = newBlock(), join = newBlock();
          if (op == BinOp::And) branch(a, evalB, shortc, e.span);
          else branch(a, shortc, evalB, e.span);
          cur_ = shortc;
          assignUse(dest, constBool(op == BinOp::Or), e.span);
          gotoBlock(join);
          cur_ = evalB;
          exprInto(dest, e.b);
          gotoBlock(join);
          cur_ = join;
          return;
        }
        if (p_.exprRes[eid.v].kind == ResKind::Fn) {  // an operator trait impl: `a + b` is `Add::add(a, b)`
          Operand a = exprOperand(e.a), b = exprOperand(e.b);
          call(FnId{p_.exprRes[eid.v].a}, {a, b}, dest, e.span, false, instanceArgs(eid));
          return;
        }
        if (isComparison(op) && stringy(exprTy(e.a)) && stringy(exprTy(e.b)) && (hasString(exprTy(e.a)) || hasString(exprTy(e.b)))) {
          Operand x = asStr(exprPlace(e.a), e.span), y = asStr(exprPlace(e.b), e.span);
          binaryInto(dest, op, x, y, t_.strRef(), e);
          return;
        }
        if (op == BinOp::Add && p_.isString(exprTy(e.a))) {  // String + &str: append to the left operand
          Place lhs = exprPlace(e.a);
          Operand rhs = asStr(exprPlace(e.b), e.span);
          call(stringMethod("push_str"), {refTo(lhs, true), rhs}, unitTemp(), e.span);
          assignUse(dest, Operand::copy(lhs), e.span);
          return;
        }
        Operand a = derefOperand(e.a, exprOperand(e.a));
        Operand b = derefOperand(e.b, exprOperand(e.b));
        if (isComparison(op) && genericCheck()) a.move = b.move = false;  // (`PartialOrd::ge(&a, &b)`: borrowed)
        TyId aTy = exprTy(e.a);
        for (uint8_t i = 0; i < p_.opDerefs[e.a.v]; ++i) aTy = TyId{t_.get(aTy).a};
        binaryInto(dest, op, std::move(a), std::move(b), aTy, e);
        return;
      }
      case ExprKind::Assign: {
        Place lhs = exprPlace(e.a);
        // Evaluate the right side first into a temp when it may read the left place.
        Operand rhs = exprOperand(e.b);
        dropMarker(lhs, e.span);  // the old value, once the new one is computed
        assignUse(lhs, std::move(rhs), e.span);
        return;
      }
      case ExprKind::AssignOp: {
        if (p_.exprRes[eid.v].kind == ResKind::Fn) {  // `a += b` is `AddAssign::add_assign(&mut a, b)`
          Operand b = exprOperand(e.b);
          call(FnId{p_.exprRes[eid.v].a}, {refTo(exprPlace(e.a), true), b}, unitTemp(), e.span, false, instanceArgs(eid));
          return;
        }
        if (BinOp(e.op) == BinOp::Add && p_.isString(exprTy(e.a))) {  // s += "x"
          Operand rhs = asStr(exprPlace(e.b), e.span);
          call(stringMethod("push_str"), {refTo(exprPlace(e.a), true), rhs}, unitTemp(), e.span);
          return;
        }
        Operand rhs = derefOperand(e.b, exprOperand(e.b));
        Place lhs = exprPlace(e.a);
        Operand cur = Operand::copy(lhs);
        cur.place.span = e.span;  // (the ownership checker: `*r += 1` uses `*r` as a whole expression)
        binaryInto(lhs, BinOp(e.op), std::move(cur), std::move(rhs), exprTy(e.a), e);
        return;
      }
      case ExprKind::Cast: {
        Operand a = exprOperand(e.a);
        TyId from = exprTy(e.a);
        if (t_.kind(from) == TyKind::Adt) {
          // C-like enum to integer: its discriminant.
          Place src = a.place;
          uint32_t d = newTemp(t_.integer(IntKind::Isize));
          Rvalue disc;
          disc.kind = RvKind::Discriminant;
          disc.place = src;
          assign(Place{d, {}}, disc, e.span);
          a = Operand::copy(Place{d, {}});
        }
        Rvalue rv;
        rv.kind = RvKind::Cast;
        rv.ty = ty;
        rv.ops = {a};
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::Ref: {
        if (p_.exprField[eid.v] == 20) return rangeSliceInto(dest, e);
        // `&mut v[i]`: the Vec is borrowed mutably for as long as the reference lives (E0499 for two)
        bool saved = mutIndex_;
        mutIndex_ = e.op && p_.ast.expr(e.a).kind == ExprKind::Index;
        Place pl = exprPlace(e.a);
        mutIndex_ = saved;
        Rvalue rv;
        rv.kind = RvKind::Ref;
        rv.mut = e.op;
        rv.place = pl;
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::Array: {
        Rvalue rv;
        rv.kind = RvKind::Aggregate;
        rv.ty = ty;
        for (uint32_t i = 0; i < e.listLen; ++i) rv.ops.push_back(exprOperand(p_.ast.exprAt(e, i)));
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::ArrayRepeat: {
        Rvalue rv;
        rv.kind = RvKind::Repeat;
        rv.ty = ty;
        rv.count = t_.kind(ty) == TyKind::Array ? t_.get(ty).len : 0;
        rv.ops = {exprOperand(e.a)};
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::StructLit: {
        Res r = p_.exprRes[eid.v];
        if (r.kind != ResKind::Struct && r.kind != ResKind::Variant) return;
        const VariantInfo& v = p_.adts[r.a].variants[r.kind == ResKind::Variant ? r.b : 0];
        std::vector<Operand> fields(v.fields.size());
        for (uint32_t i = 0; i < e.listLen; ++i) {
          const FieldInit& fi = p_.ast.fieldInits[e.list + i];
          fields[p_.fieldInitIndex[e.list + i]] = exprOperand(fi.value);
        }
        if (e.a.valid()) {  // `..base`: the other fields moved (or copied) out of base, after the given ones
          std::vector<bool> given(v.fields.size(), false);
          for (uint32_t i = 0; i < e.listLen; ++i) given[p_.fieldInitIndex[e.list + i]] = true;
          Place base = exprPlace(e.a);
          for (uint32_t j = 0; j < v.fields.size(); ++j)
            if (!given[j]) {
              Place fp = field(base, j);
              fp.span = p_.ast.expr(e.a).span;
              fields[j] = moveOrCopy(fp);
            }
        }
        Rvalue rv;
        rv.kind = RvKind::Aggregate;
        rv.ty = ty;
        rv.variant = r.kind == ResKind::Variant ? r.b : 0;
        rv.ops = std::move(fields);
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::Call: return callInto(dest, eid, e);
      case ExprKind::MethodCall: return methodCallInto(dest, eid, e);
      case ExprKind::Block: return blockInto(dest, eid);
      case ExprKind::If: return ifInto(dest, e);
      case ExprKind::Let: {
        // `let` as a bool outside `if`/`while` heads: test only.
        Place scrut = exprPlace(e.a);
        uint32_t fail = newBlock(), join = newBlock();
        matchPattern(e.pat, scrut, fail);
        assignUse(dest, constBool(true), e.span);
        gotoBlock(join);
        cur_ = fail;
        assignUse(dest, constBool(false), e.span);
        gotoBlock(join);
        cur_ = join;
        return;
      }
      case ExprKind::While: {
        uint32_t head = newBlock(), exit = newBlock();
        gotoBlock(head);
        cur_ = head;
        uint32_t bodyB = newBlock(), done = newBlock();
        // each iteration's condition temporaries (and `while let` bindings) end with the iteration
        size_t depth = scopes_.size();
        scopes_.push_back(DropScope{});
        scopes_.back().stmtTemps = uint32_t(body_.locals.size());
        const Expr& c = p_.ast.expr(e.a);
        if (c.kind == ExprKind::Let) ownBindings(c.pat);
        condBranch(e.a, bodyB, done);
        cur_ = bodyB;
        pushLoop(LoopScope{e.name, exit, head, Place{}, false}, headTo(e, e.a));
        loops_.back().scopeDepth = depth;
        Place u = unitTemp();
        exprInto(u, e.b);
        loops_.pop_back();
        exitScopes(depth, p_.ast.expr(e.b).span);
        gotoBlock(head);
        cur_ = done;
        exitScopes(depth, e.span);
        scopes_.pop_back();
        gotoBlock(exit);
        cur_ = exit;
        return;
      }
      case ExprKind::Loop: {
        uint32_t head = newBlock(), exit = newBlock();
        gotoBlock(head);
        cur_ = head;
        pushLoop(LoopScope{e.name, exit, head, dest, true}, headTo(e, ExprId{}));
        Place u = unitTemp();
        exprInto(u, e.a);
        loops_.pop_back();
        gotoBlock(head);
        cur_ = exit;
        return;
      }
      case ExprKind::For: return p_.exprField[eid.v] == 1 || p_.exprField[eid.v] == 2 ? forIter(e, eid) : forInto(e);
      case ExprKind::Match: return matchInto(dest, e);
      case ExprKind::Break: {
        LoopScope* ls = findLoop(e.name);
        if (!ls) return;
        if (e.a.valid()) {
          if (ls->hasResult) exprInto(ls->result, e.a);
          else exprInto(unitTemp(), e.a);
        }
        exitScopes(ls->scopeDepth, e.span);
        gotoBlock(ls->breakBlock);
        startUnreachable();
        return;
      }
      case ExprKind::Continue: {
        LoopScope* ls = findLoop(e.name);
        if (!ls) return;
        exitScopes(ls->scopeDepth, e.span);
        gotoBlock(ls->continueBlock);
        startUnreachable();
        return;
      }
      case ExprKind::Return: {
        if (e.a.valid()) exprInto(Place{0, {}}, e.a);
        exitScopes(0, e.span);
        gotoBlock(returnBlock_);
        startUnreachable();
        return;
      }
      case ExprKind::Range: {  // Range { start, end } / RangeInclusive { start, end, exhausted: false } / RangeFrom { start }
        Rvalue rv;
        rv.kind = RvKind::Aggregate;
        rv.ty = ty;
        if (e.a.valid()) rv.ops.push_back(exprOperand(e.a));
        if (e.b.valid()) rv.ops.push_back(exprOperand(e.b));
        if (e.op) rv.ops.push_back(constBool(false));
        assign(dest, rv, e.span);
        return;
      }
      case ExprKind::FormatMacro: {
        if (e.a.valid()) {
          // write!/writeln! into a String (fmt::Write): format into a new String, append it, Ok(())
          Place target = exprPlace(e.a);
          TyId tt = exprTy(e.a);
          while (t_.kind(tt) == TyKind::Ref) {
            target.proj.push_back({ProjKind::Deref});
            tt = TyId{t_.get(tt).a};
          }
          if (p_.isString(tt)) {
            const FormatMacro& fm = p_.ast.macros[e.index];
            std::vector<Operand> args = formatArgs(fm);
            uint32_t saved = newTemp(t_.integer(IntKind::Usize)), text = newTemp(tt);
            call(runtimeFn("__wr_format_begin"), {}, Place{saved, {}}, e.span);
            formatPieces(fm, args);
            if (p_.str(fm.macro) == "writeln") callVoid("__out_byte", {constInt(t_.integer(IntKind::U8), '\n')}, e.span);
            call(runtimeFn("__wr_format_end"), {Operand::copy(Place{saved, {}})}, Place{text, {}}, e.span);
            call(stringMethod("push_str"), {refTo(target, true), asStr(Place{text, {}}, e.span)}, unitTemp(), e.span);
            TyId rt = placeType(p_, body_, dest).ty;
            if (t_.kind(rt) == TyKind::Adt) {
              Rvalue ok;
              ok.kind = RvKind::Aggregate;
              ok.ty = rt;
              ok.variant = uint32_t(p_.adts[t_.get(rt).a].variantIndex(p_.interner.intern("Ok")));
              ok.ops = {Operand::constant(t_.unit(), 0)};
              assign(dest, ok, e.span);
            }
            return;
          }
        }
        pendingFormatDest_ = dest;  // write! to a Formatter: the output in progress
        return formatMacro(p_.ast.macros[e.index], e.span);
      }
      case ExprKind::VecMacro: return vecMacro(dest, e, ty);
      case ExprKind::Try: return tryInto(dest, e, eid);
      case ExprKind::AssertMacro: return assertMacro(p_.ast.asserts[e.index], e.span);
    }
  }

  LoopScope* findLoop(Symbol label) {
    if (loops_.empty()) return nullptr;
    if (label.empty()) return &loops_.back();
    for (size_t i = loops_.size(); i-- > 0;)
      if (loops_[i].label == label) return &loops_[i];
    return nullptr;
  }

  // Branches on a condition expression (which may be `let PAT = EXPR`).
  void condBranch(ExprId cond, uint32_t ifTrue, uint32_t ifFalse) {
    const Expr& c = p_.ast.expr(cond);
    if (c.kind == ExprKind::Let) {
      Place scrut = exprPlace(c.a);
      matchPattern(c.pat, scrut, ifFalse);
      gotoBlock(ifTrue);
      return;
    }
    Operand o = exprOperand(cond);
    branch(std::move(o), ifTrue, ifFalse, c.span);
  }

  void binaryInto(Place dest, BinOp op, Operand a, Operand b, TyId ty, const Expr& e) {
    bool isInt = t_.kind(ty) == TyKind::Int;
    if (isInt && !isComparison(op)) {
      Span at = e.span;
      if ((op == BinOp::Div || op == BinOp::Rem)) {
        // b != 0
        uint32_t nz = newTemp(t_.boolean());
        Rvalue ne;
        ne.kind = RvKind::Binary;
        ne.op = uint8_t(BinOp::Ne);
        ne.ops = {b, constInt(operandType(p_, body_, b), 0)};
        assign(Place{nz, {}}, ne, at);
        assertOr(Operand::copy(Place{nz, {}}), op == BinOp::Div ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero", at);
        if (intSigned(t_.intKind(ty)))  // MIN / -1
          assertNoOverflow(uint8_t(op), {a, b}, op == BinOp::Div ? "attempt to divide with overflow" : "attempt to calculate the remainder with overflow", at);
      } else if (checks_ && (op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul || op == BinOp::Shl || op == BinOp::Shr)) {
        static const char* msgs[] = {"attempt to add with overflow", "attempt to subtract with overflow", "attempt to multiply with overflow"};
        std::string msg = op == BinOp::Shl ? "attempt to shift left with overflow" : op == BinOp::Shr ? "attempt to shift right with overflow" : msgs[size_t(op)];
        assertNoOverflow(uint8_t(op), {a, b}, msg, at);
      }
    }
    if (op == BinOp::Rem && t_.kind(ty) == TyKind::Float) {
      // `%` on floats is the exact remainder (fmod), a runtime function (wasm has no instruction for it)
      call(runtimeFn(t_.get(ty).sub == 32 ? "__wr_fmodf" : "__wr_fmod"), {std::move(a), std::move(b)}, dest, e.span);
      return;
    }
    if (isComparison(op) && t_.kind(ty) == TyKind::Ref) {
      // &str comparisons (and refs to scalars): compare the pointees.
      TyId inner = TyId{t_.get(ty).a};
      if (t_.kind(inner) == TyKind::Str) {
        bool eq = op == BinOp::Eq || op == BinOp::Ne;
        uint32_t r = newTemp(eq ? t_.boolean() : t_.integer(IntKind::I32));
        call(runtimeFn(eq ? "__wr_str_eq" : "__wr_str_cmp"), {a, b}, Place{r, {}}, e.span);
        Rvalue rv;
        if (eq) {
          if (op == BinOp::Eq) { rv.kind = RvKind::Use; rv.ops = {Operand::copy(Place{r, {}})}; }
          else { rv.kind = RvKind::Unary; rv.op = uint8_t(UnOp::Not); rv.ops = {Operand::copy(Place{r, {}})}; }
        } else {
          rv.kind = RvKind::Binary;
          rv.op = uint8_t(op);
          rv.ops = {Operand::copy(Place{r, {}}), constInt(t_.integer(IntKind::I32), 0)};
        }
        assign(dest, rv, e.span);
        return;
      }
      // compare through references
      Place pa = operandPlace(a), pb = operandPlace(b);
      int depth = 0;
      TyId cur = ty;
      while (t_.kind(cur) == TyKind::Ref && !p_.isStrRef(cur)) {  // `&&str`: stop at the `&str`
        pa.proj.push_back({ProjKind::Deref});
        pb.proj.push_back({ProjKind::Deref});
        cur = TyId{t_.get(cur).a};
        ++depth;
      }
      binaryInto(dest, op, Operand::copy(pa), Operand::copy(pb), cur, e);
      return;
    }
    if (isComparison(op) && p_.isString(ty)) {  // a String field or generic `T = String`: compare the text
      Operand x = asStr(operandPlace(a), e.span), y = asStr(operandPlace(b), e.span);
      binaryInto(dest, op, x, y, t_.strRef(), e);
      return;
    }
    if (isComparison(op) && (p_.isSeq(ty) || ((op == BinOp::Eq || op == BinOp::Ne) && p_.hasRuntimeMethod(ty, "__eq")))) {
      // Vec / slices / maps: the runtime's __eq / __partial_cmp
      bool eqOp = op == BinOp::Eq || op == BinOp::Ne;
      auto [fn, args] = vecMethod(ty, eqOp ? "__eq" : "__partial_cmp");
      uint32_t r = newTemp(eqOp ? t_.boolean() : t_.integer(IntKind::I32));
      call(fn, {refTo(operandPlace(a), false), refTo(operandPlace(b), false)}, Place{r, {}}, e.span, false, args);
      Rvalue rv;
      if (eqOp) {
        rv.kind = op == BinOp::Eq ? RvKind::Use : RvKind::Unary;
        rv.op = uint8_t(UnOp::Not);
        rv.ops = {Operand::copy(Place{r, {}})};
        assign(dest, rv, e.span);
        return;
      }
      // -1/0/1 against 0; 2 (unordered) must make every comparison false
      uint32_t ordered = binaryTemp(BinOp::Ne, Operand::copy(Place{r, {}}), constInt(t_.integer(IntKind::I32), 2), t_.boolean(), e.span);
      uint32_t res = binaryTemp(op, Operand::copy(Place{r, {}}), constInt(t_.integer(IntKind::I32), 0), t_.boolean(), e.span);
      uint32_t both = binaryTemp(BinOp::BitAnd, Operand::copy(Place{ordered, {}}), Operand::copy(Place{res, {}}), t_.boolean(), e.span);
      assignUse(dest, Operand::copy(Place{both, {}}), e.span);
      return;
    }
    if (isComparison(op) && t_.kind(ty) == TyKind::Adt && userCompare(dest, op, a, b, ty, e)) return;  // user impls
    if (isComparison(op) && op != BinOp::Eq && op != BinOp::Ne && t_.kind(ty) == TyKind::Adt) {
      adtCompare(dest, op, operandPlace(a), operandPlace(b), ty, e);  // #[derive(PartialOrd)]
      return;
    }
    if ((op == BinOp::Eq || op == BinOp::Ne) && t_.kind(ty) == TyKind::Adt) {
      // #[derive(PartialEq)]: same variant and equal fields
      uint32_t eq = newTemp(t_.boolean());
      adtEq(eq, operandPlace(a), operandPlace(b), ty, e);
      Rvalue rv;
      rv.kind = op == BinOp::Eq ? RvKind::Use : RvKind::Unary;
      rv.op = uint8_t(UnOp::Not);
      rv.ops = {Operand::copy(Place{eq, {}})};
      assign(dest, rv, e.span);
      return;
    }
    if (isComparison(op) && (t_.kind(ty) == TyKind::Tuple || t_.kind(ty) == TyKind::Array) && !isZeroSized(ty)) {
      aggregateCompare(dest, op, operandPlace(a), operandPlace(b), ty, e);
      return;
    }
    if (isComparison(op) && isZeroSized(ty)) {
      assignUse(dest, constBool(op == BinOp::Eq || op == BinOp::Le || op == BinOp::Ge), e.span);
      return;
    }
    Rvalue rv;
    rv.kind = RvKind::Binary;
    rv.op = uint8_t(op);
    rv.ops = {std::move(a), std::move(b)};
    assign(std::move(dest), rv, e.span);
  }
  bool stringy(TyId t) {
    while (t_.kind(t) == TyKind::Ref) t = TyId{t_.get(t).a};
    return t_.kind(t) == TyKind::Str || p_.isString(t);
  }
  bool hasString(TyId t) {
    while (t_.kind(t) == TyKind::Ref) t = TyId{t_.get(t).a};
    return p_.isString(t);
  }
  Operand derefOperand(ExprId e, Operand o) {
    uint8_t n = p_.opDerefs[e.v];
    if (n == 0) return o;
    Place pl = operandPlace(std::move(o));
    for (uint8_t i = 0; i < n; ++i) pl.proj.push_back({ProjKind::Deref});
    return Operand::copy(pl);
  }
  Place operandPlace(Operand o) {
    if (o.kind == Operand::Copy) return o.place;
    uint32_t t = newTemp(o.c.ty);
    assignUse(Place{t, {}}, o, Span{});
    return Place{t, {}};
  }
  // A temp holding the discriminant (isize) of the enum value at `pl`.
  uint32_t discriminantOf(const Place& pl, Span span) {
    uint32_t d = newTemp(t_.integer(IntKind::Isize));
    Rvalue r;
    r.kind = RvKind::Discriminant;
    r.place = pl;
    assign(Place{d, {}}, r, span);
    return d;
  }
  // A temp holding `x op y` (no overflow checks: comparisons and bit operations).
  uint32_t binaryTemp(BinOp op, Operand x, Operand y, TyId resultTy, Span span) {
    uint32_t t = newTemp(resultTy);
    Rvalue rv;
    rv.kind = RvKind::Binary;
    rv.op = uint8_t(op);
    rv.ops = {std::move(x), std::move(y)};
    assign(Place{t, {}}, rv, span);
    return t;
  }
  // Ends the current block with a switch on the discriminant temp `d`: one new block per variant
  // (returned in variant order), `otherwise` for any other value.
  std::vector<uint32_t> switchOnVariant(uint32_t d, const AdtInfo& adt, uint32_t otherwise) {
    std::vector<uint32_t> blocks;
    uint32_t sw = cur_;
    block(sw).term.kind = TermKind::SwitchInt;
    block(sw).term.discr = Operand::copy(Place{d, {}});
    for (size_t v = 0; v < adt.variants.size(); ++v) {
      blocks.push_back(newBlock());
      block(sw).term.values.push_back(uint64_t(adt.variants[v].discr));
      block(sw).term.targets.push_back(blocks.back());
    }
    block(sw).term.targets.push_back(otherwise);
    return blocks;
  }

  // Derived equality of two ADT values: discriminants, then the fields of the variant.
  void adtEq(uint32_t result, Place a, Place b, TyId ty, const Expr& e) {
    const AdtInfo& adt = p_.adts[t_.get(ty).a];
    uint32_t join = newBlock(), differ = newBlock();
    std::vector<uint32_t> variantBlocks;
    if (adt.isEnum) {
      uint32_t da = discriminantOf(a, e.span), db = discriminantOf(b, e.span);
      uint32_t same = binaryTemp(BinOp::Eq, Operand::copy(Place{da, {}}), Operand::copy(Place{db, {}}), t_.boolean(), e.span);
      uint32_t sameB = newBlock();
      branch(Operand::copy(Place{same, {}}), sameB, differ, e.span);
      cur_ = sameB;
      variantBlocks = switchOnVariant(da, adt, differ);
    } else {
      variantBlocks.push_back(newBlock());
      gotoBlock(variantBlocks[0]);
    }
    for (size_t v = 0; v < variantBlocks.size(); ++v) {
      cur_ = variantBlocks[v];
      std::vector<TyId> ftys = p_.variantFieldTys(ty, uint32_t(v));
      int32_t down = adt.isEnum ? int32_t(v) : -1;
      for (size_t f = 0; f < ftys.size(); ++f) {
        uint32_t feq = newTemp(t_.boolean());
        binaryInto(Place{feq, {}}, BinOp::Eq, Operand::copy(field(a, uint32_t(f), down)), Operand::copy(field(b, uint32_t(f), down)), ftys[f], e);
        uint32_t next = newBlock();
        branch(Operand::copy(Place{feq, {}}), next, differ, e.span);
        cur_ = next;
      }
      assignUse(Place{result, {}}, constBool(true), e.span);
      gotoBlock(join);
    }
    cur_ = differ;
    assignUse(Place{result, {}}, constBool(false), e.span);
    gotoBlock(join);
    cur_ = join;
  }

  // #[derive(PartialOrd)]: enums by discriminant first, then (like structs) the fields in order.
  void adtCompare(Place dest, BinOp op, Place a, Place b, TyId ty, const Expr& e) {
    {
      const AdtInfo& ra = p_.adts[t_.get(ty).a];
      if (p_.isRuntimeFile(ra.span.file) && p_.str(ra.name) == "Reverse") std::swap(a, b);  // std::cmp::Reverse
    }
    const AdtInfo& adt = p_.adts[t_.get(ty).a];
    BinOp strict = (op == BinOp::Lt || op == BinOp::Le) ? BinOp::Lt : BinOp::Gt;
    uint32_t join = newBlock();
    std::vector<uint32_t> variantBlocks;
    if (adt.isEnum) {
      uint32_t da = discriminantOf(a, e.span), db = discriminantOf(b, e.span);
      uint32_t same = binaryTemp(BinOp::Eq, Operand::copy(Place{da, {}}), Operand::copy(Place{db, {}}), t_.boolean(), e.span);
      uint32_t sameB = newBlock(), differ = newBlock();
      branch(Operand::copy(Place{same, {}}), sameB, differ, e.span);
      cur_ = differ;
      uint32_t ord = binaryTemp(strict, Operand::copy(Place{da, {}}), Operand::copy(Place{db, {}}), t_.boolean(), e.span);
      assignUse(dest, Operand::copy(Place{ord, {}}), e.span);
      gotoBlock(join);
      cur_ = sameB;
      uint32_t none = newBlock();  // the switch's default (not reached: the discriminants are valid)
      variantBlocks = switchOnVariant(da, adt, none);
      cur_ = none;
      assignUse(dest, constBool(false), e.span);
      gotoBlock(join);
    } else {
      variantBlocks.push_back(newBlock());
      gotoBlock(variantBlocks[0]);
    }
    for (size_t v = 0; v < variantBlocks.size(); ++v) {
      cur_ = variantBlocks[v];
      std::vector<TyId> ftys = p_.variantFieldTys(ty, uint32_t(v));
      int32_t down = adt.isEnum ? int32_t(v) : -1;
      for (size_t f = 0; f < ftys.size(); ++f) {
        Place fa = field(a, uint32_t(f), down), fb = field(b, uint32_t(f), down);
        uint32_t eqf = newTemp(t_.boolean());
        binaryInto(Place{eqf, {}}, BinOp::Eq, Operand::copy(fa), Operand::copy(fb), ftys[f], e);
        uint32_t next = newBlock(), differ = newBlock();
        branch(Operand::copy(Place{eqf, {}}), next, differ, e.span);
        cur_ = differ;
        binaryInto(dest, strict, Operand::copy(fa), Operand::copy(fb), ftys[f], e);
        gotoBlock(join);
        cur_ = next;
      }
      assignUse(dest, constBool(op == BinOp::Le || op == BinOp::Ge), e.span);
      gotoBlock(join);
    }
    cur_ = join;
  }

  // Does cloning `t` need more than a bytewise copy (a String, Vec or Box inside)?
  bool needsDeepClone(TyId t, int depth = 0) {
    if (depth > 32) return false;
    switch (t_.kind(t)) {
      case TyKind::Tuple:
        for (TyId x : t_.get(t).elems) if (needsDeepClone(x, depth + 1)) return true;
        return false;
      case TyKind::Array: return needsDeepClone(TyId{t_.get(t).a}, depth + 1);
      case TyKind::Adt: {
        if (p_.isString(t) || p_.isBox(t) || p_.isVec(t) || p_.hasDeepClone(t)) return true;
        const AdtInfo& a = p_.adts[t_.get(t).a];
        for (uint32_t v = 0; v < a.variants.size(); ++v)
          for (TyId x : p_.variantFieldTys(t, v)) if (needsDeepClone(x, depth + 1)) return true;
        return false;
      }
      default: return false;
    }
  }
  // `.clone()` of derived/builtin Clone: a bytewise copy, then every String/Vec/Box inside is replaced by
  // its clone (String::clone, Vec/Box::__deep_clone in the runtime).
  void cloneInto(Place dest, Place src, TyId ty, Span span) {
    if (genericCheck() && !isCopy(ty)) {  // `Clone::clone(&x)` of a type parameter: a borrow of x
      Operand r = refTo(src, false);
      assignUse(dest, Operand::copy(Place{r.place.local, {{ProjKind::Deref}}}), span);
      return;
    }
    if (!needsDeepClone(ty)) {
      assignUse(dest, Operand::copy(src), span);
      return;
    }
    if (p_.isString(ty)) {
      call(stringMethod("clone"), {refTo(src, false)}, dest, span);
      return;
    }
    if (p_.isBox(ty) || p_.isVec(ty) || p_.hasDeepClone(ty)) {
      auto [fn, args] = vecMethod(ty, "__deep_clone");
      call(fn, {refTo(src, false)}, dest, span, false, args);
      return;
    }
    Operand bits = Operand::copy(src);
    bits.shallow = true;  // (src keeps its owned parts: they are cloned into dest below)
    assignUse(dest, bits, span);
    if (t_.kind(ty) == TyKind::Tuple || t_.kind(ty) == TyKind::Array) {
      bool tuple = t_.kind(ty) == TyKind::Tuple;
      size_t n = tuple ? t_.get(ty).elems.size() : size_t(t_.get(ty).len);
      for (size_t i = 0; i < n; ++i) {
        TyId et = tuple ? t_.get(ty).elems[i] : TyId{t_.get(ty).a};
        if (!needsDeepClone(et)) continue;
        Place d = dest, s = src;
        ProjKind pk = tuple ? ProjKind::Field : ProjKind::ConstIndex;
        d.proj.push_back({pk, uint32_t(i)});
        s.proj.push_back({pk, uint32_t(i)});
        cloneInto(d, s, et, span);
      }
      return;
    }
    const AdtInfo& adt = p_.adts[t_.get(ty).a];
    auto cloneFields = [&](uint32_t v, int32_t down) {
      std::vector<TyId> ftys = p_.variantFieldTys(ty, v);
      for (size_t f = 0; f < ftys.size(); ++f)
        if (needsDeepClone(ftys[f])) cloneInto(field(dest, uint32_t(f), down), field(src, uint32_t(f), down), ftys[f], span);
    };
    if (!adt.isEnum) {
      cloneFields(0, -1);
      return;
    }
    uint32_t d = discriminantOf(src, span);
    uint32_t join = newBlock();
    std::vector<uint32_t> blocks = switchOnVariant(d, adt, join);
    for (size_t v = 0; v < blocks.size(); ++v) {
      cur_ = blocks[v];
      cloneFields(uint32_t(v), int32_t(v));
      gotoBlock(join);
    }
    cur_ = join;
  }

  // `a == b` / `a < b` on a type with a user `impl PartialEq` / `impl PartialOrd` (or `Ord`): its eq /
  // partial_cmp / cmp decides (Less/Equal/Greater have discriminants -1/0/1). False if there is no impl.
  FnId preludeTraitMethod(const char* trait, const char* method) {
    for (uint32_t i = 0; i < p_.traits.size(); ++i)
      if (p_.str(p_.traits[i].name) == trait && p_.isRuntimeFile(p_.traits[i].span.file))
        return p_.traits[i].methods.at(p_.interner.intern(method).v);
    return FnId{};
  }
  bool userCompare(Place dest, BinOp op, Operand a, Operand b, TyId ty, const Expr& e) {
    bool eqOp = op == BinOp::Eq || op == BinOp::Ne;
    Place pa = operandPlace(a), pb = operandPlace(b);
    if (eqOp) {
      if (!p_.hasUserCmpImpl(ty, "PartialEq")) return false;
      uint32_t r = newTemp(t_.boolean());
      call(preludeTraitMethod("PartialEq", "eq"), {refTo(pa, false), refTo(pb, false)}, Place{r, {}}, e.span, false, {ty});
      Rvalue rv;
      rv.kind = op == BinOp::Eq ? RvKind::Use : RvKind::Unary;
      rv.op = uint8_t(UnOp::Not);
      rv.ops = {Operand::copy(Place{r, {}})};
      assign(dest, rv, e.span);
      return true;
    }
    bool partial = p_.hasUserCmpImpl(ty, "PartialOrd");
    if (!partial && !p_.hasUserCmpImpl(ty, "Ord")) return false;
    FnId m = partial ? preludeTraitMethod("PartialOrd", "partial_cmp") : preludeTraitMethod("Ord", "cmp");
    TyId retTy = p_.normalize(t_.subst(p_.fns[m.v].ret, {ty}));
    uint32_t r = newTemp(retTy);
    call(m, {refTo(pa, false), refTo(pb, false)}, Place{r, {}}, e.span, false, {ty});
    Place ord{r, {}};
    uint32_t join = newBlock();
    if (partial) {  // None (unordered): every comparison is false
      const AdtInfo& oa = p_.adts[t_.get(retTy).a];
      int someIdx = oa.variantIndex(p_.interner.intern("Some"));
      uint32_t d = discriminantOf(ord, e.span);
      uint32_t isSome = newBlock(), isNone = newBlock();
      Terminator& t = block(cur_).term;
      t.kind = TermKind::SwitchInt;
      t.discr = Operand::copy(Place{d, {}});
      t.values = {uint64_t(oa.variants[size_t(someIdx)].discr)};
      t.targets = {isSome, isNone};
      t.span = e.span;
      cur_ = isNone;
      assignUse(dest, constBool(false), e.span);
      gotoBlock(join);
      cur_ = isSome;
      ord.proj.push_back({ProjKind::Downcast, uint32_t(someIdx)});
      ord.proj.push_back({ProjKind::Field, 0});
    }
    uint32_t od = discriminantOf(ord, e.span);  // -1, 0, 1
    TyId isz = t_.integer(IntKind::Isize);
    Rvalue cmp;
    cmp.kind = RvKind::Binary;
    int64_t k = op == BinOp::Lt || op == BinOp::Ge ? -1 : 1;
    cmp.op = uint8_t(op == BinOp::Lt || op == BinOp::Gt ? BinOp::Eq : BinOp::Ne);
    cmp.ops = {Operand::copy(Place{od, {}}), constInt(isz, uint64_t(k))};
    assign(dest, cmp, e.span);
    gotoBlock(join);
    cur_ = join;
    return true;
  }

  // Hash (FNV-style, fixed seed, deterministic) of the value at `src` into the u64 local `acc`: scalars
  // by value, strings by their bytes (runtime), tuples/arrays/structs field by field, enums by
  // discriminant then fields, Vec through its runtime __hash.
  void hashMix(uint32_t acc, Operand v, Span span) {
    TyId u64 = t_.integer(IntKind::U64);
    Rvalue x;
    x.kind = RvKind::Binary;
    x.op = uint8_t(BinOp::BitXor);
    x.ops = {Operand::copy(Place{acc, {}}), std::move(v)};
    assign(Place{acc, {}}, x, span);
    Rvalue m;
    m.kind = RvKind::Binary;
    m.op = uint8_t(BinOp::Mul);
    m.ops = {Operand::copy(Place{acc, {}}), constInt(u64, 0x100000001b3ull)};
    assign(Place{acc, {}}, m, span);
  }
  void hashInto(uint32_t acc, Place src, TyId ty, Span span, int depth = 0) {
    TyId u64 = t_.integer(IntKind::U64);
    const TyData d = t_.get(ty);
    if (depth > 64) return;
    switch (d.kind) {
      case TyKind::Int: case TyKind::Char: case TyKind::Bool: {
        uint32_t v = newTemp(u64);
        assign(Place{v, {}}, castRv(Operand::copy(src), u64), span);
        hashMix(acc, Operand::copy(Place{v, {}}), span);
        return;
      }
      case TyKind::Ref: {
        if (t_.kind(TyId{d.a}) == TyKind::Str) {
          uint32_t v = newTemp(u64);
          call(runtimeFn("__wr_hash_str"), {Operand::copy(src)}, Place{v, {}}, span);
          hashMix(acc, Operand::copy(Place{v, {}}), span);
          return;
        }
        Place inner = src;
        inner.proj.push_back({ProjKind::Deref});
        hashInto(acc, inner, TyId{d.a}, span, depth + 1);
        return;
      }
      case TyKind::Tuple:
        for (size_t i = 0; i < d.elems.size(); ++i) {
          Place f = src;
          f.proj.push_back({ProjKind::Field, uint32_t(i)});
          hashInto(acc, f, d.elems[i], span, depth + 1);
        }
        return;
      case TyKind::Array:
        for (uint64_t i = 0; i < d.len; ++i) {
          Place f = src;
          f.proj.push_back({ProjKind::ConstIndex, uint32_t(i)});
          hashInto(acc, f, TyId{d.a}, span, depth + 1);
        }
        return;
      case TyKind::Adt: {
        if (p_.isString(ty)) {
          uint32_t v = newTemp(u64);
          call(runtimeFn("__wr_hash_str"), {asStr(src, span)}, Place{v, {}}, span);
          hashMix(acc, Operand::copy(Place{v, {}}), span);
          return;
        }
        if (p_.isBox(ty)) {
          Place inner = src;
          inner.proj.push_back({ProjKind::Deref});
          hashInto(acc, inner, d.elems[0], span, depth + 1);
          return;
        }
        if (p_.isSeq(ty)) {
          auto [fn, args] = vecMethod(ty, "__hash");
          uint32_t v = newTemp(u64);
          call(fn, {refTo(src, false)}, Place{v, {}}, span, false, args);
          hashMix(acc, Operand::copy(Place{v, {}}), span);
          return;
        }
        const AdtInfo& adt = p_.adts[d.a];
        auto fields = [&](uint32_t v, int32_t down) {
          std::vector<TyId> ftys = p_.variantFieldTys(ty, v);
          for (size_t f = 0; f < ftys.size(); ++f) hashInto(acc, field(src, uint32_t(f), down), ftys[f], span, depth + 1);
        };
        if (!adt.isEnum) {
          fields(0, -1);
          return;
        }
        uint32_t disc = discriminantOf(src, span);
        uint32_t dv = newTemp(u64);
        assign(Place{dv, {}}, castRv(Operand::copy(Place{disc, {}}), u64), span);
        hashMix(acc, Operand::copy(Place{dv, {}}), span);
        uint32_t join = newBlock();
        std::vector<uint32_t> blocks = switchOnVariant(disc, adt, join);
        for (size_t v = 0; v < blocks.size(); ++v) {
          cur_ = blocks[v];
          fields(uint32_t(v), int32_t(v));
          gotoBlock(join);
        }
        cur_ = join;
        return;
      }
      default: return;  // floats and others are rejected by check/
    }
  }

  // Lexicographic comparison of tuples/arrays, element by element.
  void aggregateCompare(Place dest, BinOp op, Place a, Place b, TyId ty, const Expr& e) {
    std::vector<TyId> elems;
    if (t_.kind(ty) == TyKind::Tuple) elems = t_.get(ty).elems;
    else elems.assign(size_t(t_.get(ty).len), TyId{t_.get(ty).a});
    uint32_t join = newBlock();
    bool eqOp = op == BinOp::Eq || op == BinOp::Ne;
    for (size_t i = 0; i < elems.size(); ++i) {
      Place ea = a, eb = b;
      ProjKind pk = t_.kind(ty) == TyKind::Tuple ? ProjKind::Field : ProjKind::ConstIndex;
      ea.proj.push_back({pk, uint32_t(i)});
      eb.proj.push_back({pk, uint32_t(i)});
      uint32_t eqf = newTemp(t_.boolean());
      binaryInto(Place{eqf, {}}, BinOp::Eq, Operand::copy(ea), Operand::copy(eb), elems[i], e);
      uint32_t next = newBlock(), differ = newBlock();
      branch(Operand::copy(Place{eqf, {}}), next, differ, e.span);
      cur_ = differ;
      if (eqOp) assignUse(dest, constBool(op == BinOp::Ne), e.span);
      else {
        BinOp strict = (op == BinOp::Lt || op == BinOp::Le) ? BinOp::Lt : BinOp::Gt;
        binaryInto(dest, strict, Operand::copy(ea), Operand::copy(eb), elems[i], e);
      }
      gotoBlock(join);
      cur_ = next;
    }
    assignUse(dest, constBool(op == BinOp::Eq || op == BinOp::Le || op == BinOp::Ge), e.span);
    gotoBlock(join);
    cur_ = join;
  }

  void blockInto(Place dest, ExprId bid) {
    const Expr& b = p_.ast.expr(bid);
    scopes_.push_back(DropScope{});
    for (uint32_t i = 0; i < b.listLen; ++i) {
      const Stmt& s = p_.ast.stmt(p_.ast.stmtLists[b.list + i]);
      uint32_t mark = uint32_t(body_.locals.size());
      scopes_.back().stmtTemps = mark;
      switch (s.kind) {
        case StmtKind::Let: {
          if (!s.init.valid()) {  // `let x;`: x is declared (uninitialized) here
            const Pat& pat = p_.ast.pat(s.pat);
            if (pat.kind == PatKind::Binding && p_.patRes[s.pat.v].kind == ResKind::Local) {
              Rvalue rv;
              rv.kind = RvKind::Declare;
              block(cur_).stmts.push_back(Statement{localPlace(p_.patRes[s.pat.v].a), rv, pat.span});
            }
            ownBindings(s.pat);
            break;
          }
          const Pat& pat = p_.ast.pat(s.pat);
          std::set<uint32_t> outerExtending = std::move(extending_);  // (a `let` inside the initializer's blocks)
          extending_.clear();
          collectExtending(s.init, false);
          if (!s.elseBlock.valid() && pat.kind == PatKind::Binding && !pat.sub.valid() && p_.patRes[s.pat.v].kind == ResKind::Local && p_.bindMode[s.pat.v] == 0) {
            exprInto(localPlace(p_.patRes[s.pat.v].a), s.init);
          } else {
            Place src = isPlaceExpr(s.init) ? exprPlace(s.init) : [&] {
              uint32_t t = newTemp(exprTy(s.init));
              exprInto(Place{t, {}}, s.init);
              return Place{t, {}};
            }();
            uint32_t fail = newBlock();
            block(fail).term.kind = TermKind::Unreachable;
            matchPattern(s.pat, src, fail);
            if (s.elseBlock.valid()) {  // let-else: the else block (it diverges) where the pattern fails
              uint32_t ok = cur_;
              cur_ = fail;
              Place u = unitTemp();
              exprInto(u, s.elseBlock);
              cur_ = ok;
            }
          }
          ownBindings(s.pat);
          extending_ = std::move(outerExtending);
          // the initializer's temporaries end with the statement, except those it extends (`let r = &f();`),
          // which live to the block's end; a borrowed one that ends here is out of scope for the ownership
          // checker (E0716 if the borrow is used later)
          Span semi{s.span.file, s.span.hi > s.span.lo ? s.span.hi - 1 : s.span.hi, s.span.hi};
          for (uint32_t l = uint32_t(body_.locals.size()); l-- > mark;) {
            if (body_.locals[l].user) continue;
            bool borrowed = l < borrowed_.size() && borrowed_[l];
            if (extended_.count(l)) {
              if (p_.needsDrop(body_.locals[l].ty)) scopes_.back().owned.push_back(l);
              continue;
            }
            dropMarker(Place{l, {}}, semi);
            if (borrowed && body_.locals[l].span.hi && !promoted_.count(l)) {
              Rvalue rv;
              rv.kind = RvKind::StorageDead;
              block(cur_).stmts.push_back(Statement{Place{l, {}}, rv, semi});
            }
          }
          break;
        }
        case StmtKind::Expr:
        case StmtKind::Semi: {
          TyId t = exprTy(s.init);
          Place tmp{newTemp(t), {}};
          exprInto(tmp, s.init);
          dropTempsFrom(mark, s.span);  // (and the statement's value)
          break;
        }
        default: break;
      }
    }
    // The tail's temporaries outlive the block (edition 2021): they end with the enclosing statement.
    scopes_.back().stmtTemps = uint32_t(body_.locals.size());
    if (b.a.valid()) exprInto(dest, b.a);
    // What the block owns goes out of scope at its `}`, last declared first: its `let` bindings (a
    // StorageDead, which is also the ownership checker's end of their scope: a borrow of one that is still
    // used later does not live long enough, E0597) and the temporaries its `let`s borrowed (a Drop).
    Span close{b.span.file, b.span.hi > b.span.lo ? b.span.hi - 1 : b.span.hi, b.span.hi};
    DropScope sc = std::move(scopes_.back());
    scopes_.pop_back();
    for (size_t i = sc.owned.size(); i-- > 0;) {
      uint32_t l = sc.owned[i];
      if (!body_.locals[l].user) {
        dropMarker(Place{l, {}}, close);
        continue;
      }
      Rvalue rv;
      rv.kind = RvKind::StorageDead;
      block(cur_).stmts.push_back(Statement{Place{l, {}}, rv, close});
    }
  }
  // Adds the MIR locals a `let` pattern binds to the current scope (bindings that are captured variables
  // of a closure body are the environment's, not the scope's).
  void ownBindings(PatId pat) {
    std::vector<uint32_t> bound;
    patBindings(pat, bound);
    for (uint32_t tl : bound) {
      Place pl = localPlace(tl);
      if (pl.proj.empty()) scopes_.back().owned.push_back(pl.local);
    }
  }
  // Runs `body` in a scope owning the bindings of `pat` (a match arm, `if let`, a `for` loop's pattern),
  // which are dropped when it ends.
  template <class F>
  void bindingScope(PatId pat, Span end, F&& body) {
    scopes_.push_back(DropScope{});
    if (pat.valid()) ownBindings(pat);
    scopes_.back().stmtTemps = uint32_t(body_.locals.size());
    body();
    DropScope sc = std::move(scopes_.back());
    scopes_.pop_back();
    for (size_t i = sc.owned.size(); i-- > 0;) dropMarker(Place{sc.owned[i], {}}, end);
  }
  // The check/ locals a pattern binds.
  void patBindings(PatId pid, std::vector<uint32_t>& out) const {
    const Pat& pat = p_.ast.pat(pid);
    if (pat.kind == PatKind::Binding && p_.patRes[pid.v].kind == ResKind::Local) out.push_back(p_.patRes[pid.v].a);
    if (pat.sub.valid()) patBindings(pat.sub, out);
    if (pat.kind == PatKind::Tuple || pat.kind == PatKind::TupleStruct)
      for (uint32_t i = 0; i < pat.listLen; ++i) patBindings(p_.ast.patLists[pat.list + i], out);
    if (pat.kind == PatKind::Struct)
      for (uint32_t i = 0; i < pat.listLen; ++i) patBindings(p_.ast.fieldPats[pat.list + i].pat, out);
  }

  void ifInto(Place dest, const Expr& e) {
    uint32_t thenB = newBlock(), elseB = newBlock(), join = newBlock();
    condBranch(e.a, thenB, elseB);
    cur_ = thenB;
    const Expr& c = p_.ast.expr(e.a);
    bindingScope(c.kind == ExprKind::Let ? c.pat : PatId{}, p_.ast.expr(e.b).span, [&] { exprInto(dest, e.b); });
    gotoBlock(join);
    cur_ = elseB;
    if (e.c.valid()) exprInto(dest, e.c);
    gotoBlock(join);
    cur_ = join;
  }

  // for PAT in a..b / a..=b
  // for PAT in ITERATOR: loop { match Iterator::next(&mut it) { Some(x) => body, None => break } }
  void forIter(const Expr& e, ExprId forExpr) {
    TyId itTy = exprTy(e.a);
    uint32_t it;
    if (p_.exprField[forExpr.v] == 2) {  // `for x in &map`: the collection's iter/iter_mut/into_iter first
      FnId via{p_.exprRes[forExpr.v].a};
      std::vector<TyId> args = instanceArgs(forExpr);
      itTy = p_.normalize(t_.subst(p_.fns[via.v].ret, args));
      it = newTemp(itTy);
      call(via, {exprOperand(e.a)}, Place{it, {}}, e.span, false, args);
    } else {
      it = newTemp(itTy);
      exprInto(Place{it, {}}, e.a);
    }
    iterLoop(e, it, itTy);
  }
  // The loop of `for` over the iterator in local `it`: next() until None.
  void iterLoop(const Expr& e, uint32_t it, TyId itTy) {
    FnId next;
    for (uint32_t i = 0; i < p_.traits.size() && !next.valid(); ++i)
      if (p_.str(p_.traits[i].name) == "Iterator" && p_.isRuntimeFile(p_.traits[i].span.file))
        next = p_.traits[i].methods.at(p_.interner.intern("next").v);
    TyId optTy = p_.normalize(t_.subst(p_.fns[next.v].ret, {itTy}));
    uint32_t head = newBlock(), exit = newBlock();
    gotoBlock(head);
    cur_ = head;
    uint32_t opt = newTemp(optTy);
    call(next, {refTo(Place{it, {}}, true)}, Place{opt, {}}, p_.ast.expr(e.a).span, false, {itTy});  // (rustc: the iterator is used at the iterable)
    uint32_t d = discriminantOf(Place{opt, {}}, e.span);
    const AdtInfo& oa = p_.adts[t_.get(optTy).a];
    uint32_t someB = newBlock();
    Terminator& t = block(cur_).term;
    t.kind = TermKind::SwitchInt;
    t.discr = Operand::copy(Place{d, {}});
    t.values = {uint64_t(oa.variants[size_t(oa.variantIndex(p_.interner.intern("Some")))].discr)};
    t.targets = {someB, exit};
    t.span = e.span;
    cur_ = someB;
    Place value{opt, {{ProjKind::Downcast, uint32_t(oa.variantIndex(p_.interner.intern("Some")))}, {ProjKind::Field, 0}}};
    pushLoop(LoopScope{e.name, exit, head, Place{}, false}, headTo(e, e.a));
    forBody(e, value);
    loops_.pop_back();
    gotoBlock(head);
    cur_ = exit;
  }

  void forInto(const Expr& e) {
    const Expr& range = p_.ast.expr(e.a);
    if (range.kind != ExprKind::Range) return forArray(e);
    TyId ty = exprTy(range.a);
    if (t_.kind(ty) != TyKind::Int && t_.kind(ty) != TyKind::Char) return;
    uint32_t i = newTemp(ty), end = newTemp(ty);
    exprInto(Place{i, {}}, range.a);
    exprInto(Place{end, {}}, range.b);
    bool inclusive = range.op;
    uint32_t done = 0;
    if (inclusive) {
      done = newTemp(t_.boolean());  // set when i == end has been processed (avoids overflow at MAX)
      assignUse(Place{done, {}}, constBool(false), e.span);
    }
    uint32_t head = newBlock(), bodyB = newBlock(), step = newBlock(), exit = newBlock();
    gotoBlock(head);
    cur_ = head;
    uint32_t cond = newTemp(t_.boolean());
    Rvalue cmp;
    cmp.kind = RvKind::Binary;
    cmp.op = uint8_t(inclusive ? BinOp::Le : BinOp::Lt);
    cmp.ops = {Operand::copy(Place{i, {}}), Operand::copy(Place{end, {}})};
    assign(Place{cond, {}}, cmp, e.span);
    if (inclusive) {
      uint32_t notDone = newBlock();
      branch(Operand::copy(Place{done, {}}), exit, notDone, e.span);
      cur_ = notDone;
    }
    branch(Operand::copy(Place{cond, {}}), bodyB, exit, e.span);
    cur_ = bodyB;
    // bind the pattern to the current value
    uint32_t cur = newTemp(ty);
    assignUse(Place{cur, {}}, Operand::copy(Place{i, {}}), e.span);
    uint32_t fail = newBlock();
    block(fail).term.kind = TermKind::Unreachable;
    matchPattern(e.pat, Place{cur, {}}, fail);
    pushLoop(LoopScope{e.name, exit, step, Place{}, false}, headTo(e, e.a));
    exprInto(unitTemp(), e.b);
    loops_.pop_back();
    gotoBlock(step);
    cur_ = step;
    if (inclusive) {
      // if i == end { done = true } else { i += 1 }
      uint32_t eq = newTemp(t_.boolean());
      Rvalue req;
      req.kind = RvKind::Binary;
      req.op = uint8_t(BinOp::Eq);
      req.ops = {Operand::copy(Place{i, {}}), Operand::copy(Place{end, {}})};
      assign(Place{eq, {}}, req, e.span);
      uint32_t setDone = newBlock(), incr = newBlock();
      branch(Operand::copy(Place{eq, {}}), setDone, incr, e.span);
      cur_ = setDone;
      assignUse(Place{done, {}}, constBool(true), e.span);
      gotoBlock(head);
      cur_ = incr;
    }
    Rvalue add;
    add.kind = RvKind::Binary;
    add.op = uint8_t(BinOp::Add);
    add.ops = {Operand::copy(Place{i, {}}), constInt(ty, 1)};
    assign(Place{i, {}}, add, e.span);
    if (t_.kind(ty) == TyKind::Char) {
      // char ranges skip the surrogate gap: after U+D7FF comes U+E000
      uint32_t isGap = newTemp(t_.boolean());
      Rvalue eq;
      eq.kind = RvKind::Binary;
      eq.op = uint8_t(BinOp::Eq);
      eq.ops = {Operand::copy(Place{i, {}}), constInt(ty, 0xD800)};
      assign(Place{isGap, {}}, eq, e.span);
      uint32_t jump = newBlock();
      branch(Operand::copy(Place{isGap, {}}), jump, head, e.span);
      cur_ = jump;
      assignUse(Place{i, {}}, constInt(ty, 0xE000), e.span);
    }
    gotoBlock(head);
    cur_ = exit;
  }

  // `x?`: Some(v)/Ok(v) gives v; None returns None, Err(e) returns Err(e) from the function.
  void tryInto(Place dest, const Expr& e, ExprId eid) {
    Place v = exprPlace(e.a);
    TyId t = placeType(p_, body_, v).ty;
    const AdtInfo& a = p_.adts[t_.get(t).a];
    bool isOption = p_.str(a.name) == "Option";
    uint32_t okVariant = uint32_t(a.variantIndex(p_.interner.intern(isOption ? "Some" : "Ok")));
    uint32_t errVariant = uint32_t(a.variantIndex(p_.interner.intern(isOption ? "None" : "Err")));
    uint32_t d = newTemp(t_.integer(IntKind::Isize));
    Rvalue disc;
    disc.kind = RvKind::Discriminant;
    disc.place = v;
    assign(Place{d, {}}, disc, e.span);
    uint32_t okB = newBlock(), errB = newBlock();
    Terminator& term = block(cur_).term;
    term.kind = TermKind::SwitchInt;
    term.discr = Operand::copy(Place{d, {}});
    term.values = {uint64_t(a.variants[okVariant].discr)};
    term.targets = {okB, errB};
    term.span = e.span;
    cur_ = errB;
    // build the early return value: None, or Err(e) in the function's own Result type
    TyId retTy = body_.locals[0].ty;
    Rvalue rv;
    rv.kind = RvKind::Aggregate;
    rv.ty = retTy;
    rv.variant = errVariant;
    if (!isOption) {
      Place errPl = v;
      errPl.proj.push_back({ProjKind::Downcast, errVariant});
      errPl.proj.push_back({ProjKind::Field, 0});
      rv.ops = {Operand::copy(errPl)};
      if (p_.exprRes[eid.v].kind == ResKind::Fn) {  // `?` converts the error with From::from
        std::vector<TyId> args = instanceArgs(eid);
        uint32_t conv = newTemp(args.empty() ? t_.error() : args[0]);
        call(FnId{p_.exprRes[eid.v].a}, {Operand::copy(errPl)}, Place{conv, {}}, e.span, false, args);
        rv.ops = {Operand::copy(Place{conv, {}})};
      }
    }
    assign(Place{0, {}}, rv, e.span);
    exitScopes(0, e.span);
    gotoBlock(returnBlock_);
    cur_ = okB;
    Place okPl = v;
    okPl.proj.push_back({ProjKind::Downcast, okVariant});
    okPl.proj.push_back({ProjKind::Field, 0});
    assignUse(dest, Operand::copy(okPl), e.span);
  }

  // ---- String support ----
  FnId stringMethod(const char* name) {
    int32_t st = r_.findLibAdt(p_.interner.intern("String"));
    if (st < 0) return FnId{};
    auto m = p_.adts[uint32_t(st)].methods.find(p_.interner.intern(name).v);
    return m == p_.adts[uint32_t(st)].methods.end() ? FnId{} : m->second;
  }
  // A `&str` operand for a string-like place: &str (through any references) or String.
  Operand asStr(Place pl, Span span) {
    TyId t = placeType(p_, body_, pl).ty;
    while (t_.kind(t) == TyKind::Ref && !p_.isStrRef(t)) {
      pl.proj.push_back({ProjKind::Deref});
      t = TyId{t_.get(t).a};
    }
    if (p_.isStrRef(t)) return Operand::copy(pl);
    uint32_t out = newTemp(t_.strRef());
    call(stringMethod("as_str"), {refTo(pl, false)}, Place{out, {}}, span);
    return Operand::copy(Place{out, {}});
  }

  // A method of the prelude's Vec, for element type `elem`.
  std::pair<FnId, std::vector<TyId>> vecMethod(TyId vecTy, const char* name) {
    const AdtInfo& a = p_.adts[t_.get(vecTy).a];
    auto m = a.methods.find(p_.interner.intern(name).v);
    return {m == a.methods.end() ? FnId{} : m->second, t_.get(vecTy).elems};
  }
  // Whether a receiver expression indexes a library collection on the way (`v[0]`, `v[i].field` with v a
  // Vec: its IndexMut), not an array or a slice (built-in indexing).
  bool overloadedIndex(ast::ExprId x) {
    while (x.valid()) {
      const ast::Expr& ex = p_.ast.expr(x);
      if (ex.kind == ExprKind::Index) {
        TyId base = p_.exprTy[ex.a.v];
        while (t_.kind(base) == TyKind::Ref) base = TyId{t_.get(base).a};
        if (t_.kind(base) == TyKind::Adt && p_.sliceKind(base) == 0) return true;
      }
      if (ex.kind != ExprKind::Paren && ex.kind != ExprKind::Field && ex.kind != ExprKind::TupleField && ex.kind != ExprKind::Index) return false;
      x = ex.a;
    }
    return false;
  }
  Operand refTo(const Place& pl, bool mut, Span sp = Span{}) {
    TyId ty = placeType(p_, body_, pl).ty;
    uint32_t r = newTemp(t_.ref(ty, mut));
    Rvalue rv;
    rv.kind = RvKind::Ref;
    rv.mut = mut;
    rv.place = pl;
    assign(Place{r, {}}, rv, sp);
    return Operand::copy(Place{r, {}});
  }
  // vec![a, b, c]: Vec::new() then push each; vec![x; n]: push a copy of x n times.
  void vecMacro(Place dest, const Expr& e, TyId vecTy) {
    std::pair<FnId, std::vector<TyId>> newFn_ = vecMethod(vecTy, "new");
    FnId newFn = newFn_.first;
    std::vector<TyId> args = newFn_.second;
    std::pair<FnId, std::vector<TyId>> pushFn_ = vecMethod(vecTy, "push");
    FnId pushFn = pushFn_.first;
    std::vector<TyId> pargs = pushFn_.second;
    call(newFn, {}, dest, e.span, false, args);
    if (!e.b.valid()) {
      for (uint32_t i = 0; i < e.listLen; ++i) {
        Operand v = exprOperand(p_.ast.exprAt(e, i));
        call(pushFn, {refTo(dest, true), v}, unitTemp(), e.span, false, pargs);
      }
      return;
    }
    Operand x = exprOperand(e.a);
    Operand n = exprOperand(e.b);
    TyId elemTy = t_.get(vecTy).elems.empty() ? t_.error() : t_.get(vecTy).elems[0];
    if (needsDeepClone(elemTy)) {  // `vec![Vec::new(); n]`: each element is a clone (no shared buffers)
      Place xp = operandPlace(x);
      countedLoop(n, e.span, nullptr, [&](uint32_t) {
        uint32_t c = newTemp(elemTy);
        cloneInto(Place{c, {}}, xp, elemTy, e.span);
        call(pushFn, {refTo(dest, true), Operand::copy(Place{c, {}})}, unitTemp(), e.span, false, pargs);
      });
      return;
    }
    countedLoop(n, e.span, nullptr, [&](uint32_t) { call(pushFn, {refTo(dest, true), x}, unitTemp(), e.span, false, pargs); });
  }

  // `for i in 0..end { body(i) }` on a fresh usize counter. With a `forLoop`, the user's `break` and
  // `continue` (and its label) leave the loop or go to the increment.
  template <class F>
  void countedLoop(Operand end, Span span, const Expr* forLoop, F body) {
    TyId usize = t_.integer(IntKind::Usize);
    uint32_t i = newTemp(usize);
    assignUse(Place{i, {}}, constInt(usize, 0), span);
    uint32_t head = newBlock(), bodyB = newBlock(), step = newBlock(), exit = newBlock();
    gotoBlock(head);
    cur_ = head;
    uint32_t cond = newTemp(t_.boolean());
    Rvalue cmp;
    cmp.kind = RvKind::Binary;
    cmp.op = uint8_t(BinOp::Lt);
    cmp.ops = {Operand::copy(Place{i, {}}), std::move(end)};
    assign(Place{cond, {}}, cmp, span);
    branch(Operand::copy(Place{cond, {}}), bodyB, exit, span);
    cur_ = bodyB;
    if (forLoop) pushLoop(LoopScope{forLoop->name, exit, step, Place{}, false}, headTo(*forLoop, forLoop->a));
    body(i);
    if (forLoop) loops_.pop_back();
    gotoBlock(step);
    cur_ = step;
    Rvalue add;
    add.kind = RvKind::Binary;
    add.op = uint8_t(BinOp::Add);
    add.ops = {Operand::copy(Place{i, {}}), constInt(usize, 1)};
    assign(Place{i, {}}, add, span);
    gotoBlock(head);
    cur_ = exit;
  }
  // Binds a `for` loop's pattern to `value` and lowers its body.
  void forBody(const Expr& e, Place value) {
    uint32_t fail = newBlock();
    block(fail).term.kind = TermKind::Unreachable;
    matchPattern(e.pat, value, fail);
    bindingScope(e.pat, p_.ast.expr(e.b).span, [&] { exprInto(unitTemp(), e.b); });
  }

  // `for x in &v` / `&mut v` (a Vec or an array): rustc's iterator borrows v once, for the whole loop, and
  // each iteration's `next()` uses that borrow (at the `&v`), so the body cannot mutate or move v
  // (iterator invalidation). The borrow is made here and the elements are reached through it.
  Place loopBorrow(const Place& coll, bool mut, Span sp) {
    Place h = refTo(coll, mut, sp).place;
    h.proj.push_back({ProjKind::Deref});
    return h;
  }
  void loopBorrowUse(const Place& through, Span sp) {  // (no code: for the ownership checker)
    Rvalue rv;
    rv.kind = RvKind::FakeRead;
    rv.place = Place{through.local, {}};
    assign(unitTemp(), rv, sp);
  }

  // for PAT in array / &array / &mut array: index from 0 to N.
  void forArray(const Expr& e) {
    TyId it = exprTy(e.a);
    bool byRef = t_.kind(it) == TyKind::Ref;
    bool mut = byRef && t_.get(it).sub;
    Place arr = byRef ? exprPlace(p_.ast.expr(e.a).kind == ExprKind::Ref ? p_.ast.expr(e.a).a : e.a) : exprPlace(e.a);
    if (byRef && p_.ast.expr(e.a).kind != ExprKind::Ref) arr.proj.push_back({ProjKind::Deref});
    TyId arrTy = placeType(p_, body_, arr).ty;
    if (t_.kind(arrTy) != TyKind::Adt && t_.kind(arrTy) != TyKind::Array) return;
    if (!byRef && isPlaceExpr(e.a)) {  // iterating by value works on a copy of the array (the Vec): it moves
      uint32_t copy = newTemp(arrTy);
      assignUse(Place{copy, {}}, moveOrCopy(arr, 2, p_.ast.expr(e.a).span), e.span);
      arr = Place{copy, {}};
    }
    if (t_.kind(arrTy) == TyKind::Adt && !byRef && !t_.get(arrTy).elems.empty() && p_.needsDrop(t_.get(arrTy).elems[0])) {
      // by value, elements that need dropping: Vec's IntoIter owns what the loop has not taken yet (a
      // `break` or `return` drops the rest)
      auto [fn, args] = vecMethod(arrTy, "into_iter");
      TyId itTy = p_.normalize(t_.subst(p_.fns[fn.v].ret, args));
      uint32_t it = newTemp(itTy);
      call(fn, {Operand::copy(arr)}, Place{it, {}}, e.span, false, args);
      return iterLoop(e, it, itTy);
    }
    Span collSpan = p_.ast.expr(e.a).span;
    if (byRef) arr = loopBorrow(arr, mut, collSpan);
    if (t_.kind(arrTy) == TyKind::Adt) return forVec(e, arr, arrTy, byRef, mut);
    uint64_t n = t_.get(arrTy).len;
    TyId elemTy{t_.get(arrTy).a};
    countedLoop(constInt(t_.integer(IntKind::Usize), n), e.span, &e, [&](uint32_t i) {
      if (byRef) loopBorrowUse(arr, collSpan);
      Place elem = arr;
      elem.proj.push_back({ProjKind::Index, i});
      uint32_t cur = newTemp(byRef ? t_.ref(elemTy, mut) : elemTy);
      if (byRef) {
        Rvalue r;
        r.kind = RvKind::Ref;
        r.mut = mut;
        r.place = elem;
        assign(Place{cur, {}}, r, e.span);
      } else {
        assignUse(Place{cur, {}}, Operand::copy(elem), e.span);
      }
      forBody(e, Place{cur, {}});
    });
  }

  // for PAT in vec / &vec / &mut vec: i from 0 to the length at loop entry, element = *index(&v, i).
  void forVec(const Expr& e, Place vec, TyId vecTy, bool byRef, bool mut) {
    std::pair<FnId, std::vector<TyId>> lenFn_ = vecMethod(vecTy, "len");
    FnId lenFn = lenFn_.first;
    std::vector<TyId> largs = lenFn_.second;
    std::pair<FnId, std::vector<TyId>> indexFn_ = vecMethod(vecTy, "index");
    FnId indexFn = indexFn_.first;
    std::vector<TyId> iargs = indexFn_.second;
    TyId elemTy = t_.get(vecTy).elems.empty() ? t_.error() : t_.get(vecTy).elems[0];
    TyId usize = t_.integer(IntKind::Usize);
    uint32_t len = newTemp(usize);
    call(lenFn, {refTo(vec, false)}, Place{len, {}}, e.span, false, largs);
    countedLoop(Operand::copy(Place{len, {}}), e.span, &e, [&](uint32_t i) {
      if (byRef) loopBorrowUse(vec, p_.ast.expr(e.a).span);
      uint32_t ref = newTemp(t_.ref(elemTy, true));
      call(indexFn, {refTo(vec, false), Operand::copy(Place{i, {}})}, Place{ref, {}}, e.span, false, iargs);
      uint32_t cur = newTemp(byRef ? t_.ref(elemTy, mut) : elemTy);
      if (byRef) assignUse(Place{cur, {}}, Operand::copy(Place{ref, {}}), e.span);
      else assignUse(Place{cur, {}}, Operand::copy(Place{ref, {{ProjKind::Deref}}}), e.span);
      forBody(e, Place{cur, {}});
    });
  }

  void matchInto(Place dest, const Expr& e) {
    Place scrut = exprPlace(e.a);
    uint32_t join = newBlock();
    uint32_t next = newBlock();
    gotoBlock(next);
    for (uint32_t i = 0; i < e.listLen; ++i) {
      const Arm& arm = p_.ast.arms[e.list + i];
      cur_ = next;
      next = newBlock();
      // An arm with a guard binds by reference until the guard holds (rustc): its bindings are not moves
      // here, or a failed guard would leave the scrutinee moved for the next arm; they move once it holds.
      guardBindings_ = arm.guard.valid();
      guardMoves_.clear();
      matchPattern(arm.pat, scrut, next);
      guardBindings_ = false;
      std::vector<Operand> moves = std::move(guardMoves_);
      guardMoves_.clear();
      if (arm.guard.valid()) {
        uint32_t pass = newBlock(), failed = newBlock();
        condBranch(arm.guard, pass, failed);
        // the guard held: the by-value bindings move out of the scrutinee now (for the ownership checker;
        // the copy made here owns nothing: it is forgotten at once)
        cur_ = pass;
        for (const Operand& m : moves) {
          uint32_t t = newTemp(placeType(p_, body_, m.place).ty);
          assignUse(Place{t, {}}, m, arm.span);
          Rvalue fg;
          fg.kind = RvKind::Drop;
          fg.op = 1;  // forget
          block(cur_).stmts.push_back(Statement{Place{t, {}}, fg, arm.span});
        }
        pass = cur_;
        // a failed guard: its bindings were copies (the value stays the scrutinee's), never dropped
        cur_ = failed;
        std::vector<uint32_t> bound;
        patBindings(arm.pat, bound);
        for (uint32_t tl : bound) {
          Place pl = localPlace(tl);
          if (!pl.proj.empty() || !p_.needsDrop(body_.locals[pl.local].ty)) continue;
          Rvalue rv;
          rv.kind = RvKind::Drop;
          rv.op = 1;  // forget
          block(cur_).stmts.push_back(Statement{pl, rv, arm.span});
        }
        gotoBlock(next);
        cur_ = pass;
      }
      bindingScope(arm.pat, p_.ast.expr(arm.body).span, [&] { exprInto(dest, arm.body); });
      gotoBlock(join);
    }
    cur_ = next;
    block(cur_).term.kind = TermKind::Unreachable;  // exhaustiveness is checked by check/exhaustive
    cur_ = join;
  }

  // Tests `pat` against `place`; on mismatch jumps to `fail`; on success continues in cur_ with the
  // pattern's bindings assigned.
  void matchPattern(PatId pid, Place place, uint32_t fail) {
    const Pat& pat = p_.ast.pat(pid);
    for (uint8_t i = 0; i < p_.patDerefs[pid.v]; ++i) place.proj.push_back({ProjKind::Deref});
    TyId ty = placeType(p_, body_, place).ty;
    switch (pat.kind) {
      case PatKind::Error: case PatKind::Wild: case PatKind::Rest: return;
      case PatKind::Binding: {
        Res r = p_.patRes[pid.v];
        if (r.kind == ResKind::Const) return testConst(place, p_.consts[r.a].value, p_.consts[r.a].ty, fail, pat.span);
        if (r.kind == ResKind::Struct) return;
        if (r.kind == ResKind::Variant) {  // `None` written as a bare name
          uint32_t d = newTemp(t_.integer(IntKind::Isize));
          Rvalue disc;
          disc.kind = RvKind::Discriminant;
          disc.place = place;
          assign(Place{d, {}}, disc, pat.span);
          switchEq(Operand::copy(Place{d, {}}), uint64_t(p_.adts[r.a].variants[r.b].discr), fail, pat.span);
          return;
        }
        if (r.kind != ResKind::Local) return;
        if (pat.sub.valid()) matchPattern(pat.sub, place, fail);
        uint8_t mode = p_.bindMode[pid.v];
        if (mode == 0) {
          Operand v = moveOrCopy(place, 0, pat.span);
          if (guardBindings_ && v.move) guardMoves_.push_back(v);  // (a move once the guard holds)
          v.move = v.move && !guardBindings_;
          assignUse(localPlace(r.a), v, pat.span);
        } else {
          Rvalue rv;
          rv.kind = RvKind::Ref;
          rv.mut = mode == 2;
          rv.place = place;
          assign(localPlace(r.a), rv, pat.span);
        }
        return;
      }
      case PatKind::Lit: {
        Operand lit = exprOperand(pat.lo);
        TyId lt = operandType(p_, body_, lit);
        if (t_.kind(lt) == TyKind::Ref) {
          // string literal pattern
          uint32_t r = newTemp(t_.boolean());
          call(runtimeFn("__wr_str_eq"), {Operand::copy(place), lit}, Place{r, {}}, pat.span);
          uint32_t ok = newBlock();
          branch(Operand::copy(Place{r, {}}), ok, fail, pat.span);
          cur_ = ok;
          return;
        }
        if (t_.kind(ty) == TyKind::Float) {
          uint32_t r = newTemp(t_.boolean());
          Rvalue eq;
          eq.kind = RvKind::Binary;
          eq.op = uint8_t(BinOp::Eq);
          eq.ops = {Operand::copy(place), lit};
          assign(Place{r, {}}, eq, pat.span);
          uint32_t ok = newBlock();
          branch(Operand::copy(Place{r, {}}), ok, fail, pat.span);
          cur_ = ok;
          return;
        }
        switchEq(Operand::copy(place), lit.c.bits, fail, pat.span);
        return;
      }
      case PatKind::Range: {
        if (pat.lo.valid()) compareBranch(place, BinOp::Ge, exprOperand(pat.lo), fail, pat.span);
        if (pat.hi.valid()) compareBranch(place, pat.inclusive ? BinOp::Le : BinOp::Lt, exprOperand(pat.hi), fail, pat.span);
        return;
      }
      case PatKind::Tuple: {
        std::vector<PatId> subs(p_.ast.patLists.begin() + pat.list, p_.ast.patLists.begin() + pat.list + pat.listLen);
        size_t n = t_.kind(ty) == TyKind::Tuple ? t_.get(ty).elems.size() : subs.size();
        subPatterns(subs, place, n, fail, -1);
        return;
      }
      case PatKind::Path:
      case PatKind::TupleStruct:
      case PatKind::Struct: {
        Res r = p_.patRes[pid.v];
        if (r.kind == ResKind::Const) return testConst(place, p_.consts[r.a].value, p_.consts[r.a].ty, fail, pat.span);
        if (r.kind != ResKind::Struct && r.kind != ResKind::Variant) return;
        const AdtInfo& adt = p_.adts[r.a];
        int32_t variant = -1;
        if (adt.isEnum) {
          variant = int32_t(r.b);
          uint32_t d = newTemp(t_.integer(IntKind::Isize));
          Rvalue disc;
          disc.kind = RvKind::Discriminant;
          disc.place = place;
          assign(Place{d, {}}, disc, pat.span);
          switchEq(Operand::copy(Place{d, {}}), uint64_t(adt.variants[r.b].discr), fail, pat.span);
        }
        const VariantInfo& v = adt.variants[adt.isEnum ? r.b : 0];
        if (pat.kind == PatKind::TupleStruct) {
          std::vector<PatId> subs(p_.ast.patLists.begin() + pat.list, p_.ast.patLists.begin() + pat.list + pat.listLen);
          subPatterns(subs, place, v.fields.size(), fail, variant);
        } else if (pat.kind == PatKind::Struct) {
          for (uint32_t i = 0; i < pat.listLen; ++i) {
            const FieldPat& fp = p_.ast.fieldPats[pat.list + i];
            Place fpl = place;
            if (variant >= 0) fpl.proj.push_back({ProjKind::Downcast, uint32_t(variant)});
            fpl.proj.push_back({ProjKind::Field, p_.patField[pat.list + i]});
            matchPattern(fp.pat, fpl, fail);
          }
        }
        return;
      }
      case PatKind::Or: {
        uint32_t success = newBlock();
        for (uint32_t i = 0; i < pat.listLen; ++i) {
          bool last = i + 1 == pat.listLen;
          uint32_t altFail = last ? fail : newBlock();
          matchPattern(p_.ast.patLists[pat.list + i], place, altFail);
          gotoBlock(success);
          cur_ = altFail;
          if (last) break;
        }
        cur_ = success;
        return;
      }
      case PatKind::Ref: {
        Place inner = place;
        inner.proj.push_back({ProjKind::Deref});
        matchPattern(pat.sub, inner, fail);
        return;
      }
    }
  }
  void subPatterns(const std::vector<PatId>& subs, const Place& place, size_t numFields, uint32_t fail, int32_t variant) {
    size_t restAt = subs.size();
    for (size_t i = 0; i < subs.size(); ++i) if (p_.ast.pat(subs[i]).kind == PatKind::Rest) restAt = i;
    for (size_t i = 0; i < subs.size(); ++i) {
      if (i == restAt) continue;
      size_t fi = i < restAt ? i : numFields - (subs.size() - i);
      Place fpl = place;
      if (variant >= 0) fpl.proj.push_back({ProjKind::Downcast, uint32_t(variant)});
      fpl.proj.push_back({ProjKind::Field, uint32_t(fi)});
      matchPattern(subs[i], fpl, fail);
    }
  }
  void switchEq(Operand v, uint64_t value, uint32_t fail, Span span) {
    uint32_t ok = newBlock();
    Terminator& t = block(cur_).term;
    t.kind = TermKind::SwitchInt;
    t.discr = std::move(v);
    t.values = {value};
    t.targets = {ok, fail};
    t.span = span;
    cur_ = ok;
  }
  void compareBranch(const Place& place, BinOp op, Operand bound, uint32_t fail, Span span) {
    uint32_t r = newTemp(t_.boolean());
    Rvalue cmp;
    cmp.kind = RvKind::Binary;
    cmp.op = uint8_t(op);
    cmp.ops = {Operand::copy(place), std::move(bound)};
    assign(Place{r, {}}, cmp, span);
    uint32_t ok = newBlock();
    branch(Operand::copy(Place{r, {}}), ok, fail, span);
    cur_ = ok;
  }
  void testConst(const Place& place, const ConstValue& v, TyId ty, uint32_t fail, Span span) {
    Operand c = constOperand(v, ty);
    if (t_.kind(ty) == TyKind::Float || t_.kind(ty) == TyKind::Ref) {
      uint32_t r = newTemp(t_.boolean());
      if (t_.kind(ty) == TyKind::Ref) {
        call(runtimeFn("__wr_str_eq"), {Operand::copy(place), c}, Place{r, {}}, span);
      } else {
        Rvalue eq;
        eq.kind = RvKind::Binary;
        eq.op = uint8_t(BinOp::Eq);
        eq.ops = {Operand::copy(place), c};
        assign(Place{r, {}}, eq, span);
      }
      uint32_t ok = newBlock();
      branch(Operand::copy(Place{r, {}}), ok, fail, span);
      cur_ = ok;
      return;
    }
    switchEq(Operand::copy(place), c.c.bits, fail, span);
  }

  // ---------------- calls ----------------
  void callInto(Place dest, ExprId eid, const Expr& e) {
    Res r = p_.exprRes[eid.v];
    if (p_.exprField[eid.v] == 7) return valueCallInto(dest, eid, e);
    if (p_.exprField[eid.v] == 30) {  // `Rc::clone(&a)`: a clone of *a
      Place src = operandPlace(exprOperand(p_.ast.exprAt(e, 0)));
      src.proj.push_back({ProjKind::Deref});
      cloneInto(dest, src, exprTy(eid), e.span);
      return;
    }
    std::vector<Operand> args;
    for (uint32_t i = 0; i < e.listLen; ++i) args.push_back(exprOperand(p_.ast.exprAt(e, i)));
    if (r.kind == ResKind::Fn && p_.fns[r.a].intrinsic == Intrinsic::HashOf) {  // derived Hash, structurally
      std::vector<TyId> targs = instanceArgs(eid);
      TyId u64 = t_.integer(IntKind::U64);
      uint32_t acc = newTemp(u64);
      assignUse(Place{acc, {}}, constInt(u64, 0xcbf29ce484222325ull), e.span);
      Place v = operandPlace(args[0]);
      v.proj.push_back({ProjKind::Deref});
      if (!targs.empty()) hashInto(acc, v, targs[0], e.span);
      assignUse(dest, Operand::copy(Place{acc, {}}), e.span);
      return;
    }
    if (r.kind == ResKind::Fn) {
      call(FnId{r.a}, std::move(args), dest, e.span, false, instanceArgs(eid));
      return;
    }
    if (r.kind == ResKind::Struct || r.kind == ResKind::Variant) {
      Rvalue rv;
      rv.kind = RvKind::Aggregate;
      rv.ty = exprTy(eid);
      rv.variant = r.kind == ResKind::Variant ? r.b : 0;
      rv.ops = std::move(args);
      assign(dest, rv, e.span);
    }
  }

  // The array or Vec at `pl` as a `&[T]` / `&mut [T]` value in a temporary.
  Place asSlice(const Place& pl, bool mut, Span span) {
    TyId t = placeType(p_, body_, pl).ty;
    TyId usize = t_.integer(IntKind::Usize);
    if (t_.kind(t) == TyKind::Array) {
      TyId elem = TyId{t_.get(t).a};
      uint32_t addr = newTemp(usize);
      call(r_.findFn("__ref_addr"), {refTo(pl, false)}, Place{addr, {}}, span, false, {t});
      FnId mk = r_.findFn(mut ? "__array_as_mut_slice" : "__array_as_slice");
      uint32_t s = newTemp(p_.normalize(t_.subst(p_.fns[mk.v].ret, {elem})));
      call(mk, {Operand::copy(Place{addr, {}}), constInt(usize, t_.get(t).len)}, Place{s, {}}, span, false, {elem});
      return Place{s, {}};
    }
    auto [fn, args] = vecMethod(t, mut ? "as_mut_slice" : "as_slice");
    uint32_t s = newTemp(p_.normalize(t_.subst(p_.fns[fn.v].ret, args)));
    call(fn, {refTo(pl, mut)}, Place{s, {}}, span, false, args);
    return Place{s, {}};
  }

  // `&v[a..b]`: the base's __index_range (start, end; usize::MAX for an open end) gives the slice.
  void rangeSliceInto(Place dest, const Expr& e, ExprId self = ExprId{}) {
    ExprId ixId = self.valid() ? self : e.a;
    while (p_.ast.expr(ixId).kind == ExprKind::Paren) ixId = p_.ast.expr(ixId).a;
    const Expr& ix = p_.ast.expr(ixId);
    const Expr& range = p_.ast.expr(ix.b);
    Place base = exprPlace(ix.a);
    for (uint8_t i = 0; i < p_.exprAdj[ixId.v].derefs; ++i) base.proj.push_back({ProjKind::Deref});
    TyId usize = t_.integer(IntKind::Usize);
    Operand start = range.a.valid() ? exprOperand(range.a) : constInt(usize, 0);
    Operand end = constInt(usize, 0xFFFFFFFFu);
    if (range.b.valid()) {
      end = exprOperand(range.b);
      if (range.op) {  // `a..=b`: b + 1
        uint32_t t = newTemp(usize);
        Rvalue add;
        add.kind = RvKind::Binary;
        add.op = uint8_t(BinOp::Add);
        add.ops = {end, constInt(usize, 1)};
        assign(Place{t, {}}, add, e.span);
        end = Operand::copy(Place{t, {}});
      }
    }
    TyId bt = placeType(p_, body_, base).ty;
    bool mut = self.valid() ? false : e.op;
    Span at = ix.nameSpan.hi > ix.nameSpan.lo ? ix.nameSpan : e.span;
    if (t_.kind(bt) == TyKind::Str) {  // a &str: slice the reference itself
      base.proj.pop_back();
      bt = placeType(p_, body_, base).ty;
    }
    if (p_.isString(bt) || t_.kind(bt) == TyKind::Ref) {  // strings: str::__index_range on a &str
      Operand s = p_.isString(bt) ? asStr(base, e.span) : Operand::copy(base);
      auto pm = p_.primMethods.find(t_.str().v);
      FnId fn = pm->second.at(p_.interner.intern("__index_range").v);
      call(fn, {s, start, end}, dest, at);
      return;
    }
    if (t_.kind(bt) == TyKind::Array) {  // through a slice of the whole array
      TyId elem = TyId{t_.get(bt).a};
      uint32_t addr = newTemp(usize);
      call(r_.findFn("__ref_addr"), {refTo(base, false)}, Place{addr, {}}, e.span, false, {bt});
      FnId mk = r_.findFn(mut ? "__array_as_mut_slice" : "__array_as_slice");
      TyId sty = p_.normalize(t_.subst(p_.fns[mk.v].ret, {elem}));
      uint32_t whole = newTemp(sty);
      call(mk, {Operand::copy(Place{addr, {}}), constInt(usize, t_.get(bt).len)}, Place{whole, {}}, e.span, false, {elem});
      base = Place{whole, {}};
      bt = sty;
    }
    auto [fn, args] = vecMethod(bt, p_.isVec(bt) && mut ? "__index_range_mut" : "__index_range");
    call(fn, {refTo(base, mut && p_.isVec(bt)), start, end}, dest, at, false, args);
  }

  // `f(args)` on a callable value: a closure's body gets a reference to the closure (its environment)
  // first; a function item is called directly.
  void valueCallInto(Place dest, ExprId eid, const Expr& e) {
    Place callee = exprPlace(e.a);
    for (uint8_t i = 0; i < p_.exprAdj[eid.v].derefs; ++i) callee.proj.push_back({ProjKind::Deref});
    // a generic callable instantiated with a reference (`apply(&f)`): `&F` calls F
    // (and a Box of one: `Box<dyn Fn(i32) -> i32>`)
    for (TyId t = placeType(p_, body_, callee).ty; t_.kind(t) == TyKind::Ref || p_.libKindOf(t) == Program::LibKind::Box;
         t = placeType(p_, body_, callee).ty)
      callee.proj.push_back({ProjKind::Deref});
    TyId ct = placeType(p_, body_, callee).ty;
    std::vector<Operand> args;
    const TyData d = t_.get(ct);
    if (d.kind == TyKind::Closure || d.kind == TyKind::Dyn) args.push_back(refTo(callee, false));
    for (uint32_t i = 0; i < e.listLen; ++i) args.push_back(exprOperand(p_.ast.exprAt(e, i)));
    if (d.kind == TyKind::Dyn) call(runtimeFn("__dyn_call"), std::move(args), dest, e.span, false, {ct});  // dispatched on the tag
    else if (d.kind == TyKind::Closure) call(p_.closures[d.a].bodyFn, std::move(args), dest, e.span, false, d.elems);
    else if (d.kind == TyKind::FnDef) call(FnId{d.a}, std::move(args), dest, e.span, false, d.elems);
    else startUnreachable();  // check/ reported it
  }

  // `a.cmp(&b)` / `a.partial_cmp(&b)` with the built-in or derived comparison: Less if a < b, Greater if
  // a > b, else Equal (partial_cmp: Equal only if a == b, else None).
  void orderingInto(Place dest, Place a, ExprId eid, const Expr& e, bool partial) {
    // `&&i32` compares the i32s; strings compare as `&str` values (str itself is unsized)
    auto peel = [&](Place& pl) {
      if (t_.kind(placeType(p_, body_, pl).ty) == TyKind::Str) pl.proj.pop_back();
      while (true) {
        TyId t = placeType(p_, body_, pl).ty;
        if (t_.kind(t) != TyKind::Ref || t_.kind(TyId{t_.get(t).a}) == TyKind::Str) break;
        pl.proj.push_back({ProjKind::Deref});
      }
    };
    peel(a);
    TyId selfTy = placeType(p_, body_, a).ty;
    Place b = operandPlace(exprOperand(p_.ast.exprAt(e, 0)));
    peel(b);
    TyId resTy = exprTy(eid);
    TyId ordTy = partial ? t_.get(resTy).elems[0] : resTy;
    uint32_t ord = newTemp(ordTy);
    auto setOrd = [&](uint32_t variant) {
      Rvalue rv;
      rv.kind = RvKind::Aggregate;
      rv.ty = ordTy;
      rv.variant = variant;  // Less, Equal, Greater
      assign(Place{ord, {}}, rv, e.span);
    };
    uint32_t join = newBlock(), end = newBlock();
    uint32_t lt = newTemp(t_.boolean()), gt = newTemp(t_.boolean());
    binaryInto(Place{lt, {}}, BinOp::Lt, Operand::copy(a), Operand::copy(b), selfTy, e);
    uint32_t less = newBlock(), notLess = newBlock();
    branch(Operand::copy(Place{lt, {}}), less, notLess, e.span);
    cur_ = less;
    setOrd(0);
    gotoBlock(join);
    cur_ = notLess;
    binaryInto(Place{gt, {}}, BinOp::Gt, Operand::copy(a), Operand::copy(b), selfTy, e);
    uint32_t greater = newBlock(), notGreater = newBlock();
    branch(Operand::copy(Place{gt, {}}), greater, notGreater, e.span);
    cur_ = greater;
    setOrd(2);
    gotoBlock(join);
    cur_ = notGreater;
    if (partial) {
      uint32_t eq = newTemp(t_.boolean());
      binaryInto(Place{eq, {}}, BinOp::Eq, Operand::copy(a), Operand::copy(b), selfTy, e);
      uint32_t equal = newBlock(), unordered = newBlock();
      branch(Operand::copy(Place{eq, {}}), equal, unordered, e.span);
      cur_ = unordered;
      Rvalue none;
      none.kind = RvKind::Aggregate;
      none.ty = resTy;
      none.variant = 0;
      assign(dest, none, e.span);
      gotoBlock(end);
      cur_ = equal;
    }
    setOrd(1);
    gotoBlock(join);
    cur_ = join;
    if (partial) {
      Rvalue some;
      some.kind = RvKind::Aggregate;
      some.ty = resTy;
      some.variant = 1;
      some.ops = {Operand::copy(Place{ord, {}})};
      assign(dest, some, e.span);
    } else {
      assignUse(dest, Operand::copy(Place{ord, {}}), e.span);
    }
    gotoBlock(end);
    cur_ = end;
  }

  void methodCallInto(Place dest, ExprId eid, const Expr& e) {
    Res r = p_.exprRes[eid.v];
    Adjust adj = p_.exprAdj[eid.v];
    if (r.kind != ResKind::Fn) {
      Place recv = exprPlace(e.a);
      for (uint8_t i = 0; i < adj.derefs; ++i) recv.proj.push_back({ProjKind::Deref});
      if (p_.exprField[eid.v] == 2) {  // builtin clone(): a copy, deep for String/Vec/Box inside
        cloneInto(dest, recv, placeType(p_, body_, recv).ty, e.span);
        return;
      }
      if (p_.exprField[eid.v] >= 10 && p_.exprField[eid.v] <= 12) {  // array.iter() / iter_mut() / into_iter()
        TyId arr = placeType(p_, body_, recv).ty;
        TyId usize = t_.integer(IntKind::Usize);
        uint32_t addr = newTemp(usize);
        call(r_.findFn("__ref_addr"), {refTo(recv, false)}, Place{addr, {}}, e.span, false, {arr});
        const char* fn = p_.exprField[eid.v] == 10 ? "__array_iter" : p_.exprField[eid.v] == 11 ? "__array_iter_mut" : "__array_into_iter";
        call(r_.findFn(fn), {Operand::copy(Place{addr, {}}), constInt(usize, t_.get(arr).len)}, dest, e.span, false, {TyId{t_.get(arr).a}});
        return;
      }
      if (p_.exprField[eid.v] >= 13 && p_.exprField[eid.v] <= 15) {  // Ord::max / min / clamp
        TyId ty = placeType(p_, body_, recv).ty;
        uint32_t self = newTemp(ty);
        assignUse(Place{self, {}}, Operand::copy(recv), e.span);
        std::vector<uint32_t> args;
        for (uint32_t i = 0; i < e.listLen; ++i) {
          args.push_back(newTemp(ty));
          exprInto(Place{args.back(), {}}, p_.ast.exprAt(e, i));
        }
        auto pick = [&](BinOp op, uint32_t a, uint32_t b, uint32_t whenTrue, uint32_t whenFalse, uint32_t out) {
          uint32_t c = newTemp(t_.boolean());
          binaryInto(Place{c, {}}, op, Operand::copy(Place{a, {}}), Operand::copy(Place{b, {}}), ty, e);
          uint32_t t = newBlock(), f = newBlock(), join = newBlock();
          branch(Operand::copy(Place{c, {}}), t, f, e.span);
          cur_ = t;
          assignUse(Place{out, {}}, Operand::copy(Place{whenTrue, {}}), e.span);
          gotoBlock(join);
          cur_ = f;
          assignUse(Place{out, {}}, Operand::copy(Place{whenFalse, {}}), e.span);
          gotoBlock(join);
          cur_ = join;
        };
        uint32_t out = newTemp(ty);
        if (p_.exprField[eid.v] == 13) pick(BinOp::Gt, self, args[0], self, args[0], out);       // std: the second if equal
        else if (p_.exprField[eid.v] == 14) pick(BinOp::Le, self, args[0], self, args[0], out);  // the first if equal
        else {
          uint32_t okc = newTemp(t_.boolean());
          binaryInto(Place{okc, {}}, BinOp::Le, Operand::copy(Place{args[0], {}}), Operand::copy(Place{args[1], {}}), ty, e);
          assertOr(Operand::copy(Place{okc, {}}), "assertion failed: min <= max", e.nameSpan);
          uint32_t lo = newTemp(ty);
          pick(BinOp::Lt, self, args[0], args[0], self, lo);
          pick(BinOp::Gt, lo, args[1], args[1], lo, out);
        }
        assignUse(dest, Operand::copy(Place{out, {}}), e.span);
        return;
      }
      if (p_.exprField[eid.v] == 8 || p_.exprField[eid.v] == 9) {
        orderingInto(dest, recv, eid, e, p_.exprField[eid.v] == 9);
        return;
      }
      if (p_.exprField[eid.v] == 5) {  // "str".to_string(): String::from
        call(stringMethod("from"), {Operand::copy(recv)}, dest, e.span);
        return;
      }
      if (p_.exprField[eid.v] == 6) {  // 5.to_string(): format!("{}", 5)
        uint32_t saved = newTemp(t_.integer(IntKind::Usize));
        call(runtimeFn("__wr_format_begin"), {}, Place{saved, {}}, e.span);
        FmtSpec disp;
        formatValue(Operand::copy(recv), placeType(p_, body_, recv).ty, disp, constU32(kNone), constU32(kNone), e.span);
        call(runtimeFn("__wr_format_end"), {Operand::copy(Place{saved, {}})}, dest, e.span);
        return;
      }
      if (p_.exprField[eid.v] == 3 || p_.exprField[eid.v] == 4) {  // str::len / str::is_empty
        TyId usize = t_.integer(IntKind::Usize);
        uint32_t n = newTemp(usize);
        call(runtimeFn("__str_len"), {Operand::copy(recv)}, Place{n, {}}, e.span);
        if (p_.exprField[eid.v] == 3) {
          assignUse(dest, Operand::copy(Place{n, {}}), e.span);
        } else {
          Rvalue eq;
          eq.kind = RvKind::Binary;
          eq.op = uint8_t(BinOp::Eq);
          eq.ops = {Operand::copy(Place{n, {}}), constInt(usize, 0)};
          assign(dest, eq, e.span);
        }
        return;
      }
      // builtin: array.len()
      TyId t = placeType(p_, body_, recv).ty;
      uint64_t len = t_.kind(t) == TyKind::Array ? t_.get(t).len : 0;
      assignUse(dest, constInt(t_.integer(IntKind::Usize), len), e.span);
      return;
    }
    std::vector<Operand> args;
    // `v[0].push(..)`: the receiver reached through a Vec's IndexMut borrows the Vec mutably (as `&mut v[0]`)
    bool viaIndex = adj.autoref == 2 && overloadedIndex(e.a);
    bool savedMutIndex = mutIndex_;
    mutIndex_ = viaIndex;
    Place recv = exprPlace(e.a);
    mutIndex_ = savedMutIndex;
    for (uint8_t i = 0; i < adj.derefs; ++i) recv.proj.push_back({ProjKind::Deref});
    if (adj.sliceDeref) recv = asSlice(recv, adj.sliceDeref == 2, e.span);  // `arr.contains(&x)`, `v.fill(0)`
    if (adj.strDeref) {
      args.push_back(asStr(recv, e.span));  // a String receiver of a str method: its &str
    } else if (adj.autoref && t_.kind(placeType(p_, body_, recv).ty) == TyKind::Str && !recv.proj.empty() &&
               recv.proj.back().kind == ProjKind::Deref) {
      recv.proj.pop_back();  // `&*s` for a `&str` s is s itself (str is only reached through its fat reference)
      args.push_back(Operand::copy(recv));
    } else if (adj.autoref) {
      TyId rt = placeType(p_, body_, recv).ty;
      uint32_t tmp = newTemp(t_.ref(rt, adj.autoref == 2));
      Rvalue rv;
      rv.kind = RvKind::Ref;
      rv.mut = adj.autoref == 2;
      // an auto-ref'd receiver: a two-phase borrow (`v.push(v.len())`), unless reaching it went through an
      // overloaded index (`v[0].push(v.len())`: IndexMut borrows `v` mutably at once, as rustc says)
      rv.op = viaIndex ? 0 : 1;
      rv.place = recv;
      assign(Place{tmp, {}}, rv, e.span);
      args.push_back(Operand::copy(Place{tmp, {}}));
    } else {  // `self` by value: moves the receiver (rustc points at the call: `finish()`)
      args.push_back(moveOrCopy(recv, 1, Span{e.nameSpan.file, e.nameSpan.lo, e.span.hi}));
    }
    for (uint32_t i = 0; i < e.listLen; ++i) args.push_back(exprOperand(p_.ast.exprAt(e, i)));
    call(FnId{r.a}, std::move(args), dest, e.nameSpan, false, instanceArgs(eid));
  }
  // The callee's generic arguments at a call site, made concrete for this instance.
  std::vector<TyId> instanceArgs(ExprId call) {
    std::vector<TyId> v;
    for (TyId t : p_.exprSubsts[call.v]) v.push_back(T(t));
    return v;
  }

  // ---------------- format macros ----------------
  void writeStr(const std::string& s, Span span) {
    if (s.empty()) return;
    if (s.size() == 1) {
      callVoid("__out_byte", {constInt(t_.integer(IntKind::U8), uint8_t(s[0]))}, span);
      return;
    }
    callVoid("__wr_write_str", {constStr(s)}, span);
  }
  // Emits the pieces of a format string (writes to the current output).
  // Format arguments are taken by reference (`format_args!`): a place argument is not moved, and is
  // borrowed at its own span for the ownership checker.
  bool b_locals_user(const Place& pl) const { return pl.local < body_.locals.size() && body_.locals[pl.local].user; }
  std::vector<Operand> formatArgs(const FormatMacro& fm) {
    std::vector<Operand> argOps;
    for (ExprId a : fm.args) {
      Operand o = exprOperand(a);
      // (a Copy place too: `println!("{}", x)` while x is mutably borrowed is rustc's E0502)
      if (o.kind == Operand::Copy && (o.move || b_locals_user(o.place))) {
        o.move = false;
        Rvalue rv;
        rv.kind = RvKind::FakeRead;
        rv.place = o.place;
        assign(unitTemp(), rv, p_.ast.expr(a).span);
      }
      argOps.push_back(std::move(o));
    }
    return argOps;
  }
  void formatPieces(const FormatMacro& fm, const std::vector<Operand>& argOps) {
    for (const FmtPiece& pc : fm.pieces) {
      writeStr(pc.literal, fm.span);
      if (pc.arg < 0 || size_t(pc.arg) >= argOps.size()) continue;
      Operand val = argOps[size_t(pc.arg)];
      TyId ty = exprTy(fm.args[size_t(pc.arg)]);
      Operand width = pc.spec.widthArg >= 0 && size_t(pc.spec.widthArg) < argOps.size() ? castToU32(argOps[size_t(pc.spec.widthArg)]) : constU32(pc.spec.width);
      Operand prec = pc.spec.precArg >= 0 && size_t(pc.spec.precArg) < argOps.size() ? castToU32(argOps[size_t(pc.spec.precArg)]) : constU32(pc.spec.prec);
      formatValue(val, ty, pc.spec, width, prec, fm.span);
    }
  }
  Operand castToU32(Operand o) {
    uint32_t t = newTemp(t_.integer(IntKind::U32));
    Rvalue rv;
    rv.kind = RvKind::Cast;
    rv.ty = t_.integer(IntKind::U32);
    rv.ops = {o};
    assign(Place{t, {}}, rv, Span{});
    return Operand::copy(Place{t, {}});
  }
  // ---- Debug of compound values (derived Debug, tuples, arrays, Vec), like rustc's, `{:#?}` included ----
  bool isCompoundDebug(TyId ty) {
    while ((t_.kind(ty) == TyKind::Ref && t_.kind(TyId{t_.get(ty).a}) != TyKind::Str) || p_.isBox(ty)) ty = p_.derefTarget(ty);
    if (p_.isString(ty)) return false;
    TyKind k = t_.kind(ty);
    return k == TyKind::Adt || k == TyKind::Array || (k == TyKind::Tuple && !t_.get(ty).elems.empty());
  }
  void indentBy(uint32_t levels, Span span) {
    if (levels) writeStr(std::string(size_t(levels) * 4, ' '), span);
  }
  // Emits `open`, the items (each printed by `item(i)`), `close`: `(a, b)` or, pretty, one per line.
  template <class F>
  void debugList(const std::string& open, const std::string& close, size_t n, bool pretty, uint32_t indent, Span span, F item) {
    if (n == 0) {
      writeStr(open + close, span);
      return;
    }
    writeStr(pretty ? open + "\n" : open, span);
    for (size_t i = 0; i < n; ++i) {
      if (pretty) indentBy(indent + 1, span);
      else if (i) writeStr(", ", span);
      item(i);
      if (pretty) writeStr(",\n", span);
    }
    if (pretty) indentBy(indent, span);
    writeStr(close, span);
  }
  void debugValue(Place pl, TyId ty, const FmtSpec& spec, Operand width, Operand prec, Span span, uint32_t indent) {
    while ((t_.kind(ty) == TyKind::Ref && t_.kind(TyId{t_.get(ty).a}) != TyKind::Str) || p_.isBox(ty)) {
      pl.proj.push_back({ProjKind::Deref});
      ty = p_.derefTarget(ty);
    }
    if (!isCompoundDebug(ty)) {
      formatValue(Operand::copy(pl), ty, spec, width, prec, span);
      return;
    }
    bool pretty = spec.flags & 4;
    const TyData d = t_.get(ty);
    if (d.kind == TyKind::Tuple) {
      if (d.elems.size() == 1 && !pretty) {
        writeStr("(", span);
        debugValue(field(pl, 0), d.elems[0], spec, width, prec, span, indent);
        writeStr(",)", span);
        return;
      }
      debugList("(", ")", d.elems.size(), pretty, indent, span, [&](size_t i) {
        debugValue(field(pl, uint32_t(i)), d.elems[i], spec, width, prec, span, indent + 1);
      });
      return;
    }
    if (d.kind == TyKind::Array) {
      TyId elem{d.a};
      if (d.len <= 16) {
        debugList("[", "]", size_t(d.len), pretty, indent, span, [&](size_t i) {
          Place e = pl;
          e.proj.push_back({ProjKind::ConstIndex, uint32_t(i)});
          debugValue(e, elem, spec, width, prec, span, indent + 1);
        });
        return;
      }
      debugLoop(pl, elem, constInt(t_.integer(IntKind::Usize), d.len), false, spec, width, prec, span, indent);
      return;
    }
    // ADTs: Vec prints as a list; derived Debug prints `Name { f: v }`, `Name(v)` or `Name`.
    const AdtInfo& a = p_.adts[d.a];
    if (p_.isSeq(ty)) {  // Vec and slices: `[a, b]`
      std::pair<FnId, std::vector<TyId>> lenFn_ = vecMethod(ty, "len");
    FnId lenFn = lenFn_.first;
    std::vector<TyId> largs = lenFn_.second;
      TyId usize = t_.integer(IntKind::Usize);
      uint32_t len = newTemp(usize);
      call(lenFn, {refTo(pl, false)}, Place{len, {}}, span, false, largs);
      debugLoop(pl, d.elems.empty() ? t_.error() : d.elems[0], Operand::copy(Place{len, {}}), true, spec, width, prec, span, indent);
      return;
    }
    if (!a.isEnum) {
      debugVariant(pl, ty, 0, -1, spec, width, prec, span, indent);
      return;
    }
    uint32_t disc = newTemp(t_.integer(IntKind::Isize));
    Rvalue dr;
    dr.kind = RvKind::Discriminant;
    dr.place = pl;
    assign(Place{disc, {}}, dr, span);
    uint32_t join = newBlock();
    std::vector<uint32_t> blocks;
    Terminator& term = block(cur_).term;
    term.kind = TermKind::SwitchInt;
    term.discr = Operand::copy(Place{disc, {}});
    term.span = span;
    for (size_t v = 0; v < a.variants.size(); ++v) {
      blocks.push_back(newBlock());
      block(cur_).term.values.push_back(uint64_t(a.variants[v].discr));
      block(cur_).term.targets.push_back(blocks.back());
    }
    uint32_t none = newBlock();
    block(cur_).term.targets.push_back(none);
    block(none).term.kind = TermKind::Unreachable;
    for (size_t v = 0; v < a.variants.size(); ++v) {
      cur_ = blocks[v];
      debugVariant(pl, ty, uint32_t(v), int32_t(v), spec, width, prec, span, indent);
      gotoBlock(join);
    }
    cur_ = join;
  }
  Place field(Place pl, uint32_t i, int32_t variant = -1) {
    if (variant >= 0) pl.proj.push_back({ProjKind::Downcast, uint32_t(variant)});
    pl.proj.push_back({ProjKind::Field, i});
    return pl;
  }
  void debugVariant(const Place& pl, TyId ty, uint32_t v, int32_t downcast, const FmtSpec& spec, Operand width, Operand prec, Span span, uint32_t indent) {
    const VariantInfo& vi = p_.adts[t_.get(ty).a].variants[v];
    std::vector<TyId> ftys = p_.variantFieldTys(ty, v);
    std::string name = p_.str(vi.name);
    bool pretty = spec.flags & 4;
    if (vi.kind == StructKind::Unit || (vi.kind == StructKind::Named && ftys.empty())) {
      writeStr(name, span);
      return;
    }
    if (vi.kind == StructKind::Tuple) {
      debugList(name + "(", ")", ftys.size(), pretty, indent, span, [&](size_t i) {
        debugValue(field(pl, uint32_t(i), downcast), ftys[i], spec, width, prec, span, indent + 1);
      });
      return;
    }
    writeStr(pretty ? name + " {\n" : name + " { ", span);
    for (size_t i = 0; i < ftys.size(); ++i) {
      if (pretty) indentBy(indent + 1, span);
      else if (i) writeStr(", ", span);
      writeStr(p_.str(vi.fields[i].name) + ": ", span);
      debugValue(field(pl, uint32_t(i), downcast), ftys[i], spec, width, prec, span, indent + 1);
      if (pretty) writeStr(",\n", span);
    }
    if (pretty) indentBy(indent, span);
    writeStr(pretty ? "}" : " }", span);
  }
  // `[a, b, ...]` for an array (by index) or a Vec (through `index`), with a runtime loop.
  void debugLoop(const Place& pl, TyId elem, Operand len, bool isVec, const FmtSpec& spec, Operand width, Operand prec, Span span, uint32_t indent) {
    bool pretty = spec.flags & 4;
    TyId usize = t_.integer(IntKind::Usize);
    uint32_t i = newTemp(usize);
    assignUse(Place{i, {}}, constInt(usize, 0), span);
    uint32_t empty = newTemp(t_.boolean());
    Rvalue eq;
    eq.kind = RvKind::Binary;
    eq.op = uint8_t(BinOp::Eq);
    eq.ops = {len, constInt(usize, 0)};
    assign(Place{empty, {}}, eq, span);
    uint32_t emptyB = newBlock(), fullB = newBlock(), join = newBlock();
    branch(Operand::copy(Place{empty, {}}), emptyB, fullB, span);
    cur_ = emptyB;
    writeStr("[]", span);
    gotoBlock(join);
    cur_ = fullB;
    writeStr(pretty ? "[\n" : "[", span);
    uint32_t head = newBlock(), body = newBlock(), exit = newBlock();
    gotoBlock(head);
    cur_ = head;
    uint32_t more = newTemp(t_.boolean());
    Rvalue lt;
    lt.kind = RvKind::Binary;
    lt.op = uint8_t(BinOp::Lt);
    lt.ops = {Operand::copy(Place{i, {}}), len};
    assign(Place{more, {}}, lt, span);
    branch(Operand::copy(Place{more, {}}), body, exit, span);
    cur_ = body;
    if (pretty) {
      indentBy(indent + 1, span);
    } else {
      uint32_t notFirst = newTemp(t_.boolean());
      Rvalue ne;
      ne.kind = RvKind::Binary;
      ne.op = uint8_t(BinOp::Ne);
      ne.ops = {Operand::copy(Place{i, {}}), constInt(usize, 0)};
      assign(Place{notFirst, {}}, ne, span);
      uint32_t sep = newBlock(), after = newBlock();
      branch(Operand::copy(Place{notFirst, {}}), sep, after, span);
      cur_ = sep;
      writeStr(", ", span);
      gotoBlock(after);
      cur_ = after;
    }
    Place e;
    if (isVec) {
      std::pair<FnId, std::vector<TyId>> indexFn_ = vecMethod(placeType(p_, body_, pl).ty, "index");
    FnId indexFn = indexFn_.first;
    std::vector<TyId> iargs = indexFn_.second;
      uint32_t ref = newTemp(t_.ref(elem, true));
      call(indexFn, {refTo(pl, false), Operand::copy(Place{i, {}})}, Place{ref, {}}, span, false, iargs);
      e = Place{ref, {{ProjKind::Deref}}};
    } else {
      e = pl;
      e.proj.push_back({ProjKind::Index, i});
    }
    debugValue(e, elem, spec, width, prec, span, indent + 1);
    if (pretty) writeStr(",\n", span);
    Rvalue add;
    add.kind = RvKind::Binary;
    add.op = uint8_t(BinOp::Add);
    add.ops = {Operand::copy(Place{i, {}}), constInt(usize, 1)};
    assign(Place{i, {}}, add, span);
    gotoBlock(head);
    cur_ = exit;
    if (pretty) indentBy(indent, span);
    writeStr("]", span);
    gotoBlock(join);
    cur_ = join;
  }

  void formatValue(Operand val, TyId ty, const FmtSpec& spec, Operand width, Operand prec, Span span) {
    // Auto-deref references (and boxes).
    while ((t_.kind(ty) == TyKind::Ref && t_.kind(TyId{t_.get(ty).a}) != TyKind::Str) || p_.isBox(ty)) {
      Place pl = operandPlace(val);
      pl.proj.push_back({ProjKind::Deref});
      val = Operand::copy(pl);
      ty = p_.derefTarget(ty);
    }
    {
      TyId d = ty;
      while (t_.kind(d) == TyKind::Ref) d = TyId{t_.get(d).a};
      if (p_.isString(d)) {  // a String prints as its text
        formatValue(asStr(operandPlace(std::move(val)), span), t_.strRef(), spec, width, prec, span);
        return;
      }
      // a user `impl fmt::Display` / `impl fmt::Debug`: call its fmt with a formatter (on `dyn Trait`, the
      // trait's own `fmt`, dispatched on the object's type)
      if ((spec.kind == 0 || spec.kind == 1) && !(t_.kind(d) == TyKind::Adt && spec.kind == 1 && p_.adts[t_.get(d).a].deriveDebug)) {
        int32_t ti = p_.libTrait(spec.kind == 0 ? "__Display" : "__Debug");
        Symbol fmtName = p_.interner.intern("fmt");
        FnId fmtFn;
        std::vector<TyId> implArgs;
        if (ti >= 0 && t_.kind(d) == TyKind::Dyn && p_.traitImplies(t_.get(d).a, uint32_t(ti))) {
          fmtFn = p_.traits[size_t(ti)].methods.at(fmtName.v);
          implArgs = {d};
        } else if (int32_t impl = ti < 0 ? -1 : p_.findTraitImpl(uint32_t(ti), d, &implArgs); impl >= 0) {
          auto m = p_.traitImpls[size_t(impl)].methods.find(fmtName.v);
          if (m != p_.traitImpls[size_t(impl)].methods.end()) fmtFn = m->second;
        }
        if (fmtFn.valid()) {
          Place pl = operandPlace(std::move(val));
          TyId t2 = placeType(p_, body_, pl).ty;
          while (t_.kind(t2) == TyKind::Ref) {
            pl.proj.push_back({ProjKind::Deref});
            t2 = TyId{t_.get(t2).a};
          }
          int32_t fmtAdt = r_.findLibAdt(p_.interner.intern("__Formatter"));
          uint32_t f = newTemp(t_.adt(uint32_t(fmtAdt)));
          Rvalue fmtr;  // __Formatter { flags }
          fmtr.kind = RvKind::Aggregate;
          fmtr.ty = t_.adt(uint32_t(fmtAdt));
          fmtr.ops = {constU32(spec.flags)};
          assign(Place{f, {}}, fmtr, span);
          uint32_t res = newTemp(t_.subst(p_.fns[fmtFn.v].ret, implArgs));
          call(fmtFn, {refTo(pl, false), refTo(Place{f, {}}, true)}, Place{res, {}}, span, false, implArgs);
          return;
        }
      }
    }
    if (spec.kind == 1 && isCompoundDebug(ty)) {
      debugValue(operandPlace(std::move(val)), ty, spec, width, prec, span, 0);
      return;
    }
    std::vector<Operand> tail{constU32(spec.kind), constU32(spec.fill), constU32(spec.align), constU32(spec.flags), width, prec};
    auto withTail = [&](std::vector<Operand> head) {
      for (Operand& o : tail) head.push_back(o);
      return head;
    };
    switch (t_.kind(ty)) {
      case TyKind::Int: {
        IntKind k = t_.intKind(ty);
        TyId u64 = t_.integer(IntKind::U64);
        Operand mag, neg;
        if (intSigned(k) && (spec.kind <= 1 || spec.kind >= 6)) {
          // neg = v < 0; mag = if neg { 0 - (v as i64) as u64 } else { v as u64 }
          uint32_t wide = newTemp(t_.integer(IntKind::I64));
          assign(Place{wide, {}}, castRv(val, t_.integer(IntKind::I64)), span);
          uint32_t n = newTemp(t_.boolean());
          Rvalue lt;
          lt.kind = RvKind::Binary;
          lt.op = uint8_t(BinOp::Lt);
          lt.ops = {Operand::copy(Place{wide, {}}), constInt(t_.integer(IntKind::I64), 0)};
          assign(Place{n, {}}, lt, span);
          uint32_t u = newTemp(u64);
          assign(Place{u, {}}, castRv(Operand::copy(Place{wide, {}}), u64), span);
          uint32_t m = newTemp(u64);
          uint32_t isNeg = newBlock(), notNeg = newBlock(), join = newBlock();
          branch(Operand::copy(Place{n, {}}), isNeg, notNeg, span);
          cur_ = isNeg;
          Rvalue sub;
          sub.kind = RvKind::Binary;
          sub.op = uint8_t(BinOp::Sub);
          sub.ops = {constInt(u64, 0), Operand::copy(Place{u, {}})};
          assign(Place{m, {}}, sub, span);
          gotoBlock(join);
          cur_ = notNeg;
          assignUse(Place{m, {}}, Operand::copy(Place{u, {}}), span);
          gotoBlock(join);
          cur_ = join;
          mag = Operand::copy(Place{m, {}});
          neg = Operand::copy(Place{n, {}});
        } else {
          // unsigned view of the value's own width
          TyId unsignedTy = t_.integer(intSigned(k) ? IntKind(uint8_t(k) + 5) : k);
          uint32_t uv = newTemp(unsignedTy);
          assign(Place{uv, {}}, castRv(val, unsignedTy), span);
          uint32_t m = newTemp(u64);
          assign(Place{m, {}}, castRv(Operand::copy(Place{uv, {}}), u64), span);
          mag = Operand::copy(Place{m, {}});
          neg = constBool(false);
        }
        callVoid("__fmt_int", withTail({mag, neg}), span);
        return;
      }
      case TyKind::Float:
        callVoid(t_.get(ty).sub == 32 ? "__fmt_f32" : "__fmt_f64", withTail({val}), span);
        return;
      case TyKind::Bool: callVoid("__fmt_bool", withTail({val}), span); return;
      case TyKind::Char: callVoid("__fmt_char", withTail({val}), span); return;
      case TyKind::Ref: callVoid("__fmt_str", withTail({val}), span); return;
      case TyKind::Tuple:
        if (t_.get(ty).elems.empty()) {  // `()` is padded like a plain string, never quoted
          tail[0] = constU32(0);
          callVoid("__fmt_str", withTail({constStr("()")}), span);
          return;
        }
        return;
      default: return;
    }
  }
  Rvalue castRv(Operand o, TyId to) {
    Rvalue rv;
    rv.kind = RvKind::Cast;
    rv.ty = to;
    rv.ops = {std::move(o)};
    return rv;
  }

  void formatMacro(const FormatMacro& fm, Span span) {
    std::string m = p_.str(fm.macro);
    // The destination of `format!`/`write!`: read before the arguments, which may contain another
    // `format!` that sets pendingFormatDest_ for itself.
    const Place dest = pendingFormatDest_;
    if (m == "print" || m == "println" || m == "eprint" || m == "eprintln") {
      bool err = m[0] == 'e';
      // Evaluate arguments before starting output (they may themselves print or panic).
      std::vector<Operand> args = formatArgs(fm);
      callVoid("__out_begin", {constU32(err ? 2 : 1)}, span);
      formatPieces(fm, args);
      if (m == "println" || m == "eprintln") callVoid("__out_byte", {constInt(t_.integer(IntKind::U8), '\n')}, span);
      callVoid("__out_flush", {}, span);
      return;
    }
    if (m == "write" || m == "writeln") {  // to the output in progress; evaluates to Ok(())
      std::vector<Operand> args = formatArgs(fm);
      formatPieces(fm, args);
      if (m == "writeln") callVoid("__out_byte", {constInt(t_.integer(IntKind::U8), '\n')}, span);
      TyId rt = placeType(p_, body_, dest).ty;
      if (t_.kind(rt) == TyKind::Adt) {
        Rvalue ok;
        ok.kind = RvKind::Aggregate;
        ok.ty = rt;
        ok.variant = uint32_t(p_.adts[t_.get(rt).a].variantIndex(p_.interner.intern("Ok")));
        ok.ops = {Operand::constant(t_.unit(), 0)};
        assign(dest, ok, span);
      }
      return;
    }
    if (m == "format") {
      std::vector<Operand> args = formatArgs(fm);
      uint32_t saved = newTemp(t_.integer(IntKind::Usize));
      call(runtimeFn("__wr_format_begin"), {}, Place{saved, {}}, span);
      formatPieces(fm, args);
      call(runtimeFn("__wr_format_end"), {Operand::copy(Place{saved, {}})}, dest, span);
      return;
    }
    // panic family
    std::vector<Operand> args = formatArgs(fm);
    std::vector<Operand> loc = location(fm.span);
    callVoid("__wr_panic_begin", loc, span);
    if (m == "unreachable") writeStr(fm.pieces.empty() && fm.args.empty() ? "internal error: entered unreachable code" : "internal error: entered unreachable code: ", span);
    else if (m == "todo") writeStr(fm.pieces.empty() ? "not yet implemented" : "not yet implemented: ", span);
    else if (m == "unimplemented") writeStr(fm.pieces.empty() ? "not implemented" : "not implemented: ", span);
    else if (fm.pieces.empty()) writeStr("explicit panic", span);
    formatPieces(fm, args);
    call(runtimeFn("__wr_panic_end"), {}, unitTemp(), span, true);
  }

  void assertMacro(const AssertMacro& am, Span span) {
    std::string m = p_.str(am.macro);
    if (m == "assert") {
      Operand c = exprOperand(am.a);
      uint32_t ok = newBlock(), fail = newBlock();
      branch(c, ok, fail, span);
      cur_ = fail;
      std::vector<Operand> margs;
      if (am.message >= 0) margs = formatArgs(p_.ast.macros[size_t(am.message)]);
      callVoid("__wr_panic_begin", location(span), span);
      if (am.message >= 0) formatPieces(p_.ast.macros[size_t(am.message)], margs);
      else writeStr("assertion failed: " + std::string(p_.sm.text(p_.ast.expr(am.a).span)), span);
      call(runtimeFn("__wr_panic_end"), {}, unitTemp(), span, true);
      cur_ = ok;
      return;
    }
    bool eq = m == "assert_eq";
    Operand a = exprOperand(am.a), b = exprOperand(am.b);
    TyId ty = exprTy(am.a);
    uint32_t same = newTemp(t_.boolean());
    Expr fake = p_.ast.expr(am.a);
    fake.span = span;
    if (stringy(ty) && stringy(exprTy(am.b)) && (hasString(ty) || hasString(exprTy(am.b)))) {  // String vs &str
      Operand x = asStr(operandPlace(a), span), y = asStr(operandPlace(b), span);
      binaryInto(Place{same, {}}, eq ? BinOp::Eq : BinOp::Ne, x, y, t_.strRef(), fake);
    } else {
      binaryInto(Place{same, {}}, eq ? BinOp::Eq : BinOp::Ne, a, b, ty, fake);
    }
    uint32_t ok = newBlock(), fail = newBlock();
    branch(Operand::copy(Place{same, {}}), ok, fail, span);
    cur_ = fail;
    std::vector<Operand> margs;
    if (am.message >= 0) margs = formatArgs(p_.ast.macros[size_t(am.message)]);
    callVoid("__wr_panic_begin", location(span), span);
    writeStr(eq ? "assertion `left == right` failed" : "assertion `left != right` failed", span);
    if (am.message >= 0) {
      writeStr(": ", span);
      formatPieces(p_.ast.macros[size_t(am.message)], margs);
    }
    FmtSpec dbg;
    dbg.kind = 1;
    writeStr("\n  left: ", span);
    formatValue(a, ty, dbg, constU32(kNone), constU32(kNone), span);
    writeStr("\n right: ", span);
    formatValue(b, exprTy(am.b), dbg, constU32(kNone), constU32(kNone), span);
    call(runtimeFn("__wr_panic_end"), {}, unitTemp(), span, true);
    cur_ = ok;
  }
};

}  // namespace

Body buildBody(Program& p, Resolver& r, FnId fn, const BuildOptions& opts, const std::vector<TyId>& substs) {
  return Builder(p, r, fn, opts, substs).build();
}

PlaceTy placeType(const Program& p, const Body& b, const Place& place) {
  const TypeTable& t = p.types;
  PlaceTy pt{b.locals[place.local].ty, -1};
  for (const Proj& pr : place.proj) {
    const TyData& d = t.get(pt.ty);
    switch (pr.kind) {
      case ProjKind::Deref: {
        TyId target = p.derefTarget(pt.ty);
        pt = {target.v == UINT32_MAX ? t.error() : target, -1};
        break;
      }
      case ProjKind::Index:
      case ProjKind::ConstIndex: pt = {d.kind == TyKind::Array ? TyId{d.a} : t.error(), -1}; break;
      case ProjKind::Downcast: pt.variant = int32_t(pr.a); break;
      case ProjKind::Field:
        if (d.kind == TyKind::Tuple) pt = {pr.a < d.elems.size() ? d.elems[pr.a] : t.error(), -1};
        else if (d.kind == TyKind::Adt) {
          const AdtInfo& a = p.adts[d.a];
          const VariantInfo& v = a.variants[pt.variant >= 0 ? uint32_t(pt.variant) : 0];
          pt = {pr.a < v.fields.size() ? p.fieldTy(pt.ty, pt.variant >= 0 ? uint32_t(pt.variant) : 0, pr.a) : t.error(), -1};
        } else if (d.kind == TyKind::Closure) {
          std::vector<TyId> caps = p.captureTys(pt.ty);
          pt = {pr.a < caps.size() ? caps[pr.a] : t.error(), -1};
        } else {
          pt = {t.error(), -1};
        }
        break;
    }
  }
  return pt;
}

TyId operandType(const Program& p, const Body& b, const Operand& o) {
  return o.kind == Operand::Const ? o.c.ty : placeType(p, b, o.place).ty;
}

}  // namespace wr::mir
