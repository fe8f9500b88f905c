// Out-of-line helpers of wasmir.h: names of types and kinds, the operator table built from ops.def, the
// operator classification, and Function's construction helpers.
#include "wasmir/wasmir.h"

namespace wr::wir {

const char* valTypeName(ValType t) {
  switch (t) {
    case ValType::None: return "none";
    case ValType::I32: return "i32";
    case ValType::I64: return "i64";
    case ValType::F32: return "f32";
    case ValType::F64: return "f64";
    case ValType::ExternRef: return "externref";
  }
  return "?";
}

const char* exprKindName(ExprKind k) {
  switch (k) {
#define WIR_EXPR(Name, Text) \
  case ExprKind::Name: return Text;
#include "wasmir/wasmir.def"
  }
  return "?";
}

namespace {

constexpr OpInfo kOpInfo[] = {
    {"<no-op>", 0, ValType::None, ValType::None},
#define WIR_OP(Name, Text, Opcode, Result, Operand) {Text, Opcode, ValType::Result, ValType::Operand},
#include "wasmir/ops.def"
};
constexpr size_t kNumOps = sizeof(kOpInfo) / sizeof(kOpInfo[0]);

}  // namespace

const char* refOpText(RefOpKind k) {
  switch (k) {
    case RefOpKind::TableGet: return "table.get 0";
    case RefOpKind::TableSet: return "table.set 0";
    case RefOpKind::TableGrow: return "table.grow 0";
    case RefOpKind::TableSize: return "table.size 0";
    case RefOpKind::RefNull: return "ref.null extern";
    case RefOpKind::RefIsNull: return "ref.is_null";
  }
  return "ref.?";
}

const AtomicInfo* atomicInfo(uint32_t sub) {
  using V = ValType;
  static const AtomicInfo kAtomics[] = {
      {0x00, "memory.atomic.notify", V::I32, {V::I32}, 2},
      {0x01, "memory.atomic.wait32", V::I32, {V::I32, V::I64}, 2},
      {0x10, "i32.atomic.load", V::I32, {}, 2},
      {0x11, "i64.atomic.load", V::I64, {}, 3},
      {0x17, "i32.atomic.store", V::None, {V::I32}, 2},
      {0x18, "i64.atomic.store", V::None, {V::I64}, 3},
      {0x1e, "i32.atomic.rmw.add", V::I32, {V::I32}, 2},
      {0x1f, "i64.atomic.rmw.add", V::I64, {V::I64}, 3},
      {0x25, "i32.atomic.rmw.sub", V::I32, {V::I32}, 2},
      {0x26, "i64.atomic.rmw.sub", V::I64, {V::I64}, 3},
      {0x41, "i32.atomic.rmw.xchg", V::I32, {V::I32}, 2},
      {0x42, "i64.atomic.rmw.xchg", V::I64, {V::I64}, 3},
      {0x48, "i32.atomic.rmw.cmpxchg", V::I32, {V::I32, V::I32}, 2},
      {0x49, "i64.atomic.rmw.cmpxchg", V::I64, {V::I64, V::I64}, 3},
  };
  for (const AtomicInfo& a : kAtomics)
    if (a.sub == sub) return &a;
  return nullptr;
}

const OpInfo& opInfo(Op op) {
  size_t i = size_t(op);
  return i < kNumOps ? kOpInfo[i] : kOpInfo[0];
}

OpClass opClass(Op op) {
  if (op == Op::None || size_t(op) >= kNumOps) return OpClass::None;
  uint16_t c = opInfo(op).opcode;
  if (c >= 0x28 && c <= 0x35) return OpClass::Load;
  if (c >= 0x36 && c <= 0x3e) return OpClass::Store;
  if (c == 0x45 || c == 0x50) return OpClass::Unary;  // eqz
  if ((c >= 0x67 && c <= 0x69) || (c >= 0x79 && c <= 0x7b)) return OpClass::Unary;  // clz ctz popcnt
  if ((c >= 0x8b && c <= 0x91) || (c >= 0x99 && c <= 0x9f)) return OpClass::Unary;  // abs .. sqrt
  if (c >= 0xa7) return OpClass::Unary;  // conversions, sign extension, 0xfc trunc_sat
  return OpClass::Binary;
}

uint32_t opMemBytes(Op op) {
  if (op == Op::None || size_t(op) >= kNumOps) return 0;
  switch (opInfo(op).opcode) {
    case 0x28: return 4;  // i32.load
    case 0x29: return 8;  // i64.load
    case 0x2a: return 4;  // f32.load
    case 0x2b: return 8;  // f64.load
    case 0x2c: case 0x2d: return 1;
    case 0x2e: case 0x2f: return 2;
    case 0x30: case 0x31: return 1;
    case 0x32: case 0x33: return 2;
    case 0x34: case 0x35: return 4;
    case 0x36: return 4;  // i32.store
    case 0x37: return 8;  // i64.store
    case 0x38: return 4;  // f32.store
    case 0x39: return 8;  // f64.store
    case 0x3a: return 1;
    case 0x3b: return 2;
    case 0x3c: return 1;
    case 0x3d: return 2;
    case 0x3e: return 4;
    default: return 0;
  }
}

ExprId Function::add(Expr e, const std::vector<ExprId>& children) {
  e.firstKid = uint32_t(kids.size());
  e.numKids = uint32_t(children.size());
  kids.insert(kids.end(), children.begin(), children.end());
  exprs.push_back(e);
  return ExprId{uint32_t(exprs.size() - 1)};
}

ExprId Function::addBrTable(const std::vector<uint32_t>& labels, uint32_t defaultLabel, ExprId index,
                            ExprId value) {
  Expr e;
  e.kind = ExprKind::BrTable;
  e.a = defaultLabel;
  e.b = uint32_t(labelLists.size());
  e.imm = labels.size();
  labelLists.insert(labelLists.end(), labels.begin(), labels.end());
  if (value.valid()) return add(e, {value, index});
  return add(e, {index});
}

}  // namespace wr::wir
