// Warm compiles (driver.h's CompilerSession, driver/runtime_cache.h): the runtime parsed once and copied
// into each compile must leave exactly the state parsing it from scratch leaves, and so give the same
// bytes, texts and diagnostics as a fresh compile, whatever was compiled before in the session.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/driver.h"
#include "driver/runtime_cache.h"
#include "lex/lexer.h"
#include "parse/parser.h"

using namespace wr;

namespace {

// A user file using most of the syntax (so that every arena has a different, non-zero size before the
// runtime), and one with errors.
const char* kRich = R"(
use std::collections::HashMap;
mod shapes {
    pub trait Area { fn area(&self) -> f64; }
    #[derive(Debug, Clone, PartialEq)]
    pub struct Rect { pub w: f64, pub h: f64 }
    impl Area for Rect { fn area(&self) -> f64 { self.w * self.h } }
    pub mod inner { pub const K: u32 = 3; }
}
use shapes::{Area, Rect};
#[derive(Debug)]
enum E { A, B(i32, i32), C { x: u8 } }
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 { f(v) }
fn show(x: impl std::fmt::Display) -> String { format!("<{:>5}>", x) }
fn main() {
    let r = Rect { w: 2.0, h: 3.5 };
    let v: Vec<i32> = vec![1, 2, 3].into_iter().map(|x| x * 2).collect::<Vec<_>>();
    let mut m = HashMap::new();
    m.insert("a", (1, 'c'));
    let e = E::B(1, 2);
    match e { E::A => {}, E::B(a, b) if a < b => println!("{} {}", a, b), E::C { x } => println!("{x}"), _ => {} }
    let t = (1u8, [0u16; 4], &v[..]);
    assert_eq!(t.0, 1, "t.0 is {}", t.0);
    assert!(matches!(e, E::B(..)));
    println!("{:?} {} {} {}", r, r.area(), apply(|x| x + 1, 41), show(shapes::inner::K));
    let s = Vec::from([1, 2]);
    let _ = dbg!(s.len());
    for (i, x) in v.iter().enumerate() { if let Some(y) = m.get("a") { println!("{i} {x} {:?}", y); } }
}
)";

const char* kErrors = R"(
struct P { x: i32 }
fn f(a: u32) -> u32 { a + "x" }
fn main() {
    let p = P { x: 1, y: 2 };
    let unused = 5;
    let q: i32 = f(3);
    undefined_fn();
    let s = String::from("a") + 1
}
)";

const char* kTests = R"(
fn add(a: i32, b: i32) -> i32 { a + b }
fn main() { println!("{}", add(1, 2)); }
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn adds() { assert_eq!(add(2, 2), 4); }
    #[test]
    #[should_panic(expected = "boom")]
    fn panics() { panic!("boom"); }
    #[test]
    #[ignore = "slow"]
    fn ignored() {}
    #[test]
    fn result() -> Result<(), String> { Ok(()) }
}
#[test]
fn top() { assert!(add(1, 1) == 2); }
)";

// The parse state before the runtime: here a user file (or nothing), optionally padded; the harness
// files of a test build are just more of such a prefix.
struct State {
  SourceMap sm;
  Interner in;
  ast::Ast ast;
  DiagnosticBag diags;
};

void parseUser(State& s, const std::string& src, bool test) {
  s.ast.cfgTest = test;
  uint32_t f = s.sm.add("user.rs", src);
  std::vector<Token> toks = lex(s.sm, f, s.in, s.diags);
  parseFile(s.sm, f, toks, s.in, s.ast, s.diags);
}

// Grows every arena by a different amount (and adds modules, files and symbols), so that an index shifted
// by the wrong arena's size cannot come out right by chance.
void padArenas(State& s) {
  size_t k = 1;
  auto pad = [&](auto& v) { v.resize(v.size() + 7 * k++ + 3); };
  pad(s.ast.exprs); pad(s.ast.pats); pad(s.ast.types); pad(s.ast.items); pad(s.ast.stmts); pad(s.ast.exprLists);
  pad(s.ast.stmtLists); pad(s.ast.patLists); pad(s.ast.typeLists); pad(s.ast.arms); pad(s.ast.fieldInits);
  pad(s.ast.fieldPats); pad(s.ast.paths); pad(s.ast.macros); pad(s.ast.asserts); pad(s.ast.uses);
  pad(s.ast.assocBindings); pad(s.ast.boundLists);
  s.ast.modules.resize(s.ast.modules.size() + 5);
  s.sm.add("pad1.rs", "x");
  s.sm.add("pad2.rs", "y");
  for (int i = 0; i < 50; ++i) s.in.intern("pad_symbol_" + std::to_string(i));
  s.in.intern("Vec");  // a runtime name already interned
}

