// Builder: one-line constructors for WasmIR expressions that fill in kind, type, payload and kids the
// way wasmir.def and docs/wasmir.md define them. Optional sugar over Function::add (the unit tests use
// it; the lowering may). Types are derived where WasmIR fixes them (ops, locals, blocks given a type);
// nothing is checked here: run the verifier.
#pragma once
#include <cstring>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wir {

class Builder {
 public:
  explicit Builder(Function& f) : f_(f) {}

  Function& function() { return f_; }

  ExprId i32(int32_t v) { return constant(ValType::I32, uint32_t(v)); }
  ExprId i64(int64_t v) { return constant(ValType::I64, uint64_t(v)); }
  ExprId f32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    return constant(ValType::F32, bits);
  }
  ExprId f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    return constant(ValType::F64, bits);
  }
  ExprId constant(ValType t, uint64_t bits) {
    Expr e = make(ExprKind::Const, t);
    e.imm = bits;
    return f_.add(e);
  }

  ExprId localGet(uint32_t index) { return f_.add(withA(make(ExprKind::LocalGet, localType(index)), index)); }
  ExprId localSet(uint32_t index, ExprId value) {
    return f_.add(withA(make(ExprKind::LocalSet, ValType::None), index), {value});
  }
  ExprId localTee(uint32_t index, ExprId value) {
    return f_.add(withA(make(ExprKind::LocalTee, localType(index)), index), {value});
  }
  ExprId globalGet(uint32_t index, ValType type) { return f_.add(withA(make(ExprKind::GlobalGet, type), index)); }
  ExprId globalSet(uint32_t index, ExprId value) {
    return f_.add(withA(make(ExprKind::GlobalSet, ValType::None), index), {value});
  }

  // alignLog2 < 0: the natural alignment of op.
  ExprId load(Op op, ExprId address, uint32_t offset = 0, int alignLog2 = -1) {
    Expr e = make(ExprKind::Load, opInfo(op).result);
    e.op = op;
    e.a = offset;
    e.b = alignLog2 < 0 ? naturalAlignLog2(op) : uint32_t(alignLog2);
    return f_.add(e, {address});
  }
  ExprId store(Op op, ExprId address, ExprId value, uint32_t offset = 0, int alignLog2 = -1) {
    Expr e = make(ExprKind::Store, ValType::None);
    e.op = op;
    e.a = offset;
    e.b = alignLog2 < 0 ? naturalAlignLog2(op) : uint32_t(alignLog2);
    return f_.add(e, {address, value});
  }
  ExprId unary(Op op, ExprId x) {
    Expr e = make(ExprKind::Unary, opInfo(op).result);
    e.op = op;
    return f_.add(e, {x});
  }
  ExprId binary(Op op, ExprId x, ExprId y) {
    Expr e = make(ExprKind::Binary, opInfo(op).result);
    e.op = op;
    return f_.add(e, {x, y});
  }
  ExprId select(ExprId ifTrue, ExprId ifFalse, ExprId cond) {
    return f_.add(make(ExprKind::Select, f_.at(ifTrue).type), {ifTrue, ifFalse, cond});
  }
  ExprId call(uint32_t funcIndex, const std::vector<ExprId>& args, ValType result) {
    return f_.add(withA(make(ExprKind::Call, result), funcIndex), args);
  }

  uint32_t newLabel() { return nextLabel_++; }
  ExprId block(uint32_t label, ValType type, const std::vector<ExprId>& kids) {
    return f_.add(withA(make(ExprKind::Block, type), label), kids);
  }
  ExprId loop(uint32_t label, ValType type, const std::vector<ExprId>& kids) {
    return f_.add(withA(make(ExprKind::Loop, type), label), kids);
  }
  // thenArm / elseArm: normally Blocks of the If's type; elseArm may be absent.
  ExprId ifElse(ValType type, ExprId cond, ExprId thenArm, ExprId elseArm = ExprId{}) {
    if (elseArm.valid()) return f_.add(make(ExprKind::If, type), {cond, thenArm, elseArm});
    return f_.add(make(ExprKind::If, type), {cond, thenArm});
  }
  ExprId br(uint32_t label, ExprId value = ExprId{}) {
    Expr e = withA(make(ExprKind::Br, ValType::None), label);
    return value.valid() ? f_.add(e, {value}) : f_.add(e);
  }
  // Without a value: type none. With one: the BrIf leaves the value when not taken (type = value's).
  ExprId brIf(uint32_t label, ExprId cond, ExprId value = ExprId{}) {
    if (value.valid()) return f_.add(withA(make(ExprKind::BrIf, f_.at(value).type), label), {value, cond});
    return f_.add(withA(make(ExprKind::BrIf, ValType::None), label), {cond});
  }
  ExprId brTable(const std::vector<uint32_t>& labels, uint32_t defaultLabel, ExprId index,
                 ExprId value = ExprId{}) {
    return f_.addBrTable(labels, defaultLabel, index, value);
  }
  ExprId ret(ExprId value = ExprId{}) {
    Expr e = make(ExprKind::Return, ValType::None);
    return value.valid() ? f_.add(e, {value}) : f_.add(e);
  }
  ExprId unreachable() { return f_.add(make(ExprKind::Unreachable, ValType::None)); }
  ExprId nop() { return f_.add(make(ExprKind::Nop, ValType::None)); }
  ExprId drop(ExprId value) { return f_.add(make(ExprKind::Drop, ValType::None), {value}); }
  ExprId memoryCopy(ExprId dest, ExprId src, ExprId len) {
    return f_.add(make(ExprKind::MemoryCopy, ValType::None), {dest, src, len});
  }
  ExprId memoryFill(ExprId dest, ExprId byteValue, ExprId len) {
    return f_.add(make(ExprKind::MemoryFill, ValType::None), {dest, byteValue, len});
  }
  ExprId refOp(RefOpKind k, const std::vector<ExprId>& kids = {}) {
    ValType t = k == RefOpKind::TableGet || k == RefOpKind::RefNull ? ValType::ExternRef
                : k == RefOpKind::TableSet ? ValType::None : ValType::I32;
    Expr e = make(ExprKind::RefOp, t);
    e.a = uint32_t(k);
    return f_.add(e, kids);
  }
  ExprId atomic(uint32_t sub, ValType result, const std::vector<ExprId>& kids) {
    Expr e = make(ExprKind::Atomic, result);
    e.a = sub;
    return f_.add(e, kids);
  }
  ExprId memorySize() { return f_.add(make(ExprKind::MemorySize, ValType::I32)); }
  ExprId memoryGrow(ExprId deltaPages) { return f_.add(make(ExprKind::MemoryGrow, ValType::I32), {deltaPages}); }

  static uint32_t naturalAlignLog2(Op op) {
    uint32_t bytes = opMemBytes(op);
    return bytes == 8 ? 3 : bytes == 4 ? 2 : bytes == 2 ? 1 : 0;
  }

 private:
  static Expr make(ExprKind k, ValType t) {
    Expr e;
    e.kind = k;
    e.type = t;
    return e;
  }
  static Expr withA(Expr e, uint32_t a) {
    e.a = a;
    return e;
  }
  ValType localType(uint32_t index) const {
    return index < f_.numLocalsTotal() ? f_.localType(index) : ValType::None;
  }

  Function& f_;
  uint32_t nextLabel_ = 0;
};

}  // namespace wr::wir
