// Hand-built WasmIR sample modules shared by test_wasmir.cpp and test_wasm_backend.cpp (they declare the
// builders they use). Each sample is what the lowering could produce for a small Rust program, written
// with wir::Builder; the comments give the Rust it stands for.
#include <string>

#include "wasmir/builder.h"
#include "wasmir/wasmir.h"

namespace wr::test_samples {

using namespace wr::wir;

namespace {

Function newFunction(const std::string& name, std::vector<ValType> params, ValType result,
                     std::vector<ValType> locals, std::vector<std::string> localNames,
                     const std::string& exportName = "") {
  Function f;
  f.name = name;
  f.type.params = std::move(params);
  f.type.result = result;
  f.locals = std::move(locals);
  f.localNames = std::move(localNames);
  f.exportName = exportName;
  return f;
}

void addMemoryModelGlobals(Module& m) {
  // Memory model (docs/wasmir.md): data from 1024, then a 1 MiB shadow stack growing down.
  Global sp{"__stack_pointer", ValType::I32, true, 1024 + 4096 + (1u << 20)};
  Global limit{"__stack_limit", ValType::I32, false, 1024 + 4096};
  m.globals.push_back(sp);
  m.globals.push_back(limit);
}

Import import(const std::string& name, std::vector<ValType> params) {
  Import im;
  im.module = "wr";
  im.name = name;
  im.type.params = std::move(params);
  return im;
}

}  // namespace

// fn factorial(mut n: i32) -> i32 { let mut acc = 1; while n > 1 { acc *= n; n -= 1; } acc }
// fn fact64(n: i64) -> i64 { if n <= 1 { 1 } else { n * fact64(n - 1) } }
Module sampleFactorial() {
  Module m;
  {
    Function f = newFunction("factorial", {ValType::I32}, ValType::I32, {ValType::I32}, {"n", "acc"}, "factorial");
    Builder b(f);
    const uint32_t n = 0, acc = 1;
    uint32_t lBody = b.newLabel(), lExit = b.newLabel(), lLoop = b.newLabel();
    ExprId loop = b.loop(lLoop, ValType::None,
                         {b.brIf(lExit, b.binary(Op::I32LeS, b.localGet(n), b.i32(1))),
                          b.localSet(acc, b.binary(Op::I32Mul, b.localGet(acc), b.localGet(n))),
                          b.localSet(n, b.binary(Op::I32Sub, b.localGet(n), b.i32(1))), b.br(lLoop)});
    f.body = b.block(lBody, ValType::I32,
                     {b.localSet(acc, b.i32(1)), b.block(lExit, ValType::None, {loop}), b.localGet(acc)});
    m.functions.push_back(std::move(f));
  }
  {
    Function f = newFunction("fact64", {ValType::I64}, ValType::I64, {}, {"n"}, "fact64");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lThen = b.newLabel(), lElse = b.newLabel();
    ExprId cond = b.binary(Op::I64LeS, b.localGet(0), b.i64(1));
    ExprId rec = b.call(1, {b.binary(Op::I64Sub, b.localGet(0), b.i64(1))}, ValType::I64);
    ExprId ifE = b.ifElse(ValType::I64, cond, b.block(lThen, ValType::I64, {b.i64(1)}),
                          b.block(lElse, ValType::I64, {b.binary(Op::I64Mul, b.localGet(0), rec)}));
    f.body = b.block(lBody, ValType::I64, {ifE});
    m.functions.push_back(std::move(f));
  }
  return m;
}

// Numeric operators and conversions over i32/i64/f32/f64.
Module sampleMath() {
  Module m;
  auto body = [](Builder& b, ValType t, ExprId e) { return b.block(b.newLabel(), t, {e}); };
  {  // fn hypot(x: f64, y: f64) -> f64 { (x * x + y * y).sqrt() }
    Function f = newFunction("hypot", {ValType::F64, ValType::F64}, ValType::F64, {}, {"x", "y"}, "hypot");
    Builder b(f);
    ExprId s = b.binary(Op::F64Add, b.binary(Op::F64Mul, b.localGet(0), b.localGet(0)),
                        b.binary(Op::F64Mul, b.localGet(1), b.localGet(1)));
    f.body = body(b, ValType::F64, b.unary(Op::F64Sqrt, s));
    m.functions.push_back(std::move(f));
  }
  {  // fn mix32(a: i32) -> f32 { a as f32 / 2.0 + 0.25f64 as f32 }
    Function f = newFunction("mix32", {ValType::I32}, ValType::F32, {}, {"a"}, "mix32");
    Builder b(f);
    ExprId x = b.binary(Op::F32Div, b.unary(Op::F32ConvertI32S, b.localGet(0)), b.f32(2.0f));
    f.body = body(b, ValType::F32, b.binary(Op::F32Add, x, b.unary(Op::F32DemoteF64, b.f64(0.25))));
    m.functions.push_back(std::move(f));
  }
  {  // fn bits(x: i64) -> i32 { (x.rotate_left(8) as i32) ^ (x as i8 as i32) }
    Function f = newFunction("bits", {ValType::I64}, ValType::I32, {}, {"x"}, "bits");
    Builder b(f);
    ExprId r = b.unary(Op::I32WrapI64, b.binary(Op::I64Rotl, b.localGet(0), b.i64(8)));
    ExprId s = b.unary(Op::I32Extend8S, b.unary(Op::I32WrapI64, b.localGet(0)));
    f.body = body(b, ValType::I32, b.binary(Op::I32Xor, r, s));
    m.functions.push_back(std::move(f));
  }
  {  // fn trunc(x: f64) -> i64 { x as i64 + (x.floor() as i32 as u32 as i64) }
    Function f = newFunction("trunc", {ValType::F64}, ValType::I64, {}, {"x"}, "trunc");
    Builder b(f);
    ExprId a = b.unary(Op::I64TruncSatF64S, b.localGet(0));
    ExprId c = b.unary(Op::I64ExtendI32U, b.unary(Op::I32TruncF64S, b.unary(Op::F64Floor, b.localGet(0))));
    f.body = body(b, ValType::I64, b.binary(Op::I64Add, a, c));
    m.functions.push_back(std::move(f));
  }
  {  // fn reinterp(x: f32) -> i32 { x.to_bits() as i32 }
    Function f = newFunction("reinterp", {ValType::F32}, ValType::I32, {}, {"x"}, "reinterp");
    Builder b(f);
    f.body = body(b, ValType::I32, b.unary(Op::I32ReinterpretF32, b.localGet(0)));
    m.functions.push_back(std::move(f));
  }
  {  // fn pick(c: bool, a: f64, b: f64) -> f64 { if c { a } else { b } } (as select)
    Function f = newFunction("pick", {ValType::I32, ValType::F64, ValType::F64}, ValType::F64, {}, {"c", "a", "b"},
                             "pick");
    Builder b(f);
    f.body = body(b, ValType::F64, b.select(b.localGet(1), b.localGet(2), b.localGet(0)));
    m.functions.push_back(std::move(f));
  }
  {  // fn popc(x: u64) -> u64 { x.count_ones() as u64 + x.leading_zeros() as u64 }
    Function f = newFunction("popc", {ValType::I64}, ValType::I64, {}, {"x"}, "popc");
    Builder b(f);
    f.body = body(b, ValType::I64,
                  b.binary(Op::I64Add, b.unary(Op::I64Popcnt, b.localGet(0)), b.unary(Op::I64Clz, b.localGet(0))));
    m.functions.push_back(std::move(f));
  }
  {  // fn fconsts() -> f64 { 1.5f64.copysign(-0.0) + (1e300 * 1e-300) + f32::MAX as f64 * 0.0 }
    Function f = newFunction("fconsts", {}, ValType::F64, {}, {}, "fconsts");
    Builder b(f);
    ExprId c = b.binary(Op::F64Copysign, b.f64(1.5), b.f64(-0.0));
    ExprId p = b.binary(Op::F64Mul, b.f64(1e300), b.f64(1e-300));
    ExprId z = b.binary(Op::F64Mul, b.unary(Op::F64PromoteF32, b.f32(3.4028234663852886e38f)), b.f64(0.0));
    f.body = body(b, ValType::F64, b.binary(Op::F64Add, b.binary(Op::F64Add, c, p), z));
    m.functions.push_back(std::move(f));
  }
  {  // fn divs(a: i32, b: i32) -> i32 { a / b + ((a as u32) % (b as u32)) as i32 }
    Function f = newFunction("divs", {ValType::I32, ValType::I32}, ValType::I32, {}, {"a", "b"}, "divs");
    Builder b(f);
    f.body = body(b, ValType::I32,
                  b.binary(Op::I32Add, b.binary(Op::I32DivS, b.localGet(0), b.localGet(1)),
                           b.binary(Op::I32RemU, b.localGet(0), b.localGet(1))));
    m.functions.push_back(std::move(f));
  }
  return m;
}

// Linear memory: data segment, globals of the memory model, loads/stores of every width, a stack frame,
// memory.copy / memory.fill / memory.grow, and the host's write.
Module sampleMemory() {
  Module m;
  m.imports.push_back(import("write", {ValType::I32, ValType::I32, ValType::I32}));
  addMemoryModelGlobals(m);
  const std::string hello = "Hello, WasmRust!\n";
  m.data.push_back(DataSegment{1024, std::vector<uint8_t>(hello.begin(), hello.end())});
  m.data.push_back(DataSegment{1100, {0x00, 0xff, 0x22, 0x5c, 0x7f}});
  m.memoryPages = 18;
  m.memoryMaxPages = 32;
  const uint32_t len = uint32_t(hello.size());
  {  // fn main() { copy hello to 2048, overwrite "Hello" with "XXXXX", write both }
    Function f = newFunction("main", {}, ValType::None, {}, {}, "_start");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::None,
                     {b.memoryCopy(b.i32(2048), b.i32(1024), b.i32(int32_t(len))),
                      b.memoryFill(b.i32(2048), b.i32('X'), b.i32(5)),
                      b.call(0, {b.i32(1), b.i32(2048), b.i32(int32_t(len))}, ValType::None),
                      b.call(0, {b.i32(1), b.i32(1024), b.i32(int32_t(len))}, ValType::None)});
    m.functions.push_back(std::move(f));
  }
  {  // fn checksum(p: *const u8, len: usize) -> u32 { sum of the bytes }
    Function f = newFunction("checksum", {ValType::I32, ValType::I32}, ValType::I32, {ValType::I32, ValType::I32},
                             {"p", "len", "i", "sum"}, "checksum");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lExit = b.newLabel(), lLoop = b.newLabel();
    ExprId loop = b.loop(
        lLoop, ValType::None,
        {b.brIf(lExit, b.binary(Op::I32GeU, b.localGet(2), b.localGet(1))),
         b.localSet(3, b.binary(Op::I32Add, b.localGet(3),
                                b.load(Op::I32Load8U, b.binary(Op::I32Add, b.localGet(0), b.localGet(2))))),
         b.localSet(2, b.binary(Op::I32Add, b.localGet(2), b.i32(1))), b.br(lLoop)});
    f.body = b.block(lBody, ValType::I32, {b.block(lExit, ValType::None, {loop}), b.localGet(3)});
    m.functions.push_back(std::move(f));
  }
  {  // fn roundtrip64(v: i64) -> i64: a 16-byte frame on the shadow stack
    Function f = newFunction("roundtrip64", {ValType::I64}, ValType::I64, {ValType::I32, ValType::I64},
                             {"v", "frame", "result"}, "roundtrip64");
    Builder b(f);
    const uint32_t frame = 1, result = 2;
    ExprId prologue = b.globalSet(0, b.localTee(frame, b.binary(Op::I32Sub, b.globalGet(0, ValType::I32), b.i32(16))));
    ExprId st1 = b.store(Op::I64Store, b.localGet(frame), b.localGet(0));
    ExprId st2 = b.store(Op::I32Store16, b.localGet(frame), b.i32(0xfffe), 8);
    ExprId st3 = b.store(Op::F32Store, b.localGet(frame), b.f32(0.5f), 12, 0);  // unaligned hint
    ExprId sum = b.binary(Op::I64Add, b.load(Op::I64Load, b.localGet(frame)),
                          b.unary(Op::I64ExtendI32S, b.load(Op::I32Load16S, b.localGet(frame), 8)));
    ExprId sum2 = b.binary(Op::I64Add, sum, b.load(Op::I64Load8U, b.localGet(frame), 9));  // 0xff
    ExprId sum3 = b.binary(Op::I64Add, sum2, b.unary(Op::I64TruncF32S, b.binary(Op::F32Mul, b.load(Op::F32Load, b.localGet(frame), 12, 1), b.f32(4.0f))));
    ExprId epilogue = b.globalSet(0, b.binary(Op::I32Add, b.localGet(frame), b.i32(16)));
    f.body = b.block(b.newLabel(), ValType::I64,
                     {prologue, st1, st2, st3, b.localSet(result, sum3), epilogue, b.localGet(result)});
    m.functions.push_back(std::move(f));
  }
  {  // fn grow() -> i32 { memory.grow(1); memory.size() }
    Function f = newFunction("grow", {}, ValType::I32, {}, {}, "grow");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::I32, {b.drop(b.memoryGrow(b.i32(1))), b.memorySize()});
    m.functions.push_back(std::move(f));
  }
  return m;
}

