// WasmIR unit tests: the helpers of wasmir.h, the divergence analysis, the verifier (accepts the samples,
// rejects broken modules with messages naming function and expression) and the text printer.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include "wasmir/analysis.h"
#include "wasmir/builder.h"
#include "wasmir/printer.h"
#include "wasmir/verifier.h"
#include "wasmir/wasmir.h"

namespace wr::test_samples {  // test_wasm_samples.cpp
wir::Module sampleFactorial();
wir::Module sampleMath();
wir::Module sampleMemory();
wir::Module sampleBrTable();
wir::Module sampleCalls();
wir::Module sampleControl();
}  // namespace wr::test_samples

using namespace wr::wir;
namespace ts = wr::test_samples;

namespace {

std::string joinLines(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += x + "\n";
  return s;
}

bool anyContains(const std::vector<std::string>& errs, const std::string& needle) {
  for (const std::string& e : errs)
    if (e.find(needle) != std::string::npos) return true;
  return false;
}

#define CHECK_ERROR(errs, needle)                                      \
  do {                                                                 \
    INFO("errors:\n" << joinLines(errs) << "expected one containing: " << needle); \
    CHECK(anyContains(errs, needle));                                  \
  } while (0)

Function fn(const std::string& name, std::vector<ValType> params, ValType result, std::vector<ValType> locals = {}) {
  Function f;
  f.name = name;
  f.type.params = std::move(params);
  f.type.result = result;
  f.locals = std::move(locals);
  return f;
}

Module moduleOf(Function f) {
  Module m;
  m.functions.push_back(std::move(f));
  return m;
}

std::vector<std::string> verify(Function f) { return verifyModule(moduleOf(std::move(f))); }

}  // namespace

TEST_CASE("wasmir: type and kind names", "[wasmir]") {
  CHECK(std::string(valTypeName(ValType::None)) == "none");
  CHECK(std::string(valTypeName(ValType::I32)) == "i32");
  CHECK(std::string(valTypeName(ValType::I64)) == "i64");
  CHECK(std::string(valTypeName(ValType::F32)) == "f32");
  CHECK(std::string(valTypeName(ValType::F64)) == "f64");
  CHECK(std::string(exprKindName(ExprKind::LocalTee)) == "local.tee");
  CHECK(std::string(exprKindName(ExprKind::BrTable)) == "br_table");
  CHECK(std::string(exprKindName(ExprKind::MemoryGrow)) == "memory.grow");
}

TEST_CASE("wasmir: opInfo follows ops.def", "[wasmir]") {
  CHECK(std::string(opInfo(Op::I32Add).text) == "i32.add");
  CHECK(opInfo(Op::I32Add).opcode == 0x6a);
  CHECK(opInfo(Op::I64Eqz).result == ValType::I32);
  CHECK(opInfo(Op::I64Eqz).operand == ValType::I64);
  CHECK(opInfo(Op::F64Store).result == ValType::None);
  CHECK(opInfo(Op::F64Store).operand == ValType::F64);
  CHECK(opInfo(Op::I64TruncSatF64U).opcode == 0x107);
  CHECK(std::string(opInfo(Op::F64PromoteF32).text) == "f64.promote_f32");
  CHECK(std::string(opInfo(Op::None).text) == "<no-op>");
}

TEST_CASE("wasmir: opClass and opMemBytes classify every operator", "[wasmir]") {
  static const char* binarySuffix[] = {"add", "sub", "mul", "div", "div_s", "div_u", "rem_s", "rem_u", "and", "or",
                                       "xor", "shl", "shr_s", "shr_u", "rotl", "rotr", "eq", "ne", "lt", "lt_s",
                                       "lt_u", "gt", "gt_s", "gt_u", "le", "le_s", "le_u", "ge", "ge_s", "ge_u",
                                       "min", "max", "copysign"};
  int loads = 0, stores = 0, unary = 0, binary = 0;
  for (uint16_t i = 1; i <= uint16_t(Op::I64TruncSatF64U); ++i) {
    Op op = Op(i);
    std::string text = opInfo(op).text;
    std::string suffix = text.substr(text.find('.') + 1);
    OpClass c = opClass(op);
    INFO(text);
    if (suffix.rfind("load", 0) == 0) {
      CHECK(c == OpClass::Load);
      ++loads;
    } else if (suffix.rfind("store", 0) == 0) {
      CHECK(c == OpClass::Store);
      ++stores;
    } else {
      bool isBinary = false;
      for (const char* s : binarySuffix) isBinary = isBinary || suffix == s;
      CHECK(c == (isBinary ? OpClass::Binary : OpClass::Unary));
      ++(isBinary ? binary : unary);
    }
    CHECK((opMemBytes(op) != 0) == (c == OpClass::Load || c == OpClass::Store));
  }
  CHECK(loads == 14);
  CHECK(stores == 9);
  CHECK(opClass(Op::None) == OpClass::None);
  CHECK(opMemBytes(Op::I64Load32U) == 4);
  CHECK(opMemBytes(Op::I32Store16) == 2);
  CHECK(opMemBytes(Op::F64Load) == 8);
  CHECK(opMemBytes(Op::I64Store8) == 1);
  CHECK(binary + unary == int(Op::I64TruncSatF64U) - 23);
}