void requireSameState(const State& a, const State& b) {
  REQUIRE(a.sm.numFiles() == b.sm.numFiles());
  for (uint32_t f = 0; f < a.sm.numFiles(); ++f) CHECK(a.sm.file(f) == b.sm.file(f));
  REQUIRE(a.in.size() == b.in.size());
  size_t symbolDiffs = 0;
  for (uint32_t i = 0; i < a.in.size(); ++i) symbolDiffs += a.in.str(Symbol{i}) != b.in.str(Symbol{i});
  CHECK(symbolDiffs == 0);
  REQUIRE(a.diags.all().size() == b.diags.all().size());
  // Arena by arena, to point at the difference.
  CHECK(a.ast.exprs == b.ast.exprs);
  CHECK(a.ast.pats == b.ast.pats);
  CHECK(a.ast.types == b.ast.types);
  CHECK(a.ast.items == b.ast.items);
  CHECK(a.ast.stmts == b.ast.stmts);
  CHECK(a.ast.exprLists == b.ast.exprLists);
  CHECK(a.ast.stmtLists == b.ast.stmtLists);
  CHECK(a.ast.patLists == b.ast.patLists);
  CHECK(a.ast.typeLists == b.ast.typeLists);
  CHECK(a.ast.arms == b.ast.arms);
  CHECK(a.ast.fieldInits == b.ast.fieldInits);
  CHECK(a.ast.fieldPats == b.ast.fieldPats);
  CHECK(a.ast.paths == b.ast.paths);
  CHECK(a.ast.macros == b.ast.macros);
  CHECK(a.ast.asserts == b.ast.asserts);
  CHECK(a.ast.uses == b.ast.uses);
  CHECK(a.ast.assocBindings == b.ast.assocBindings);
  CHECK(a.ast.boundLists == b.ast.boundLists);
  CHECK(a.ast.modules == b.ast.modules);
  CHECK(a.ast.topItems == b.ast.topItems);
  CHECK(a.ast.topItemFile == b.ast.topItemFile);
  CHECK(a.ast == b.ast);
}

// Everything a caller can observe of a compile.
struct Observed {
  std::vector<uint8_t> wasm;
  std::string text, human, json;
  size_t errors = 0, warnings = 0;
  uint32_t files = 0;
};

Observed observe(const CompileResult& r) {
  Observed o;
  o.wasm = r.wasm;
  o.text = r.text;
  o.human = renderDiagnostics(r, false);
  o.json = renderDiagnostics(r, true);
  o.errors = r.errors;
  o.warnings = r.warnings;
  o.files = r.sources->numFiles();
  return o;
}

void requireSame(const Observed& fresh, const Observed& warm, const std::string& what) {
  INFO(what);
  CHECK(fresh.errors == warm.errors);
  CHECK(fresh.warnings == warm.warnings);
  CHECK(fresh.files == warm.files);
  CHECK(fresh.human == warm.human);
  CHECK(fresh.json == warm.json);
  CHECK(fresh.text == warm.text);
  CHECK(fresh.wasm.size() == warm.wasm.size());
  CHECK((fresh.wasm == warm.wasm));
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// For each prefix, the runtime (`sources`) parsed from scratch after it and the snapshot copied after it
// leave the same state; twice in a row too (a copy does not change the snapshot).
void requireSnapshotMatches(const RuntimeSnapshot& snap, const std::vector<RuntimeSource>& sources, bool test) {
  CHECK(snap.cfgTest() == test);
  for (int variant = 0; variant < 4; ++variant) {
    INFO("test build " << test << ", prefix " << variant);
    State fresh;
    if (variant == 1) parseUser(fresh, "fn main() {}", test);
    if (variant >= 2) parseUser(fresh, kRich, test);
    if (variant == 3) padArenas(fresh);
    fresh.ast.cfgTest = test;
    State warm;
    warm.sm = fresh.sm;
    warm.in = fresh.in;
    warm.ast = fresh.ast;
    uint32_t f1 = parseRuntime(fresh.sm, fresh.in, fresh.ast, fresh.diags, sources);
    uint32_t f2 = snap.appendTo(warm.sm, warm.in, warm.ast);
    CHECK(f1 == f2);
    CHECK(fresh.diags.all().empty());
    requireSameState(fresh, warm);
    parseRuntime(fresh.sm, fresh.in, fresh.ast, fresh.diags, sources);
    snap.appendTo(warm.sm, warm.in, warm.ast);
    requireSameState(fresh, warm);
  }
}

}  // namespace

TEST_CASE("runtime snapshot: copying it leaves the state parsing the runtime leaves", "[warm]") {
  for (bool test : {false, true}) {
    std::unique_ptr<RuntimeSnapshot> snap = RuntimeSnapshot::build(test);
    REQUIRE(snap);  // the runtime is cacheable (else every warm compile silently parses it again)
    requireSnapshotMatches(*snap, runtimeSources(), test);
  }
}