// fn classify(x: u32) -> i32 { match x { 0 => 10, 1 => 20, 2 => 30, _ => 99 } }   (br_table)
// fn tableval(x: u32) -> i32: br_table carrying a value.
Module sampleBrTable() {
  Module m;
  {
    Function f = newFunction("classify", {ValType::I32}, ValType::I32, {}, {"x"}, "classify");
    Builder b(f);
    uint32_t lBody = b.newLabel(), l1 = b.newLabel(), l2 = b.newLabel(), l3 = b.newLabel(), l4 = b.newLabel();
    ExprId b4 = b.block(l4, ValType::None, {b.brTable({l4, l3, l2}, l1, b.localGet(0))});
    ExprId b3 = b.block(l3, ValType::None, {b4, b.ret(b.i32(10))});
    ExprId b2 = b.block(l2, ValType::None, {b3, b.ret(b.i32(20))});
    ExprId b1 = b.block(l1, ValType::None, {b2, b.ret(b.i32(30))});
    f.body = b.block(lBody, ValType::I32, {b1, b.i32(99)});
    m.functions.push_back(std::move(f));
  }
  {
    Function f = newFunction("tableval", {ValType::I32}, ValType::I32, {}, {"x"}, "tableval");
    Builder b(f);
    uint32_t lBody = b.newLabel(), l5 = b.newLabel(), l6 = b.newLabel();
    ExprId inner = b.block(l6, ValType::I32, {b.brTable({l6}, l5, b.localGet(0), b.i32(7))});
    ExprId outer = b.block(l5, ValType::I32, {b.binary(Op::I32Add, inner, b.i32(100))});
    f.body = b.block(lBody, ValType::I32, {outer});
    m.functions.push_back(std::move(f));
  }
  return m;
}