TEST_CASE("wasmir: Function::add lays out kids; addBrTable fills b/imm/labelLists", "[wasmir]") {
  Function f = fn("f", {ValType::I32}, ValType::I32);
  Builder b(f);
  ExprId x = b.localGet(0), one = b.i32(1);
  ExprId add = b.binary(Op::I32Add, x, one);
  CHECK(f.at(add).numKids == 2);
  CHECK(f.kid(add, 0) == x);
  CHECK(f.kid(add, 1) == one);
  CHECK(f.at(x).numKids == 0);
  ExprId leaf = f.add(Expr{});
  CHECK(f.at(leaf).firstKid == f.kids.size());
  f.labelLists = {42};
  ExprId bt = f.addBrTable({5, 6, 7}, 9, x);
  CHECK(f.at(bt).a == 9);
  CHECK(f.at(bt).b == 1);
  CHECK(f.at(bt).imm == 3);
  CHECK(f.brTableSize(bt) == 3);
  CHECK(f.brTableLabel(bt, 0) == 5);
  CHECK(f.brTableLabel(bt, 2) == 7);
  CHECK(f.at(bt).numKids == 1);
  ExprId bt2 = f.addBrTable({}, 3, x, one);
  CHECK(f.at(bt2).numKids == 2);
  CHECK(f.kid(bt2, 0) == one);
  CHECK(f.kid(bt2, 1) == x);
}

TEST_CASE("wasmir: the verifier accepts every sample module", "[wasmir][verifier]") {
  for (const Module& m : {ts::sampleFactorial(), ts::sampleMath(), ts::sampleMemory(), ts::sampleBrTable(),
                          ts::sampleCalls(), ts::sampleControl()}) {
    std::vector<std::string> errs = verifyModule(m);
    INFO(joinLines(errs) << printModule(m));
    CHECK(errs.empty());
  }
}

TEST_CASE("wasmir: divergence analysis", "[wasmir]") {
  Function f = fn("d", {ValType::I32}, ValType::I32);
  Builder b(f);
  uint32_t lBody = b.newLabel(), lA = b.newLabel(), lB = b.newLabel(), lT = b.newLabel(), lE = b.newLabel();
  ExprId ret = b.ret(b.i32(1));
  ExprId add = b.binary(Op::I32Add, b.unreachable(), b.i32(2));  // diverges (operand)
  ExprId blockA = b.block(lA, ValType::None, {b.drop(add)});         // diverges: untargeted
  ExprId brToB = b.br(lB);
  ExprId blockB = b.block(lB, ValType::None, {brToB});               // targeted by its own br: not
  ExprId brif = b.brIf(lBody, b.localGet(0), b.i32(3));              // br_if does not diverge
  ExprId ifBoth = b.ifElse(ValType::None, b.localGet(0), b.block(lT, ValType::None, {b.ret(b.i32(4))}),
                           b.block(lE, ValType::None, {b.unreachable()}));
  ExprId ifOne = b.ifElse(ValType::None, b.localGet(0), b.block(b.newLabel(), ValType::None, {b.unreachable()}));
  ExprId loop = b.loop(b.newLabel(), ValType::None, {b.nop()});
  f.body = b.block(lBody, ValType::I32, {blockA, blockB, b.drop(brif), ifOne, loop, ifBoth, ret});
  std::vector<uint8_t> d = computeDivergence(f);
  CHECK(d[ret.v]);
  CHECK(d[add.v]);
  CHECK(d[blockA.v]);
  CHECK(d[brToB.v]);
  CHECK_FALSE(d[blockB.v]);
  CHECK_FALSE(d[brif.v]);
  CHECK(d[ifBoth.v]);
  CHECK_FALSE(d[ifOne.v]);
  CHECK_FALSE(d[loop.v]);
  CHECK_FALSE(d[f.body.v]);  // targeted by the br_if
  CHECK(needsTrailingUnreachable(f, add, d, std::nullopt));  // value-typed operator, operand position
  CHECK(needsTrailingUnreachable(f, add, d, ValType::None));  // ... in statement position
  CHECK_FALSE(needsTrailingUnreachable(f, add, d, ValType::I32));  // leaves the expected i32
  CHECK(needsTrailingUnreachable(f, blockA, d, ValType::I32));     // structured, type none
  CHECK_FALSE(needsTrailingUnreachable(f, blockA, d, ValType::None));
  CHECK(needsTrailingUnreachable(f, blockA, d, std::nullopt));
  CHECK_FALSE(needsTrailingUnreachable(f, ret, d, ValType::F64));  // wasm handles br/return itself
  CHECK_FALSE(needsTrailingUnreachable(f, blockB, d, ValType::I32));  // does not diverge
  CHECK(verifyModule(moduleOf(f)).empty());
}

