// Unit tests of the front-end phases: lexer, parser, diagnostics rendering, type checking, MIR and the
// structurizer, through their public headers (each phase on its own where it can be).
#include <catch2/catch.hpp>

#include "check/typeck.h"
#include "diag/diagnostics.h"
#include "driver/driver.h"
#include "lex/lexer.h"
#include "mir/build.h"
#include "parse/parser.h"
#include "resolve/resolve.h"
#include "wasmir/printer.h"

using namespace wr;

namespace {

std::vector<Token> lexString(const std::string& src, DiagnosticBag& diags, SourceMap& sm, Interner& in) {
  uint32_t f = sm.add("t.rs", src);
  return lex(sm, f, in, diags);
}

CompileResult check(const std::string& src) {
  CompileOptions o;
  o.checkOnly = true;
  return compile("t.rs", src, o);
}

std::vector<std::string> messages(const CompileResult& r) {
  std::vector<std::string> v;
  for (const Diagnostic& d : r.diagnostics) v.push_back((d.code.empty() ? "" : d.code + " ") + d.message);
  return v;
}

}  // namespace

TEST_CASE("lexer: tokens, literals and suffixes", "[lex]") {
  SourceMap sm;
  Interner in;
  DiagnosticBag diags;
  auto toks = lexString("let x: u8 = 0xff_u8 + 1_000 + 2.5e3f64; 'a' \"s\\n\" r#\"raw\"# ..= t.0.1 'life", diags, sm, in);
  REQUIRE(diags.errorCount() == 0);
  std::vector<Tok> kinds;
  for (const Token& t : toks) kinds.push_back(t.kind);
  CHECK(kinds[0] == Tok::KwLet);
  CHECK(toks[5].kind == Tok::IntLit);
  CHECK(toks[5].intValue == 255);
  CHECK(in.str(toks[5].sym) == "u8");
  CHECK(toks[7].intValue == 1000);
  CHECK(toks[9].kind == Tok::FloatLit);
  CHECK(toks[9].text == "2.5e3");
  CHECK(toks[11].kind == Tok::CharLit);
  CHECK(toks[11].charValue == 'a');
  CHECK(toks[12].text == "s\n");
  CHECK(toks[13].text == "raw");
  CHECK(toks[14].kind == Tok::DotDotEq);
  // `t.0.1` is a field chain, not the float 0.1
  CHECK(toks[16].kind == Tok::Dot);
  CHECK(toks[17].kind == Tok::IntLit);
  CHECK(toks[18].kind == Tok::Dot);
  CHECK(toks[19].kind == Tok::IntLit);
  CHECK(toks[20].kind == Tok::Lifetime);
  CHECK(toks.back().kind == Tok::Eof);
}

TEST_CASE("lexer: errors are reported and lexing continues", "[lex]") {
  SourceMap sm;
  Interner in;
  DiagnosticBag diags;
  auto toks = lexString("let a = 1 ¤ 2; let b = \"open", diags, sm, in);
  REQUIRE(diags.errorCount() == 2);
  CHECK(diags.all()[0].message.find("unknown start of token") != std::string::npos);
  CHECK(diags.all()[1].code == "E0765");
  // the unknown character is skipped; tokens after it are still produced
  bool sawB = false;
  for (const Token& t : toks) sawB = sawB || (t.kind == Tok::Ident && in.str(t.sym) == "b");
  CHECK(sawB);
}

TEST_CASE("lexer: invalid UTF-8 never stalls", "[lex]") {
  SourceMap sm;
  Interner in;
  DiagnosticBag diags;
  std::string bad = "fn \xc0\x85 main \xff\xfe \xed\xa0\x80 x";
  auto toks = lexString(bad, diags, sm, in);
  CHECK(diags.errorCount() >= 3);
  CHECK(toks.back().kind == Tok::Eof);
}

TEST_CASE("parser: precedence and format strings", "[parse]") {
  SourceMap sm;
  Interner in;
  DiagnosticBag diags;
  ast::Ast a;
  uint32_t f = sm.add("t.rs", "fn main() { let v = 1 + 2 * 3 << 1 == 14 && true; println!(\"{:>8.3} {x} {0:#x}\", 1.5); }");
  parseFile(sm, f, lex(sm, f, in, diags), in, a, diags);
  REQUIRE(diags.errorCount() == 0);
  REQUIRE(a.topItems.size() == 1);
  // find the let initializer: (((1 + (2 * 3)) << 1) == 14) && true
  const ast::Item& fn = a.item(a.topItems[0]);
  const ast::Expr& body = a.expr(fn.body);
  const ast::Stmt& let = a.stmt(a.stmtLists[body.list]);
  const ast::Expr& andE = a.expr(let.init);
  REQUIRE(andE.kind == ast::ExprKind::Binary);
  CHECK(ast::BinOp(andE.op) == ast::BinOp::And);
  const ast::Expr& eq = a.expr(andE.a);
  CHECK(ast::BinOp(eq.op) == ast::BinOp::Eq);
  const ast::Expr& shl = a.expr(eq.a);
  CHECK(ast::BinOp(shl.op) == ast::BinOp::Shl);
  const ast::Expr& add = a.expr(shl.a);
  CHECK(ast::BinOp(add.op) == ast::BinOp::Add);
  CHECK(ast::BinOp(a.expr(add.b).op) == ast::BinOp::Mul);
  REQUIRE(a.macros.size() == 1);
  const ast::FormatMacro& fm = a.macros[0];
  REQUIRE(fm.pieces.size() == 3);
  CHECK(fm.pieces[0].spec.align == 2);
  CHECK(fm.pieces[0].spec.width == 8);
  CHECK(fm.pieces[0].spec.prec == 3);
  CHECK(fm.pieces[1].literal == " ");
  CHECK(fm.args.size() == 2);  // `x` was captured as an implicit argument
  CHECK(fm.pieces[2].spec.kind == 2);
  CHECK(fm.pieces[2].spec.flags == 4);
}