// Imports and calls: fn add3, recursive fn fib, a `Point::new` with shadowed locals, a panicking
// `<i32 as Foo>::boom`, and _start printing "fib ok\n" through wr.write (or calling wr.exit(1)).
Module sampleCalls() {
  Module m;
  m.imports.push_back(import("write", {ValType::I32, ValType::I32, ValType::I32}));
  m.imports.push_back(import("exit", {ValType::I32}));
  const std::string msg = "fib ok\n";
  m.data.push_back(DataSegment{1024, std::vector<uint8_t>(msg.begin(), msg.end())});
  const uint32_t fAdd3 = 2, fFib = 3, fPoint = 4, fBoom = 5;
  {
    Function f = newFunction("add3", {ValType::I32, ValType::I32, ValType::I32}, ValType::I32, {}, {"a", "b", "c"},
                             "add3");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::I32,
                     {b.binary(Op::I32Add, b.binary(Op::I32Add, b.localGet(0), b.localGet(1)), b.localGet(2))});
    m.functions.push_back(std::move(f));
  }
  {  // fn fib(n: i32) -> i32 { if n < 2 { return n; } fib(n - 1) + fib(n - 2) }
    Function f = newFunction("fib", {ValType::I32}, ValType::I32, {}, {"n"}, "fib");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lThen = b.newLabel();
    ExprId early = b.ifElse(ValType::None, b.binary(Op::I32LtS, b.localGet(0), b.i32(2)),
                            b.block(lThen, ValType::None, {b.ret(b.localGet(0))}));
    ExprId sum = b.binary(Op::I32Add,
                          b.call(fFib, {b.binary(Op::I32Sub, b.localGet(0), b.i32(1))}, ValType::I32),
                          b.call(fFib, {b.binary(Op::I32Sub, b.localGet(0), b.i32(2))}, ValType::I32));
    f.body = b.block(lBody, ValType::I32, {early, sum});
    m.functions.push_back(std::move(f));
  }
  {  // fn Point::new(x: i32, y: i32) -> i32 { let x = x * 2; let x = x + y; x }  (shadowing: two "x")
    Function f = newFunction("Point::new", {ValType::I32, ValType::I32}, ValType::I32, {ValType::I32, ValType::I32},
                             {"x", "y", "x", "x"}, "point_new");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::I32,
                     {b.localSet(2, b.binary(Op::I32Mul, b.localGet(0), b.i32(2))),
                      b.localSet(3, b.binary(Op::I32Add, b.localGet(2), b.localGet(1))), b.localGet(3)});
    m.functions.push_back(std::move(f));
  }
  {  // <i32 as Foo>::boom(): panics
    Function f = newFunction("<i32 as Foo>::boom", {}, ValType::None, {}, {}, "boom");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::None, {b.unreachable()});
    m.functions.push_back(std::move(f));
  }
  {  // fn main() { let _ = add3(1, 2, 3); if fib(10) == 55 && Point::new(3, 4) == 10 { print } else { exit(1) } }
    Function f = newFunction("main", {}, ValType::None, {}, {}, "_start");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lThen = b.newLabel(), lElse = b.newLabel();
    ExprId ok = b.binary(Op::I32And, b.binary(Op::I32Eq, b.call(fFib, {b.i32(10)}, ValType::I32), b.i32(55)),
                         b.binary(Op::I32Eq, b.call(fPoint, {b.i32(3), b.i32(4)}, ValType::I32), b.i32(10)));
    ExprId thenB = b.block(lThen, ValType::None,
                           {b.call(0, {b.i32(1), b.i32(1024), b.i32(int32_t(msg.size()))}, ValType::None)});
    ExprId elseB = b.block(lElse, ValType::None, {b.call(1, {b.i32(1)}, ValType::None), b.unreachable()});
    f.body = b.block(lBody, ValType::None,
                     {b.drop(b.call(fAdd3, {b.i32(1), b.i32(2), b.i32(3)}, ValType::I32)), b.ifElse(ValType::None, ok, thenB, elseB)});
    m.functions.push_back(std::move(f));
  }
  (void)fBoom;
  return m;
}