TEST_CASE("wasmir: verifier rejects wrong operand types", "[wasmir][verifier]") {
  Function f = fn("bad_add", {ValType::I32}, ValType::I32);
  Builder b(f);
  f.body = b.block(b.newLabel(), ValType::I32, {b.binary(Op::I32Add, b.localGet(0), b.i64(1))});
  auto errs = verify(f);
  CHECK(errs.size() == 1);
  // (expression ids depend on the C++ compiler's argument evaluation order: not checked here)
  CHECK_ERROR(errs, "function 'bad_add' (func 0): expr ");
  CHECK_ERROR(errs, " `i32.add`: operand 1 expr ");
  CHECK_ERROR(errs, " `i64.const` has type i64, expected i32");
}

TEST_CASE("wasmir: verifier rejects a bad local index", "[wasmir][verifier]") {
  Function f = fn("bad_local", {ValType::I32}, ValType::None, {ValType::F64});
  Builder b(f);
  f.body = b.block(b.newLabel(), ValType::None, {b.localSet(7, b.i32(0))});
  auto errs = verify(f);
  CHECK_ERROR(errs, "function 'bad_local'");
  CHECK_ERROR(errs, "local index 7 out of range (function has 2 locals)");
  Function g = fn("local_type", {ValType::I32}, ValType::None, {ValType::F64});
  Builder c(g);
  g.body = c.block(c.newLabel(), ValType::None, {c.localSet(1, c.i32(0))});
  CHECK_ERROR(verify(g), "`local.set $1`: operand 0 expr 0 `i32.const` has type i32, expected f64");  // ids fixed: one leaf
}

TEST_CASE("wasmir: verifier rejects branches to labels that do not enclose them", "[wasmir][verifier]") {
  Function f = fn("bad_label", {}, ValType::None);
  Builder b(f);
  uint32_t lBody = b.newLabel(), lA = b.newLabel(), lB = b.newLabel();
  ExprId a = b.block(lA, ValType::None, {b.nop()});
  ExprId bb = b.block(lB, ValType::None, {b.br(lA)});  // lA is a sibling, not an ancestor
  f.body = b.block(lBody, ValType::None, {a, bb, b.br(99)});
  auto errs = verify(f);
  CHECK_ERROR(errs, "function 'bad_label'");
  CHECK_ERROR(errs, "`br $L1`: branch target $L1 is not an enclosing block, loop or if arm");
  CHECK_ERROR(errs, "branch target $L99");
}

