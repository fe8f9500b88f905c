// Recursive-descent parser for the WasmRust subset. See parser.h for the contract.
#include "parse/parser.h"

#include <cstring>

namespace wr {
using namespace ast;

const char* ast::binOpText(BinOp op) {
  static const char* t[] = {"+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">="};
  return t[size_t(op)];
}
bool ast::isComparison(BinOp op) { return op >= BinOp::Eq; }
const char* ast::exprKindName(ExprKind k) {
  static const char* n[] = {
#define EXPR(Name) #Name,
#include "parse/ast.def"
  };
  return n[size_t(k)];
}

namespace {

struct ParseError {};  // thrown to unwind to the nearest recovery point

class Parser {
 public:
  Parser(const SourceMap& sm, uint32_t file, const std::vector<Token>& toks, Interner& in, Ast& ast, DiagnosticBag& d)
      : sm_(sm), file_(file), toks_(toks), in_(in), ast_(ast), diags_(d) {}

  void parseFile() { parseItemList(nullptr, false); }
  void setModule(uint32_t m) { curModule_ = m; }

  // Items until the end of the file, or (in a module) until its `}`. Items whose `#[cfg]` is false, and
  // `#[test]` functions outside a test build, are parsed (so syntax errors are reported) and then dropped.
  void parseItemList(std::vector<ItemId>* out, bool inMod) {
    while (!at(Tok::Eof) && !(inMod && at(Tok::RBrace))) {
      size_t start = pos_;
      size_t items = ast_.items.size(), uses = ast_.uses.size(), mods = ast_.modules.size();
      try {
        cfgOff_ = false;
        pendingTest_ = TestAttrs{};
        pendingExport_.clear();
        pendingImportModule_.clear();
        pendingImportSafe_ = false;
        skipAttributes();
        if (at(Tok::Eof) || (inMod && at(Tok::RBrace))) break;
        bool off = cfgOff_ || (pendingTest_.test && !ast_.cfgTest);
        cfgOff_ = false;
        ItemId id = parseItem();
        pendingTest_ = TestAttrs{};
        if (off) {
          ast_.items.resize(items);
          ast_.uses.resize(uses);
          ast_.modules.resize(mods);
        } else if (id.valid()) {
          if (out) {
            out->push_back(id);
          } else {
            ast_.topItems.push_back(id);
            ast_.topItemFile.push_back(file_);
          }
        }
      } catch (ParseError&) {
        cfgOff_ = false;
        pendingTest_ = TestAttrs{};
        recoverToItem(inMod);
      }
      if (pos_ == start) ++pos_;  // always make progress
    }
  }

  // use-tree = path "::" ( "*" | "{" use-tree,* "}" | name ["as" ident] ) | name ["as" ident]
  struct UseEntry {
    std::vector<Symbol> path;
    Symbol name, alias;
    bool glob = false;
    Span span;
  };
  void parseUseTree(std::vector<Symbol> path, std::vector<UseEntry>& out) {
    if (path.empty()) eat(Tok::ColonColon);
    while (true) {
      if (at(Tok::Star)) {
        UseEntry e{path, {}, {}, true, bump().span};
        out.push_back(std::move(e));
        return;
      }
      if (at(Tok::LBrace)) {
        bump();
        while (!at(Tok::RBrace) && !at(Tok::Eof)) {
          parseUseTree(path, out);
          if (!eat(Tok::Comma)) break;
        }
        expect(Tok::RBrace);
        return;
      }
      Span ss = cur().span;
      Symbol seg;
      if (at(Tok::KwCrate)) { bump(); seg = in_.intern("crate"); }
      else if (at(Tok::KwSelfValue)) { bump(); seg = in_.intern("self"); }
      else if (at(Tok::KwSuper)) { bump(); seg = in_.intern("super"); }
      else seg = expectIdent();
      if (eat(Tok::ColonColon)) {
        path.push_back(seg);
        continue;
      }
      if (in_.str(seg) == "self" && !path.empty()) {  // `use a::b::{self, c}` imports `b`
        seg = path.back();
        path.pop_back();
      }
      Symbol alias = seg;
      if (eat(Tok::KwAs)) {
        if (at(Tok::Underscore)) { bump(); alias = in_.intern("_"); }
        else alias = expectIdent();
      }
      out.push_back(UseEntry{path, seg, alias, false, ss});
      return;
    }
  }

 private:
  const SourceMap& sm_;
  uint32_t file_;
  const std::vector<Token>& toks_;
  Interner& in_;
  Ast& ast_;
  DiagnosticBag& diags_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::vector<Symbol> userMacros_;  // names defined with (unsupported) macro_rules!
  bool pendingTrackCaller_ = false; // a `#[track_caller]` attribute before the next fn
  bool pendingInheritChecks_ = false;  // `#[rustc_inherit_overflow_checks]` before the next fn
  std::string pendingExport_;          // #[no_mangle] ("\x01": the fn's own name) / #[wasm::export(name = "..")]
  std::string pendingImportModule_;    // #[wasm::import(module = "..")] / #[link(wasm_import_module = "..")]
  bool pendingImportSafe_ = false;
  std::vector<Symbol> pendingDerives_;  // `#[derive(..)]` before the next struct/enum
  // `#[test]`, `#[ignore]`, `#[should_panic]` before the next fn
  struct TestAttrs {
    bool test = false, ignore = false;
    uint8_t shouldPanic = 0;
    std::string ignoreReason, expected;
    Span span, ignoreSpan, panicSpan;
  } pendingTest_;
  bool cfgOff_ = false;       // a `#[cfg(...)]` that is false before the next item: parse it, then drop it
  uint32_t curModule_ = 0;    // the module being parsed
  int modDepth_ = 0;          // `mod` nesting
  bool modDepthReported_ = false;

  void pushItem(Item&& it) {
    it.module = curModule_;
    ast_.items.push_back(std::move(it));
  }
  // A string literal's value (in attributes).
  std::string attrString() {
    if (!at(Tok::StrLit)) return "";
    std::string t = cur().text;
    bump();
    return t;
  }
  // `#[cfg(PRED)]`: `test`, `not(PRED)`, `all(..)`, `any(..)`; other predicates are false (no features,
  // target_arch is wasm32).
  bool cfgPredicate() {
    if (!at(Tok::Ident)) { skipTree(); return false; }
    std::string n = in_.str(bump().sym);
    if (n == "test") return ast_.cfgTest;
    if (n == "debug_assertions") return true;
    if ((n == "not" || n == "all" || n == "any") && eat(Tok::LParen)) {
      bool acc = n == "all", first = true, v = false;
      while (!at(Tok::RParen) && !at(Tok::Eof)) {
        bool b = cfgPredicate();
        if (n == "not") v = !b;
        else acc = n == "all" ? (acc && b) : (first ? b : (acc || b));
        first = false;
        if (!eat(Tok::Comma)) break;
      }
      expect(Tok::RParen);
      return n == "not" ? v : acc;
    }
    if (eat(Tok::Eq)) {  // target_arch = "wasm32", feature = "x"
      std::string v = attrString();
      return (n == "target_arch" && v == "wasm32") || (n == "target_family" && v == "wasm") || (n == "target_pointer_width" && v == "32");
    }
    return false;
  }
  bool inTrait_ = false;            // inside `trait { }`: methods may end with `;` instead of a body

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& p) : p(p) {
      if (++p.depth_ > kMaxDepth) {
        p.diags_.report(DiagKind::TooDeep, p.cur().span, {std::to_string(kMaxDepth)});
        p.depth_ = -1000000;  // report once, then unwind to the item level
        throw ParseError{};
      }
    }
    ~DepthGuard() { --p.depth_; }
  };

  // ---- token helpers ----
  const Token& cur() const { return toks_[pos_]; }
  const Token& peek(size_t n = 1) const { return toks_[std::min(pos_ + n, toks_.size() - 1)]; }
  bool at(Tok k) const { return cur().kind == k; }
  bool atIdent(const char* s) const { return at(Tok::Ident) && in_.str(cur().sym) == s; }
  const Token& bump() {
    const Token& t = toks_[pos_];
    if (pos_ + 1 < toks_.size()) ++pos_;
    return t;
  }
  bool eat(Tok k) {
    if (!at(k)) return false;
    bump();
    return true;
  }
  Span prevSpan() const { return pos_ > 0 ? toks_[pos_ - 1].span : cur().span; }
  bool eofAfterLexError() const { return at(Tok::Eof) && !cur().sym.empty(); }
  std::string describe(const Token& t) const {
    std::string d = describeToken(t, sm_);
    if (t.kind >= Tok::KwAs) return "keyword " + d;
    return d;
  }
  [[noreturn]] void errorExpected(const std::string& what) {
    if (!eofAfterLexError()) diags_.report(DiagKind::Expected, cur().span, {what, describe(cur())}, "expected " + what);
    throw ParseError{};
  }
  // A missing `;` at the end of a line is reported after the previous token (like rustc) and
  // parsing goes on as if it were there.
  void expectSemi() {
    if (eat(Tok::Semi)) return;
    if (eofAfterLexError()) throw ParseError{};
    Span prev = prevSpan();
    bool newLine = pos_ > 0 && sm_.lineCol(file_, prev.hi).line < sm_.lineCol(file_, cur().span.lo).line;
    if (newLine) {
      Span at{file_, prev.hi, prev.hi};
      diags_.report(DiagKind::Expected, at, {"`;`", describe(cur())}, "expected `;`")
          .label(cur().span, "unexpected token");
      return;
    }
    errorExpected("`;`");
  }
  const Token& expect(Tok k) {
    if (!at(k)) {
      // `>>` where `>` is expected: split is handled by callers; report plainly.
      errorExpected(std::string("`") + tokSpelling(k) + "`");
    }
    return bump();
  }
  Symbol expectIdent() {
    if (!at(Tok::Ident)) errorExpected("identifier");
    return bump().sym;
  }
  std::vector<ast::GenericParam>* implTraitParams_ = nullptr;  // while parsing a fn's parameter types

  [[noreturn]] void unsupported(const std::string& what, Span s) {
    diags_.report(DiagKind::NotSupported, s, {what});
    throw ParseError{};
  }

  void recoverToItem(bool inMod = false) {
    int depth = 0;
    while (!at(Tok::Eof)) {
      if (inMod && depth == 0 && at(Tok::RBrace)) return;  // the module's own `}`
      if (depth == 0 && (at(Tok::KwFn) || at(Tok::KwStruct) || at(Tok::KwEnum) || at(Tok::KwImpl) ||
                         at(Tok::KwConst) || at(Tok::KwPub) || at(Tok::KwTrait) || at(Tok::KwUse) || at(Tok::KwMod) ||
                         at(Tok::Pound)))
        return;
      if (at(Tok::LBrace)) depth++;
      if (at(Tok::RBrace)) {
        if (depth > 0) depth--;
        bump();
        if (depth == 0) return;
        continue;
      }
      bump();
    }
  }
  // Skips to the end of the current statement (a `;` at this nesting level, or before the closing `}`).
  void recoverToStmt() {
    int depth = 0;
    while (!at(Tok::Eof)) {
      if (at(Tok::LBrace) || at(Tok::LParen) || at(Tok::LBracket)) depth++;
      else if (at(Tok::RBrace) || at(Tok::RParen) || at(Tok::RBracket)) {
        if (depth == 0) return;
        depth--;
        if (depth == 0 && at(Tok::RBrace)) { bump(); return; }
      } else if (at(Tok::Semi) && depth == 0) {
        bump();
        return;
      }
      bump();
    }
  }
  // Skips a balanced token tree starting at an opening delimiter.
  void skipTree() {
    int depth = 0;
    do {
      if (at(Tok::Eof)) return;
      if (at(Tok::LBrace) || at(Tok::LParen) || at(Tok::LBracket)) depth++;
      if (at(Tok::RBrace) || at(Tok::RParen) || at(Tok::RBracket)) depth--;
      bump();
    } while (depth > 0);
  }

  // ---- node constructors ----
  ExprId addExpr(Expr e) {
    ast_.exprs.push_back(std::move(e));
    return ExprId{uint32_t(ast_.exprs.size() - 1)};
  }
  ExprId mkExpr(ExprKind k, Span s) {
    Expr e;
    e.kind = k;
    e.span = s;
    return addExpr(std::move(e));
  }
  PatId addPat(Pat p) {
    ast_.pats.push_back(std::move(p));
    return PatId{uint32_t(ast_.pats.size() - 1)};
  }
  TypeId addType(Type t) {
    ast_.types.push_back(std::move(t));
    return TypeId{uint32_t(ast_.types.size() - 1)};
  }
  Expr& E(ExprId id) { return ast_.exprs[id.v]; }
  Span spanFrom(Span lo) const { return Span{file_, lo.lo, prevSpan().hi > lo.lo ? prevSpan().hi : lo.hi}; }

  // attributes: `#[allow(...)]`, `#![...]` are accepted and ignored; `#[derive]` and others are not yet.
  void skipAttributes() {
    while (at(Tok::Pound)) {
      Span s = cur().span;
      bump();
      eat(Tok::Bang);
      if (!at(Tok::LBracket)) errorExpected("`[`");
      size_t save = pos_;
      bump();
      std::string name = at(Tok::Ident) ? in_.str(cur().sym) : "";
      if (name == "derive") {
        // #[derive(Debug, Clone, ...)]: recorded for the next struct or enum
        bump();  // `derive`
        if (eat(Tok::LParen)) {
          while (at(Tok::Ident)) {
            Span ds = cur().span;
            std::string d = in_.str(bump().sym);
            static const char* kKnown[] = {"Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default", "Pod"};
            bool known = false;
            for (const char* k : kKnown) known = known || d == k;
            if (!known) diags_.report(DiagKind::UnknownDerive, ds, {d}, "not a derivable trait");
            else if (d == "Debug" || d == "Clone" || d == "Copy" || d == "PartialEq" || d == "Eq" || d == "PartialOrd" || d == "Ord" || d == "Hash" || d == "Default" || d == "Pod") pendingDerives_.push_back(in_.intern(d));
            else diags_.report(DiagKind::NotSupported, ds, {"`#[derive(" + d + ")]`"});
            if (!eat(Tok::Comma)) break;
          }
        }
        pos_ = save;
        skipTree();
        continue;
      }
      if (name == "no_mangle") {
        pendingExport_ = "\x01";
        pos_ = save;
        skipTree();
        continue;
      }
      if (name == "wasm" || name == "link") {  // #[wasm::export], #[wasm::import(module = "m")], #[link(wasm_import_module = "m")]
        bump();
        std::string sub = name;
        if (name == "wasm" && eat(Tok::ColonColon) && at(Tok::Ident)) sub = in_.str(bump().sym);
        std::string key, value;
        if (eat(Tok::LParen) && at(Tok::Ident)) {
          key = in_.str(bump().sym);
          if (eat(Tok::Eq)) value = attrString();
        }
        if (sub == "export") pendingExport_ = key == "name" && !value.empty() ? value : "\x01";
        else if (sub == "import" || (sub == "link" && key == "wasm_import_module")) {
          pendingImportModule_ = (key == "module" || key == "wasm_import_module") && !value.empty() ? value : "env";
          pendingImportSafe_ = sub == "import";
        } else if (sub == "js_type") {
          // `#[wasm::js_type] struct Document;`: a marker type naming a JS type for `wasm::ExternRef<T>`;
          // nothing else to record (the handle's type parameter is what keeps two JS types apart)
        } else {
          diags_.report(DiagKind::NotSupported, spanFrom(s), {"the attribute `#[" + name + (name == "wasm" ? "::" + sub : "") + "]`"});
        }
        pos_ = save;
        skipTree();
        continue;
      }
      if (name == "cfg" || name == "test" || name == "ignore" || name == "should_panic") {
        bump();
        if (name == "cfg") {
          if (eat(Tok::LParen)) {
            if (!cfgPredicate()) cfgOff_ = true;
          }
        } else if (name == "test") {
          pendingTest_.test = true;
          pendingTest_.span = s;
        } else if (name == "ignore") {
          pendingTest_.ignore = true;
          pendingTest_.ignoreSpan = s;
          if (eat(Tok::Eq)) pendingTest_.ignoreReason = attrString();
        } else {
          pendingTest_.shouldPanic = 1;
          pendingTest_.panicSpan = s;
          if (eat(Tok::LParen) && atIdent("expected")) {
            bump();
            if (eat(Tok::Eq) && at(Tok::StrLit)) {
              pendingTest_.expected = attrString();
              pendingTest_.shouldPanic = 2;
            }
          }
        }
        pos_ = save;
        skipTree();
        continue;
      }
      pos_ = save;
      skipTree();
      if (name == "track_caller") pendingTrackCaller_ = true;
      if (name == "rustc_inherit_overflow_checks") pendingInheritChecks_ = true;
      if (name != "allow" && name != "inline" && name != "warn" && name != "rustfmt" && name != "must_use" &&
          name != "doc" && name != "cold" && name != "track_caller" && name != "deny" && name != "expect" &&
          name != "rustc_inherit_overflow_checks" && name != "repr")  // repr: fields are laid out in order (as repr(C))
        diags_.report(DiagKind::NotSupported, spanFrom(s), {"the attribute `#[" + name + "]`"});
    }
  }

  // item = ["pub"] (fn | struct | enum | impl | const)
  ItemId parseItem() {
    Span start = cur().span;
    bool isPub = false;
    if (eat(Tok::KwPub)) {
      isPub = true;
      if (at(Tok::LParen)) skipTree();  // pub(crate)
    }
    switch (cur().kind) {
      case Tok::KwFn: return parseFn(isPub, start);
      case Tok::KwStruct: return parseStruct(isPub, start);
      case Tok::KwEnum: return parseEnum(isPub, start);
      case Tok::KwImpl: return parseImpl(start);
      case Tok::KwConst: return parseConst(isPub, start);
      case Tok::KwStatic:
        // An immutable `static` is a constant whose address does not matter to a safe program: compiled
        // as a `const`. `static mut` needs unsafe code.
        if (peek().kind == Tok::KwMut) unsupported("`static mut` items", cur().span.to(peek().span));
        return parseConst(isPub, start);
      case Tok::KwTrait: return parseTrait(isPub, start);
      case Tok::KwUse: {
        // `use` trees: paths into the crate's modules (`crate::`, `self::`, `super::`, a module's name), an
        // enum's variants, or the standard library. The library's names are found by their last segment
        // (std::fmt::Display, std::collections::HashMap), so std paths need no import, except the functions
        // of std::mem and std::process.
        bump();
        std::vector<UseEntry> entries;
        parseUseTree({}, entries);
        expect(Tok::Semi);
        for (UseEntry& e : entries) {
          std::string first = in_.str(e.path.empty() ? e.name : e.path[0]);
          if (first == "std" || first == "core" || first == "alloc" || first == "wasm") {  // wasm: the `wasm` crate (docs/wasm_crate.md)
            if (e.path.size() == 2 && (in_.str(e.path[1]) == "mem" || in_.str(e.path[1]) == "process" || in_.str(e.path[1]) == "thread")) {
              UseDecl u;
              u.span = e.span;
              u.module = curModule_;
              u.path = {e.path[1]};
              u.prefix = e.path[1];
              u.glob = e.glob;
              if (!e.glob) u.names.push_back({e.name, e.alias});
              ast_.uses.push_back(std::move(u));
            }
            continue;
          }
          if (e.path.empty()) continue;  // `use name;`: the name is already in scope
          UseDecl u;
          u.span = e.span;
          u.module = curModule_;
          u.path = e.path;
          u.prefix = e.path.back();
          u.glob = e.glob;
          if (!e.glob) u.names.push_back({e.name, e.alias});
          ast_.uses.push_back(std::move(u));
        }
        return ItemId{};
      }
      case Tok::KwMod: {
        // Modules nest: bounded. Too deep: report once and skip this module's whole token tree (the
        // enclosing modules then close normally).
        if (modDepth_ >= kMaxDepth) {
          if (!modDepthReported_) diags_.report(DiagKind::TooDeep, cur().span, {std::to_string(kMaxDepth)});
          modDepthReported_ = true;
          bump();
          if (at(Tok::Ident)) bump();
          if (at(Tok::LBrace)) skipTree();
          else eat(Tok::Semi);
          return ItemId{};
        }
        struct ModDepth {
          int& d;
          ~ModDepth() { --d; }
        } md{++modDepth_};
        bump();
        Item it;
        it.kind = ItemKind::Mod;
        it.isPub = isPub;
        it.nameSpan = cur().span;
        it.name = expectIdent();
        if (at(Tok::Semi)) {
          diags_.report(DiagKind::FileModule, spanFrom(start).to(cur().span), {in_.str(it.name)}, "")
              .help("WasmRust compiles a single file: write the module inline, `mod " + in_.str(it.name) + " { ... }`");
          bump();
          return ItemId{};
        }
        expect(Tok::LBrace);
        uint32_t mi = uint32_t(ast_.modules.size());
        ast_.modules.push_back(ModuleDecl{it.name, curModule_, ItemId{}});
        uint32_t saved = curModule_;
        curModule_ = mi;
        parseItemList(&it.items, true);
        curModule_ = saved;
        expect(Tok::RBrace);
        it.span = spanFrom(start);
        pushItem(std::move(it));
        ItemId id{uint32_t(ast_.items.size() - 1)};
        if (mi < ast_.modules.size()) ast_.modules[mi].item = id;
        return id;
      }
      case Tok::KwType: return parseTypeAlias(isPub, start);
      case Tok::KwAsync: unsupported("`async` functions", cur().span);
      case Tok::KwUnsafe:
        if (peek().kind == Tok::KwExtern) {  // `unsafe extern "C" { ... }` (the 2024 edition's spelling)
          bump();
          return parseItem();
        }
        // Report, then parse the item as if it were safe so its uses do not cascade.
        diags_.report(DiagKind::NotSupported, cur().span, {"`unsafe` code"});
        bump();
        return parseItem();
      case Tok::KwExtern: {
        if (peek().kind == Tok::KwCrate) unsupported("`extern crate` (external crates)", spanFrom(start).to(peek().span));
        bump();
        if (at(Tok::StrLit)) {
          Span abiSpan = cur().span;
          std::string abi = cur().text;
          bump();
          if (abi != "C" && abi != "C-unwind") unsupported("the ABI `\"" + abi + "\"` (WasmRust's boundary is `extern \"C\"`)", abiSpan);
        }
        if (at(Tok::KwFn)) {  // `extern "C" fn f() { .. }`: an ordinary function with the C ABI (exported with #[no_mangle])
          return parseFn(isPub, start);
        }
        // `extern "C" { fn f(x: i32) -> i32; ... }`: imports from the host
        std::string module = pendingImportModule_.empty() ? "env" : pendingImportModule_;
        bool safe = pendingImportSafe_;
        pendingImportModule_.clear();
        pendingImportSafe_ = false;
        expect(Tok::LBrace);
        while (!at(Tok::RBrace) && !at(Tok::Eof)) {
          skipAttributes();
          Span fs = cur().span;
          bool fnPub = eat(Tok::KwPub);
          if (fnPub && at(Tok::LParen)) skipTree();
          if (!at(Tok::KwFn)) errorExpected("`fn` in an `extern` block");
          bool saveTrait = inTrait_;
          inTrait_ = true;  // a signature without a body
          ItemId id;
          try {
            id = parseFn(fnPub, fs);
          } catch (ParseError&) {
            inTrait_ = saveTrait;
            throw;
          }
          inTrait_ = saveTrait;
          Item& fn = ast_.items[id.v];
          if (fn.body.valid()) diags_.report(DiagKind::NotSupported, fn.nameSpan, {"a function body in an `extern` block"});
          fn.isImport = true;
          fn.importSafe = safe;
          fn.importModule = module;
        }
        expect(Tok::RBrace);
        return ItemId{};
      }
      case Tok::Ident:
        if (atIdent("macro_rules") && peek().kind == Tok::Bang) {
          diags_.report(DiagKind::NotSupported, cur().span.to(peek().span), {"`macro_rules!`"});
          bump();
          bump();
          if (at(Tok::Ident)) userMacros_.push_back(bump().sym);  // later uses are not reported again
          if (at(Tok::LBrace) || at(Tok::LParen) || at(Tok::LBracket)) skipTree();
          eat(Tok::Semi);
          return ItemId{};
        }
        if (atIdent("union")) unsupported("`union` definitions", cur().span);
        [[fallthrough]];
      default:
        errorExpected("item");
    }
  }

  // generics = "<" (lifetime [":" lifetimes] | ident [":" bounds]),* ">"     (lifetimes go to `lts`)
  std::vector<GenericParam> parseGenericParams(std::vector<LifetimeParam>* lts = nullptr) {
    std::vector<GenericParam> out;
    if (!eat(Tok::Lt)) return out;
    while (!atCloseAngle() && !at(Tok::Eof)) {
      if (at(Tok::Lifetime)) {
        LifetimeParam lp;
        lp.name = cur().sym;
        lp.span = bump().span;
        if (eat(Tok::Colon))
          while (at(Tok::Lifetime) || at(Tok::Plus)) {
            if (at(Tok::Lifetime)) lp.bounds.push_back(cur().sym);
            bump();
          }
        if (lts) lts->push_back(std::move(lp));
      } else if (at(Tok::KwConst)) {
        unsupported("const generics", cur().span);
      } else {
        GenericParam gp;
        gp.span = cur().span;
        gp.name = expectIdent();
        if (eat(Tok::Colon)) parseBounds(gp.bounds);
        if (at(Tok::Eq)) unsupported("default type parameters", cur().span);
        out.push_back(std::move(gp));
      }
      if (!eat(Tok::Comma)) break;
    }
    expectCloseAngle();
    return out;
  }
  // `Fn(A, B) -> R` after the path `Fn` / `FnMut` / `FnOnce` (a bound or a `dyn` type): the argument types
  // and result go on the path's last segment.
  void parseFnSugar(uint32_t pi) {
    const std::string& last = in_.str(ast_.paths[pi].segs.back().name);
    if (!at(Tok::LParen) || (last != "Fn" && last != "FnMut" && last != "FnOnce")) return;
    bump();
    std::vector<TypeId> args;
    while (!at(Tok::RParen) && !at(Tok::Eof)) {
      args.push_back(parseType());
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    TypeId ret = eat(Tok::Arrow) ? parseType() : TypeId{};
    PathSeg& seg = ast_.paths[pi].segs.back();
    seg.parenArgs = true;
    seg.args = uint32_t(ast_.typeLists.size());
    seg.numArgs = uint32_t(args.size());
    ast_.typeLists.insert(ast_.typeLists.end(), args.begin(), args.end());
    seg.parenRet = ret.v;
    ast_.paths[pi].span = spanFrom(ast_.paths[pi].span);
  }
  // bounds = bound ("+" bound)*      bound = path | lifetime | "?" path
  void parseBounds(std::vector<uint32_t>& bounds) {
    while (true) {
      if (at(Tok::Lifetime)) bump();
      else if (at(Tok::Question)) { bump(); parsePath(true); }  // ?Sized
      else if (at(Tok::LParen)) unsupported("parenthesized bounds", cur().span);
      else {
        uint32_t pi = parsePath(true);
        parseFnSugar(pi);
        bounds.push_back(pi);
      }
      if (!eat(Tok::Plus)) break;
    }
  }
  // where = "where" (type ":" bounds),*      (only `T: Bound` for a generic parameter T)
  void parseWhere(std::vector<GenericParam>& generics, std::vector<uint32_t>* selfBounds = nullptr,
                  std::vector<std::pair<Symbol, uint32_t>>* outerBounds = nullptr, std::vector<LifetimeParam>* lts = nullptr) {
    if (!eat(Tok::KwWhere)) return;
    while (at(Tok::Ident) || at(Tok::Lifetime) || (selfBounds && at(Tok::KwSelfType))) {
      if (at(Tok::KwSelfType)) {  // `where Self: DoubleEndedIterator` on a trait's method
        bump();
        expect(Tok::Colon);
        parseBounds(*selfBounds);
      } else if (at(Tok::Lifetime)) {  // `'b: 'a + 'c` (on one of the item's own lifetimes)
        Symbol n = bump().sym;
        expect(Tok::Colon);
        LifetimeParam* lp = nullptr;
        if (lts)
          for (LifetimeParam& l : *lts) if (l.name == n) lp = &l;
        while (at(Tok::Lifetime) || at(Tok::Plus)) {
          if (lp && at(Tok::Lifetime)) lp->bounds.push_back(cur().sym);
          bump();
        }
      } else {
        Span s = cur().span;
        Symbol n = expectIdent();
        GenericParam* gp = nullptr;
        for (GenericParam& g : generics) if (g.name == n) gp = &g;
        if (!gp && outerBounds && !at(Tok::ColonColon) && !at(Tok::Lt)) {  // the enclosing impl's parameter
          expect(Tok::Colon);
          std::vector<uint32_t> bs;
          parseBounds(bs);
          for (uint32_t b : bs) outerBounds->push_back({n, b});
          if (!eat(Tok::Comma)) break;
          continue;
        }
        if (!gp || at(Tok::ColonColon) || at(Tok::Lt)) unsupported("`where` clauses on types other than generic parameters", s);
        expect(Tok::Colon);
        parseBounds(gp->bounds);
      }
      if (!eat(Tok::Comma)) break;
    }
  }

  // fn = "fn" ident "(" [self-param ","] (pat ":" type),* ")" ["->" type] block
  ItemId parseFn(bool isPub, Span start) {
    expect(Tok::KwFn);
    Item it;
    it.kind = ItemKind::Fn;
    it.trackCaller = pendingTrackCaller_;
    pendingTrackCaller_ = false;
    it.inheritOverflowChecks = pendingInheritChecks_;
    pendingInheritChecks_ = false;
    it.exportName = pendingExport_;
    pendingExport_.clear();
    TestAttrs ta = std::move(pendingTest_);  // before the body: nested items must not take them
    pendingTest_ = TestAttrs{};
    it.isTest = ta.test;
    it.testAttrSpan = ta.span;
    it.testIgnore = ta.ignore;
    it.ignoreReason = ta.ignoreReason;
    it.shouldPanic = ta.shouldPanic;
    it.panicExpected = ta.expected;
    it.isPub = isPub;
    it.nameSpan = cur().span;
    it.name = expectIdent();
    it.generics = parseGenericParams(&it.lifetimes);
    expect(Tok::LParen);
    bool first = true;
    while (!at(Tok::RParen)) {
      if (first) {
        // self parameter forms: self, mut self, &self, &mut self, self: Type (not supported)
        size_t save = pos_;
        Span ss = cur().span;
        bool ref = eat(Tok::Amp);
        Symbol selfLt;
        if (ref && at(Tok::Lifetime)) selfLt = bump().sym;
        bool mut = eat(Tok::KwMut);
        if (at(Tok::KwSelfValue)) {
          bump();
          it.selfKind = ref ? (mut ? SelfKind::RefMut : SelfKind::Ref) : SelfKind::Value;
          it.selfMut = !ref && mut;
          it.selfSpan = spanFrom(ss);
          it.selfLifetime = selfLt;
          if (at(Tok::Colon)) unsupported("`self` with an explicit type", cur().span);
          first = false;
          if (!eat(Tok::Comma)) break;
          continue;
        }
        pos_ = save;
      }
      first = false;
      Param p;
      Span ps = cur().span;
      p.pat = parsePattern();
      if (!eat(Tok::Colon)) {
        diags_.report(DiagKind::Expected, cur().span, {"one of `:`, `@`, or `|`", describe(cur())}, "expected one of `:`, `@`, or `|`")
            .note("anonymous parameters are removed in the 2018 edition (see RFC 1685)");
        Type et;
        et.kind = TypeKind::Error;
        et.span = cur().span;
        p.ty = addType(et);
        while (!at(Tok::Comma) && !at(Tok::RParen) && !at(Tok::Eof) && !at(Tok::LBrace)) bump();
      } else {
        struct Reset {  // also when parseType throws ParseError
          std::vector<ast::GenericParam>*& p;
          ~Reset() { p = nullptr; }
        } reset{implTraitParams_};
        implTraitParams_ = &it.generics;
        p.ty = parseType();
      }
      p.span = spanFrom(ps);
      it.params.push_back(p);
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    if (eat(Tok::Arrow)) it.ret = parseType();
    parseWhere(it.generics, &it.selfBounds, &it.outerBounds, &it.lifetimes);
    if (inTrait_ && eat(Tok::Semi)) {
      // a required trait method: no body
    } else {
      it.body = parseBlock();
    }
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  std::vector<FieldDef> parseNamedFields() {
    std::vector<FieldDef> fields;
    expect(Tok::LBrace);
    while (!at(Tok::RBrace)) {
      skipAttributes();
      FieldDef f;
      f.isPub = eat(Tok::KwPub);
      if (f.isPub && at(Tok::LParen)) skipTree();
      f.span = cur().span;
      f.name = expectIdent();
      expect(Tok::Colon);
      f.ty = parseType();
      fields.push_back(f);
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RBrace);
    return fields;
  }
  std::vector<FieldDef> parseTupleFields() {
    std::vector<FieldDef> fields;
    expect(Tok::LParen);
    while (!at(Tok::RParen)) {
      FieldDef f;
      f.isPub = eat(Tok::KwPub);
      f.span = cur().span;
      f.ty = parseType();
      fields.push_back(f);
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    return fields;
  }

  // struct = "struct" ident ( "{" fields "}" | "(" types ")" ";" | ";" )
  ItemId parseStruct(bool isPub, Span start) {
    expect(Tok::KwStruct);
    Item it;
    it.kind = ItemKind::Struct;
    it.derives = std::move(pendingDerives_);
    pendingDerives_.clear();
    it.isPub = isPub;
    it.nameSpan = cur().span;
    it.name = expectIdent();
    it.generics = parseGenericParams(&it.lifetimes);
    parseWhere(it.generics, nullptr, nullptr, &it.lifetimes);
    if (at(Tok::LBrace)) {
      it.structKind = StructKind::Named;
      it.fields = parseNamedFields();
    } else if (at(Tok::LParen)) {
      it.structKind = StructKind::Tuple;
      it.fields = parseTupleFields();
      parseWhere(it.generics, nullptr, nullptr, &it.lifetimes);
      expect(Tok::Semi);
    } else {
      it.structKind = StructKind::Unit;
      expect(Tok::Semi);
    }
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  // enum = "enum" ident "{" (ident [fields | tuple-fields] ["=" expr]),* "}"
  ItemId parseEnum(bool isPub, Span start) {
    expect(Tok::KwEnum);
    Item it;
    it.kind = ItemKind::Enum;
    it.derives = std::move(pendingDerives_);
    pendingDerives_.clear();
    it.isPub = isPub;
    it.nameSpan = cur().span;
    it.name = expectIdent();
    it.generics = parseGenericParams(&it.lifetimes);
    parseWhere(it.generics, nullptr, nullptr, &it.lifetimes);
    expect(Tok::LBrace);
    while (!at(Tok::RBrace)) {
      skipAttributes();
      VariantDef v;
      v.span = cur().span;
      v.name = expectIdent();
      if (at(Tok::LBrace)) {
        v.kind = StructKind::Named;
        v.fields = parseNamedFields();
      } else if (at(Tok::LParen)) {
        v.kind = StructKind::Tuple;
        v.fields = parseTupleFields();
      }
      if (eat(Tok::Eq)) v.discriminant = parseExpr();
      v.span = spanFrom(v.span);
      it.variants.push_back(std::move(v));
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RBrace);
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  // impl = "impl" type "{" (["pub"] fn | const)* "}"
  ItemId parseImpl(Span start) {
    expect(Tok::KwImpl);
    Item it;
    it.kind = ItemKind::Impl;
    it.generics = parseGenericParams(&it.lifetimes);
    it.selfTy = parseType();
    if (eat(Tok::KwFor)) {
      // `impl Trait for Type`: what was parsed is the trait's path
      const Type& tt = ast_.types[it.selfTy.v];
      if (tt.kind != TypeKind::Path) unsupported("this trait path", tt.span);
      it.hasTrait = true;
      it.traitPath = tt.path;
      it.selfTy = parseType();
    }
    parseWhere(it.generics, nullptr, nullptr, &it.lifetimes);
    expect(Tok::LBrace);
    while (!at(Tok::RBrace) && !at(Tok::Eof)) {
      size_t before = pos_;
      try {
        cfgOff_ = false;
        skipAttributes();
        bool off = cfgOff_;  // `#[cfg(test)] fn helper()` in an impl: dropped outside test builds
        cfgOff_ = false;
        size_t itemsBefore = ast_.items.size(), membersBefore = it.items.size();
        Span s = cur().span;
        bool isPub = eat(Tok::KwPub);
        if (isPub && at(Tok::LParen)) skipTree();
        if (at(Tok::KwFn) || at(Tok::KwConst)) {
          it.items.push_back(at(Tok::KwFn) ? parseFn(isPub, s) : parseConst(isPub, s));
          if (off) {
            it.items.resize(membersBefore);
            ast_.items.resize(itemsBefore);
          }
        } else if (at(Tok::KwType) && it.hasTrait) {  // `type Output = T;`
          bump();
          Symbol n = expectIdent();
          expect(Tok::Eq);
          TypeId ty = parseType();
          expect(Tok::Semi);
          it.assocTypes.push_back({n, ty});
        } else if (at(Tok::KwType)) unsupported("associated types in inherent impls", cur().span);
        else errorExpected("`fn` or `const` in an `impl` block");
      } catch (ParseError&) {
        recoverToItem();
        if (pos_ == before) bump();
      }
    }
    expect(Tok::RBrace);
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  // trait = "trait" ident [generics] [":" bounds] "{" (fn-signature ";" | fn)* "}"
  ItemId parseTrait(bool isPub, Span start) {
    expect(Tok::KwTrait);
    Item it;
    it.kind = ItemKind::Trait;
    it.isPub = isPub;
    it.nameSpan = cur().span;
    it.name = expectIdent();
    it.generics = parseGenericParams(&it.lifetimes);
    if (eat(Tok::Colon)) {
      parseBounds(it.selfBounds);  // supertraits: `trait DoubleEndedIterator: Iterator`
    }
    parseWhere(it.generics, nullptr, nullptr, &it.lifetimes);
    expect(Tok::LBrace);
    bool saveTrait = inTrait_;
    inTrait_ = true;
    while (!at(Tok::RBrace) && !at(Tok::Eof)) {
      size_t before = pos_;
      try {
        skipAttributes();
        Span s = cur().span;
        if (at(Tok::KwFn)) it.items.push_back(parseFn(false, s));
        else if (at(Tok::KwType)) {  // `type Output;` (only named by impls; not usable in the trait's own signatures yet)
          bump();
          Symbol n = expectIdent();
          if (at(Tok::Colon)) unsupported("bounds on associated types", cur().span);
          expect(Tok::Semi);
          it.assocTypes.push_back({n, TypeId{}});
        }
        else if (at(Tok::KwConst)) unsupported("associated constants in traits", cur().span);
        else errorExpected("`fn` in a trait");
      } catch (ParseError&) {
        if (depth_ < 0) { inTrait_ = saveTrait; throw; }
        recoverToItem();
        if (pos_ == before) bump();
      }
    }
    inTrait_ = saveTrait;
    expect(Tok::RBrace);
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  // const = "const" ident ":" type "=" expr ";"
  // type-alias = "type" ident "=" type ";"      (generic aliases are not supported yet)
  ItemId parseTypeAlias(bool isPub, Span start) {
    expect(Tok::KwType);
    Item it;
    it.kind = ItemKind::TypeAlias;
    it.isPub = isPub;
    it.nameSpan = cur().span;
    it.name = expectIdent();
    if (at(Tok::Lt)) unsupported("generic type aliases", cur().span);
    expect(Tok::Eq);
    it.ty = parseType();
    expectSemi();
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  ItemId parseConst(bool isPub, Span start) {
    if (at(Tok::KwStatic)) bump();
    else expect(Tok::KwConst);
    Item it;
    it.kind = ItemKind::Const;
    it.isPub = isPub;
    it.nameSpan = cur().span;
    if (at(Tok::Underscore)) { bump(); it.name = in_.intern("_"); }
    else it.name = expectIdent();
    expect(Tok::Colon);
    it.ty = parseType();
    expect(Tok::Eq);
    it.value = parseExpr();
    expectSemi();
    it.span = spanFrom(start);
    pushItem(std::move(it));
    return ItemId{uint32_t(ast_.items.size() - 1)};
  }

  // path = ["::"] segment ("::" segment)*   (generic args are not supported yet)
  // path = ["::"] segment ("::" segment)*     segment = ident [generic-args]
  // In types, `Foo<T>` takes arguments directly; in expressions only with a turbofish `f::<T>`.
  uint32_t parsePath(bool inType = false) {
    Path p;
    p.span = cur().span;
    if (at(Tok::ColonColon)) bump();
    while (true) {
      PathSeg s;
      s.span = cur().span;
      if (at(Tok::Ident)) s.name = bump().sym;
      else if (at(Tok::KwSelfType)) { bump(); s.name = in_.intern("Self"); s.isSelfType = true; }
      else if (at(Tok::KwSelfValue)) { bump(); s.name = in_.intern("self"); }
      else if (at(Tok::KwCrate) && p.segs.empty()) { bump(); s.name = in_.intern("crate"); }
      else if (at(Tok::KwSuper)) { bump(); s.name = in_.intern("super"); }
      else errorExpected("identifier");
      if (inType && at(Tok::Lt)) parseGenericArgs(s);
      else if (at(Tok::ColonColon) && peek().kind == Tok::Lt) {
        bump();
        parseGenericArgs(s);
      }
      p.segs.push_back(s);
      if (at(Tok::ColonColon) && (peek().kind == Tok::Ident || peek().kind == Tok::KwSelfType || peek().kind == Tok::KwSuper)) {
        bump();
        continue;
      }
      break;
    }
    p.span = spanFrom(p.span);
    ast_.paths.push_back(std::move(p));
    return uint32_t(ast_.paths.size() - 1);
  }
  // generic-args = "<" (type | lifetime),* ">"      (a `>>` closing two lists is split)
  void parseGenericArgs(PathSeg& seg) {
    expect(Tok::Lt);
    std::vector<TypeId> args;
    std::vector<std::pair<Symbol, TypeId>> binds;
    while (!atCloseAngle()) {
      if (at(Tok::Lifetime)) seg.lifetimes.push_back(bump().sym);
      else if (at(Tok::Ident) && peek().kind == Tok::Eq) {  // `Item = T`
        Symbol n = bump().sym;
        bump();
        binds.push_back({n, parseType()});
      } else {
        args.push_back(parseType());
      }
      if (!eat(Tok::Comma)) break;
    }
    expectCloseAngle();
    seg.bindings = uint32_t(ast_.assocBindings.size());
    seg.numBindings = uint32_t(binds.size());
    ast_.assocBindings.insert(ast_.assocBindings.end(), binds.begin(), binds.end());
    seg.hasArgs = true;
    seg.args = uint32_t(ast_.typeLists.size());
    seg.numArgs = uint32_t(args.size());
    ast_.typeLists.insert(ast_.typeLists.end(), args.begin(), args.end());
  }
  bool atCloseAngle() const { return at(Tok::Gt) || at(Tok::Shr) || at(Tok::Ge) || at(Tok::ShrEq) || splitAngle_; }
  void expectCloseAngle() {
    if (splitAngle_) { splitAngle_ = false; bump(); return; }  // second half of a `>>`
    if (at(Tok::Gt)) { bump(); return; }
    if (at(Tok::Shr)) { splitAngle_ = true; return; }  // `Vec<Vec<i32>>`: consume one `>` now
    errorExpected("`>`");
  }
  bool splitAngle_ = false;

  // type = path | "&" ["mut"] type | "(" types ")" | "[" type ";" expr "]" | "!" | "_"
  TypeId parseType() {
    DepthGuard g(*this);
    Type t;
    t.span = cur().span;
    switch (cur().kind) {
      case Tok::Amp:
      case Tok::AmpAmp: {
        bool dbl = at(Tok::AmpAmp);
        bump();
        if (at(Tok::Lifetime)) { t.lifetime = bump().sym; t.hasLifetime = true; }
        t.kind = TypeKind::Ref;
        t.mut = eat(Tok::KwMut);
        t.inner = parseType();
        if (dbl) {
          Type outer;
          outer.kind = TypeKind::Ref;
          outer.span = spanFrom(t.span);
          t.span = spanFrom(Span{file_, t.span.lo + 1, t.span.hi});
          outer.inner = addType(t);
          return addType(outer);
        }
        break;
      }
      case Tok::Star: unsupported("raw pointers", cur().span);
      case Tok::LParen: {
        bump();
        t.kind = TypeKind::Tuple;
        std::vector<TypeId> elems;
        bool trailingComma = false;
        while (!at(Tok::RParen)) {
          elems.push_back(parseType());
          trailingComma = false;
          if (!eat(Tok::Comma)) break;
          trailingComma = true;
        }
        expect(Tok::RParen);
        if (elems.size() == 1 && !trailingComma) return elems[0];  // parenthesized type
        t.list = uint32_t(ast_.typeLists.size());
        t.listLen = uint32_t(elems.size());
        ast_.typeLists.insert(ast_.typeLists.end(), elems.begin(), elems.end());
        break;
      }
      case Tok::LBracket: {
        bump();
        t.inner = parseType();
        if (eat(Tok::RBracket)) {  // `[T]`: a slice (only behind a reference)
          t.kind = TypeKind::Slice;
          break;
        }
        if (!at(Tok::Semi)) errorExpected("`;` or `]`");
        bump();
        t.kind = TypeKind::Array;
        t.len = parseExpr();
        expect(Tok::RBracket);
        break;
      }
      case Tok::Bang: bump(); t.kind = TypeKind::Never; break;
      case Tok::Underscore: bump(); t.kind = TypeKind::Infer; break;
      case Tok::KwDyn: {  // `dyn Trait`: a trait object (behind `&`, `&mut` or `Box`); the trait path in `path`
        bump();
        t.kind = TypeKind::Dyn;
        t.path = parsePath(true);
        parseFnSugar(t.path);  // `dyn Fn(i32) -> i32`
        while (eat(Tok::Plus)) {  // `dyn Shape + Send`: auto traits and lifetimes add nothing here
          if (at(Tok::Lifetime)) bump();
          else parsePath(true);
        }
        break;
      }
      case Tok::KwImpl: {
        // `impl Trait` in a parameter's type is an anonymous generic parameter with those bounds
        // (`fn f(x: impl Display)` is `fn f<I: Display>(x: I)`); elsewhere it is not supported yet.
        bump();
        std::vector<uint32_t> bounds;
        Span bs = cur().span;
        parseBounds(bounds);
        std::string name = "impl ";  // the bounds as written, whitespace collapsed: `impl Fn(i32) -> i32`
        for (char c : sm_.text(spanFrom(bs))) {
          bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
          if (ws && name.back() == ' ') continue;
          name += ws ? ' ' : c;
        }
        t.span = spanFrom(t.span);
        if (!implTraitParams_) {  // a function's result: an opaque type (resolve/ accepts it only there)
          t.kind = TypeKind::ImplTrait;
          t.list = uint32_t(ast_.boundLists.size());
          t.listLen = uint32_t(bounds.size());
          ast_.boundLists.insert(ast_.boundLists.end(), bounds.begin(), bounds.end());
          t.text = name;
          return addType(t);
        }
        GenericParam gp;
        size_t same = 0;  // two `impl Shape` parameters are two generic parameters
        for (const GenericParam& g : *implTraitParams_) same += in_.str(g.name).compare(0, name.size(), name) == 0;
        if (same) name += "#" + std::to_string(same + 1);
        gp.name = in_.intern(name);
        gp.span = t.span;
        gp.bounds = std::move(bounds);
        implTraitParams_->push_back(gp);
        Path path;
        path.segs.push_back(PathSeg{gp.name, t.span});
        path.span = t.span;
        ast_.paths.push_back(std::move(path));
        t.kind = TypeKind::Path;
        t.path = uint32_t(ast_.paths.size() - 1);
        return addType(t);
      }
      case Tok::KwFn: unsupported("function pointer types", cur().span);
      case Tok::Ident:
      case Tok::KwSelfType:
      case Tok::ColonColon:
      case Tok::KwCrate:
      case Tok::KwSuper:
        t.kind = TypeKind::Path;
        t.path = parsePath(true);
        break;
      default: errorExpected("type");
    }
    t.span = spanFrom(t.span);
    return addType(t);
  }

  // ---- patterns ----
  // pattern = alt ("|" alt)*
  PatId parsePattern() {
    DepthGuard g(*this);
    Span s = cur().span;
    eat(Tok::Pipe);  // leading |
    PatId first = parsePatternNoOr();
    if (!at(Tok::Pipe)) return first;
    std::vector<PatId> alts{first};
    while (eat(Tok::Pipe)) alts.push_back(parsePatternNoOr());
    Pat p;
    p.kind = PatKind::Or;
    p.span = spanFrom(s);
    p.list = uint32_t(ast_.patLists.size());
    p.listLen = uint32_t(alts.size());
    ast_.patLists.insert(ast_.patLists.end(), alts.begin(), alts.end());
    return addPat(p);
  }

  bool atLiteralStart() const {
    return at(Tok::IntLit) || at(Tok::FloatLit) || at(Tok::CharLit) || at(Tok::ByteLit) || at(Tok::StrLit) ||
           at(Tok::KwTrue) || at(Tok::KwFalse) || (at(Tok::Minus) && (peek().kind == Tok::IntLit || peek().kind == Tok::FloatLit));
  }
  ExprId parseLiteralExpr() {
    if (at(Tok::Minus)) {
      Span s = bump().span;
      ExprId inner = parsePrimary();
      ExprId e = mkExpr(ExprKind::Unary, spanFrom(s));
      E(e).op = uint8_t(UnOp::Neg);
      E(e).a = inner;
      return e;
    }
    return parsePrimary();
  }
  // A path usable as a range bound / constant pattern (`i32::MAX`, `CONST`).
  ExprId parsePathExpr() {
    Span s = cur().span;
    uint32_t path = parsePath();
    ExprId e = mkExpr(ExprKind::Path, spanFrom(s));
    E(e).index = path;
    return e;
  }

  std::vector<PatId> parsePatList(Tok close, bool& sawRest) {
    std::vector<PatId> v;
    while (!at(close)) {
      if (at(Tok::DotDot) && (peek().kind == Tok::Comma || peek().kind == close)) {
        Pat r;
        r.kind = PatKind::Rest;
        r.span = bump().span;
        v.push_back(addPat(r));
        sawRest = true;
      } else {
        v.push_back(parsePattern());
      }
      if (!eat(Tok::Comma)) break;
    }
    expect(close);
    return v;
  }

  PatId parsePatternNoOr() {
    DepthGuard g(*this);
    Pat p;
    p.span = cur().span;
    if (at(Tok::Underscore)) {
      bump();
      p.kind = PatKind::Wild;
      return addPat(p);
    }
    if (at(Tok::Amp) || at(Tok::AmpAmp)) {
      bool dbl = at(Tok::AmpAmp);  // `&&x` is two reference patterns
      bump();
      bool mut = eat(Tok::KwMut);
      p.kind = PatKind::Ref;
      p.sub = parsePatternNoOr();
      p.span = spanFrom(p.span);
      if (dbl) {
        Pat inner = p;
        inner.span.lo += 1;
        p.sub = addPat(inner);
      }
      (void)mut;
      return addPat(p);
    }
    if (at(Tok::LParen)) {
      bump();
      bool rest = false;
      size_t before = pos_;
      std::vector<PatId> elems = parsePatList(Tok::RParen, rest);
      bool trailingComma = pos_ >= 2 && toks_[pos_ - 2].kind == Tok::Comma && pos_ - before > 1;
      if (elems.size() == 1 && !trailingComma && !rest) return elems[0];
      p.kind = PatKind::Tuple;
      p.span = spanFrom(p.span);
      p.list = uint32_t(ast_.patLists.size());
      p.listLen = uint32_t(elems.size());
      ast_.patLists.insert(ast_.patLists.end(), elems.begin(), elems.end());
      return addPat(p);
    }
    if (at(Tok::LBracket)) {
      // Not supported yet: report, but parse the element patterns so their bindings exist (no cascade
      // of "cannot find value" errors); the pattern is an error pattern of error type.
      diags_.report(DiagKind::NotSupported, cur().span, {"slice and array patterns `[a, b, ..]`"});
      bump();
      bool rest = false;
      std::vector<PatId> elems = parsePatList(Tok::RBracket, rest);
      p.kind = PatKind::Error;
      p.span = spanFrom(p.span);
      p.list = uint32_t(ast_.patLists.size());
      p.listLen = uint32_t(elems.size());
      ast_.patLists.insert(ast_.patLists.end(), elems.begin(), elems.end());
      return addPat(p);
    }
    if (at(Tok::KwRef) || at(Tok::KwMut) ||
        (at(Tok::Ident) && peek().kind != Tok::ColonColon && peek().kind != Tok::LParen && peek().kind != Tok::LBrace &&
         peek().kind != Tok::DotDotEq && peek().kind != Tok::DotDot && peek().kind != Tok::DotDotDot)) {
      p.byRef = eat(Tok::KwRef);
      p.mut = eat(Tok::KwMut);
      p.kind = PatKind::Binding;
      Span ns = cur().span;
      p.name = expectIdent();
      if (eat(Tok::At)) p.sub = parsePatternNoOr();
      // A lone identifier that starts with an uppercase letter may be a unit variant/const; resolve decides.
      p.span = spanFrom(p.span);
      (void)ns;
      return addPat(p);
    }
    // literal or range or path-based
    ExprId lo;
    if (atLiteralStart()) {
      lo = parseLiteralExpr();
    } else if (at(Tok::Ident) || at(Tok::KwSelfType) || at(Tok::ColonColon) || at(Tok::KwCrate) || at(Tok::KwSuper) ||
               (at(Tok::KwSelfValue) && peek().kind == Tok::ColonColon)) {
      Span s = cur().span;
      uint32_t path = parsePath();
      if (at(Tok::LParen)) {
        bump();
        bool rest = false;
        std::vector<PatId> elems = parsePatList(Tok::RParen, rest);
        p.kind = PatKind::TupleStruct;
        p.path = path;
        p.span = spanFrom(s);
        p.list = uint32_t(ast_.patLists.size());
        p.listLen = uint32_t(elems.size());
        ast_.patLists.insert(ast_.patLists.end(), elems.begin(), elems.end());
        return addPat(p);
      }
      if (at(Tok::LBrace)) {
        bump();
        p.kind = PatKind::Struct;
        p.path = path;
        std::vector<FieldPat> fields;
        while (!at(Tok::RBrace)) {
          if (at(Tok::DotDot)) {
            bump();
            p.hasRest = true;
            break;
          }
          FieldPat f;
          f.nameSpan = cur().span;
          bool byRef = eat(Tok::KwRef);
          bool mut = eat(Tok::KwMut);
          if (byRef || mut) f.nameSpan = cur().span;
          f.name = expectIdent();
          if (!byRef && !mut && eat(Tok::Colon)) {
            f.pat = parsePattern();
          } else {
            Pat b;
            b.kind = PatKind::Binding;
            b.name = f.name;
            b.mut = mut;
            b.byRef = byRef;
            b.span = f.nameSpan;
            f.pat = addPat(b);
          }
          fields.push_back(f);
          if (!eat(Tok::Comma)) break;
        }
        expect(Tok::RBrace);
        p.list = uint32_t(ast_.fieldPats.size());
        p.listLen = uint32_t(fields.size());
        ast_.fieldPats.insert(ast_.fieldPats.end(), fields.begin(), fields.end());
        p.span = spanFrom(s);
        return addPat(p);
      }
      if (!at(Tok::DotDotEq) && !at(Tok::DotDot) && !at(Tok::DotDotDot)) {
        p.kind = PatKind::Path;
        p.path = path;
        p.span = spanFrom(s);
        return addPat(p);
      }
      lo = mkExpr(ExprKind::Path, spanFrom(s));
      E(lo).index = path;
    } else if (at(Tok::DotDotEq) || at(Tok::DotDot)) {
      // half-open `..=5`
    } else {
      errorExpected("pattern");
    }
    if (at(Tok::DotDotEq) || at(Tok::DotDot) || at(Tok::DotDotDot)) {
      p.kind = PatKind::Range;
      p.inclusive = !at(Tok::DotDot);
      bump();
      p.lo = lo;
      if (atLiteralStart()) p.hi = parseLiteralExpr();
      else if (at(Tok::Ident) || at(Tok::KwSelfType)) p.hi = parsePathExpr();
      p.span = spanFrom(p.span);
      return addPat(p);
    }
    p.kind = PatKind::Lit;
    p.lo = lo;
    p.span = spanFrom(p.span);
    return addPat(p);
  }

  // ---- statements and blocks ----
  // block = "{" stmt* [expr] "}"
  ExprId parseBlock() {
    DepthGuard g(*this);
    Span s = cur().span;
    expect(Tok::LBrace);
    std::vector<StmtId> stmts;
    ExprId tail;
    while (!at(Tok::RBrace) && !at(Tok::Eof)) {
      size_t before = pos_;
      try {
        if (tail.valid()) {
          // the previous expression had no `;` and was not block-like
          diags_.report(DiagKind::Expected, cur().span, {"`;` or `}`", describeToken(cur(), sm_)}, "expected `;` or `}`");
          throw ParseError{};
        }
        parseStmt(stmts, tail);
      } catch (ParseError&) {
        if (depth_ < 0) throw;
        tail = ExprId{};
        recoverToStmt();
        if (pos_ == before) bump();
      }
    }
    expect(Tok::RBrace);
    ExprId b = mkExpr(ExprKind::Block, spanFrom(s));
    E(b).list = uint32_t(ast_.stmtLists.size());
    E(b).listLen = uint32_t(stmts.size());
    ast_.stmtLists.insert(ast_.stmtLists.end(), stmts.begin(), stmts.end());
    E(b).a = tail;
    return b;
  }

  StmtId addStmt(Stmt s) {
    ast_.stmts.push_back(std::move(s));
    return StmtId{uint32_t(ast_.stmts.size() - 1)};
  }

  static bool isBlockLike(ExprKind k) {
    return k == ExprKind::Block || k == ExprKind::If || k == ExprKind::While || k == ExprKind::Loop ||
           k == ExprKind::For || k == ExprKind::Match;
  }

  // stmt = "let" pattern [":" type] ["=" expr] ";" | item | expr ";" | block-like-expr | ";"
  void parseStmt(std::vector<StmtId>& stmts, ExprId& tail) {
    Span s = cur().span;
    if (eat(Tok::Semi)) return;
    if (at(Tok::Pound)) {
      skipAttributes();
      cfgOff_ = false;  // `#[cfg]` on statements is not supported: the statement is kept
    }
    if (at(Tok::KwLet)) {
      bump();
      Stmt st;
      st.kind = StmtKind::Let;
      st.pat = parsePattern();
      if (eat(Tok::Colon)) st.ty = parseType();
      if (eat(Tok::Eq)) {
        try {
          st.init = parseExpr();
        } catch (ParseError&) {
          if (depth_ < 0) throw;
          // keep the binding (so later uses do not cascade into "cannot find value") and skip the statement
          st.init = mkExpr(ExprKind::Error, cur().span);
          st.kind = StmtKind::Let;
          st.span = spanFrom(s);
          stmts.push_back(addStmt(st));
          recoverToStmt();
          return;
        }
      }
      if (at(Tok::KwElse)) {  // let-else: `let PAT = EXPR else { diverge };`
        bump();
        if (!at(Tok::LBrace)) errorExpected("`{`");
        st.elseBlock = parseBlock();
      }
      expectSemi();
      st.span = spanFrom(s);
      stmts.push_back(addStmt(st));
      return;
    }
    if (at(Tok::KwFn) || at(Tok::KwStruct) || at(Tok::KwEnum) || at(Tok::KwConst) || at(Tok::KwImpl) ||
        at(Tok::KwStatic) || at(Tok::KwTrait) || at(Tok::KwUse) || (at(Tok::KwPub))) {
      if (at(Tok::KwConst) && peek().kind == Tok::LBrace) unsupported("inline `const` blocks", cur().span);
      Stmt st;
      st.kind = StmtKind::Item;
      st.item = parseItem();
      st.span = spanFrom(s);
      stmts.push_back(addStmt(st));
      return;
    }
    ExprId e = parseExprStmt();
    Stmt st;
    st.init = e;
    if (eat(Tok::Semi)) {
      st.kind = StmtKind::Semi;
    } else if (at(Tok::RBrace)) {
      tail = e;
      return;
    } else if (isBlockLike(E(e).kind)) {
      st.kind = StmtKind::Expr;
    } else {
      expectSemi();
      st.kind = StmtKind::Semi;
    }
    st.span = spanFrom(s);
    stmts.push_back(addStmt(st));
  }

  // In statement position a block-like expression ends the statement (`if c {} -1` is two statements).
  ExprId parseExprStmt() {
    if (at(Tok::KwIf) || at(Tok::KwMatch) || at(Tok::KwWhile) || at(Tok::KwLoop) || at(Tok::KwFor) ||
        at(Tok::LBrace) || (at(Tok::Lifetime) && peek().kind == Tok::Colon) || at(Tok::KwUnsafe)) {
      ExprId e = parsePrimary();
      if (at(Tok::Dot) || at(Tok::Question)) return parseBinaryRest(parsePostfix(e), 0);
      if (at(Tok::Eq) || at(Tok::PlusEq)) return parseAssignRest(e);
      return e;
    }
    return parseExpr();
  }

  // ---- expressions ----
  bool noStruct_ = false;  // in `if`/`while`/`match`/`for` heads a `{` starts the body, not a struct literal

  ExprId parseExpr() {
    DepthGuard g(*this);
    ExprId lhs = parseRange();
    return parseAssignRest(lhs);
  }
  ExprId parseExprNoStruct() {
    bool save = noStruct_;
    noStruct_ = true;
    ExprId e;
    try {
      e = parseExpr();
    } catch (...) {
      noStruct_ = save;
      throw;
    }
    noStruct_ = save;
    return e;
  }

  // assign = range ("=" | "+=" ...) assign
  ExprId parseAssignRest(ExprId lhs) {
    static const std::pair<Tok, BinOp> ops[] = {
        {Tok::PlusEq, BinOp::Add}, {Tok::MinusEq, BinOp::Sub}, {Tok::StarEq, BinOp::Mul}, {Tok::SlashEq, BinOp::Div},
        {Tok::PercentEq, BinOp::Rem}, {Tok::CaretEq, BinOp::BitXor}, {Tok::AmpEq, BinOp::BitAnd},
        {Tok::PipeEq, BinOp::BitOr}, {Tok::ShlEq, BinOp::Shl}, {Tok::ShrEq, BinOp::Shr}};
    if (at(Tok::Eq)) {
      bump();
      ExprId rhs = parseExpr();
      ExprId e = mkExpr(ExprKind::Assign, E(lhs).span.to(E(rhs).span));
      E(e).a = lhs;
      E(e).b = rhs;
      return e;
    }
    for (auto& [tok, op] : ops) {
      if (at(tok)) {
        bump();
        ExprId rhs = parseExpr();
        ExprId e = mkExpr(ExprKind::AssignOp, E(lhs).span.to(E(rhs).span));
        E(e).op = uint8_t(op);
        E(e).a = lhs;
        E(e).b = rhs;
        return e;
      }
    }
    return lhs;
  }

  bool atExprStart() const {
    switch (cur().kind) {
      case Tok::RParen: case Tok::RBracket: case Tok::RBrace: case Tok::Comma: case Tok::Semi: case Tok::Eof:
      case Tok::FatArrow: case Tok::Eq:
        return false;
      case Tok::LBrace: return !noStruct_;
      default: return true;
    }
  }

  // range = or [(".." | "..=") [or]] | (".." | "..=") [or]
  ExprId parseRange() {
    Span s = cur().span;
    if (at(Tok::DotDot) || at(Tok::DotDotEq)) {
      bool incl = at(Tok::DotDotEq);
      bump();
      ExprId e = mkExpr(ExprKind::Range, s);
      E(e).op = incl;
      if (atExprStart()) E(e).b = parseBinary(0);
      E(e).span = spanFrom(s);
      return e;
    }
    ExprId lhs = parseBinary(0);
    if (at(Tok::DotDot) || at(Tok::DotDotEq)) {
      bool incl = at(Tok::DotDotEq);
      bump();
      ExprId e = mkExpr(ExprKind::Range, s);
      E(e).op = incl;
      E(e).a = lhs;
      if (atExprStart()) E(e).b = parseBinary(0);
      E(e).span = spanFrom(E(lhs).span);
      return e;
    }
    return lhs;
  }

  // Binary operator precedence (higher binds tighter): || 1, && 2, comparisons 3, | 4, ^ 5, & 6, << >> 7,
  // + - 8, * / % 9, `as` 10.
  static int precOf(Tok t, BinOp& op) {
    switch (t) {
      case Tok::PipePipe: op = BinOp::Or; return 1;
      case Tok::AmpAmp: op = BinOp::And; return 2;
      case Tok::EqEq: op = BinOp::Eq; return 3;
      case Tok::Ne: op = BinOp::Ne; return 3;
      case Tok::Lt: op = BinOp::Lt; return 3;
      case Tok::Le: op = BinOp::Le; return 3;
      case Tok::Gt: op = BinOp::Gt; return 3;
      case Tok::Ge: op = BinOp::Ge; return 3;
      case Tok::Pipe: op = BinOp::BitOr; return 4;
      case Tok::Caret: op = BinOp::BitXor; return 5;
      case Tok::Amp: op = BinOp::BitAnd; return 6;
      case Tok::Shl: op = BinOp::Shl; return 7;
      case Tok::Shr: op = BinOp::Shr; return 7;
      case Tok::Plus: op = BinOp::Add; return 8;
      case Tok::Minus: op = BinOp::Sub; return 8;
      case Tok::Star: op = BinOp::Mul; return 9;
      case Tok::Slash: op = BinOp::Div; return 9;
      case Tok::Percent: op = BinOp::Rem; return 9;
      default: return -1;
    }
  }

  ExprId parseBinary(int minPrec) { return parseBinaryRest(parseUnary(), minPrec); }

  ExprId parseBinaryRest(ExprId lhs, int minPrec) {
    int chain = 0;
    while (true) {
      if (at(Tok::KwAs)) {
        if (10 < minPrec) return lhs;
        bump();
        TypeId ty = parseType();
        ExprId e = mkExpr(ExprKind::Cast, spanFrom(E(lhs).span));
        E(e).a = lhs;
        E(e).ty = ty;
        lhs = e;
      } else {
        BinOp op;
        int prec = precOf(cur().kind, op);
        if (prec < 0 || prec <= minPrec - 1 || prec < minPrec) return lhs;
        Span opSpan = bump().span;
        ExprId rhs = prec == 3 ? parseBinary(prec + 1) : parseBinary(prec + 1);
        if (prec == 3) {
          BinOp op2;
          if (precOf(cur().kind, op2) == 3) {
            diags_.report(DiagKind::Expected, cur().span, {"expression", "comparison operator"},
                          "comparison operators cannot be chained")
                .help("split the comparison into two");
            throw ParseError{};
          }
        }
        ExprId e = mkExpr(ExprKind::Binary, E(lhs).span.to(E(rhs).span));
        E(e).op = uint8_t(op);
        E(e).a = lhs;
        E(e).b = rhs;
        E(e).nameSpan = opSpan;
        lhs = e;
      }
      if (++chain > 4 * kMaxDepth) {
        diags_.report(DiagKind::TooDeep, cur().span, {std::to_string(4 * kMaxDepth) + " operators in a chain; that is"});
        depth_ = -1000000;
        throw ParseError{};
      }
    }
  }

  // unary = ("-" | "!" | "*" | "&" ["mut"]) unary | postfix
  ExprId parseUnary() {
    DepthGuard g(*this);
    Span s = cur().span;
    if (at(Tok::Minus) || at(Tok::Bang)) {
      UnOp op = at(Tok::Minus) ? UnOp::Neg : UnOp::Not;
      bump();
      ExprId inner = parseUnary();
      ExprId e = mkExpr(ExprKind::Unary, spanFrom(s));
      E(e).op = uint8_t(op);
      E(e).a = inner;
      return e;
    }
    if (at(Tok::Star)) {
      bump();
      ExprId inner = parseUnary();
      ExprId e = mkExpr(ExprKind::Deref, spanFrom(s));
      E(e).a = inner;
      return e;
    }
    if (at(Tok::Amp) || at(Tok::AmpAmp)) {
      bool dbl = at(Tok::AmpAmp);
      bump();
      bool mut = eat(Tok::KwMut);
      ExprId inner = parseUnary();
      ExprId e = mkExpr(ExprKind::Ref, spanFrom(s));
      E(e).op = mut;
      E(e).a = inner;
      if (dbl) {
        E(e).span.lo += 1;
        ExprId outer = mkExpr(ExprKind::Ref, spanFrom(s));
        E(outer).a = e;
        return outer;
      }
      return e;
    }
    return parsePostfix(parsePrimary());
  }

  std::vector<ExprId> parseArgs(Tok close) {
    std::vector<ExprId> args;
    while (!at(close)) {
      args.push_back(parseExpr());
      if (!eat(Tok::Comma)) break;
    }
    expect(close);
    return args;
  }
  // closure = ["move"] ("||" | "|" (pat [":" type]),* "|") (expr | "->" type block)
  ExprId parseClosure() {
    Span s = cur().span;
    bool isMove = eat(Tok::KwMove);
    std::vector<PatId> pats;
    std::vector<TypeId> tys;
    if (!eat(Tok::PipePipe)) {
      expect(Tok::Pipe);
      while (!at(Tok::Pipe) && !at(Tok::Eof)) {
        pats.push_back(parsePatternNoOr());
        tys.push_back(eat(Tok::Colon) ? parseType() : TypeId{});
        if (!eat(Tok::Comma)) break;
      }
      expect(Tok::Pipe);
    }
    TypeId ret;
    ExprId body;
    if (eat(Tok::Arrow)) {
      ret = parseType();
      if (!at(Tok::LBrace)) errorExpected("`{`");
      body = parseBlock();
    } else {
      bool save = noStruct_;
      noStruct_ = false;  // `|p| Point { .. }` inside an `if` head still builds a struct
      body = parseExpr();
      noStruct_ = save;
    }
    ExprId e = mkExpr(ExprKind::Closure, spanFrom(s));
    E(e).a = body;
    E(e).ty = ret;
    E(e).op = isMove;
    E(e).list = uint32_t(ast_.patLists.size());
    E(e).listLen = uint32_t(pats.size());
    ast_.patLists.insert(ast_.patLists.end(), pats.begin(), pats.end());
    E(e).index = uint32_t(ast_.typeLists.size());
    ast_.typeLists.insert(ast_.typeLists.end(), tys.begin(), tys.end());
    return e;
  }

  // `Vec::from([1, 2])`, `HashMap::from([("a", 1)])`: std's `From<[T; N]>` for its collections (WasmRust
  // has no const generics) is the array's items collected: the call becomes
  // `[..].into_iter().collect::<Coll<_>>()` (`Coll<_, _>` for maps). Returns the replacement, or invalid.
  ExprId fromArrayLiteral(ExprId callee, const std::vector<ExprId>& args, Span whole) {
    if (E(callee).kind != ExprKind::Path || args.size() != 1 || E(args[0]).kind != ExprKind::Array) return ExprId{};
    const Path& p = ast_.paths[E(callee).index];
    if (p.segs.size() != 2 || in_.str(p.segs[1].name) != "from" || p.segs[0].hasArgs) return ExprId{};
    static const std::pair<const char*, int> kColls[] = {{"Vec", 1}, {"VecDeque", 1}, {"HashMap", 2}, {"HashSet", 1},
                                                         {"BTreeMap", 2}, {"BTreeSet", 1}, {"BinaryHeap", 1}};
    int params = 0;
    for (auto& [c, n] : kColls)
      if (in_.str(p.segs[0].name) == c) params = n;
    if (params == 0) return ExprId{};
    ExprId iter = mkExpr(ExprKind::MethodCall, E(args[0]).span);
    E(iter).a = args[0];
    E(iter).name = in_.intern("into_iter");
    E(iter).nameSpan = E(args[0]).span;
    PathSeg seg;
    seg.name = in_.intern("collect");
    seg.span = whole;
    seg.hasArgs = true;
    seg.args = uint32_t(ast_.typeLists.size());
    seg.numArgs = 1;
    Type coll;
    coll.kind = TypeKind::Path;
    coll.span = p.segs[0].span;
    Path cp;
    cp.span = p.segs[0].span;
    PathSeg cs = p.segs[0];
    cs.hasArgs = true;
    std::vector<TypeId> infers;
    for (int i = 0; i < params; ++i) {
      Type inf;
      inf.kind = TypeKind::Infer;
      inf.span = p.segs[0].span;
      infers.push_back(addType(inf));
    }
    cs.args = uint32_t(ast_.typeLists.size());
    cs.numArgs = uint32_t(params);
    ast_.typeLists.insert(ast_.typeLists.end(), infers.begin(), infers.end());
    cp.segs.push_back(cs);
    ast_.paths.push_back(std::move(cp));
    coll.path = uint32_t(ast_.paths.size() - 1);
    seg.args = uint32_t(ast_.typeLists.size());
    ast_.typeLists.push_back(addType(coll));
    Path tp;
    tp.span = whole;
    tp.segs.push_back(seg);
    ast_.paths.push_back(std::move(tp));
    ExprId c = mkExpr(ExprKind::MethodCall, whole);
    E(c).a = iter;
    E(c).name = seg.name;
    E(c).nameSpan = E(callee).span;
    E(c).index = uint32_t(ast_.paths.size());  // turbofish path index + 1
    return c;
  }

  void setList(ExprId e, const std::vector<ExprId>& v) {
    E(e).list = uint32_t(ast_.exprLists.size());
    E(e).listLen = uint32_t(v.size());
    ast_.exprLists.insert(ast_.exprLists.end(), v.begin(), v.end());
  }

  // postfix = primary ("(" args ")" | "." ident ["(" args ")"] | "." int | "[" expr "]" | "?")*
  ExprId parsePostfix(ExprId e) {
    int chain = 0;
    while (true) {
      if (++chain > 4 * kMaxDepth) {
        diags_.report(DiagKind::TooDeep, cur().span, {std::to_string(4 * kMaxDepth)});
        depth_ = -1000000;
        throw ParseError{};
      }
      Span s = E(e).span;
      if (at(Tok::LParen)) {
        bump();
        bool save = noStruct_;
        noStruct_ = false;
        std::vector<ExprId> args = parseArgs(Tok::RParen);
        noStruct_ = save;
        if (ExprId r = fromArrayLiteral(e, args, spanFrom(s)); r.valid()) {
          e = r;
        } else {
          ExprId c = mkExpr(ExprKind::Call, spanFrom(s));
          E(c).a = e;
          setList(c, args);
          e = c;
        }
      } else if (at(Tok::LBracket)) {
        Span open = bump().span;
        bool save = noStruct_;
        noStruct_ = false;
        ExprId idx = parseExpr();
        noStruct_ = save;
        expect(Tok::RBracket);
        ExprId c = mkExpr(ExprKind::Index, spanFrom(s));
        E(c).a = e;
        E(c).b = idx;
        E(c).nameSpan = Span{open.file, open.lo, prevSpan().hi};  // `[idx]`: where overloaded indexing panics
        e = c;
      } else if (at(Tok::Question)) {
        Span q = bump().span;
        ExprId c = mkExpr(ExprKind::Try, spanFrom(s));
        E(c).a = e;
        E(c).nameSpan = q;
        e = c;
      } else if (at(Tok::Dot)) {
        bump();
        if (at(Tok::IntLit)) {
          const Token& t = bump();
          ExprId c = mkExpr(ExprKind::TupleField, spanFrom(s));
          E(c).a = e;
          E(c).index = uint32_t(t.intValue);
          E(c).nameSpan = t.span;
          e = c;
        } else if (at(Tok::FloatLit)) {
          errorExpected("tuple index");
        } else if (at(Tok::KwAwait)) {
          unsupported("`.await`", cur().span);
        } else {
          Span ns = cur().span;
          Symbol name = expectIdent();
          uint32_t turbofish = 0;  // `.collect::<Vec<_>>()`: a one-segment path holding the arguments, index + 1
          if (at(Tok::ColonColon) && peek().kind == Tok::Lt) {
            bump();
            PathSeg seg;
            seg.name = name;
            seg.span = ns;
            parseGenericArgs(seg);
            Path tp;
            tp.segs.push_back(seg);
            tp.span = spanFrom(ns);
            ast_.paths.push_back(std::move(tp));
            turbofish = uint32_t(ast_.paths.size());
          }
          if (turbofish && !at(Tok::LParen)) errorExpected("`(`");
          if (at(Tok::LParen)) {
            bump();
            bool save = noStruct_;
            noStruct_ = false;
            std::vector<ExprId> args = parseArgs(Tok::RParen);
            noStruct_ = save;
            ExprId c = mkExpr(ExprKind::MethodCall, spanFrom(s));
            E(c).a = e;
            E(c).name = name;
            E(c).nameSpan = ns;
            E(c).index = turbofish;
            setList(c, args);
            e = c;
          } else {
            ExprId c = mkExpr(ExprKind::Field, spanFrom(s));
            E(c).a = e;
            E(c).name = name;
            E(c).nameSpan = ns;
            e = c;
          }
        }
      } else {
        return e;
      }
    }
  }

  ExprId parseLabeled() {
    Span s = cur().span;
    Symbol label = bump().sym;
    expect(Tok::Colon);
    ExprId e;
    if (at(Tok::KwLoop) || at(Tok::KwWhile) || at(Tok::KwFor) || at(Tok::LBrace)) e = parsePrimary();
    else errorExpected("`loop`, `while`, `for` or a block after a label");
    E(e).name = label;
    E(e).nameSpan = s;
    E(e).span = spanFrom(s);
    return e;
  }

  // primary = literal | path | path "{" fields "}" | "(" exprs ")" | "[" exprs "]" | "[" expr ";" expr "]" |
  //           block | if | match | loop | while | for | break | continue | return | macro "!" "(" ... ")"
  ExprId parsePrimary() {
    DepthGuard g(*this);
    Span s = cur().span;
    const Token& t = cur();
    switch (t.kind) {
      case Tok::IntLit: {
        bump();
        ExprId e = mkExpr(ExprKind::IntLit, s);
        E(e).intValue = t.intValue;
        E(e).intOverflow = t.intOverflow;
        E(e).suffix = t.sym;
        E(e).text = t.text;
        return e;
      }
      case Tok::FloatLit: {
        bump();
        ExprId e = mkExpr(ExprKind::FloatLit, s);
        E(e).text = t.text;
        E(e).suffix = t.sym;
        return e;
      }
      case Tok::KwTrue:
      case Tok::KwFalse: {
        bump();
        ExprId e = mkExpr(ExprKind::BoolLit, s);
        E(e).intValue = t.kind == Tok::KwTrue;
        return e;
      }
      case Tok::CharLit: {
        bump();
        ExprId e = mkExpr(ExprKind::CharLit, s);
        E(e).intValue = t.charValue;
        return e;
      }
      case Tok::ByteLit: {
        bump();
        ExprId e = mkExpr(ExprKind::IntLit, s);
        E(e).intValue = t.charValue;
        E(e).suffix = in_.intern("u8");
        return e;
      }
      case Tok::StrLit: {
        bump();
        ExprId e = mkExpr(ExprKind::StrLit, s);
        E(e).text = t.text;
        return e;
      }
      case Tok::ByteStrLit: unsupported("byte string literals", s);
      case Tok::LParen: {
        bump();
        bool save = noStruct_;
        noStruct_ = false;
        std::vector<ExprId> elems;
        bool trailingComma = false;
        while (!at(Tok::RParen)) {
          elems.push_back(parseExpr());
          trailingComma = false;
          if (!eat(Tok::Comma)) break;
          trailingComma = true;
        }
        noStruct_ = save;
        expect(Tok::RParen);
        if (elems.size() == 1 && !trailingComma) {
          ExprId p = mkExpr(ExprKind::Paren, spanFrom(s));
          E(p).a = elems[0];
          // Like rustc's lowering, the inner expression takes the span of the parentheses (panic
          // locations and type errors point at `(a - b)`); paths keep theirs for name resolution errors.
          if (E(elems[0]).kind != ExprKind::Path) E(elems[0]).span = E(p).span;
          return p;
        }
        ExprId e = mkExpr(ExprKind::Tuple, spanFrom(s));
        setList(e, elems);
        return e;
      }
      case Tok::LBracket: {
        bump();
        bool save = noStruct_;
        noStruct_ = false;
        if (at(Tok::RBracket)) {
          bump();
          noStruct_ = save;
          ExprId e = mkExpr(ExprKind::Array, spanFrom(s));
          return e;
        }
        ExprId first = parseExpr();
        if (eat(Tok::Semi)) {
          ExprId count = parseExpr();
          expect(Tok::RBracket);
          noStruct_ = save;
          ExprId e = mkExpr(ExprKind::ArrayRepeat, spanFrom(s));
          E(e).a = first;
          E(e).b = count;
          return e;
        }
        std::vector<ExprId> elems{first};
        while (eat(Tok::Comma)) {
          if (at(Tok::RBracket)) break;
          elems.push_back(parseExpr());
        }
        expect(Tok::RBracket);
        noStruct_ = save;
        ExprId e = mkExpr(ExprKind::Array, spanFrom(s));
        setList(e, elems);
        return e;
      }
      case Tok::LBrace: return parseBlock();
      case Tok::KwUnsafe: {
        // WasmRust has no raw pointers: an unsafe block can only call `extern` functions (E0133 outside one).
        bump();
        ExprId blk = parseBlock();
        E(blk).op = 1;
        return blk;
      }
      case Tok::KwAsync: unsupported("`async` blocks", s);
      case Tok::KwMove:
      case Tok::Pipe:
      case Tok::PipePipe: return parseClosure();
      case Tok::Lifetime: return parseLabeled();
      case Tok::KwIf: return parseIf();
      case Tok::KwMatch: return parseMatch();
      case Tok::KwLoop: {
        bump();
        ExprId body = parseBlock();
        ExprId e = mkExpr(ExprKind::Loop, spanFrom(s));
        E(e).a = body;
        return e;
      }
      case Tok::KwWhile: {
        bump();
        ExprId cond = parseCond();
        ExprId body = parseBlock();
        ExprId e = mkExpr(ExprKind::While, spanFrom(s));
        E(e).a = cond;
        E(e).b = body;
        return e;
      }
      case Tok::KwFor: {
        bump();
        PatId pat = parsePattern();
        expect(Tok::KwIn);
        ExprId iter = parseExprNoStruct();
        ExprId body = parseBlock();
        ExprId e = mkExpr(ExprKind::For, spanFrom(s));
        E(e).pat = pat;
        E(e).a = iter;
        E(e).b = body;
        return e;
      }
      case Tok::KwBreak: {
        bump();
        ExprId e = mkExpr(ExprKind::Break, s);
        if (at(Tok::Lifetime)) { E(e).name = cur().sym; E(e).nameSpan = bump().span; }
        if (atExprStart()) E(e).a = parseExpr();
        E(e).span = spanFrom(s);
        return e;
      }
      case Tok::KwContinue: {
        bump();
        ExprId e = mkExpr(ExprKind::Continue, s);
        if (at(Tok::Lifetime)) { E(e).name = cur().sym; E(e).nameSpan = bump().span; }
        E(e).span = spanFrom(s);
        return e;
      }
      case Tok::KwReturn: {
        bump();
        ExprId e = mkExpr(ExprKind::Return, s);
        if (atExprStart()) E(e).a = parseExpr();
        E(e).span = spanFrom(s);
        return e;
      }
      case Tok::Ident:
        if (peek().kind == Tok::Bang && peek(2).kind != Tok::Eq) return parseMacro();
        [[fallthrough]];
      case Tok::KwSelfValue:
      case Tok::KwSelfType:
      case Tok::ColonColon:
      case Tok::KwCrate:
      case Tok::KwSuper: {
        uint32_t path = parsePath();
        if (at(Tok::LBrace) && !noStruct_) return parseStructLit(path, s);
        ExprId e = mkExpr(ExprKind::Path, spanFrom(s));
        E(e).index = path;
        return e;
      }
      default: errorExpected("expression");
    }
  }

  // cond = expr | "let" pattern "=" expr     (for `if let` / `while let`)
  ExprId parseCond() {
    if (at(Tok::KwLet)) {
      Span s = bump().span;
      PatId pat = parsePattern();
      expect(Tok::Eq);
      ExprId init = parseExprNoStruct();
      ExprId e = mkExpr(ExprKind::Let, spanFrom(s));
      E(e).pat = pat;
      E(e).a = init;
      if (at(Tok::AmpAmp)) unsupported("`let` chains", cur().span);
      return e;
    }
    return parseExprNoStruct();
  }

  // if = "if" cond block ["else" (if | block)]
  ExprId parseIf() {
    Span s = cur().span;
    expect(Tok::KwIf);
    ExprId cond = parseCond();
    ExprId then = parseBlock();
    ExprId els;
    if (eat(Tok::KwElse)) {
      if (at(Tok::KwIf)) els = parseIf();
      else els = parseBlock();
    }
    ExprId e = mkExpr(ExprKind::If, spanFrom(s));
    E(e).a = cond;
    E(e).b = then;
    E(e).c = els;
    return e;
  }

  // match = "match" expr "{" (pattern ["if" expr] "=>" expr [","])* "}"
  ExprId parseMatch() {
    Span s = cur().span;
    expect(Tok::KwMatch);
    ExprId scrut = parseExprNoStruct();
    expect(Tok::LBrace);
    std::vector<Arm> arms;
    while (!at(Tok::RBrace) && !at(Tok::Eof)) {
      Arm arm;
      arm.span = cur().span;
      arm.pat = parsePattern();
      if (eat(Tok::KwIf)) arm.guard = parseExpr();
      expect(Tok::FatArrow);
      arm.body = parseExprStmt();
      arm.span = spanFrom(arm.span);
      arms.push_back(arm);
      bool blockLike = isBlockLike(E(arm.body).kind);
      if (!eat(Tok::Comma) && !blockLike && !at(Tok::RBrace)) errorExpected("`,` or `}` after a match arm");
    }
    expect(Tok::RBrace);
    ExprId e = mkExpr(ExprKind::Match, spanFrom(s));
    E(e).a = scrut;
    E(e).list = uint32_t(ast_.arms.size());
    E(e).listLen = uint32_t(arms.size());
    ast_.arms.insert(ast_.arms.end(), arms.begin(), arms.end());
    return e;
  }

  // struct-lit = path "{" (ident [":" expr]),* "}"
  ExprId parseStructLit(uint32_t path, Span s) {
    expect(Tok::LBrace);
    std::vector<FieldInit> fields;
    ExprId base;
    while (!at(Tok::RBrace)) {
      if (at(Tok::DotDot)) {  // struct update syntax: `..base` takes the other fields from `base`
        Span dots = cur().span;
        bump();
        base = parseExpr();
        if (at(Tok::Comma)) {  // (rustc's recovery: the fields after it are skipped)
          diags_.report(DiagKind::CommaAfterBase, Span{dots.file, dots.lo, E(base).span.hi}, {})
              .note("the base struct must always be the last field")
              .help("remove this comma");
          while (!at(Tok::RBrace) && !at(Tok::Eof)) bump();
        }
        break;
      }
      FieldInit f;
      f.nameSpan = cur().span;
      if (at(Tok::IntLit)) unsupported("numeric field names in struct literals", cur().span);
      f.name = expectIdent();
      if (at(Tok::Eq)) {
        diags_.report(DiagKind::Expected, cur().span, {"`:`", "`=`"}, "expected `:`").help("replace equals symbol with a colon");
        bump();
        f.value = parseExpr();
      } else if (eat(Tok::Colon)) {
        f.value = parseExpr();
      } else {
        // shorthand `x` == `x: x`
        Path p;
        p.segs.push_back(PathSeg{f.name, f.nameSpan});
        p.span = f.nameSpan;
        ast_.paths.push_back(p);
        f.value = mkExpr(ExprKind::Path, f.nameSpan);
        E(f.value).index = uint32_t(ast_.paths.size() - 1);
      }
      fields.push_back(f);
      if (!eat(Tok::Comma)) break;
    }
    expect(Tok::RBrace);
    ExprId e = mkExpr(ExprKind::StructLit, spanFrom(s));
    E(e).index = path;
    E(e).a = base;
    E(e).list = uint32_t(ast_.fieldInits.size());
    E(e).listLen = uint32_t(fields.size());
    ast_.fieldInits.insert(ast_.fieldInits.end(), fields.begin(), fields.end());
    return e;
  }

  // ---- macros ----
  // macro = ident "!" ("(" | "[" | "{") tokens (")" | "]" | "}")
  ExprId parseMacro() {
    Span s = cur().span;
    Symbol name = bump().sym;
    std::string n = in_.str(name);
    expect(Tok::Bang);
    Tok close = at(Tok::LParen) ? Tok::RParen : at(Tok::LBracket) ? Tok::RBracket : at(Tok::LBrace) ? Tok::RBrace : Tok::Eof;
    if (close == Tok::Eof) errorExpected("`(`, `[` or `{` after a macro name");
    if (n == "print" || n == "println" || n == "eprint" || n == "eprintln" || n == "panic" || n == "unreachable" || n == "format" ||
        n == "todo" || n == "unimplemented") {
      bump();
      int idx = parseFormatArgs(name, close, s, n == "print" || n == "eprint" || n == "format");
      ExprId e = mkExpr(ExprKind::FormatMacro, spanFrom(s));
      E(e).index = uint32_t(idx);
      return e;
    }
    if (n == "assert" || n == "assert_eq" || n == "assert_ne" || n == "debug_assert" || n == "debug_assert_eq" ||
        n == "debug_assert_ne") {
      bump();
      AssertMacro am;
      am.macro = in_.intern(n.rfind("debug_", 0) == 0 ? n.substr(6) : n);
      bool save = noStruct_;
      noStruct_ = false;
      am.a = parseExpr();
      if (n != "assert" && n != "debug_assert") {
        expect(Tok::Comma);
        am.b = parseExpr();
      }
      noStruct_ = save;
      if (eat(Tok::Comma) && !at(close)) am.message = parseFormatArgs(name, close, s, true);
      else expect(close);
      ast_.asserts.push_back(am);
      ExprId e = mkExpr(ExprKind::AssertMacro, spanFrom(s));
      E(e).index = uint32_t(ast_.asserts.size() - 1);
      return e;
    }
    Span ms = spanFrom(s);
    for (Symbol m : userMacros_)
      if (m == name) {
        skipTree();
        return mkExpr(ExprKind::Error, spanFrom(s));
      }
    if (n == "macro_rules") unsupported("`macro_rules!`", ms);
    if (n == "vec") {  // vec![a, b, c] / vec![x; n]
      bump();
      bool save = noStruct_;
      noStruct_ = false;
      ExprId v = mkExpr(ExprKind::VecMacro, s);
      if (!at(close)) {
        ExprId first = parseExpr();
        if (eat(Tok::Semi)) {
          ExprId count = parseExpr();
          E(v).a = first;
          E(v).b = count;
        } else {
          std::vector<ExprId> elems{first};
          while (eat(Tok::Comma)) {
            if (at(close)) break;
            elems.push_back(parseExpr());
          }
          setList(v, elems);
        }
      }
      noStruct_ = save;
      expect(close);
      E(v).span = spanFrom(s);
      return v;
    }
    if (n == "write" || n == "writeln") {
      // write!(f, "...", args): the formatter expression, then a format string (to the current output)
      bump();
      bool save = noStruct_;
      noStruct_ = false;
      ExprId target = parseExpr();
      noStruct_ = save;
      int idx;
      if (eat(Tok::Comma) && !at(close)) idx = parseFormatArgs(name, close, s, n == "write");
      else {
        expect(close);
        FormatMacro fm;
        fm.macro = name;
        fm.span = spanFrom(s);
        ast_.macros.push_back(std::move(fm));
        idx = int(ast_.macros.size() - 1);
      }
      ExprId e = mkExpr(ExprKind::FormatMacro, spanFrom(s));
      E(e).index = uint32_t(idx);
      E(e).a = target;
      return e;
    }
    if (n == "dbg") {
      // dbg!(e) is `match e { tmp => { eprintln!("[FILE:L:C] e = {:#?}", &tmp); tmp } }` (the text of `e`
      // as written); dbg!(a, b) is a tuple of one dbg! per argument; dbg!() prints the location.
      bump();
      LineCol lc = sm_.lineCol(file_, s.lo);
      std::string where = "[" + sm_.file(file_).name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col) + "]";
      std::vector<ExprId> args;
      bool save = noStruct_;
      noStruct_ = false;
      while (!at(close) && !at(Tok::Eof)) {
        args.push_back(parseExpr());
        if (!eat(Tok::Comma)) break;
      }
      noStruct_ = save;
      expect(close);
      Span whole = spanFrom(s);
      Symbol eprintln = in_.intern("eprintln");
      auto printStmt = [&](std::vector<FmtPiece> pieces, std::vector<ExprId> fargs) {
        FormatMacro fm;
        fm.macro = eprintln;
        fm.span = whole;
        fm.pieces = std::move(pieces);
        fm.args = std::move(fargs);
        ast_.macros.push_back(std::move(fm));
        ExprId pe = mkExpr(ExprKind::FormatMacro, whole);
        E(pe).index = uint32_t(ast_.macros.size() - 1);
        Stmt st;
        st.kind = StmtKind::Semi;
        st.init = pe;
        st.span = whole;
        return addStmt(st);
      };
      auto block = [&](std::vector<StmtId> stmts, ExprId tail) {
        ExprId b = mkExpr(ExprKind::Block, whole);
        E(b).list = uint32_t(ast_.stmtLists.size());
        E(b).listLen = uint32_t(stmts.size());
        ast_.stmtLists.insert(ast_.stmtLists.end(), stmts.begin(), stmts.end());
        E(b).a = tail;
        return b;
      };
      if (args.empty()) {
        FmtPiece p;
        p.literal = where;
        return block({printStmt({p}, {})}, ExprId{});
      }
      std::vector<ExprId> results;
      for (ExprId arg : args) {
        Symbol tmp = in_.intern("__dbg_value");
        Path tp;
        tp.span = whole;
        tp.segs.push_back(PathSeg{tmp, whole});
        ast_.paths.push_back(tp);
        uint32_t pathIdx = uint32_t(ast_.paths.size() - 1);
        auto use = [&]() {
          ExprId u = mkExpr(ExprKind::Path, whole);
          E(u).index = pathIdx;
          return u;
        };
        ExprId ref = mkExpr(ExprKind::Ref, whole);
        E(ref).a = use();
        FmtPiece p;
        Span as = E(arg).span;
        p.literal = where + " " + std::string(sm_.text(as)) + " = ";
        p.arg = 0;
        p.spec.kind = 1;
        p.spec.flags = 4;  // `{:#?}`
        p.span = whole;
        Arm arm;
        arm.span = whole;
        Pat bind;
        bind.kind = PatKind::Binding;
        bind.span = whole;
        bind.name = tmp;
        arm.pat = addPat(bind);
        arm.body = block({printStmt({p}, {ref})}, use());
        ExprId m = mkExpr(ExprKind::Match, whole);
        E(m).a = arg;
        E(m).list = uint32_t(ast_.arms.size());
        E(m).listLen = 1;
        ast_.arms.push_back(arm);
        results.push_back(m);
      }
      if (results.size() == 1) return results[0];
      ExprId tup = mkExpr(ExprKind::Tuple, whole);
      setList(tup, results);
      return tup;
    }
    if (n == "matches") {
      // matches!(expr, pat [if guard]) is `match expr { pat [if guard] => true, _ => false }`
      bump();
      bool save = noStruct_;
      noStruct_ = false;
      ExprId scrut = parseExpr();
      expect(Tok::Comma);
      Arm yes;
      yes.span = cur().span;
      yes.pat = parsePattern();
      if (eat(Tok::KwIf)) yes.guard = parseExpr();
      yes.span = spanFrom(yes.span);
      eat(Tok::Comma);
      expect(close);
      noStruct_ = save;
      Span whole = spanFrom(s);
      yes.body = mkExpr(ExprKind::BoolLit, whole);
      E(yes.body).intValue = 1;
      Arm no;
      no.span = whole;
      Pat wild;
      wild.kind = PatKind::Wild;
      wild.span = whole;
      no.pat = addPat(wild);
      no.body = mkExpr(ExprKind::BoolLit, whole);
      E(no.body).intValue = 0;
      ExprId e = mkExpr(ExprKind::Match, whole);
      E(e).a = scrut;
      E(e).list = uint32_t(ast_.arms.size());
      E(e).listLen = 2;
      ast_.arms.push_back(yes);
      ast_.arms.push_back(no);
      return e;
    }
    diags_.report(DiagKind::UnknownMacro, ms, {n});
    skipTree();
    return mkExpr(ExprKind::Error, spanFrom(s));
  }

  // Parses `"fmt", args...` up to and including `close`. Returns the index into ast.macros.
  int parseFormatArgs(Symbol macro, Tok close, Span macroSpan, bool noNewlineOk) {
    FormatMacro fm;
    fm.macro = macro;
    fm.span = macroSpan;
    std::string mname = in_.str(macro);
    if (at(close)) {
      bump();
      fm.span = spanFrom(macroSpan);
      ast_.macros.push_back(std::move(fm));
      return int(ast_.macros.size() - 1);
    }
    if (!at(Tok::StrLit)) {
      if (mname == "panic" || mname == "unreachable" || mname == "todo" || mname == "unimplemented" ||
          mname == "assert" || mname == "assert_eq" || mname == "assert_ne")
        errorExpected("a format string literal");
      diags_.report(DiagKind::FormatString, cur().span, {"format argument must be a string literal"})
          .help("you might be missing a string literal to format with: `\"{}\", `");
      throw ParseError{};
    }
    const Token& strTok = bump();
    std::vector<std::pair<Symbol, Span>> named;  // name = expr
    std::vector<ExprId> positional;
    std::vector<ExprId> namedExprs;
    bool save = noStruct_;
    noStruct_ = false;
    while (eat(Tok::Comma)) {
      if (at(close)) break;
      if (at(Tok::Ident) && peek().kind == Tok::Eq && peek(2).kind != Tok::Eq) {
        Span ns = cur().span;
        Symbol nm = bump().sym;
        bump();
        named.push_back({nm, ns});
        namedExprs.push_back(parseExpr());
      } else {
        if (!named.empty()) {
          diags_.report(DiagKind::FormatArgCount, cur().span, {"positional arguments cannot follow named arguments"});
        }
        positional.push_back(parseExpr());
      }
    }
    noStruct_ = save;
    expect(close);
    fm.args = positional;
    for (ExprId e : namedExprs) fm.args.push_back(e);
    std::vector<bool> used(fm.args.size(), false);
    parseFormatString(strTok, fm, named, positional.size(), used);
    for (size_t i = 0; i < used.size(); ++i) {
      if (!used[i] && i < positional.size() + named.size()) {
        ExprId a = fm.args[i];
        diags_.report(DiagKind::FormatArgCount, ast_.exprs[a.v].span,
                      {i < positional.size() ? "argument never used" : "named argument never used"}, "argument never used")
            .label(strTok.span, "formatting specifier missing");
      }
    }
    fm.span = spanFrom(macroSpan);
    ast_.macros.push_back(std::move(fm));
    return int(ast_.macros.size() - 1);
  }

  // format-spec = "{" [arg] [":" [[fill] align] ["+" | "-"] ["#"] ["0"] [width] ["." precision] [type]] "}"
  void parseFormatString(const Token& strTok, FormatMacro& fm, const std::vector<std::pair<Symbol, Span>>& named,
                         size_t numPositional, std::vector<bool>& used) {
    const std::string& s = strTok.text;
    bool exactSpans = strTok.span.hi - strTok.span.lo == s.size() + 2;  // no escapes: offsets map 1:1
    auto pieceSpan = [&](size_t a, size_t b) {
      if (!exactSpans) return strTok.span;
      return Span{file_, uint32_t(strTok.span.lo + 1 + a), uint32_t(strTok.span.lo + 1 + b)};
    };
    size_t nextArg = 0;
    size_t missingImplicit = 0;
    std::string lit;
    auto fail = [&](const std::string& msg, size_t a, size_t b) {
      diags_.report(DiagKind::FormatString, pieceSpan(a, b), {msg});
    };
    auto lookupArg = [&](const std::string& name, size_t a, size_t b) -> int32_t {
      for (size_t i = 0; i < named.size(); ++i)
        if (in_.str(named[i].first) == name) {
          used[numPositional + i] = true;
          return int32_t(numPositional + i);
        }
      // implicit capture: `{x}` refers to the variable x
      Path p;
      p.segs.push_back(PathSeg{in_.intern(name), pieceSpan(a, b)});
      p.span = pieceSpan(a, b);
      ast_.paths.push_back(p);
      ExprId e = mkExpr(ExprKind::Path, pieceSpan(a, b));
      E(e).index = uint32_t(ast_.paths.size() - 1);
      fm.args.push_back(e);
      used.push_back(true);
      return int32_t(fm.args.size() - 1);
    };
    auto parseCount = [&](size_t& i, uint32_t& value, int32_t& arg, size_t start) -> bool {
      // integer | integer "$" | ident "$"
      size_t j = i;
      if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
        uint64_t v = 0;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') { v = v * 10 + uint64_t(s[j] - '0'); if (v > 0xFFFF) v = 0xFFFF; ++j; }
        if (j < s.size() && s[j] == '$') {
          arg = int32_t(v);
          if (size_t(v) >= numPositional) fail("invalid reference to positional argument " + std::to_string(v), start, j + 1);
          else used[v] = true;
          i = j + 1;
          return true;
        }
        value = uint32_t(v);
        i = j;
        return true;
      }
      if (j < s.size() && (isalpha(uint8_t(s[j])) || s[j] == '_')) {
        size_t k = j;
        while (k < s.size() && (isalnum(uint8_t(s[k])) || s[k] == '_')) ++k;
        if (k < s.size() && s[k] == '$') {
          arg = lookupArg(s.substr(j, k - j), j, k);
          i = k + 1;
          return true;
        }
      }
      return false;
    };
    for (size_t i = 0; i < s.size();) {
      char c = s[i];
      if (c == '}') {
        if (i + 1 < s.size() && s[i + 1] == '}') { lit += '}'; i += 2; continue; }
        fail("unmatched `}` found", i, i + 1);
        ++i;
        continue;
      }
      if (c != '{') { lit += c; ++i; continue; }
      if (i + 1 < s.size() && s[i + 1] == '{') { lit += '{'; i += 2; continue; }
      size_t start = i;
      ++i;
      FmtPiece piece;
      piece.literal = std::move(lit);
      lit.clear();
      // argument
      int32_t arg = -1;
      if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        size_t v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') { v = v * 10 + size_t(s[i] - '0'); if (v > 100000) v = 100000; ++i; }
        if (v >= numPositional) {
          fail(numPositional == 0 ? "invalid reference to positional argument " + std::to_string(v) + " (no arguments were given)"
                                  : "invalid reference to positional argument " + std::to_string(v),
               start, i);
        } else {
          arg = int32_t(v);
          used[v] = true;
        }
      } else if (i < s.size() && (isalpha(uint8_t(s[i])) || s[i] == '_')) {
        size_t k = i;
        while (k < s.size() && (isalnum(uint8_t(s[k])) || s[k] == '_')) ++k;
        arg = lookupArg(s.substr(i, k - i), i, k);
        if (size_t(arg) < used.size()) used[size_t(arg)] = true;
        i = k;
      } else {
        if (nextArg >= numPositional) {
          missingImplicit = std::max(missingImplicit, nextArg + 1);  // reported once, below
          arg = -2;
        } else {
          arg = int32_t(nextArg);
          used[nextArg] = true;
        }
        nextArg++;
      }
      FmtSpec& sp = piece.spec;
      if (i < s.size() && s[i] == ':') {
        ++i;
        // fill + align
        auto alignOf = [](char ch) -> uint32_t { return ch == '<' ? 1 : ch == '>' ? 2 : ch == '^' ? 3 : 0; };
        size_t clen = 1;
        uint8_t b0 = i < s.size() ? uint8_t(s[i]) : 0;
        if (b0 >= 0xF0) clen = 4; else if (b0 >= 0xE0) clen = 3; else if (b0 >= 0xC0) clen = 2;
        if (i + clen < s.size() && alignOf(s[i + clen]) && s[i] != '}') {
          // decode the fill char
          uint32_t cp = b0;
          if (clen > 1) {
            cp = b0 & (0x3F >> (clen - 1));
            for (size_t k = 1; k < clen; ++k) cp = (cp << 6) | (uint8_t(s[i + k]) & 0x3F);
          }
          sp.fill = cp;
          sp.align = alignOf(s[i + clen]);
          i += clen + 1;
        } else if (i < s.size() && alignOf(s[i])) {
          sp.align = alignOf(s[i]);
          ++i;
        }
        if (i < s.size() && s[i] == '+') { sp.flags |= 1; ++i; }
        else if (i < s.size() && s[i] == '-') { sp.flags |= 2; ++i; }
        if (i < s.size() && s[i] == '#') { sp.flags |= 4; ++i; }
        if (i < s.size() && s[i] == '0' && !(i + 1 < s.size() && s[i + 1] == '$')) { sp.flags |= 8; ++i; }
        parseCount(i, sp.width, sp.widthArg, start);
        if (i < s.size() && s[i] == '.') {
          ++i;
          if (i < s.size() && s[i] == '*') {
            ++i;
            // `.*` takes the precision from the next positional argument, then the value from the one after
            if (arg >= 0 && size_t(arg) == nextArg - 1) {
              sp.precArg = arg;
              if (nextArg >= numPositional) { fail("missing argument for `.*` precision", start, i); arg = -2; }
              else { arg = int32_t(nextArg); used[nextArg] = true; nextArg++; }
            } else {
              if (nextArg >= numPositional) fail("missing argument for `.*` precision", start, i);
              else { sp.precArg = int32_t(nextArg); used[nextArg] = true; }
              nextArg++;
            }
          } else if (!parseCount(i, sp.prec, sp.precArg, start)) {
            fail("expected a precision after `.`", start, i);
          }
        }
        // type
        if (i < s.size() && s[i] == '?') { sp.kind = 1; ++i; }
        else if (i + 1 < s.size() && (s[i] == 'x' || s[i] == 'X') && s[i + 1] == '?') { sp.kind = 1; i += 2; }
        else if (i < s.size() && s[i] == 'x') { sp.kind = 2; ++i; }
        else if (i < s.size() && s[i] == 'X') { sp.kind = 3; ++i; }
        else if (i < s.size() && s[i] == 'b') { sp.kind = 4; ++i; }
        else if (i < s.size() && s[i] == 'o') { sp.kind = 5; ++i; }
        else if (i < s.size() && s[i] == 'e') { sp.kind = 6; ++i; }
        else if (i < s.size() && s[i] == 'E') { sp.kind = 7; ++i; }
        else if (i < s.size() && s[i] != '}' && s[i] != ' ') {
          size_t k = i;
          while (k < s.size() && s[k] != '}') ++k;
          diags_.report(DiagKind::FormatArgCount, pieceSpan(i, k), {"unknown format trait `" + s.substr(i, k - i) + "`"});
          i = k;
        }
      }
      if (i >= s.size() || s[i] != '}') {
        size_t k = s.find('}', i);
        fail(k == std::string::npos ? "expected `}` but string was terminated" : "expected `}`, found `" + s.substr(i, 1) + "`",
             start, k == std::string::npos ? s.size() : k + 1);
        i = k == std::string::npos ? s.size() : k + 1;
        continue;
      }
      ++i;
      piece.arg = arg < 0 ? -1 : arg;
      piece.span = pieceSpan(start, i);
      if (arg != -2) fm.pieces.push_back(std::move(piece));
    }
    if (missingImplicit > 0) {
      auto plural = [](size_t n, const char* w) { return std::to_string(n) + " " + w + (n == 1 ? "" : "s"); };
      std::string msg = plural(missingImplicit, "positional argument") + " in format string, but " +
                        (numPositional == 0 ? std::string("no arguments were given")
                                            : std::string(numPositional == 1 ? "there is " : "there are ") + plural(numPositional, "argument"));
      diags_.report(DiagKind::FormatArgCount, strTok.span, {msg});
    }
    if (!lit.empty()) {
      FmtPiece tail;
      tail.literal = std::move(lit);
      tail.arg = -1;
      fm.pieces.push_back(std::move(tail));
    }
  }
};

// Checks that (), [] and {} are balanced, as rustc's token-tree pass does before parsing. Returns false
// (after reporting) on a mismatch; the file is then not parsed, so no cascade of parse errors follows.
bool checkDelimiters(const SourceMap& sm, uint32_t file, const std::vector<Token>& toks, DiagnosticBag& diags) {
  std::vector<const Token*> open;
  auto closer = [](Tok t) { return t == Tok::LParen ? Tok::RParen : t == Tok::LBracket ? Tok::RBracket : Tok::RBrace; };
  for (const Token& t : toks) {
    if (t.kind == Tok::LParen || t.kind == Tok::LBracket || t.kind == Tok::LBrace) {
      open.push_back(&t);
    } else if (t.kind == Tok::RParen || t.kind == Tok::RBracket || t.kind == Tok::RBrace) {
      if (open.empty()) {
        diags.report(DiagKind::Expected, t.span, {}, "unexpected closing delimiter").message =
            "unexpected closing delimiter: `" + std::string(tokSpelling(t.kind)) + "`";
        return false;
      }
      if (closer(open.back()->kind) != t.kind) {
        Diagnostic& d = diags.report(DiagKind::Expected, open.back()->span, {}, "unclosed delimiter");
        d.message = "mismatched closing delimiter: `" + std::string(tokSpelling(t.kind)) + "`";
        d.labels.push_back({t.span, "mismatched closing delimiter", true});
        return false;
      }
      open.pop_back();
    }
  }
  if (!open.empty() && toks.back().sym.empty()) {
    Span end = toks.back().span;
    Diagnostic& d = diags.report(DiagKind::Expected, end, {}, "");
    d.message = "this file contains an unclosed delimiter";
    d.label(open.back()->span, "unclosed delimiter");
    (void)sm;
    (void)file;
    return false;
  }
  return true;
}

}  // namespace

void parseFile(const SourceMap& sm, uint32_t file, const std::vector<Token>& tokens, Interner& in, Ast& ast,
               DiagnosticBag& diags, uint32_t module) {
  if (!checkDelimiters(sm, file, tokens, diags)) return;
  Parser p(sm, file, tokens, in, ast, diags);
  p.setModule(module);
  p.parseFile();
}

}  // namespace wr