// If/else with results, nested ifs, and the dead-code rules: diverging arms, values carried by br and
// br_if, a loop with a result, a diverging inner block, and dead code after a branch.
Module sampleControl() {
  Module m;
  {  // fn max(a: i32, b: i32) -> i32 { if a > b { a } else { b } }
    Function f = newFunction("max", {ValType::I32, ValType::I32}, ValType::I32, {}, {"a", "b"}, "max");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lT = b.newLabel(), lE = b.newLabel();
    f.body = b.block(lBody, ValType::I32,
                     {b.ifElse(ValType::I32, b.binary(Op::I32GtS, b.localGet(0), b.localGet(1)),
                               b.block(lT, ValType::I32, {b.localGet(0)}), b.block(lE, ValType::I32, {b.localGet(1)}))});
    m.functions.push_back(std::move(f));
  }
  {  // fn sign(x: i32) -> i32 { if x < 0 { -1 } else if x == 0 { 0 } else { 1 } }
    Function f = newFunction("sign", {ValType::I32}, ValType::I32, {}, {"x"}, "sign");
    Builder b(f);
    uint32_t lBody = b.newLabel(), l1 = b.newLabel(), l2 = b.newLabel(), l3 = b.newLabel(), l4 = b.newLabel();
    ExprId inner = b.ifElse(ValType::I32, b.unary(Op::I32Eqz, b.localGet(0)), b.block(l3, ValType::I32, {b.i32(0)}),
                            b.block(l4, ValType::I32, {b.i32(1)}));
    f.body = b.block(lBody, ValType::I32,
                     {b.ifElse(ValType::I32, b.binary(Op::I32LtS, b.localGet(0), b.i32(0)),
                               b.block(l1, ValType::I32, {b.i32(-1)}), b.block(l2, ValType::I32, {inner}))});
    m.functions.push_back(std::move(f));
  }
  {  // fn pick(c: bool) -> i32 { if c { return 1; } else { return 2; } }   (the if diverges)
    Function f = newFunction("pick", {ValType::I32}, ValType::I32, {}, {"c"}, "pick");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lT = b.newLabel(), lE = b.newLabel();
    f.body = b.block(lBody, ValType::I32,
                     {b.ifElse(ValType::None, b.localGet(0), b.block(lT, ValType::None, {b.ret(b.i32(1))}),
                               b.block(lE, ValType::None, {b.ret(b.i32(2))}))});
    m.functions.push_back(std::move(f));
  }
  {  // fn dead(x: i32) -> i32 { 'a: { break 'a x + 1; x = 5; 0 } }   (dead code after br)
    Function f = newFunction("dead", {ValType::I32}, ValType::I32, {}, {"x"}, "dead");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lA = b.newLabel();
    ExprId a = b.block(lA, ValType::I32,
                       {b.br(lA, b.binary(Op::I32Add, b.localGet(0), b.i32(1))), b.localSet(0, b.i32(5)), b.i32(0)});
    f.body = b.block(lBody, ValType::I32, {a});
    m.functions.push_back(std::move(f));
  }
  {  // fn deadops(x: i32) -> i32: a diverging operand inside a value-typed operator, and a drop of it.
    Function f = newFunction("deadops", {ValType::I32}, ValType::I32, {}, {"x"}, "deadops");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lT = b.newLabel(), lT2 = b.newLabel();
    ExprId weird = b.drop(b.binary(Op::I64Add, b.br(lBody, b.i32(7)), b.i64(1)));  // i64.add of a br
    ExprId if1 = b.ifElse(ValType::None, b.binary(Op::I32Eq, b.localGet(0), b.i32(12345)),
                          b.block(lT, ValType::None, {weird}));
    ExprId if2 = b.ifElse(ValType::None, b.unary(Op::I32Eqz, b.localGet(0)),
                          b.block(lT2, ValType::None, {b.ret(b.i32(42)), b.nop()}));
    f.body = b.block(lBody, ValType::I32, {if1, if2, b.binary(Op::I32Add, b.localGet(0), b.i32(1))});
    m.functions.push_back(std::move(f));
  }
  {  // fn loopval(n: i32) -> i32 { let mut i = 0; loop { i += 1; if i < n { continue } break i * 2 } }
    Function f = newFunction("loopval", {ValType::I32}, ValType::I32, {ValType::I32}, {"n", "i"}, "loopval");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lL = b.newLabel();
    ExprId loop = b.loop(lL, ValType::I32,
                         {b.localSet(1, b.binary(Op::I32Add, b.localGet(1), b.i32(1))),
                          b.brIf(lL, b.binary(Op::I32LtS, b.localGet(1), b.localGet(0))),
                          b.binary(Op::I32Mul, b.localGet(1), b.i32(2))});
    f.body = b.block(lBody, ValType::I32, {loop});
    m.functions.push_back(std::move(f));
  }
  {  // fn brifval(x: i32) -> i32 { 'a: { let _ = br_if 'a 100 if x > 10; 1 } }
    Function f = newFunction("brifval", {ValType::I32}, ValType::I32, {}, {"x"}, "brifval");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lA = b.newLabel();
    ExprId a = b.block(lA, ValType::I32,
                       {b.drop(b.brIf(lA, b.binary(Op::I32GtS, b.localGet(0), b.i32(10)), b.i32(100))), b.i32(1)});
    f.body = b.block(lBody, ValType::I32, {a});
    m.functions.push_back(std::move(f));
  }
  {  // fn triple(x: i32) -> i32 { { return x * 3; } }   (a diverging block of type none ends the body)
    Function f = newFunction("triple", {ValType::I32}, ValType::I32, {}, {"x"}, "triple");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lIn = b.newLabel();
    f.body = b.block(lBody, ValType::I32,
                     {b.block(lIn, ValType::None, {b.ret(b.binary(Op::I32Mul, b.localGet(0), b.i32(3)))})});
    m.functions.push_back(std::move(f));
  }
  {  // fn early(x: i32) -> i32: br to the body label (the function frame) with a value
    Function f = newFunction("early", {ValType::I32}, ValType::I32, {}, {"x"}, "early");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lT = b.newLabel(), lL = b.newLabel();
    ExprId loop = b.loop(lL, ValType::None,
                         {b.ifElse(ValType::None, b.binary(Op::I32GtS, b.localGet(0), b.i32(100)),
                                   b.block(lT, ValType::None, {b.br(lBody, b.localGet(0))})),
                          b.localSet(0, b.binary(Op::I32Mul, b.localGet(0), b.i32(2))), b.br(lL)});
    f.body = b.block(lBody, ValType::I32, {loop});
    m.functions.push_back(std::move(f));
  }
  {  // if (result i32) whose arms are diverging Blocks of other types (emitted as nested blocks)
    Function f = newFunction("armmix", {ValType::I32}, ValType::I32, {}, {"c"}, "armmix");
    Builder b(f);
    uint32_t lBody = b.newLabel(), lT = b.newLabel(), lE = b.newLabel();
    ExprId thenArm = b.block(lT, ValType::None, {b.ret(b.i32(1))});
    ExprId elseArm = b.block(lE, ValType::I64, {b.br(lBody, b.i32(3))});
    f.body = b.block(lBody, ValType::I32, {b.ifElse(ValType::I32, b.localGet(0), thenArm, elseArm)});
    m.functions.push_back(std::move(f));
  }
  {  // a body that is not a Block
    Function f = newFunction("bare", {ValType::I32}, ValType::I32, {}, {"x"}, "bare");
    Builder b(f);
    f.body = b.binary(Op::I32Add, b.localGet(0), b.i32(1));
    m.functions.push_back(std::move(f));
  }
  {  // an empty body; and a None-typed body Block in an i32 function that diverges
    Function f = newFunction("nothing", {}, ValType::None, {}, {}, "nothing");
    Builder b(f);
    f.body = b.block(b.newLabel(), ValType::None, {});
    m.functions.push_back(std::move(f));
    Function g = newFunction("seven", {}, ValType::I32, {}, {}, "seven");
    Builder c(g);
    g.body = c.block(c.newLabel(), ValType::None, {c.ret(c.i32(7))});
    m.functions.push_back(std::move(g));
  }
  return m;
}

}  // namespace wr::test_samples