TEST_CASE("wasmir: verifier rejects wrong result types", "[wasmir][verifier]") {
  {  // block (result i32) ending in an i64
    Function f = fn("bad_block", {}, ValType::I32);
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::I32, {b.i64(3)});
    CHECK_ERROR(verify(f), "`block $L0`: last expression 0 expr 0 `i64.const` has type i64, expected i32");
  }
  {  // body type vs function result
    Function f = fn("bad_body", {}, ValType::I32);
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::None, {b.nop()});
    CHECK_ERROR(verify(f), "function 'bad_body' (func 0): body expr 1 `block $L0` has type none, but the function returns i32");
  }
  {  // declared type of an operator
    Function f = fn("bad_decl", {}, ValType::None);
    Builder b(f);
    ExprId add = b.binary(Op::I32Add, b.i32(1), b.i32(2));
    f.at(add).type = ValType::I64;
    f.body = b.block(b.newLabel(), ValType::None, {b.drop(add)});
    CHECK_ERROR(verify(f), "`i32.add` has type i64, expected i32");
  }
  {  // a value left in statement position
    Function f = fn("bad_stmt", {}, ValType::None);
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::None, {b.i32(1), b.nop()});
    CHECK_ERROR(verify(f), "statement 0 expr 0 `i32.const` leaves a value of type i32 where none is expected (drop it)");
  }
  {  // if with a result but no else; return without value
    Function f = fn("bad_if", {ValType::I32}, ValType::I32);
    Builder b(f);
    ExprId i = b.ifElse(ValType::I32, b.localGet(0), b.block(b.newLabel(), ValType::I32, {b.i32(1)}));
    f.body = b.block(b.newLabel(), ValType::I32, {b.drop(i), b.ret()});
    auto errs = verify(f);
    CHECK_ERROR(errs, "`if` has result type i32 but no else arm");
    CHECK_ERROR(errs, "`return` has 0 operands, expected 1");
  }
}

TEST_CASE("wasmir: verifier checks calls, branches values, memory ops, globals", "[wasmir][verifier]") {
  Module m;
  m.globals.push_back(Global{"__stack_limit", ValType::I32, false, 0});
  Function callee = fn("callee", {ValType::I32, ValType::F64}, ValType::I32);
  {
    Builder b(callee);
    callee.body = b.block(b.newLabel(), ValType::I32, {b.localGet(0)});
  }
  m.functions.push_back(callee);
  Function f = fn("caller", {ValType::I32}, ValType::None);
  Builder b(f);
  uint32_t lBody = b.newLabel(), lLoop = b.newLabel(), lA = b.newLabel(), lB = b.newLabel();
  ExprId shared = b.i32(5);
  std::vector<ExprId> kids = {
      b.drop(b.call(0, {b.i32(1)}, ValType::I32)),                 // too few arguments
      b.drop(b.call(0, {b.i32(1), b.f32(1.0f)}, ValType::I32)),    // f32 for f64
      b.drop(b.call(9, {}, ValType::None)),                        // no such function
      b.loop(lLoop, ValType::None, {b.br(lLoop, b.i32(1))}),      // value to a loop
      b.store(Op::I32Store, b.i64(0), b.f32(1.0f)),                // i64 address, f32 value
      b.store(Op::I32Store, b.i32(0), b.i32(0), 0, 3),             // align 8 > 4
      b.globalSet(0, b.i32(1)),                                    // immutable
      b.drop(b.globalGet(3, ValType::I32)),                        // out of range
      b.drop(b.nop()),                                             // nothing to drop
      b.drop(shared), b.drop(shared),                              // shared expression
      b.block(lA, ValType::None, {b.nop()}), b.block(lA, ValType::None, {b.nop()}),  // duplicate label
      b.block(lB, ValType::I32, {b.block(b.newLabel(), ValType::None,                 // br_table mixed targets
                                         {b.brTable({lB}, lBody, b.i32(0), b.i32(1))}),
                                 b.i32(0)}),
      b.drop(b.memoryGrow(b.f64(1.0))),
  };
  kids.back() = b.drop(b.memoryGrow(b.f64(1.0)));
  Expr badLoad;
  badLoad.kind = ExprKind::Load;
  badLoad.op = Op::I32Add;
  badLoad.type = ValType::I32;
  kids.push_back(b.drop(f.add(badLoad, {b.i32(0)})));
  f.body = b.block(lBody, ValType::None, kids);
  m.functions.push_back(f);
  auto errs = verifyModule(m);
  INFO(joinLines(errs));
  CHECK_ERROR(errs, "function 'caller' (func 1): ");
  CHECK_ERROR(errs, "`call callee` passes 1 arguments, 'callee' takes 2");
  CHECK_ERROR(errs, "argument 1 expr 5 `f32.const` has type f32, expected f64");
  CHECK_ERROR(errs, "function index 9 out of range (module has 2 functions)");
  CHECK_ERROR(errs, "`br $L1` has 1 operands, expected 0");
  CHECK_ERROR(errs, "`i64.const` has type i64, expected i32");
  CHECK_ERROR(errs, "`i32.store`: address 0 expr ");
  CHECK_ERROR(errs, "`i32.store`: value 1 expr ");
  CHECK_ERROR(errs, "`f32.const` has type f32, expected i32");
  CHECK_ERROR(errs, "alignment 2^3 exceeds the natural alignment 4");
  CHECK_ERROR(errs, "global '__stack_limit' is immutable");
  CHECK_ERROR(errs, "global index 3 out of range (module has 1 globals)");
  CHECK_ERROR(errs, "`nop` leaves no value to drop");
  CHECK_ERROR(errs, "`i32.const` is used more than once (WasmIR must be a tree)");
  CHECK_ERROR(errs, "label $L2 is defined more than once");
  CHECK_ERROR(errs, "`br_table`: target $L3 takes i32 but the default $L0 takes none");
  CHECK_ERROR(errs, "`memory.grow`: delta 0");
  CHECK_ERROR(errs, "operator i32.add is not a load operator");
}

