// Exhaustiveness / reachability unit tests (check/exhaustive.cpp), through the driver in check-only mode.
// Every expected message, label and note below was produced by rustc 1.95 on the same program
// (`rustc --edition 2021 --error-format=json`), except where a comment says otherwise.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "driver/driver.h"

using namespace wr;

namespace {

CompileResult check(const std::string& src) {
  CompileOptions o;
  o.checkOnly = true;
  return compile("t.rs", src, o);
}

std::vector<const Diagnostic*> ofKind(const CompileResult& r, DiagKind k) {
  std::vector<const Diagnostic*> v;
  for (const Diagnostic& d : r.diagnostics)
    if (d.kind == k) v.push_back(&d);
  return v;
}

// The only E0004 of the program (fails the test if there is not exactly one).
const Diagnostic& onlyNonExhaustive(const CompileResult& r) {
  auto v = ofKind(r, DiagKind::NonExhaustive);
  REQUIRE(v.size() == 1);
  return *v[0];
}

std::string spanText(const CompileResult& r, Span s) { return std::string(r.sources->text(s)); }

bool hasChild(const Diagnostic& d, Level lv, const std::string& text) {
  for (const auto& [l, t] : d.children)
    if (l == lv && t == text) return true;
  return false;
}

const std::string kHelpOne =
    "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown";
const std::string kHelpFew =
    "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms";
const std::string kHelpMany =
    "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms";
const std::string kLintNote = "`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default";

void expectWitnesses(const std::string& src, const std::string& witnesses, const std::string& ty) {
  CompileResult r = check(src);
  const Diagnostic& d = onlyNonExhaustive(r);
  CHECK(d.code == "E0004");
  CHECK(d.message == "non-exhaustive patterns: " + witnesses + " not covered");
  CHECK(hasChild(d, Level::Note, "the matched value is of type `" + ty + "`"));
}

}  // namespace

