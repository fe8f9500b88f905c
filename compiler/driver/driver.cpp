// The driver: runs the phases in order (see driver.h). Reads as the list of phases, each timed when the
// caller provides a clock, with the optional dumps.
#include "driver/driver.h"

#include <algorithm>
#include <map>

#include "borrowck/borrowck.h"
#include "check/typeck.h"
#include "driver/runtime_cache.h"
#include "lex/lexer.h"
#include "lower/lower.h"
#include "mir/build.h"
#include "mir/drops.h"
#include "parse/parser.h"
#include "resolve/resolve.h"
#include "wasm/binary_writer.h"
#include "wasm/wat_printer.h"
#include "wasmir/printer.h"
#include "wasmir/verifier.h"

namespace wr {

namespace {

std::string dumpTokens(const std::vector<Token>& toks, const SourceMap& sm, const Interner& in) {
  std::string out;
  for (const Token& t : toks) {
    LineCol lc = sm.lineCol(t.span.file, t.span.lo);
    out += std::to_string(lc.line) + ":" + std::to_string(lc.col) + " " + tokSpelling(t.kind);
    if (t.kind != Tok::Eof) out += " `" + std::string(sm.text(t.span)) + "`";
    (void)in;
    out += "\n";
  }
  return out;
}

// A compact S-expression dump of the user's items (`--emit=ast`).
struct AstDumper {
  const ast::Ast& a;
  const SourceMap& sm;
  const Interner& in;
  std::string out;
  void expr(ast::ExprId id, int depth) {
    if (!id.valid()) return;
    const ast::Expr& e = a.expr(id);
    out += std::string(size_t(depth) * 2, ' ') + ast::exprKindName(e.kind);
    std::string_view text = sm.text(e.span);
    if (e.kind == ast::ExprKind::IntLit || e.kind == ast::ExprKind::FloatLit || e.kind == ast::ExprKind::Path ||
        e.kind == ast::ExprKind::StrLit || e.kind == ast::ExprKind::CharLit || e.kind == ast::ExprKind::BoolLit)
      out += " " + std::string(text.substr(0, 60));
    if (e.kind == ast::ExprKind::Binary || e.kind == ast::ExprKind::AssignOp) out += std::string(" ") + ast::binOpText(ast::BinOp(e.op));
    if (!e.name.empty()) out += " ." + in.str(e.name);
    out += "\n";
    for (ast::ExprId k : {e.a, e.b, e.c}) expr(k, depth + 1);
    if (e.kind == ast::ExprKind::Call || e.kind == ast::ExprKind::MethodCall || e.kind == ast::ExprKind::Tuple || e.kind == ast::ExprKind::Array)
      for (uint32_t i = 0; i < e.listLen; ++i) expr(a.exprLists[e.list + i], depth + 1);
    if (e.kind == ast::ExprKind::Block)
      for (uint32_t i = 0; i < e.listLen; ++i) {
        const ast::Stmt& s = a.stmt(a.stmtLists[e.list + i]);
        if (s.kind == ast::StmtKind::Let) out += std::string(size_t(depth + 1) * 2, ' ') + "Let " + std::string(sm.text(a.pat(s.pat).span)) + "\n";
        expr(s.init, depth + 2);
      }
    if (e.kind == ast::ExprKind::Match)
      for (uint32_t i = 0; i < e.listLen; ++i) {
        const ast::Arm& arm = a.arms[e.list + i];
        out += std::string(size_t(depth + 1) * 2, ' ') + "Arm " + std::string(sm.text(a.pat(arm.pat).span)) + "\n";
        expr(arm.guard, depth + 2);
        expr(arm.body, depth + 2);
      }
  }
  void item(ast::ItemId id, int depth) {
    const ast::Item& it = a.item(id);
    static const char* kinds[] = {
#define ITEM(Name) #Name,
#include "parse/ast.def"
    };
    out += std::string(size_t(depth) * 2, ' ') + kinds[size_t(it.kind)] + " " + in.str(it.name) + "\n";
    if (it.kind == ast::ItemKind::Fn) expr(it.body, depth + 1);
    if (it.kind == ast::ItemKind::Const) expr(it.value, depth + 1);
    if (it.kind == ast::ItemKind::Impl || it.kind == ast::ItemKind::Trait || it.kind == ast::ItemKind::Mod)
      for (ast::ItemId m : it.items) item(m, depth + 1);
  }
};

}  // namespace

// The runtime snapshots of a CompilerSession, one per value of CompileOptions::test, built on first use.
struct CompilerSessionCache {
  std::unique_ptr<RuntimeSnapshot> runtime[2];
  bool tried[2] = {false, false};
  const RuntimeSnapshot* get(bool test) {
    int k = test ? 1 : 0;
    if (!tried[k]) {
      tried[k] = true;
      runtime[k] = RuntimeSnapshot::build(test);  // null: the runtime cannot be cached, parse it each time
    }
    return runtime[k].get();
  }
};

// One compile; `cache` (optional): the session's runtime snapshots.
static CompileResult compileWith(const std::string& fileName, const std::string& source, const CompileOptions& opts,
                                 ClockFn clock, CompilerSessionCache* cache) {
  CompileResult res;
  res.sources = std::make_unique<SourceMap>();
  SourceMap& sm = *res.sources;
  Interner interner;
  DiagnosticBag diags;
  ast::Ast ast;
  double t0 = clock ? clock() : 0;
  auto phase = [&](const char* name) {
    if (!clock) return;
    double t = clock();
    res.timings.push_back({name, t - t0});
    t0 = t;
  };
  auto finish = [&]() {
    // Warnings from the embedded runtime are not the user's business.
    for (Diagnostic& d : diags.sorted()) {
      bool runtime = !d.labels.empty() && d.labels[0].span.file != 0;
      if (runtime && d.level != Level::Error) continue;
      if (d.level == Level::Error) ++res.errors;
      else ++res.warnings;
      res.diagnostics.push_back(std::move(d));
    }
  };

  // 1. lex + parse: the user's file, then the runtime.
  uint32_t userFile = sm.add(fileName, source);
  std::vector<Token> toks = lex(sm, userFile, interner, diags);
  if (opts.emit == Emit::Tokens) res.text = dumpTokens(toks, sm, interner);
  ast.cfgTest = opts.test;
  parseFile(sm, userFile, toks, interner, ast, diags);
  // A test build: a wrapper `__wr_test_N` per #[test] function, parsed into the test's own module (so the
  // test may be private there), sorted by path as libtest runs them.
  struct TestFn {
    std::string path;
    ast::ItemId item;
    uint32_t module;
  };
  std::vector<TestFn> tests;
  if (opts.test) {
    for (uint32_t i = 0; i < ast.items.size(); ++i) {
      const ast::Item& it = ast.items[i];
      if (it.kind != ast::ItemKind::Fn || !it.isTest) continue;
      std::string path = interner.str(it.name);
      for (uint32_t m = it.module; m != 0 && m < ast.modules.size(); m = ast.modules[m].parent)
        path = interner.str(ast.modules[m].name) + "::" + path;
      tests.push_back({path, ast::ItemId{i}, it.module});
    }
    std::stable_sort(tests.begin(), tests.end(), [](const TestFn& a, const TestFn& b) { return a.path < b.path; });
    std::map<uint32_t, std::string> perModule;
    for (size_t t = 0; t < tests.size(); ++t) {
      const ast::Item& it = ast.item(tests[t].item);
      // A test the harness cannot call is reported by resolve/ (arguments, generics, return type): no wrapper.
      bool unit = !it.ret.valid() || (ast.type(it.ret).kind == ast::TypeKind::Tuple && ast.type(it.ret).listLen == 0);
      bool result = it.ret.valid() && ast.type(it.ret).kind == ast::TypeKind::Path &&
                    interner.str(ast.paths[ast.type(it.ret).path].segs.back().name) == "Result";
      if (!it.params.empty() || it.selfKind != ast::SelfKind::None || !it.generics.empty() || !(unit || result)) continue;
      perModule[tests[t].module] += "fn __wr_test_" + std::to_string(t) + "() { " + (unit ? "" : "__wr_test_result(") +
                                    interner.str(it.name) + "()" + (unit ? "" : ")") + "; }\n";
    }
    for (auto& [m, text] : perModule) {
      uint32_t hf = sm.add("<test harness>", text);
      std::vector<Token> ht = lex(sm, hf, interner, diags);
      parseFile(sm, hf, ht, interner, ast, diags, m);
    }
  }
  size_t userItems = ast.topItems.size();
  // The runtime: parsed from scratch, or copied from the session's snapshot (the same state, see
  // runtime_cache.h).
  const RuntimeSnapshot* runtime = cache ? cache->get(opts.test) : nullptr;
  uint32_t firstRuntime = runtime ? runtime->appendTo(sm, interner, ast) : parseRuntime(sm, interner, ast, diags);
  phase("parse");
  if (opts.emit == Emit::Ast) {
    AstDumper d{ast, sm, interner, {}};
    for (size_t i = 0; i < userItems; ++i) d.item(ast.topItems[i], 0);
    res.text = d.out;
  }

  // 2. resolve + type check (+ exhaustiveness).
  Program program(sm, interner, ast);
  program.firstRuntimeFile = firstRuntime;
  Resolver resolver(program, diags);
  std::string crate = fileName;
  size_t slash = crate.find_last_of('/');
  if (slash != std::string::npos) crate = crate.substr(slash + 1);
  if (crate.size() > 3 && crate.substr(crate.size() - 3) == ".rs") crate = crate.substr(0, crate.size() - 3);
  resolver.run(crate);
  phase("resolve");
  typeCheckProgram(program, resolver, diags);
  program.typeckDone = true;
  program.normCache.clear();  // normalization results from here on see every closure's final signature
  phase("typecheck");
  if (diags.errorCount() > 0 || opts.emit == Emit::Tokens || opts.emit == Emit::Ast) {
    finish();
    return res;
  }
  // `check` goes on through MIR (the ownership checker runs on it) but emits nothing.

  // 3. MIR (built on demand for the functions reachable from main) and lowering to WasmIR.
  mir::BuildOptions bopts;
  bopts.overflowChecks = opts.overflowChecks;
  std::string mirText;
  LowerInput in;
  in.program = &program;
  in.main = opts.test ? FnId{} : program.mainFn;
  std::string testsJson;
  if (opts.test) {
    std::map<std::string, FnId> wrappers;
    for (uint32_t f = 0; f < program.fns.size(); ++f)
      if (!program.fns[f].runtime && program.fns[f].item.valid() && interner.str(program.fns[f].name).rfind("__wr_test_", 0) == 0)
        wrappers[interner.str(program.fns[f].name)] = FnId{f};
    testsJson = "[";
    for (size_t t = 0; t < tests.size(); ++t) {
      std::string exp = "__wr_test_" + std::to_string(t);
      auto w = wrappers.find(exp);
      if (w == wrappers.end()) continue;
      in.exports.push_back({exp, w->second});
      const ast::Item& it = ast.item(tests[t].item);
      LineCol lc = sm.lineCol(it.nameSpan.file, it.nameSpan.lo);
      if (testsJson.size() > 1) testsJson += ",";
      testsJson += "{\"name\":\"" + jsonEscape(tests[t].path) + "\",\"export\":\"" + exp + "\",\"ignore\":" +
                   (it.testIgnore ? "true" : "false") + ",\"ignoreReason\":\"" + jsonEscape(it.ignoreReason) +
                   "\",\"shouldPanic\":" + (it.shouldPanic ? "true" : "false") + ",\"expected\":" +
                   (it.shouldPanic == 2 ? "\"" + jsonEscape(it.panicExpected) + "\"" : "null") + ",\"location\":\"" +
                   jsonEscape(sm.file(it.nameSpan.file).name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col)) + "\"}";
    }
    testsJson += "]";
  }
  // Ownership: each user function is checked once. A generic one (and its closures) as rustc does, once
  // and generically: on a body built without substitutions, where a type parameter is Copy only with a
  // `T: Copy` bound (so an error shows whatever the instances, also with none); a trait's default method
  // on its first instance. Any other on the body lowering builds, or on its own when nothing reaches it.
  // The runtime is trusted.
  auto genericCheck = [&](const FnInfo& fi) { return !fi.generics.empty() && fi.traitId < 0; };
  std::vector<bool> ownershipChecked(program.fns.size(), false);
  double ownershipMs = 0;  // reported as its own phase, taken out of "mir+lower"
  auto checkOwnership = [&](FnId f, const mir::Body& b) {
    if (program.fns[f.v].runtime || f.v >= ownershipChecked.size() || ownershipChecked[f.v]) return;
    ownershipChecked[f.v] = true;
    double start = clock ? clock() : 0;
    borrowck::checkBody(program, b, diags);
    if (clock) ownershipMs += clock() - start;
  };
  // Drop elaboration (mir/drops.h) on user code and drop glue, once the ownership checker has seen the body.
  FnId dropGlue;
  for (uint32_t i = 0; i < program.fns.size() && !dropGlue.valid(); ++i)
    if (program.fns[i].runtime && program.fns[i].path == "__drop_glue") dropGlue = FnId{i};
  in.buildBody = [&](FnId f, const std::vector<TyId>& substs) {
    mir::Body b = mir::buildBody(program, resolver, f, bopts, substs);
    if (!genericCheck(program.fns[f.v])) checkOwnership(f, b);
    if (!program.fns[f.v].runtime || f == dropGlue) mir::elaborateDrops(program, b, dropGlue);
    if (opts.emit == Emit::Mir && !program.fns[f.v].runtime) mirText += mir::printBody(program, b) + "\n";
    return b;
  };
  in.thinMono = opts.thinMono;
  in.verifyThinMono = opts.verifyThinMono;
  in.threads = opts.threads;
  in.referenceTypes = opts.referenceTypes;
  ThinMonoStats thin;
  wir::Module module = lowerProgram(in, &thin);
  res.genericInstances = thin.instances;
  res.thinMerged = thin.merged;
  if (!thin.mismatches.empty()) {
    Diagnostic& d = diags.report(DiagKind::NotSupported, Span{userFile, 0, 0}, {"this program (internal compiler error: thin monomorphization merged different code)"});
    for (size_t i = 0; i < thin.mismatches.size() && i < 10; ++i) d.note(thin.mismatches[i]);
  }
  if (opts.test) module.customSections.push_back({"wasmrust.tests", testsJson});
  for (uint32_t f = 0; f < ownershipChecked.size(); ++f) {
    const FnInfo& fi = program.fns[f];
    if (ownershipChecked[f] || fi.runtime || !fi.item.valid() || (fi.closure >= 0 && !genericCheck(fi)) || fi.ctorAdt >= 0 ||
        fi.isImport || fi.traitId >= 0 || fi.intrinsic != Intrinsic::None || !ast.item(fi.item).body.valid())
      continue;
    checkOwnership(FnId{f}, mir::buildBody(program, resolver, FnId{f}, bopts, {}));
  }
  phase("mir+lower");
  if (clock) {
    res.timings.back().ms -= ownershipMs;
    res.timings.push_back({"ownership", ownershipMs});
  }
  if (opts.emit == Emit::Mir) res.text = mirText;  // also with ownership errors: the graph they are about
  if (diags.errorCount() > 0 || opts.checkOnly) {
    finish();
    return res;
  }
  if (opts.verify) {
    std::vector<std::string> problems = wir::verifyModule(module);
    if (!problems.empty()) {
      Span at{userFile, 0, 0};
      Diagnostic& d = diags.report(DiagKind::NotSupported, at, {"this program (internal compiler error: invalid WasmIR)"});
      for (size_t i = 0; i < problems.size() && i < 10; ++i) d.note(problems[i]);
      finish();
      return res;
    }
    phase("verify");
  }
  switch (opts.emit) {
    case Emit::Mir: res.text = mirText; break;
    case Emit::WasmIR: res.text = wir::printModule(module); break;
    case Emit::Wat: res.text = wasm::printWat(module); break;
    default: break;
  }
  res.wasm = wasm::writeModule(module);
  phase("emit");
  finish();
  return res;
}

CompileResult compile(const std::string& fileName, const std::string& source, const CompileOptions& opts, ClockFn clock) {
  return compileWith(fileName, source, opts, clock, nullptr);
}

CompilerSession::CompilerSession() : cache_(std::make_unique<CompilerSessionCache>()) {}
CompilerSession::~CompilerSession() = default;

CompileResult CompilerSession::compile(const std::string& fileName, const std::string& source, const CompileOptions& opts,
                                       ClockFn clock) {
  return compileWith(fileName, source, opts, clock, cache_.get());
}

bool CompilerSession::runtimeCached(bool testBuild) { return cache_->get(testBuild) != nullptr; }

std::string renderDiagnostics(const CompileResult& r, bool json) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += json ? renderJson(*r.sources, d) + "\n" : renderHuman(*r.sources, d);
  if (!json) out += renderSummary(r.errors, r.warnings);
  return out;
}

}  // namespace wr