TEST_CASE("wasmir: verifier module-level checks", "[wasmir][verifier]") {
  Module m = ts::sampleMemory();
  m.data.push_back(DataSegment{18 * 65536 - 2, {1, 2, 3}});
  m.functions[1].exportName = "_start";
  m.memoryMaxPages = 4;
  auto errs = verifyModule(m);
  CHECK_ERROR(errs, "data segment 2 [1179646, 1179649) does not fit in the initial memory (1179648 bytes)");
  CHECK_ERROR(errs, "export name '_start' is used more than once");
  CHECK_ERROR(errs, "memory: maximum 4 pages is below the initial 18");
}

TEST_CASE("wasmir: dead code after a branch is accepted like wasm's polymorphic stack", "[wasmir][verifier]") {
  Function f = fn("dead", {ValType::I32}, ValType::I32);
  Builder b(f);
  uint32_t lBody = b.newLabel();
  // After `return`, a value-typed operator whose operand diverges may stand where an f64 is expected,
  // and a block whose last kid diverges needs no value.
  ExprId weird = b.unary(Op::F64Sqrt, b.unary(Op::F64ConvertI32S, b.binary(Op::I32Add, b.unreachable(), b.i32(1))));
  f.body = b.block(lBody, ValType::I32, {b.ret(b.i32(1)), b.drop(weird), b.block(b.newLabel(), ValType::I32, {b.br(lBody, b.i32(2))})});
  auto errs = verify(f);
  INFO(joinLines(errs));
  CHECK(errs.empty());
  // ... but dead code is still type-checked.
  Function g = fn("dead_bad", {ValType::I32}, ValType::I32);
  Builder c(g);
  g.body = c.block(c.newLabel(), ValType::I32, {c.ret(c.i32(1)), c.binary(Op::I32Add, c.i32(1), c.f32(2.0f))});
  CHECK_ERROR(verify(g), "`f32.const` has type f32, expected i32");
}