TEST_CASE("exhaustive: bool", "[exhaustive]") {
  CompileResult r = check("fn f(b: bool) { match b { true => {} } }\nfn main() { f(true); }\n");
  const Diagnostic& d = onlyNonExhaustive(r);
  CHECK(d.message == "non-exhaustive patterns: `false` not covered");
  REQUIRE(!d.labels.empty());
  CHECK(d.labels[0].text == "pattern `false` not covered");
  CHECK(spanText(r, d.labels[0].span) == "b");
  CHECK(hasChild(d, Level::Note, "the matched value is of type `bool`"));
  CHECK(hasChild(d, Level::Help, kHelpOne));

  CompileResult ok = check("fn f(b: bool) -> i32 { match b { true => 1, false => 0 } }\nfn main() { f(true); }\n");
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("exhaustive: nested enums and many missing variants", "[exhaustive]") {
  expectWitnesses(
      "enum Foo { A, B }\nenum Opt { Some(Foo), None }\n"
      "fn f(o: Opt) { match o { Opt::Some(Foo::A) => {} Opt::None => {} } }\nfn main() { f(Opt::None); let _ = Foo::B; }\n",
      "`Opt::Some(Foo::B)`", "Opt");
  // Only the missing variants are listed (rustc's relevancy: no `E::A(false)`).
  expectWitnesses("enum E { A(bool), B, C { x: i32, y: bool } }\nfn f(e: E) { match e { E::A(true) => {} } }\nfn main() { f(E::B); }\n",
                  "`E::B` and `E::C { .. }`", "E");
  CompileResult r = check("enum E { A, B, C, D, F }\nfn f(e: E) { match e { E::A => {} } }\nfn main() { f(E::A); }\n");
  const Diagnostic& d = onlyNonExhaustive(r);
  CHECK(d.message == "non-exhaustive patterns: `E::B`, `E::C`, `E::D` and 1 more not covered");
  CHECK(d.labels[0].text == "patterns `E::B`, `E::C`, `E::D` and 1 more not covered");
  CHECK(hasChild(d, Level::Help, kHelpMany));
  // All variants covered, payloads included.
  CompileResult ok = check(
      "enum Foo { A, B }\nenum Opt { Some(Foo), None }\n"
      "fn f(o: Opt) -> i32 { match o { Opt::Some(Foo::A) => 1, Opt::Some(Foo::B) => 2, Opt::None => 3 } }\nfn main() { f(Opt::None); }\n");
  CHECK(ofKind(ok, DiagKind::NonExhaustive).empty());
  CHECK(ofKind(ok, DiagKind::UnreachablePattern).empty());
}

TEST_CASE("exhaustive: tuples of bools", "[exhaustive]") {
  CompileResult r = check("fn f(a: bool, b: bool) { match (a, b) { (true, false) => {} (false, true) => {} } }\nfn main() { f(true, false); }\n");
  const Diagnostic& d = onlyNonExhaustive(r);
  CHECK(d.message == "non-exhaustive patterns: `(true, true)` and `(false, false)` not covered");
  CHECK(spanText(r, d.labels[0].span) == "(a, b)");
  CHECK(hasChild(d, Level::Note, "the matched value is of type `(bool, bool)`"));
  CHECK(hasChild(d, Level::Help, kHelpFew));
  expectWitnesses("fn f(a: bool, b: bool) { match (a, b) { (true, _) => {} (false, true) => {} } }\nfn main() { f(true, false); }\n",
                  "`(false, false)`", "(bool, bool)");
  expectWitnesses("fn f(x: (bool, bool, bool)) { match x { (true, true, true) => {} } }\nfn main() { f((true, true, true)); }\n",
                  "`(false, _, _)`", "(bool, bool, bool)");
}

TEST_CASE("exhaustive: integer ranges", "[exhaustive]") {
  expectWitnesses("fn f(x: i8) { match x { 0 => {} } }\nfn main() { f(0); }\n", "`i8::MIN..=-1_i8` and `1_i8..=i8::MAX`", "i8");
  expectWitnesses("fn f(x: u8) { match x { 0..=127 => {} 129..=255 => {} } }\nfn main() { f(0); }\n", "`128_u8`", "u8");
  expectWitnesses("fn f(x: u8) { match x { 0..=100 => {} 200 => {} } }\nfn main() { f(0); }\n", "`101_u8..=199_u8` and `201_u8..=u8::MAX`", "u8");
  expectWitnesses("fn f(x: i32) { match x { 1..=10 => {} } }\nfn main() { f(0); }\n", "`i32::MIN..=0_i32` and `11_i32..=i32::MAX`", "i32");
  expectWitnesses("fn f(x: (u8, bool)) { match x { (0, true) => {} } }\nfn main() { f((0, true)); }\n", "`(1_u8..=u8::MAX, _)`", "(u8, bool)");
  expectWitnesses("fn f(x: u16) { match x { 1..=u16::MAX => {} } }\nfn main() { f(0); }\n", "`0_u16`", "u16");
  // isize/usize have no observable MIN/MAX (rustc); the witness is half-open.
  expectWitnesses("fn f(x: usize) { match x { 0..=100 => {} } }\nfn main() { f(0); }\n", "`101_usize..`", "usize");
  expectWitnesses("fn f(x: isize) { match x { 0..=100 => {} } }\nfn main() { f(0); }\n", "`..=-1_isize` and `101_isize..`", "isize");
  {
    CompileResult r = check("fn f(x: usize) { match x { 0..=usize::MAX => {} } }\nfn main() { f(0); }\n");
    const Diagnostic& d = onlyNonExhaustive(r);
    CHECK(d.message == "non-exhaustive patterns: `usize::MAX..` not covered");
    CHECK(hasChild(d, Level::Note, "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively"));
  }
  const char* exhaustive[] = {
      "fn f(x: u8) -> u8 { match x { 0..=127 => 0, 128..=u8::MAX => 1 } }\nfn main() { f(0); }\n",
      "fn f(x: i8) -> i8 { match x { -128..=-1 => 0, 0 => 1, 1..=127 => 2 } }\nfn main() { f(0); }\n",
      "fn f(x: i32) -> i32 { match x { i32::MIN..=-1 => -1, 0 => 0, 1.. => 1 } }\nfn main() { f(0); }\n",
      "fn f(x: u8) -> u8 { match x { 0..10 => 0, 10.. => 1 } }\nfn main() { f(0); }\n",
      "fn f(x: usize) -> usize { match x { 0 => 0, 1.. => 1 } }\nfn main() { f(0); }\n",
  };
  for (const char* src : exhaustive) {
    CompileResult r = check(src);
    INFO(src);
    CHECK(r.diagnostics.empty());
  }
}

TEST_CASE("exhaustive: char", "[exhaustive]") {
  expectWitnesses("fn f(c: char) { match c { 'a'..='z' => {} } }\nfn main() { f('a'); }\n",
                  "`'\\0'..='`'`, `'{'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'`", "char");
  expectWitnesses("fn f(c: char) { match c { '\\0'..='\\u{D7FF}' => {} } }\nfn main() { f('a'); }\n", "`'\\u{e000}'..='\\u{10ffff}'`", "char");
  CompileResult ok = check("fn f(c: char) -> i32 { match c { '\\0'..='\\u{D7FF}' | '\\u{E000}'..='\\u{10FFFF}' => 1 } }\nfn main() { f('a'); }\n");
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("exhaustive: structs, tuple structs, struct variants", "[exhaustive]") {
  expectWitnesses("struct P { x: bool, y: bool }\nfn f(p: P) { match p { P { x: true, .. } => {} } }\nfn main() { f(P { x: true, y: false }); }\n",
                  "`P { x: false, .. }`", "P");
  expectWitnesses("struct T(bool, i32);\nfn f(t: T) { match t { T(true, _) => {} } }\nfn main() { f(T(true, 1)); }\n", "`T(false, _)`", "T");
  expectWitnesses(
      "enum Shape { Circle { r: f64 }, Square { side: f64 }, Dot }\n"
      "fn f(s: &Shape) -> f64 { match s { Shape::Circle { r } => *r, Shape::Dot => 0.0 } }\nfn main() { f(&Shape::Square { side: 1.0 }); }\n",
      "`&Shape::Square { .. }`", "&Shape");
  expectWitnesses(
      "enum E { A(bool), B, C { x: i32, y: bool } }\n"
      "fn f(e: E) { match e { E::C { x: 0, y: true } => {} E::A(_) | E::B => {} } }\nfn main() { f(E::B); }\n",
      "`E::C { x: i32::MIN..=-1_i32, .. }` and `E::C { x: 1_i32..=i32::MAX, .. }`", "E");
  // A guarded wildcard over a struct: rustc prints the whole struct.
  CompileResult r = check("struct P { x: bool, y: bool }\nfn f(p: P, c: bool) { match p { _ if c => {} } }\nfn main() { f(P { x: true, y: true }, true); }\n");
  CHECK(onlyNonExhaustive(r).message == "non-exhaustive patterns: `P { .. }` not covered");
}

TEST_CASE("exhaustive: or-patterns", "[exhaustive]") {
  expectWitnesses("enum Color { Red, Green, Blue }\nfn f(c: Color) { match c { Color::Red | Color::Green => {} } }\nfn main() { f(Color::Blue); }\n",
                  "`Color::Blue`", "Color");
  CompileResult ok = check("enum Color { Red, Green, Blue }\nfn f(c: Color) -> i32 { match c { Color::Red | Color::Green => 1, Color::Blue => 2 } }\nfn main() { f(Color::Blue); }\n");
  CHECK(ok.diagnostics.empty());
  // A duplicated alternative is unreachable; the label points at the first one.
  CompileResult r = check("fn f(x: i32) { match x { 1 | 1 => {} _ => {} } }\nfn main() { f(1); }\n");
  auto w = ofKind(r, DiagKind::UnreachablePattern);
  REQUIRE(w.size() == 1);
  CHECK(w[0]->level == Level::Warning);
  CHECK(w[0]->message == "unreachable pattern");
  CHECK(w[0]->labels[0].text == "no value can reach this");
  CHECK(w[0]->labels[0].span.lo == 29);  // the second `1`
  REQUIRE(w[0]->labels.size() == 2);
  CHECK(w[0]->labels[1].text == "matches all the relevant values");
  CHECK(w[0]->labels[1].span.lo == 25);
  CHECK(hasChild(*w[0], Level::Note, kLintNote));
  // An or-alternative nested in a tuple.
  CompileResult n = check("fn f(x: (bool, bool)) { match x { (true, _) => {} (false | true, false) => {} (false, true) => {} } }\nfn main() { f((true, true)); }\n");
  auto nw = ofKind(n, DiagKind::UnreachablePattern);
  REQUIRE(nw.size() == 1);
  CHECK(nw[0]->labels[0].span.lo == 59);  // `true` in `(false | true, false)`
  CHECK(nw[0]->labels[1].span.lo == 35);  // rustc points at the `true` of `(true, _)`
  CHECK(nw[0]->labels[1].text == "matches all the relevant values");
  CHECK(ofKind(n, DiagKind::NonExhaustive).empty());
}

TEST_CASE("exhaustive: guards", "[exhaustive]") {
  CompileResult r = check("fn f(x: i32, c: bool) { match x { _ if c => {} } }\nfn main() { f(1, true); }\n");
  const Diagnostic& d = onlyNonExhaustive(r);
  CHECK(d.message == "non-exhaustive patterns: `i32::MIN..=i32::MAX` not covered");
  CHECK(hasChild(d, Level::Note, "match arms with guards don't count towards exhaustivity"));
  // Guarded arms are still checked for reachability, and do not make later arms unreachable.
  CompileResult g = check("fn f(x: i32, c: bool) -> i32 { match x { 0..=10 => 0, 5 if c => 1, 3 => 2, _ => 3 } }\nfn main() { f(1, true); }\n");
  auto w = ofKind(g, DiagKind::UnreachablePattern);
  REQUIRE(w.size() == 2);
  CHECK(spanText(g, w[0]->labels[0].span) == "5");
  CHECK(spanText(g, w[1]->labels[0].span) == "3");
  CHECK(w[1]->labels[1].text == "matches all the relevant values");
  CompileResult ok = check("fn f(x: i32, c: bool) -> i32 { match x { 1 if c => 0, 1 => 1, _ => 2 } }\nfn main() { f(1, true); }\n");
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("exhaustive: references", "[exhaustive]") {
  expectWitnesses("fn f(b: bool) { match &b { true => {} } }\nfn main() { f(true); }\n", "`&false`", "&bool");
  expectWitnesses("fn f(x: &&bool) { match x { true => {} } }\nfn main() { f(&&true); }\n", "`&&false`", "&&bool");
  expectWitnesses("enum E { A, B }\nfn f(x: &(bool, E)) { match x { (true, E::B) => {} } }\nfn main() { f(&(true, E::A)); }\n",
                  "`&(false, _)`", "&(bool, E)");
  CompileResult ok = check("fn f(x: &bool) -> i32 { match x { &true => 1, &false => 0 } }\nfn main() { f(&true); }\n");
  CHECK(ok.diagnostics.empty());
  CompileResult r = check("fn f(x: &i32) -> i32 { match x { &0 => 0, &_ => 1, 5 => 5 } }\nfn main() { f(&1); }\n");
  auto w = ofKind(r, DiagKind::UnreachablePattern);
  REQUIRE(w.size() == 1);
  CHECK(spanText(r, w[0]->labels[0].span) == "5");
  CHECK(w[0]->labels[1].text == "matches any value");
}

TEST_CASE("exhaustive: unreachable arms after a wildcard", "[exhaustive]") {
  CompileResult r = check("fn f(x: u32) -> u32 { match x { 0 => 0, _ => 1, 5 => 5, 6 => 6 } }\nfn main() { f(1); }\n");
  CHECK(r.errors == 0);
  auto w = ofKind(r, DiagKind::UnreachablePattern);
  REQUIRE(w.size() == 2);
  CHECK(r.warnings == 2);
  for (const Diagnostic* d : w) {
    CHECK(d->labels[0].text == "no value can reach this");
    REQUIRE(d->labels.size() == 2);
    CHECK(d->labels[1].text == "matches any value");
    CHECK(spanText(r, d->labels[1].span) == "_");
  }
  // rustc prints the lint's "on by default" note once.
  CHECK(hasChild(*w[0], Level::Note, kLintNote));
  CHECK(!hasChild(*w[1], Level::Note, kLintNote));
  // Several earlier patterns together cover the arm.
  CompileResult m = check("fn f(x: bool) -> i32 { match x { true => 1, false => 0, _ => 2 } }\nfn main() { f(true); }\n");
  auto mw = ofKind(m, DiagKind::UnreachablePattern);
  REQUIRE(mw.size() == 1);
  CHECK(mw[0]->labels.size() == 1);
  CHECK(hasChild(*mw[0], Level::Note, "multiple earlier patterns match some of the same values"));
  // `x @ p` is reported at `p` (as rustc does).
  CompileResult b = check("fn f(x: i32) { match x { n @ 1..=5 => { let _ = n; } _ => {} m @ 2 => { let _ = m; } } }\nfn main() { f(1); }\n");
  auto bw = ofKind(b, DiagKind::UnreachablePattern);
  REQUIRE(bw.size() == 1);
  CHECK(spanText(b, bw[0]->labels[0].span) == "2");
}

TEST_CASE("exhaustive: refutable let (E0005)", "[exhaustive]") {
  CompileResult r = check("enum Maybe { Just(i32), Nothing }\nfn main() { let m = Maybe::Just(3); let Maybe::Just(x) = m; let _ = x; let _ = Maybe::Nothing; }\n");
  auto v = ofKind(r, DiagKind::RefutableLet);
  REQUIRE(v.size() == 1);
  const Diagnostic& d = *v[0];
  CHECK(d.code == "E0005");
  CHECK(d.message == "refutable pattern in local binding");
  CHECK(d.labels[0].text == "pattern `Maybe::Nothing` not covered");
  CHECK(spanText(r, d.labels[0].span) == "Maybe::Just(x)");
  CHECK(hasChild(d, Level::Note, "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant"));
  CHECK(hasChild(d, Level::Note, "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html"));
  CHECK(hasChild(d, Level::Note, "the matched value is of type `Maybe`"));
  CHECK(hasChild(d, Level::Help, "you might want to use `let...else` to handle the variant that isn't matched"));

  CompileResult l = check("fn main() { let x = 5; let 0 = x; }\n");
  auto lv = ofKind(l, DiagKind::RefutableLet);
  REQUIRE(lv.size() == 1);
  CHECK(lv[0]->labels[0].text == "patterns `i32::MIN..=-1_i32` and `1_i32..=i32::MAX` not covered");
  CHECK(hasChild(*lv[0], Level::Help, "you might want to use `if let` to ignore the variants that aren't matched"));
  CHECK(hasChild(*lv[0], Level::Help, "alternatively, you could prepend the pattern with an underscore to define a new named variable; identifiers cannot begin with digits"));

  // Irrefutable destructuring is fine.
  CompileResult ok = check(
      "struct P { x: i32, y: i32 }\nstruct Q(bool, bool);\n"
      "fn main() { let P { x, y } = P { x: 1, y: 2 }; let Q(a, b) = Q(true, false); let (c, (d, e)) = (1, (2, 3)); let _ = (x, y, a, b, c, d, e); }\n");
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("exhaustive: floats, strings, empty matches, constants", "[exhaustive]") {
  expectWitnesses("fn f(x: f64) { match x { 1.0 => {} } }\nfn main() { f(1.0); }\n", "`_`", "f64");
  {
    CompileResult r = check("fn f(s: &str) { match s { \"a\" => {} } }\nfn main() { f(\"a\"); }\n");
    const Diagnostic& d = onlyNonExhaustive(r);
    CHECK(d.message == "non-exhaustive patterns: `&_` not covered");
    CHECK(hasChild(d, Level::Note, "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary"));
  }
  {
    CompileResult r = check("fn f(x: ()) { match x {} }\nfn main() { f(()); }\n");
    const Diagnostic& d = onlyNonExhaustive(r);
    CHECK(d.message == "non-exhaustive patterns: type `()` is non-empty");
    CHECK(hasChild(d, Level::Help, "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown"));
  }
  {
    CompileResult r = check("enum Void {}\nfn f(v: Void) -> i32 { match v {} }\nfn main() {}\n");
    CHECK(ofKind(r, DiagKind::NonExhaustive).empty());
  }
  {
    CompileResult r = check("const N: i32 = 3;\nfn f(x: i32) { match x { N => {} } }\nfn main() { f(3); }\n");
    const Diagnostic& d = onlyNonExhaustive(r);
    CHECK(d.message == "non-exhaustive patterns: `i32::MIN..=2_i32` and `4_i32..=i32::MAX` not covered");
    REQUIRE(d.labels.size() == 2);
    CHECK(d.labels[1].text == "this pattern doesn't introduce a new catch-all binding, but rather pattern matches against the value of constant `N`");
    CHECK(hasChild(d, Level::Help, "if you meant to introduce a binding, use a different name"));
  }
  {
    CompileResult r = check("fn f(s: &str) -> i32 { match s { \"a\" => 1, \"b\" => 2, \"a\" => 3, _ => 4 } }\nfn main() { f(\"a\"); }\n");
    auto w = ofKind(r, DiagKind::UnreachablePattern);
    REQUIRE(w.size() == 1);
    CHECK(spanText(r, w[0]->labels[0].span) == "\"a\"");
  }
}

// Not from rustc: robustness of the checker itself.
TEST_CASE("exhaustive: no cascades on erroneous code", "[exhaustive]") {
  CompileResult r = check("fn main() { match nope { 1 => {} } }\n");
  CHECK(r.errors >= 1);
  CHECK(ofKind(r, DiagKind::NonExhaustive).empty());
  CompileResult t = check("fn f(x: i32) { match x { true => {} } }\nfn main() { f(1); }\n");
  CHECK(ofKind(t, DiagKind::NonExhaustive).empty());
  CHECK(ofKind(t, DiagKind::UnreachablePattern).empty());
}

TEST_CASE("exhaustive: big and deep matches stay fast", "[exhaustive]") {
  std::string arms;
  for (int i = 0; i < 300; ++i) arms += "        " + std::to_string(i) + " => {}\n";
  CompileResult r = check("fn f(x: i32) {\n    match x {\n" + arms + "    }\n}\nfn main() { f(1); }\n");
  CHECK(onlyNonExhaustive(r).message == "non-exhaustive patterns: `i32::MIN..=-1_i32` and `300_i32..=i32::MAX` not covered");

  std::string ty = "bool", pat = "true";
  for (int i = 0; i < 60; ++i) {
    ty = "(" + ty + ",)";
    pat = "(" + pat + ",)";
  }
  CompileResult d = check("fn f(x: " + ty + ") { match x { " + pat + " => {} } }\nfn main() {}\n");
  auto v = ofKind(d, DiagKind::NonExhaustive);
  REQUIRE(v.size() == 1);
  CHECK(v[0]->message.find("false") != std::string::npos);

  // 4^16 rows after or-expansion: the checker gives up quietly instead of running for hours.
  std::string orPat = "(", tys = "(";
  for (int i = 0; i < 16; ++i) {
    orPat += std::string(i ? ", " : "") + "0 | 1 | 2 | 3";
    tys += std::string(i ? ", " : "") + "u8";
  }
  CompileResult e = check("fn f(x: " + tys + ")) { match x { " + orPat + ") => {} _ => {} } }\nfn main() {}\n");
  CHECK(e.errors == 0);
}