TEST_CASE("runtime snapshot: modules, uses, cfg(test) and uncacheable runtimes", "[warm]") {
  // What today's runtime does not use but a future one may: modules (their ids shift too), `use`,
  // #[cfg(test)] items (one snapshot per kind of build), a second file.
  std::vector<RuntimeSource> sources = {
      {"runtime/a.rs", "pub mod outer {\n  pub mod inner { pub fn f(x: u32) -> u32 { x + 1 } }\n"
                       "  use self::inner::f;\n  pub fn g() -> u32 { f(1) }\n}\n"
                       "#[cfg(test)]\nmod tests { #[test] fn t() { assert_eq!(super::outer::g(), 2); } }\n"
                       "#[cfg(not(test))]\npub fn only_normal() {}\n"},
      {"runtime/b.rs", "use crate::outer::g;\npub fn h() -> [u8; 2] { let c = |a: u8, b| a + b; [c(1, 2), g() as u8] }\n"},
  };
  for (bool test : {false, true}) {
    std::unique_ptr<RuntimeSnapshot> snap = RuntimeSnapshot::build(test, sources);
    REQUIRE(snap);
    requireSnapshotMatches(*snap, sources, test);
  }
  // A runtime with a diagnostic, or none at all, is not cached (compiles then parse it every time).
  std::vector<RuntimeSource> broken = {{"runtime/bad.rs", "pub fn f( {}\n"}};
  CHECK(!RuntimeSnapshot::build(false, broken));
  CHECK(!RuntimeSnapshot::build(false, {}));
}

TEST_CASE("warm compiles: byte-identical to fresh compiles, in any order", "[warm]") {
  struct Case {
    std::string name, src;
    CompileOptions opts;
  };
  std::vector<Case> cases;
  auto add = [&](std::string name, std::string src, auto setup) {
    CompileOptions o;
    setup(o);
    cases.push_back({std::move(name), std::move(src), o});
    return cases.size() - 1;
  };
  size_t hello = add("hello.rs", "fn main() {\n    println!(\"Hello, world!\");\n}\n", [](CompileOptions&) {});
  size_t rich = add("rich.rs", kRich, [](CompileOptions&) {});
  add("rich.rs", kRich, [](CompileOptions& o) { o.emit = Emit::Wat; });
  add("rich.rs", kRich, [](CompileOptions& o) { o.emit = Emit::WasmIR; o.overflowChecks = false; });
  add("rich.rs", kRich, [](CompileOptions& o) { o.emit = Emit::Mir; });
  add("rich.rs", kRich, [](CompileOptions& o) { o.emit = Emit::Ast; });
  add("rich.rs", kRich, [](CompileOptions& o) { o.emit = Emit::Tokens; });
  size_t errors = add("errors.rs", kErrors, [](CompileOptions&) {});
  add("errors.rs", kErrors, [](CompileOptions& o) { o.checkOnly = true; });
  size_t tests = add("tests.rs", kTests, [](CompileOptions& o) { o.test = true; });
  add("tests.rs", kTests, [](CompileOptions& o) { o.test = true; o.emit = Emit::Wat; });
  size_t notTests = add("tests.rs", kTests, [](CompileOptions&) {});
  add("empty.rs", "", [](CompileOptions&) {});  // no main: an error
  add("syntax.rs", "fn main() { let x = ; }\nfn g( {}\n", [](CompileOptions&) {});
  size_t warnings = add("warnings.rs", "fn main() {\n    let mut x = 1;\n    let y = 2;\n    println!(\"{}\", x);\n}\n", [](CompileOptions&) {});
  add("unicode.rs", "fn main() { let s = \"héllo ✓\"; println!(\"{s} {}\", s.len()); }\n", [](CompileOptions&) {});

  std::vector<Observed> fresh;
  for (const Case& c : cases) fresh.push_back(observe(compile(c.name, c.src, c.opts)));
  // The cases differ from each other (so that equal results below mean something).
  CHECK(!fresh[hello].wasm.empty());
  CHECK(fresh[hello].wasm != fresh[rich].wasm);
  CHECK(fresh[rich].errors == 0);
  CHECK(fresh[errors].errors >= 4);
  CHECK(fresh[warnings].warnings == 2);
  CHECK(!fresh[tests].wasm.empty());
  CHECK(fresh[tests].wasm != fresh[notTests].wasm);
  CompilerSession session;
  // Forwards, backwards, then forwards again, all in one session.
  std::vector<size_t> order;
  for (size_t i = 0; i < cases.size(); ++i) order.push_back(i);
  for (size_t i = cases.size(); i-- > 0;) order.push_back(i);
  for (size_t i = 0; i < cases.size(); ++i) order.push_back(i);
  for (size_t i : order) {
    const Case& c = cases[i];
    requireSame(fresh[i], observe(session.compile(c.name, c.src, c.opts)), c.name + " #" + std::to_string(i));
  }
  CHECK(session.runtimeCached(false));
  CHECK(session.runtimeCached(true));
}

TEST_CASE("warm compiles: the run and ui corpora", "[warm][corpus]") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const char* dir : {"tests-native/run", "tests-native/ui"})
    for (const auto& e : fs::directory_iterator(fs::path(WASMRUST_SOURCE_DIR) / dir))
      if (e.path().extension() == ".rs") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 100);
  CompilerSession session;
  size_t compared = 0;
  for (const fs::path& p : files) {
    std::string src = readFile(p);
    CompileOptions o;
    o.test = src.rfind("//@ test", 0) == 0;
    std::string name = p.filename().string();
    Observed fresh = observe(compile(name, src, o));
    Observed warm = observe(session.compile(name, src, o));
    requireSame(fresh, warm, p.string());
    ++compared;
  }
  CHECK(compared == files.size());
}