TEST_CASE("parser: recovers and reports every independent syntax error", "[parse]") {
  auto r = check("fn a() { let x = ; }\nfn b() -> i32 { 1 }\nfn c() { let y = 5 }\nfn main() {}\n");
  auto m = messages(r);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "expected expression, found `;`");
  CHECK(m[1] == "expected `;`, found `}`");
}

TEST_CASE("parser: deep nesting is an error, not a crash", "[parse]") {
  std::string src = "fn main() { let x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + "; }";
  auto r = check(src);
  REQUIRE(r.errors >= 1);
  CHECK(r.diagnostics[0].message.find("nested too deeply") != std::string::npos);
}

TEST_CASE("diagnostics: rustc layout with labels", "[diag]") {
  auto r = check("fn main() {\n    let x: i32 = \"a\";\n}\n");
  REQUIRE(r.errors == 1);
  std::string text = renderDiagnostics(r, false);
  CHECK(text ==
        "error[E0308]: mismatched types\n"
        " --> t.rs:2:18\n"
        "  |\n"
        "2 |     let x: i32 = \"a\";\n"
        "  |                  ^^^ expected `i32`, found `&str`\n"
        "\n"
        "error: aborting due to 1 previous error\n\n");
  std::string json = renderDiagnostics(r, true);
  CHECK(json.find("\"code\":{\"code\":\"E0308\"}") != std::string::npos);
  CHECK(json.find("\"line_start\":2") != std::string::npos);
  CHECK(json.find("\"column_start\":18") != std::string::npos);
}

TEST_CASE("type checker: inference, defaults and errors", "[check]") {
  CHECK(check("fn main() { let a = 1; let b: u64 = a; let c = 2.0; let d: f32 = c; println!(\"{} {}\", b, d); }").errors == 0);
  auto r = check("fn f(x: i32) -> bool { x }\nfn main() { let s = S; f(1, 2); let y = true + 1; }\n");
  auto m = messages(r);
  REQUIRE(m.size() == 4);
  CHECK(m[0] == "E0308 mismatched types");
  CHECK(m[1] == "E0425 cannot find value `S` in this scope");
  CHECK(m[2] == "E0061 this function takes 1 argument but 2 arguments were supplied");
  CHECK(m[3].find("E0369") == 0);
}

TEST_CASE("type checker: literal out of range and unused variables", "[check]") {
  auto r = check("fn main() { let a: u8 = 256; let b = -129i8; let unused = 3; println!(\"{} {}\", a, b); }");
  auto m = messages(r);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "literal out of range for `u8`");
  CHECK(m[1] == "literal out of range for `i8`");
  auto w = check("fn main() { let unused = 3; let mut never = 1; println!(\"{}\", never); }");
  auto wm = messages(w);
  REQUIRE(wm.size() == 2);
  CHECK(wm[0] == "unused variable: `unused`");
  CHECK(wm[1] == "variable does not need to be mutable");
}

TEST_CASE("MIR and structurizer: loops, breaks and matches become structured wasm", "[mir][lower]") {
  CompileOptions o;
  o.emit = Emit::Mir;
  std::string src = "fn main() { let mut i = 0; let r = 'outer: loop { while i < 10 { i += 1; if i == 7 { break 'outer i * 2; } } }; "
                    "match r { 0 => {}, 1..=9 => println!(\"small\"), _ => println!(\"{}\", r) } }";
  CompileResult mir = compile("t.rs", src, o);
  REQUIRE(mir.ok());
  CHECK(mir.text.find("switchInt") != std::string::npos);
  CHECK(mir.text.find("OverflowsAdd") != std::string::npos);
  o.emit = Emit::Wat;
  CompileResult wat = compile("t.rs", src, o);
  REQUIRE(wat.ok());
  CHECK(wat.text.find("loop") != std::string::npos);
  CHECK((wat.text.find("br_if") != std::string::npos || wat.text.find("br ") != std::string::npos));
  // --release drops the overflow checks
  o.emit = Emit::Mir;
  o.overflowChecks = false;
  CompileResult rel = compile("t.rs", src, o);
  CHECK(rel.text.find("OverflowsAdd") == std::string::npos);
}

TEST_CASE("driver: deterministic output and only reachable runtime code", "[driver]") {
  std::string src = "fn main() { println!(\"hi {}\", 42); }";
  CompileResult a = compile("t.rs", src, CompileOptions{});
  CompileResult b = compile("t.rs", src, CompileOptions{});
  REQUIRE(a.ok());
  CHECK(a.wasm == b.wasm);
  CompileResult hello = compile("t.rs", "fn main() { println!(\"Hello, world!\"); }", CompileOptions{});
  REQUIRE(hello.ok());
  CHECK(hello.wasm.size() < 1024);  // no float formatting code for a program that prints no float
  CHECK(hello.wasm.size() < a.wasm.size());
}