TEST_CASE("wasmir: float formatting is shortest round-trip and WAT-compatible", "[wasmir][printer]") {
  auto f32 = [](float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    return formatF32(bits);
  };
  auto f64 = [](double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    return formatF64(bits);
  };
  CHECK(f64(1.5) == "1.5");
  CHECK(f64(0.1) == "0.1");
  CHECK(f64(-0.0) == "-0");
  CHECK(f64(1e300) == "1e+300");
  CHECK(f64(5e-324) == "5e-324");
  CHECK(f64(1.0 / 3.0) == "0.3333333333333333");
  CHECK(f64(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(f64(INFINITY) == "inf");
  CHECK(f64(-INFINITY) == "-inf");
  CHECK(formatF64(0x7ff8000000000000ull) == "nan:0x8000000000000");
  CHECK(formatF64(0xfff0000000000001ull) == "-nan:0x1");
  CHECK(f32(0.1f) == "0.1");
  CHECK(f32(3.4028234663852886e38f) == "3.4028235e+38");
  CHECK(f32(16777216.0f) == "16777216");
  CHECK(formatF32(0x7fc00000u) == "nan:0x400000");
  CHECK(formatF32(0xff800000u) == "-inf");
}

TEST_CASE("wasmir: text format of the factorial sample", "[wasmir][printer]") {
  const std::string expected = R"((module
  (memory 1 (export "memory"))

  (func (;0;) $factorial (export "factorial") (param $n i32) (result i32)
    (local $acc i32)
    (block $L0 (result i32)
      (local.set $acc (i32.const 1))
      (block $L1
        (loop $L2
          (br_if $L1 (i32.le_s (local.get $n) (i32.const 1)))
          (local.set $acc (i32.mul (local.get $acc) (local.get $n)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $L2)))
      (local.get $acc)))

  (func (;1;) $fact64 (export "fact64") (param $n i64) (result i64)
    (block $L0 (result i64)
      (if (result i64)
        (i64.le_s (local.get $n) (i64.const 1))
        (then $L1
          (i64.const 1))
        (else $L2
          (i64.mul (local.get $n) (call $fact64 (i64.sub (local.get $n) (i64.const 1))))))))
)
)";
  Module m = ts::sampleFactorial();
  CHECK(printModule(m) == expected);
  CHECK(printFunction(m.functions[0], &m) == expected.substr(expected.find("  (func (;0;)"),
                                                              expected.find("\n\n  (func (;1;)") + 1 -
                                                                  expected.find("  (func (;0;)")));
}

TEST_CASE("wasmir: text format shows imports, globals, data, names and br_table", "[wasmir][printer]") {
  std::string mem = printModule(ts::sampleMemory());
  CHECK(mem.find("(memory 18 32 (export \"memory\"))") != std::string::npos);
  CHECK(mem.find("(import \"wr\" \"write\" (func (;0;) $wr.write (param i32) (param i32) (param i32)))") != std::string::npos);
  CHECK(mem.find("(global (;0;) $__stack_pointer (mut i32) (i32.const 1053696))") != std::string::npos);
  CHECK(mem.find("(global (;1;) $__stack_limit i32 (i32.const 5120))") != std::string::npos);
  CHECK(mem.find("(data (;0;) (offset 1024) \"Hello, WasmRust!\\0a\")") != std::string::npos);
  CHECK(mem.find("(data (;1;) (offset 1100) \"\\00\\ff\\22\\5c\\7f\")") != std::string::npos);
  CHECK(mem.find("(f32.store offset=12 align=1 (local.get $frame) (f32.const 0.5))") != std::string::npos);
  CHECK(mem.find("(global.set $__stack_pointer") != std::string::npos);
  CHECK(mem.find("(memory.fill (i32.const 2048) (i32.const 88) (i32.const 5))") != std::string::npos);

  std::string calls = printModule(ts::sampleCalls());
  CHECK(calls.find("(func (;4;) $Point::new (export \"point_new\") (param $x i32) (param $y i32) (result i32)") != std::string::npos);
  CHECK(calls.find("(local $x#2 i32) (local $x#3 i32)") != std::string::npos);
  CHECK(calls.find("(func (;5;) $\"<i32 as Foo>::boom\" (export \"boom\")") != std::string::npos);
  CHECK(calls.find("(call $wr.exit (i32.const 1))") != std::string::npos);

  std::string table = printModule(ts::sampleBrTable());
  CHECK(table.find("(br_table $L4 $L3 $L2 $L1 (local.get $x))") != std::string::npos);
  CHECK(table.find("(br_table $L2 $L1 (i32.const 7) (local.get $x))") != std::string::npos);
  // Deterministic.
  CHECK(printModule(ts::sampleControl()) == printModule(ts::sampleControl()));
}

TEST_CASE("wasmir: the printer survives malformed IR", "[wasmir][printer]") {
  Function f = fn("broken", {}, ValType::None);
  Builder b(f);
  ExprId get = b.localGet(5);
  ExprId call = b.call(77, {get}, ValType::None);
  f.body = b.block(0, ValType::None, {call});
  f.kids.push_back(ExprId{999});
  f.at(f.body).numKids = 2;  // second kid is a bad id
  std::string s = printFunction(f);
  CHECK(s.find("$<bad local 5>") != std::string::npos);
  CHECK(s.find("$<func 77>") != std::string::npos);
  CHECK(s.find("(<bad expr 999>)") != std::string::npos);
  auto errs = verify(f);
  CHECK_ERROR(errs, "expression id 999 is out of range");
  // A cycle: the block contains itself.
  Function g = fn("cyclic", {}, ValType::None);
  Builder c(g);
  ExprId blk = c.block(0, ValType::None, {c.nop()});
  g.kids[g.at(blk).firstKid] = blk;
  g.body = blk;
  CHECK(printFunction(g).find("<cycle") != std::string::npos);
  CHECK_ERROR(verify(g), "is used more than once");
  (void)computeDivergence(g);
}
