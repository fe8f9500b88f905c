// MIR -> WasmIR lowering. See lower.h. The file has three parts: the module (reachability, imports,
// globals, data, intrinsics), the per-function value/memory lowering, and the structurizer.
#include "lower/lower.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include "diag/diagnostics.h"
#include "lower/layout.h"
#include "wasmir/builder.h"
#include "wasmir/printer.h"

namespace wr {
using namespace wir;
using mir::Operand;
using mir::Place;
using mir::ProjKind;
using mir::RvKind;
using mir::TermKind;
using ast::BinOp;
using ast::UnOp;

namespace {

// Fixed memory map (docs/wasmir.md).
constexpr uint32_t kOutBuf = 16;
constexpr uint32_t kOutCap = 1024 - kOutBuf;
constexpr uint32_t kDataStart = 1024;
constexpr uint32_t kStackSize = 1 << 20;
// Globals.
constexpr uint32_t kGStackPointer = 0, kGStackLimit = 1, kGOutLen = 2, kGOutFd = 3;
constexpr uint32_t kGCallerFilePtr = 4, kGCallerFileLen = 5, kGCallerLine = 6, kGCallerCol = 7, kGHeapBase = 8;
constexpr uint32_t kGOutBuf = 9;  // threads builds only
// Imports.
constexpr uint32_t kImpWrite = 0, kImpExit = 1, kImpStackOverflow = 2;

class ModuleLowering;

// The wasm load/store of a scalar Rust type (narrow integers are loaded normalized).
Op scalarLoadOp(const TypeTable& t_, TyId t) {
  const TyData& d = t_.get(t);
  switch (d.kind) {
    case TyKind::Bool: return Op::I32Load8U;
    case TyKind::Float: return d.sub == 32 ? Op::F32Load : Op::F64Load;
    case TyKind::Int:
      switch (IntKind(d.sub)) {
        case IntKind::I8: return Op::I32Load8S;
        case IntKind::U8: return Op::I32Load8U;
        case IntKind::I16: return Op::I32Load16S;
        case IntKind::U16: return Op::I32Load16U;
        case IntKind::I64: case IntKind::U64: return Op::I64Load;
        default: return Op::I32Load;
      }
    default: return Op::I32Load;
  }
}
Op scalarStoreOp(const TypeTable& t_, TyId t) {
  const TyData& d = t_.get(t);
  switch (d.kind) {
    case TyKind::Bool: return Op::I32Store8;
    case TyKind::Float: return d.sub == 32 ? Op::F32Store : Op::F64Store;
    case TyKind::Int:
      switch (IntKind(d.sub)) {
        case IntKind::I8: case IntKind::U8: return Op::I32Store8;
        case IntKind::I16: case IntKind::U16: return Op::I32Store16;
        case IntKind::I64: case IntKind::U64: return Op::I64Store;
        default: return Op::I32Store;
      }
    default: return Op::I32Store;
  }
}

struct Storage {
  Repr repr = Repr::None;
  uint32_t local = UINT32_MAX;   // Scalar: wasm local; Memory: local holding the address (args, sret)
  bool inFrame = false;
  uint32_t frameOff = 0;
};

class FunctionLowering {
 public:
  FunctionLowering(ModuleLowering& m, const Program& p, Layouts& lay, const mir::Body& body, Function& f)
      : m_(m), p_(p), t_(p.types), lay_(lay), body_(body), f_(f), b_(f) {}
  void run();

 private:
  ModuleLowering& m_;
  const Program& p_;
  const TypeTable& t_;
  Layouts& lay_;
  const mir::Body& body_;
  Function& f_;
  Builder b_;
  std::vector<Storage> st_;
  uint32_t fp_ = UINT32_MAX;
  uint32_t sret_ = UINT32_MAX;
  uint32_t frameSize_ = 0;
  bool retAggregate_ = false;
  // structurizer state
  std::vector<uint32_t> rpo_, rpoIndex_, idom_;
  std::vector<uint32_t> fwdPreds_;
  std::vector<bool> loopHeader_;
  std::vector<std::vector<uint32_t>> domChildren_;
  std::map<uint32_t, uint32_t> loopLabel_, followLabel_;
  std::vector<ExprId> epilogueSizes_;  // i32.const frame sizes patched once the frame is known
  std::vector<ExprId> epilogues_;
  struct PendingIf {
    std::vector<ExprId>* list;
    ExprId cond;
    ExprId thenBlock;
    size_t index;
  };

  uint32_t newLocal(ValType t) {
    f_.locals.push_back(t);
    f_.localNames.resize(f_.numLocalsTotal());
    return f_.numLocalsTotal() - 1;
  }
  uint32_t allocFrame(uint32_t size, uint32_t align) {
    frameSize_ = alignUp(frameSize_, std::max<uint32_t>(align, 1));
    uint32_t off = frameSize_;
    frameSize_ += std::max<uint32_t>(size, 1);
    return off;
  }
  TyId localTy(uint32_t l) const { return body_.locals[l].ty; }

  // ---- addresses ----
  struct Addr {
    ExprId base;
    uint32_t off = 0;
  };
  ExprId frameAddr(uint32_t off) {
    ExprId fp = b_.localGet(fp_);
    return off ? b_.binary(Op::I32Add, fp, b_.i32(int32_t(off))) : fp;
  }
  Addr localAddr(uint32_t l) {
    const Storage& s = st_[l];
    if (s.inFrame) return {b_.localGet(fp_), s.frameOff};
    return {b_.localGet(s.local), 0};
  }
  Addr placeAddr(const Place& pl) {
    Addr a;
    size_t i = 0;
    TyId ty = localTy(pl.local);
    int32_t variant = -1;
    if (st_[pl.local].repr == Repr::Memory) {
      a = localAddr(pl.local);
    } else {
      // A scalar local holding a reference: the first projection is a deref of it.
      a = {b_.localGet(st_[pl.local].local), 0};
      i = 1;
      ty = TyId{t_.get(ty).a};
    }
    for (; i < pl.proj.size(); ++i) {
      const mir::Proj& pr = pl.proj[i];
      const TyData d = t_.get(ty);
      switch (pr.kind) {
        case ProjKind::Deref:  // a reference, or a Box (its pointer is its first field, at offset 0)
          a = {b_.load(Op::I32Load, a.base, a.off), 0};
          ty = p_.derefTarget(ty);
          variant = -1;
          break;
        case ProjKind::Field:
          a.off += lay_.fieldOffset(ty, variant, pr.a);
          if (d.kind == TyKind::Tuple) ty = d.elems[pr.a];
          else if (d.kind == TyKind::Adt) ty = p_.fieldTy(ty, variant >= 0 ? uint32_t(variant) : 0, pr.a);
          else if (d.kind == TyKind::Closure) ty = p_.captureTys(ty)[pr.a];
          variant = -1;
          break;
        case ProjKind::Index: {
          TyId elem{d.a};
          Layout el = lay_.of(elem);
          uint32_t stride = alignUp(el.size, el.align);
          ExprId idx = readLocalScalar(pr.a);
          ExprId scaled = stride == 1 ? idx : b_.binary(Op::I32Mul, idx, b_.i32(int32_t(stride)));
          a.base = b_.binary(Op::I32Add, a.base, scaled);
          ty = elem;
          variant = -1;
          break;
        }
        case ProjKind::ConstIndex: {
          TyId elem{d.a};
          Layout el = lay_.of(elem);
          a.off += alignUp(el.size, el.align) * pr.a;
          ty = elem;
          variant = -1;
          break;
        }
        case ProjKind::Downcast: variant = int32_t(pr.a); break;
      }
    }
    return a;
  }
  ExprId addrValue(Addr a) { return a.off ? b_.binary(Op::I32Add, a.base, b_.i32(int32_t(a.off))) : a.base; }
  bool isDirectLocal(const Place& pl) const { return pl.proj.empty() && st_[pl.local].repr == Repr::Scalar; }

  // ---- scalar loads/stores ----
  Op loadOp(TyId t) { return scalarLoadOp(t_, t); }
  Op storeOp(TyId t) { return scalarStoreOp(t_, t); }
  ExprId readLocalScalar(uint32_t l) {
    if (st_[l].repr == Repr::Scalar) return b_.localGet(st_[l].local);
    Addr a = localAddr(l);
    return b_.load(loadOp(localTy(l)), a.base, a.off);
  }
  ExprId readPlaceScalar(const Place& pl) {
    if (isDirectLocal(pl)) return b_.localGet(st_[pl.local].local);
    TyId ty = mir::placeType(p_, body_, pl).ty;
    Addr a = placeAddr(pl);
    return b_.load(loadOp(ty), a.base, a.off);
  }
  ExprId constScalar(const mir::Constant& c) {
    ValType vt = lay_.scalarType(c.ty);
    if (vt == ValType::I32) return b_.i32(int32_t(uint32_t(c.bits)));
    return b_.constant(vt, vt == ValType::F32 ? (c.bits & 0xffffffffu) : c.bits);
  }
  ExprId readScalar(const Operand& o) {
    if (o.kind == Operand::Const) return constScalar(o.c);
    return readPlaceScalar(o.place);
  }
  // Address of an aggregate operand's value.
  ExprId aggregateAddr(const Operand& o) {
    if (o.kind == Operand::Const) return b_.i32(int32_t(m_strPair(o.c.str)));
    return addrValue(placeAddr(o.place));
  }
  uint32_t m_strPair(const std::string& s);
  uint32_t calleeIndex(FnId f, const std::vector<TyId>& substs);

  void storeScalar(std::vector<ExprId>& out, const Place& dest, ExprId value) {
    if (isDirectLocal(dest)) {
      out.push_back(b_.localSet(st_[dest.local].local, value));
      return;
    }
    TyId ty = mir::placeType(p_, body_, dest).ty;
    Addr a = placeAddr(dest);
    out.push_back(b_.store(storeOp(ty), a.base, value, a.off));
  }
  void copyAggregate(std::vector<ExprId>& out, ExprId destAddr, ExprId srcAddr, uint32_t size) {
    if (size == 0) return;
    out.push_back(b_.memoryCopy(destAddr, srcAddr, b_.i32(int32_t(size))));
  }

  // ---- arithmetic helpers ----
  bool is64(TyId t) { return lay_.scalarType(t) == ValType::I64; }
  bool isSigned(TyId t) { return t_.kind(t) == TyKind::Int && intSigned(t_.intKind(t)); }
  uint32_t bitsOf(TyId t) { return t_.kind(t) == TyKind::Int ? intBits(t_.intKind(t)) : 32; }
  // Re-normalizes a narrow integer held in an i32 (wrapping semantics).
  ExprId normalize(ExprId v, TyId t) {
    if (t_.kind(t) != TyKind::Int) return v;
    switch (t_.intKind(t)) {
      case IntKind::I8: return b_.unary(Op::I32Extend8S, v);
      case IntKind::I16: return b_.unary(Op::I32Extend16S, v);
      case IntKind::U8: return b_.binary(Op::I32And, v, b_.i32(0xff));
      case IntKind::U16: return b_.binary(Op::I32And, v, b_.i32(0xffff));
      default: return v;
    }
  }
  Op arith(BinOp op, TyId t) {
    if (t_.kind(t) == TyKind::Float) {
      bool f32 = t_.get(t).sub == 32;
      switch (op) {
        case BinOp::Add: return f32 ? Op::F32Add : Op::F64Add;
        case BinOp::Sub: return f32 ? Op::F32Sub : Op::F64Sub;
        case BinOp::Mul: return f32 ? Op::F32Mul : Op::F64Mul;
        case BinOp::Div: return f32 ? Op::F32Div : Op::F64Div;
        case BinOp::Eq: return f32 ? Op::F32Eq : Op::F64Eq;
        case BinOp::Ne: return f32 ? Op::F32Ne : Op::F64Ne;
        case BinOp::Lt: return f32 ? Op::F32Lt : Op::F64Lt;
        case BinOp::Le: return f32 ? Op::F32Le : Op::F64Le;
        case BinOp::Gt: return f32 ? Op::F32Gt : Op::F64Gt;
        case BinOp::Ge: return f32 ? Op::F32Ge : Op::F64Ge;
        default: return Op::None;
      }
    }
    bool w = is64(t), s = isSigned(t);
    switch (op) {
      case BinOp::Add: return w ? Op::I64Add : Op::I32Add;
      case BinOp::Sub: return w ? Op::I64Sub : Op::I32Sub;
      case BinOp::Mul: return w ? Op::I64Mul : Op::I32Mul;
      case BinOp::Div: return w ? (s ? Op::I64DivS : Op::I64DivU) : (s ? Op::I32DivS : Op::I32DivU);
      case BinOp::Rem: return w ? (s ? Op::I64RemS : Op::I64RemU) : (s ? Op::I32RemS : Op::I32RemU);
      case BinOp::BitAnd: return w ? Op::I64And : Op::I32And;
      case BinOp::BitOr: return w ? Op::I64Or : Op::I32Or;
      case BinOp::BitXor: return w ? Op::I64Xor : Op::I32Xor;
      case BinOp::Shl: return w ? Op::I64Shl : Op::I32Shl;
      case BinOp::Shr: return w ? (s ? Op::I64ShrS : Op::I64ShrU) : (s ? Op::I32ShrS : Op::I32ShrU);
      case BinOp::Eq: return w ? Op::I64Eq : Op::I32Eq;
      case BinOp::Ne: return w ? Op::I64Ne : Op::I32Ne;
      case BinOp::Lt: return w ? (s ? Op::I64LtS : Op::I64LtU) : (s ? Op::I32LtS : Op::I32LtU);
      case BinOp::Le: return w ? (s ? Op::I64LeS : Op::I64LeU) : (s ? Op::I32LeS : Op::I32LeU);
      case BinOp::Gt: return w ? (s ? Op::I64GtS : Op::I64GtU) : (s ? Op::I32GtS : Op::I32GtU);
      case BinOp::Ge: return w ? (s ? Op::I64GeS : Op::I64GeU) : (s ? Op::I32GeS : Op::I32GeU);
      default: return Op::None;
    }
  }
  // Shift amount converted to the shifted value's wasm type and masked to its width.
  ExprId shiftAmount(ExprId amt, TyId amtTy, TyId valTy) {
    bool amt64 = is64(amtTy), val64 = is64(valTy);
    if (amt64 && !val64) amt = b_.unary(Op::I32WrapI64, amt);
    if (!amt64 && val64) amt = b_.unary(Op::I64ExtendI32U, amt);
    uint32_t bits = bitsOf(valTy);
    if (bits < 32) amt = b_.binary(Op::I32And, amt, b_.i32(int32_t(bits - 1)));
    return amt;
  }
  ExprId binary(BinOp op, const Operand& a, const Operand& bo, TyId ty) {
    ExprId x = readScalar(a), y = readScalar(bo);
    TyId bty = mir::operandType(p_, body_, bo);
    if (op == BinOp::Shl || op == BinOp::Shr) {
      ExprId r = b_.binary(arith(op, ty), x, shiftAmount(y, bty, ty));
      return normalize(r, ty);
    }
    ExprId r = b_.binary(arith(op, ty), x, y);
    if (op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul) return normalize(r, ty);
    return r;
  }
  ExprId overflows(uint8_t op, const mir::Rvalue& rv) {
    TyId ty = mir::operandType(p_, body_, rv.ops[0]);
    bool w = is64(ty), s = isSigned(ty);
    uint32_t bits = bitsOf(ty);
    ValType vt = w ? ValType::I64 : ValType::I32;
    auto minVal = [&]() { return w ? b_.i64(INT64_MIN) : b_.i32(bits == 32 ? INT32_MIN : -(1 << (bits - 1))); };
    if (op == 255) {  // negation
      if (!s) return b_.binary(w ? Op::I64Ne : Op::I32Ne, readScalar(rv.ops[0]), w ? b_.i64(0) : b_.i32(0));
      return b_.binary(w ? Op::I64Eq : Op::I32Eq, readScalar(rv.ops[0]), minVal());
    }
    BinOp bop = BinOp(op);
    if (bop == BinOp::Shl || bop == BinOp::Shr) {
      TyId at = mir::operandType(p_, body_, rv.ops[1]);
      bool a64 = is64(at);
      ExprId amt = readScalar(rv.ops[1]);
      return b_.binary(a64 ? Op::I64GeU : Op::I32GeU, amt, a64 ? b_.i64(bits) : b_.i32(int32_t(bits)));
    }
    if (bop == BinOp::Div || bop == BinOp::Rem) {
      ExprId isMin = b_.binary(w ? Op::I64Eq : Op::I32Eq, readScalar(rv.ops[0]), minVal());
      ExprId isNeg1 = b_.binary(w ? Op::I64Eq : Op::I32Eq, readScalar(rv.ops[1]), w ? b_.i64(-1) : b_.i32(-1));
      return b_.binary(Op::I32And, isMin, isNeg1);
    }
    uint32_t la = newLocal(vt), lb = newLocal(vt);
    ExprId seta = b_.localSet(la, readScalar(rv.ops[0]));
    ExprId setb = b_.localSet(lb, readScalar(rv.ops[1]));
    ExprId A = b_.localGet(la), B = b_.localGet(lb);
    ExprId result;
    if (bits < 32) {
      // computed exactly in i32; overflow iff the result does not survive normalization
      uint32_t lr = newLocal(ValType::I32);
      ExprId r = b_.localTee(lr, b_.binary(bop == BinOp::Add ? Op::I32Add : bop == BinOp::Sub ? Op::I32Sub : Op::I32Mul, A, B));
      result = b_.binary(Op::I32Ne, r, normalize(b_.localGet(lr), ty));
    } else if (bop == BinOp::Add || bop == BinOp::Sub) {
      uint32_t lr = newLocal(vt);
      ExprId r = b_.localTee(lr, b_.binary(bop == BinOp::Add ? (w ? Op::I64Add : Op::I32Add) : (w ? Op::I64Sub : Op::I32Sub), A, B));
      if (!s) {
        result = bop == BinOp::Add ? b_.binary(w ? Op::I64LtU : Op::I32LtU, r, b_.localGet(la))
                                   : b_.binary(w ? Op::I64LtU : Op::I32LtU, b_.localGet(la), b_.localGet(lb));
      } else {
        // add: ((r ^ a) & (r ^ b)) < 0; sub: ((a ^ b) & (a ^ r)) < 0
        Op xr = w ? Op::I64Xor : Op::I32Xor, an = w ? Op::I64And : Op::I32And, lt = w ? Op::I64LtS : Op::I32LtS;
        ExprId t;
        if (bop == BinOp::Add) t = b_.binary(an, b_.binary(xr, r, b_.localGet(la)), b_.binary(xr, b_.localGet(lr), b_.localGet(lb)));
        else t = b_.binary(an, b_.binary(xr, b_.localGet(la), b_.localGet(lb)), b_.binary(xr, b_.localGet(la), r));
        result = b_.binary(lt, t, w ? b_.i64(0) : b_.i32(0));
      }
    } else if (!w) {
      // 32-bit multiply: exact in i64
      ExprId wa = b_.unary(s ? Op::I64ExtendI32S : Op::I64ExtendI32U, A);
      ExprId wb = b_.unary(s ? Op::I64ExtendI32S : Op::I64ExtendI32U, B);
      uint32_t lr = newLocal(ValType::I64);
      ExprId r = b_.localTee(lr, b_.binary(Op::I64Mul, wa, wb));
      if (s) result = b_.binary(Op::I64Ne, r, b_.unary(Op::I64ExtendI32S, b_.unary(Op::I32WrapI64, b_.localGet(lr))));
      else result = b_.binary(Op::I64Ne, b_.binary(Op::I64ShrU, r, b_.i64(32)), b_.i64(0));
    } else {
      // 64-bit multiply: a != 0 && ((a*b)/a != b || (signed && a == -1 && b == MIN))
      ExprId aZero = b_.binary(Op::I64Eq, A, b_.i64(0));
      std::vector<ExprId> thenKids{b_.i32(0)};
      ExprId prod = b_.binary(Op::I64Mul, b_.localGet(la), b_.localGet(lb));
      ExprId check;
      if (s) {
        ExprId aNeg1 = b_.binary(Op::I64Eq, b_.localGet(la), b_.i64(-1));
        uint32_t lab = b_.newLabel(), lab2 = b_.newLabel(), lab3 = b_.newLabel();
        ExprId viaDiv = b_.binary(Op::I64Ne, b_.binary(Op::I64DivS, prod, b_.localGet(la)), b_.localGet(lb));
        ExprId bMin = b_.binary(Op::I64Eq, b_.localGet(lb), b_.i64(INT64_MIN));
        check = b_.ifElse(ValType::I32, aNeg1, b_.block(lab, ValType::I32, {bMin}), b_.block(lab2, ValType::I32, {viaDiv}));
        (void)lab3;
      } else {
        check = b_.binary(Op::I64Ne, b_.binary(Op::I64DivU, prod, b_.localGet(la)), b_.localGet(lb));
      }
      uint32_t l1 = b_.newLabel(), l2 = b_.newLabel();
      result = b_.ifElse(ValType::I32, aZero, b_.block(l1, ValType::I32, thenKids), b_.block(l2, ValType::I32, {check}));
    }
    uint32_t lab = b_.newLabel();
    return b_.block(lab, ValType::I32, {seta, setb, result});
  }
  ExprId castScalar(ExprId v, TyId from, TyId to) {
    TyKind fk = t_.kind(from), tk = t_.kind(to);
    if (fk == TyKind::Bool || fk == TyKind::Char) fk = TyKind::Int, from = t_.kind(from) == TyKind::Bool ? boolAsU8() : charAsU32();
    if (tk == TyKind::Char) return v;  // u8 -> char: same bits
    if (fk == TyKind::Int && tk == TyKind::Int) {
      bool f64 = is64(from), t64 = is64(to);
      if (f64 && !t64) v = b_.unary(Op::I32WrapI64, v);
      else if (!f64 && t64) v = b_.unary(isSigned(from) ? Op::I64ExtendI32S : Op::I64ExtendI32U, v);
      return normalize(v, to);
    }
    if (fk == TyKind::Int && tk == TyKind::Float) {
      bool f64 = is64(from), s = isSigned(from), t32 = t_.get(to).sub == 32;
      Op op = t32 ? (f64 ? (s ? Op::F32ConvertI64S : Op::F32ConvertI64U) : (s ? Op::F32ConvertI32S : Op::F32ConvertI32U))
                  : (f64 ? (s ? Op::F64ConvertI64S : Op::F64ConvertI64U) : (s ? Op::F64ConvertI32S : Op::F64ConvertI32U));
      return b_.unary(op, v);
    }
    if (fk == TyKind::Float && tk == TyKind::Float) {
      bool f32 = t_.get(from).sub == 32, t32 = t_.get(to).sub == 32;
      if (f32 == t32) return v;
      return b_.unary(t32 ? Op::F32DemoteF64 : Op::F64PromoteF32, v);
    }
    if (fk == TyKind::Float && tk == TyKind::Int) {
      bool f32 = t_.get(from).sub == 32, s = isSigned(to);
      uint32_t bits = bitsOf(to);
      if (bits == 64) return b_.unary(f32 ? (s ? Op::I64TruncSatF32S : Op::I64TruncSatF32U) : (s ? Op::I64TruncSatF64S : Op::I64TruncSatF64U), v);
      if (bits == 32) return b_.unary(f32 ? (s ? Op::I32TruncSatF32S : Op::I32TruncSatF32U) : (s ? Op::I32TruncSatF64S : Op::I32TruncSatF64U), v);
      // narrow: saturate through i32 then clamp
      ExprId t = b_.unary(f32 ? Op::I32TruncSatF32S : Op::I32TruncSatF64S, v);
      int32_t lo = s ? -(1 << (bits - 1)) : 0, hi = s ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
      uint32_t l = newLocal(ValType::I32);
      ExprId tee = b_.localTee(l, t);
      ExprId clampLo = b_.select(b_.i32(lo), tee, b_.binary(Op::I32LtS, b_.localGet(l), b_.i32(lo)));
      uint32_t l2 = newLocal(ValType::I32);
      ExprId tee2 = b_.localTee(l2, clampLo);
      return b_.select(b_.i32(hi), tee2, b_.binary(Op::I32GtS, b_.localGet(l2), b_.i32(hi)));
    }
    return v;
  }
  TyId boolAsU8() { return const_cast<TypeTable&>(t_).integer(IntKind::U8); }
  TyId charAsU32() { return const_cast<TypeTable&>(t_).integer(IntKind::U32); }

  // ---- statements ----
  void lowerStatement(std::vector<ExprId>& out, const mir::Statement& s);
  void lowerAggregate(std::vector<ExprId>& out, const Place& dest, const mir::Rvalue& rv);
  void lowerCall(std::vector<ExprId>& out, const mir::Terminator& t);
  void emitReturn(std::vector<ExprId>& out);

  // ---- structurizer ----
  void analyzeCfg();
  void doTree(uint32_t x, std::vector<ExprId>& out);
  void nodeWithin(uint32_t x, std::vector<uint32_t> merges, std::vector<ExprId>& out);
  void emitBlockCode(uint32_t x, std::vector<ExprId>& out);
  void doBranch(uint32_t from, uint32_t to, std::vector<ExprId>& out);
  std::vector<uint32_t> successors(uint32_t b) const {
    const mir::Terminator& t = body_.blocks[b].term;
    if (t.kind == TermKind::Goto || t.kind == TermKind::SwitchInt || t.kind == TermKind::Call) return t.targets;
    return {};
  }
};

class ModuleLowering {
 public:
  ModuleLowering(const LowerInput& in) : in_(in), p_(*in.program), lay_(p_) {}

  Module run() {
    m_.imports.push_back(Import{"wr", "write", FuncType{{ValType::I32, ValType::I32, ValType::I32}, ValType::None}});
    m_.imports.push_back(Import{"wr", "exit", FuncType{{ValType::I32}, ValType::None}});
    m_.imports.push_back(Import{"wr", "stack_overflow", FuncType{{}, ValType::None}});
    // The program's own imports (`extern "C" { fn .. }`), after the runtime's: every declared one, in
    // declaration order. A `&str` argument travels as a pointer to its (ptr, len) pair; the loader
    // (runtime-js/loader.mjs) decodes it, described by the "wasmrust.imports" section.
    std::string importsJson, exportsJson;
    auto sigJson = [&](const FnInfo& f) {
      std::string s = "\"params\":[";
      for (size_t i = 0; i < f.params.size(); ++i) s += (i ? ",\"" : "\"") + p_.boundaryKind(f.params[i], false) + "\"";
      s += "],\"result\":";
      s += f.ret == p_.types.unit() || p_.types.kind(f.ret) == TyKind::Never ? "null" : "\"" + p_.boundaryKind(f.ret, true) + "\"";
      return s;
    };
    for (uint32_t fi = 0; fi < p_.fns.size(); ++fi) {
      const FnInfo& f = p_.fns[fi];
      if (!f.isImport || (f.runtime && !rtImports_.count(fi))) continue;
      std::string name = p_.str(f.name);
      if (f.runtime && name.rfind("__wr_", 0) == 0) name = name.substr(5);  // the runtime's own: wr.ref_drop
      if (in_.referenceTypes && hasRefKinds(f)) {  // host values as externref: called through a shim
        shims_.push_back({fi, uint32_t(m_.imports.size())});
        m_.imports.push_back(Import{f.importModule, name, rawRefType(f)});
      } else {
        importIndex_[fi] = uint32_t(m_.imports.size());
        m_.imports.push_back(Import{f.importModule, name, callType(f)});
      }
      if (f.runtime) continue;  // (the host provides these: not described)
      importsJson += std::string(importsJson.empty() ? "[" : ",") + "{\"module\":\"" + jsonEscape(f.importModule) + "\",\"name\":\"" +
                     jsonEscape(p_.str(f.name)) + "\"," + sigJson(f) + "}";
    }
    for (auto [fi, raw] : shims_) {  // (function indices are known now that every import is)
      uint32_t idx = uint32_t(m_.imports.size() + numQueued_++);
      m_.functions.emplace_back();
      importIndex_[fi] = idx;
      m_.functions[idx - m_.imports.size()] = importShim(p_.fns[fi], raw);
    }
    static const std::set<std::string> kScalarKinds{"bool", "char", "i32", "u32", "i64", "f32", "f64", ""};
    for (uint32_t fi = 0; fi < p_.fns.size(); ++fi) {
      const FnInfo& f = p_.fns[fi];
      if (f.runtime) {
        if (rtImports_.count(fi) && p_.str(f.name) == "__wr_func_new") needsBoundaryExports_ = makesClosures_ = true;
        continue;
      }
      if (!f.isImport && f.exportName.empty()) continue;
      for (TyId t : f.params) needsBoundaryExports_ |= !kScalarKinds.count(p_.boundaryKind(t, false));
      needsBoundaryExports_ |= !kScalarKinds.count(p_.boundaryKind(f.ret, true));
    }
    if (!importsJson.empty()) m_.customSections.push_back({"wasmrust.imports", importsJson + "]"});
    std::vector<FnId> exported;
    for (uint32_t fi = 0; fi < p_.fns.size(); ++fi)
      if (!p_.fns[fi].runtime && !p_.fns[fi].exportName.empty() && p_.fns[fi].generics.empty() && p_.fns[fi].item.valid() &&
          !p_.fns[fi].isImport)
        exported.push_back(FnId{fi});
    for (FnId f : exported)
      exportsJson += std::string(exportsJson.empty() ? "[" : ",") + "{\"name\":\"" + jsonEscape(p_.fns[f.v].exportName) + "\"," + sigJson(p_.fns[f.v]) + "}";
    if (!exportsJson.empty()) m_.customSections.push_back({"wasmrust.exports", exportsJson + "]"});
    m_.globals.push_back(Global{"__stack_pointer", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__stack_limit", ValType::I32, in_.threads, 0});
    m_.globals.push_back(Global{"__out_len", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__out_fd", ValType::I32, true, 1});
    m_.globals.push_back(Global{"__caller_file_ptr", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__caller_file_len", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__caller_line", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__caller_col", ValType::I32, true, 0});
    m_.globals.push_back(Global{"__heap_base", ValType::I32, false, 0});
    if (in_.threads) m_.globals.push_back(Global{"__out_buf", ValType::I32, true, kOutBuf});
    dataCursor_ = kDataStart;
    if (in_.main.valid()) indexOf(in_.main);
    for (auto& [name, f] : in_.exports) indexOf(f);
    for (FnId f : exported) indexOf(f);
    size_t done = 0;
    auto drain = [&]() {
      while (true) {
        for (; done < work_.size(); ++done) {  // work_ grows while lowering
          Instance inst = work_[done];
          lowerFn(inst);
        }
        // trait-object dispatchers need every type coerced to their trait: rebuilt until nothing new
        // appears (an impl method reached through a dispatcher may coerce more types)
        size_t types = numDynTypes_, disp = dispatchers_.size();
        fillDispatchers();
        if (done == work_.size() && types == numDynTypes_ && disp == dispatchers_.size()) break;
      }
    };
    drain();
    // The output intrinsics write to the host, or (when the program uses format!) through the runtime's
    // sink, which captures fd 3 into a String. Decided now that every reachable function is known.
    writeTarget_ = kImpWrite;
    if (requested("__wr_format_end")) {
      writeTarget_ = indexOf(findRuntimeFn("__wr_sink"));
      drain();
    }
    if (in_.verifyThinMono) {  // each merged instance, lowered on its own, is its function's code
      for (auto& [idx, body] : mergedBodies_) {
        Function tmp;
        FunctionLowering fl(*this, p_, lay_, body, tmp);
        fl.run();
        const Function& canon = m_.functions[idx - m_.imports.size()];
        tmp.name = canon.name;
        if (wir::printFunction(tmp) != wir::printFunction(canon)) {
          stats_.mismatches.push_back(instanceName(p_.fns[body.fn.v], body.substs) + " is not " + canon.name);
          if (std::getenv("WR_THIN_DEBUG")) std::fprintf(stderr, "%s\n----\n%s\n", wir::printFunction(tmp).c_str(), wir::printFunction(canon).c_str());
        }
      }
      drain();
    }
    // What the loader calls to move strings, bytes and closures across the boundary (wasm.rs), exported
    // when the module's imports or exports carry them or its code makes a FuncRef.
    if (needsBoundaryExports_ || (in_.threads && requested("__wr_thread_run"))) {  // (a thread pool allocates stacks)
      for (const char* n : {"__wr_malloc", "__wr_mfree", "__wr_vec_init", "__wr_vec_ptr", "__wr_vec_len", "__wr_vec_drop", "__wr_closure_call"}) {
        if (!makesClosures_ && std::strcmp(n, "__wr_closure_call") == 0) continue;
        FnId f = findRuntimeFn(n);
        uint32_t idx = indexOf(f);
        drain();
        m_.functions[idx - m_.imports.size()].exportName = n;
      }
    }
    // Exports that take or return host values: their wrappers call the handle functions (wasm.rs), which
    // are lowered now, before the wrappers are appended.
    if (in_.referenceTypes) {
      bool any = false;
      for (FnId f : exported) any = any || hasRefKinds(p_.fns[f.v]);
      if (any) {
        for (const char* n : {"__wr_ref_index", "__wr_ref_release", "__wr_ref_alloc_put"}) refFn(n);
        drain();
      }
    }
    // A threads build that spawns: `__wr_thread_start(cell, packet, stack_top, stack_limit, out_buf)`, the
    // entry of a spawned thread's instance. It sets the thread's stack and output buffer before any code
    // with a stack frame runs, then calls the job (wasm.rs, __wr_thread_main).
    if (requested("__wr_thread_run")) {  // the host runs a job no worker takes (catching its panic)
      for (const char* n : {"__wr_thread_inline", "__wr_thread_unwound"}) {
        uint32_t idx = indexOf(findRuntimeFn(n));
        drain();
        m_.functions[idx - m_.imports.size()].exportName = n;
      }
    }
    if (in_.threads && requested("__wr_thread_run")) {
      uint32_t body = indexOf(findRuntimeFn("__wr_thread_main"));
      drain();
      Function w;
      w.name = "__wr_thread_start";
      w.exportName = "__wr_thread_start";
      w.type.params = {ValType::I32, ValType::I32, ValType::I32, ValType::I32, ValType::I32};
      Builder b(w);
      std::vector<ExprId> kids{b.globalSet(kGStackPointer, b.localGet(2)), b.globalSet(kGStackLimit, b.localGet(3)),
                               b.globalSet(kGOutBuf, b.localGet(4)), b.globalSet(kGOutLen, b.i32(0)),
                               b.call(body, {b.localGet(0), b.localGet(1)}, ValType::None)};
      w.body = b.block(b.newLabel(), ValType::None, kids);
      threadStart_ = std::move(w);
    }
    for (auto& [info, idx] : deferredOutput_) {
      Function& fn = m_.functions[idx - m_.imports.size()];
      lowerIntrinsic(*info, fn, {});
    }
    if (threadStart_) m_.functions.push_back(std::move(*threadStart_));
    // _start: main(); flush. (And the same for each extra export.)
    std::vector<std::pair<std::string, FnId>> entries;
    if (in_.main.valid()) entries.push_back({"_start", in_.main});
    entries.insert(entries.end(), in_.exports.begin(), in_.exports.end());
    for (auto& [name, f] : entries) {
      Function start;
      start.name = name;
      start.exportName = name;
      Builder b(start);
      std::vector<ExprId> kids{b.call(indexOf(f), {}, ValType::None)};
      if (flushIndex_ != UINT32_MAX) kids.push_back(b.call(flushIndex_, {}, ValType::None));
      start.body = b.block(b.newLabel(), ValType::None, kids);
      m_.functions.push_back(std::move(start));
    }
    // #[no_mangle] / #[wasm::export] functions: a wrapper under the export name calls the function, then
    // flushes what it printed, then returns its result.
    for (FnId f : exported) {
      const FnInfo& info = p_.fns[f.v];
      if (in_.referenceTypes && hasRefKinds(info)) {
        m_.functions.push_back(refExportWrapper(f));
        continue;
      }
      if (flushIndex_ == UINT32_MAX) {  // nothing to flush: export the function itself (one call less)
        m_.functions[indexOf(f) - m_.imports.size()].exportName = info.exportName;
        continue;
      }
      Function w;
      w.name = "export:" + info.exportName;
      w.exportName = info.exportName;
      w.type = callType(info);
      bool hasResult = w.type.result != ValType::None;
      Builder b(w);
      std::vector<ExprId> args;
      for (uint32_t i = 0; i < w.type.params.size(); ++i) args.push_back(b.localGet(i));
      std::vector<ExprId> kids;
      if (hasResult) {
        w.locals.push_back(w.type.result);
        uint32_t tmp = uint32_t(w.type.params.size());
        kids.push_back(b.localSet(tmp, b.call(indexOf(f), args, w.type.result)));
        if (flushIndex_ != UINT32_MAX) kids.push_back(b.call(flushIndex_, {}, ValType::None));
        kids.push_back(b.localGet(tmp));
      } else {
        kids.push_back(b.call(indexOf(f), args, ValType::None));
        if (flushIndex_ != UINT32_MAX) kids.push_back(b.call(flushIndex_, {}, ValType::None));
      }
      w.body = b.block(b.newLabel(), w.type.result, kids);
      m_.functions.push_back(std::move(w));
    }
    // Memory map: data, then the shadow stack, then the heap.
    uint32_t stackBase = alignUp(dataCursor_, 16);
    uint32_t stackTop = stackBase + kStackSize;
    m_.globals[kGStackPointer].init = stackTop;
    m_.globals[kGStackLimit].init = stackBase;
    // A library for a host (exports, closures JS calls): `__wr_stack_reset` lets the loader put the shadow
    // stack back at its top after a panic unwound the outermost call into the module (its frames were
    // never popped).
    if (!exported.empty() || makesClosures_) {
      Function w;
      w.name = "__wr_stack_reset";
      w.exportName = "__wr_stack_reset";
      Builder b(w);
      w.body = b.block(b.newLabel(), ValType::None, {b.globalSet(kGStackPointer, b.i32(int32_t(stackTop))), b.globalSet(kGOutLen, b.i32(0))});
      m_.functions.push_back(std::move(w));
    }
    m_.globals[kGHeapBase].init = stackTop;
    m_.memoryPages = (stackTop + 65535) / 65536 + 1;
    if (m_.refTable) m_.customSections.push_back({"wasmrust.abi", "{\"externref\":true}"});
    if (in_.threads) {  // shared: imported (every thread's instance gets the same memory) and bounded
      m_.memoryShared = true;
      m_.memoryMaxPages = 16384;  // 1 GiB
      m_.customSections.push_back({"wasmrust.memory", "{\"initial\":" + std::to_string(m_.memoryPages) + ",\"maximum\":" +
                                                          std::to_string(m_.memoryMaxPages) + ",\"shared\":true}"});
    }
    if (!data_.empty()) {
      DataSegment seg;
      seg.offset = kDataStart;
      seg.bytes = std::move(data_);
      m_.data.push_back(std::move(seg));
    }
    return std::move(m_);
  }

  // ---- host values as externref (reference types builds; docs/wasm_crate.md) ----
  // A boundary function whose parameters or result hold host values (ExternRef, FuncRef, the runtime's
  // __RawRef): with reference types they cross as externref, and the program's handle (slot, generation)
  // is converted by a shim (imports) or the export's wrapper.
  bool hasRefKinds(const FnInfo& f) {
    for (TyId t : f.params) if (Program::isRefKind(p_.boundaryKind(t, false))) return true;
    return Program::isRefKind(p_.boundaryKind(f.ret, true));
  }
  bool noResult(const FnInfo& f) { return f.ret == p_.types.unit() || p_.types.kind(f.ret) == TyKind::Never; }
  // The wasm type the host sees: host values as externref, the rest as in callType.
  FuncType rawRefType(const FnInfo& f) {
    FuncType ft;
    bool refRes = !noResult(f) && Program::isRefKind(p_.boundaryKind(f.ret, true));
    Repr rr = noResult(f) ? Repr::None : lay_.repr(f.ret);
    if (rr == Repr::Memory && !refRes) ft.params.push_back(ValType::I32);
    for (TyId t : f.params) {
      if (Program::isRefKind(p_.boundaryKind(t, false))) { ft.params.push_back(ValType::ExternRef); continue; }
      Repr r = lay_.repr(t);
      if (r == Repr::Scalar) ft.params.push_back(lay_.scalarType(t));
      else if (r == Repr::Memory) ft.params.push_back(ValType::I32);
    }
    ft.result = refRes ? ValType::ExternRef : rr == Repr::Scalar ? lay_.scalarType(f.ret) : ValType::None;
    return ft;
  }
  uint32_t refFn(const char* name) { return indexOf(findRuntimeFn(name)); }
  // An import's shim: the program calls it with its own convention; it passes each handle's host value
  // (table.get of its checked slot; an owned handle's slot is freed) and keeps a host value it gets back
  // in a new slot, written through the result pointer.
  Function importShim(const FnInfo& f, uint32_t raw) {
    m_.refTable = true;
    Function w;
    w.name = "import-shim:" + f.importModule + "." + p_.str(f.name);
    w.type = callType(f);
    Builder b(w);
    bool refRes = !noResult(f) && Program::isRefKind(p_.boundaryKind(f.ret, true));
    uint32_t pi = lay_.repr(f.ret) == Repr::Memory && !noResult(f) ? 1 : 0;  // (after the result pointer)
    uint32_t next = uint32_t(w.type.params.size());
    std::vector<ExprId> kids, args;
    if (!refRes && pi == 1) args.push_back(b.localGet(0));
    for (TyId t : f.params) {
      std::string k = p_.boundaryKind(t, false);
      Repr r = lay_.repr(t);
      if (Program::isRefKind(k)) {
        uint32_t v = next++;
        w.locals.push_back(ValType::ExternRef);
        kids.push_back(b.localSet(v, b.refOp(RefOpKind::TableGet, {b.call(refFn("__wr_ref_index"), {b.localGet(pi)}, ValType::I32)})));
        if (k[0] != '&') kids.push_back(b.call(refFn("__wr_ref_release"), {b.localGet(pi)}, ValType::None));  // owned: the host takes it
        args.push_back(b.localGet(v));
        ++pi;
      } else if (r != Repr::None) {
        args.push_back(b.localGet(pi++));
      }
    }
    if (refRes) {
      uint32_t v = next++, idx = next++;
      w.locals.push_back(ValType::ExternRef);
      w.locals.push_back(ValType::I32);
      kids.push_back(b.localSet(v, b.call(raw, args, ValType::ExternRef)));
      kids.push_back(b.localSet(idx, b.call(refFn("__wr_ref_alloc_put"), {b.localGet(0)}, ValType::I32)));
      kids.push_back(b.refOp(RefOpKind::TableSet, {b.localGet(idx), b.localGet(v)}));
    } else {
      kids.push_back(b.call(raw, args, w.type.result));
    }
    w.body = b.block(b.newLabel(), w.type.result, kids);
    return w;
  }

  // An export's wrapper in a reference types build: the host passes and gets host values as externref;
  // each one passed gets a slot (freed after the call for a borrowed `&ExternRef`) and a handle in a frame
  // on the shadow stack; a handle returned is turned back into its value (and its slot freed).
  Function refExportWrapper(FnId fid) {
    const FnInfo& f = p_.fns[fid.v];
    m_.refTable = true;
    Function w;
    w.name = "export:" + f.exportName;
    w.exportName = f.exportName;
    w.type = rawRefType(f);
    Builder b(w);
    bool refRes = !noResult(f) && Program::isRefKind(p_.boundaryKind(f.ret, true));
    uint32_t nh = refRes ? 1 : 0;
    for (TyId t : f.params) nh += Program::isRefKind(p_.boundaryKind(t, false));
    uint32_t frame = uint32_t(w.type.params.size()), res = frame + 1, saved = frame + 2;
    w.locals.push_back(ValType::I32);
    w.locals.push_back(w.type.result == ValType::None ? ValType::I32 : w.type.result);
    w.locals.push_back(ValType::I32);
    auto slot = [&](uint32_t k) { return b.binary(Op::I32Add, b.localGet(frame), b.i32(int32_t(8 * k))); };
    std::vector<ExprId> kids, args, after;
    // frame = sp - 8 * handles (8-aligned; the shadow stack grows down)
    kids.push_back(b.localSet(saved, b.globalGet(kGStackPointer, ValType::I32)));
    kids.push_back(b.localSet(frame, b.binary(Op::I32And, b.binary(Op::I32Sub, b.globalGet(kGStackPointer, ValType::I32), b.i32(int32_t(8 * nh))), b.i32(-8))));
    kids.push_back(b.globalSet(kGStackPointer, b.localGet(frame)));
    uint32_t k = 0, pi = 0;
    if (refRes) args.push_back(slot(k++));
    else if (!noResult(f) && lay_.repr(f.ret) == Repr::Memory) args.push_back(b.localGet(pi++));  // (a String result's pointer)
    for (TyId t : f.params) {
      std::string kind = p_.boundaryKind(t, false);
      if (Program::isRefKind(kind)) {
        ExprId newSlot = b.call(refFn("__wr_ref_alloc_put"), {slot(k)}, ValType::I32);
        uint32_t tmp = uint32_t(w.type.params.size() + w.locals.size());
        w.locals.push_back(ValType::I32);
        kids.push_back(b.localSet(tmp, newSlot));
        kids.push_back(b.refOp(RefOpKind::TableSet, {b.localGet(tmp), b.localGet(pi)}));
        if (kind[0] == '&') after.push_back(b.call(refFn("__wr_ref_release"), {slot(k)}, ValType::None));
        args.push_back(slot(k++));
        ++pi;
      } else if (lay_.repr(t) != Repr::None) {
        args.push_back(b.localGet(pi++));
      }
    }
    FuncType inner = callType(f);
    ExprId call = b.call(indexOf(fid), args, inner.result);
    if (inner.result != ValType::None) kids.push_back(b.localSet(res, call));
    else kids.push_back(call);
    for (ExprId a : after) kids.push_back(a);
    if (refRes) {
      kids.push_back(b.localSet(res, b.refOp(RefOpKind::TableGet, {b.call(refFn("__wr_ref_index"), {slot(0)}, ValType::I32)})));
      kids.push_back(b.call(refFn("__wr_ref_release"), {slot(0)}, ValType::None));
    }
    if (flushIndex_ != UINT32_MAX) kids.push_back(b.call(flushIndex_, {}, ValType::None));
    kids.push_back(b.globalSet(kGStackPointer, b.localGet(saved)));
    if (w.type.result != ValType::None) kids.push_back(b.localGet(res));
    w.body = b.block(b.newLabel(), w.type.result, kids);
    return w;
  }

  // The wasm type of a non-generic function under WasmRust's calling convention: a result kept in memory
  // is written through a pointer passed first; an argument kept in memory is passed as the address of a
  // copy the callee owns; zero-sized ones are left out.
  FuncType callType(const FnInfo& f) {
    FuncType ft;
    bool noResult = f.ret == p_.types.unit() || p_.types.kind(f.ret) == TyKind::Never;
    Repr rr = noResult ? Repr::None : lay_.repr(f.ret);
    if (rr == Repr::Memory) ft.params.push_back(ValType::I32);
    for (TyId t : f.params) {
      Repr r = lay_.repr(t);
      if (r == Repr::Scalar) ft.params.push_back(lay_.scalarType(t));
      else if (r == Repr::Memory) ft.params.push_back(ValType::I32);
    }
    ft.result = rr == Repr::Scalar ? lay_.scalarType(f.ret) : ValType::None;
    return ft;
  }

 public:
  bool threadsBuild() const { return in_.threads; }
  bool refTypesBuild() const { return in_.referenceTypes; }
  std::set<uint32_t> rtImports_;   // the runtime's imports this module declares (those its code reaches)
  std::set<uint32_t> missingRt_;
  bool needsBoundaryExports_ = false, makesClosures_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> shims_;  // (import FnId, its raw import index)
  std::optional<Function> threadStart_;   // runtime imports reached but not declared: lowered again with them

  // The function index of an instance (a function and its generic arguments), queued on first use.
  uint32_t indexOf(FnId f, const std::vector<TyId>& substs = {}) {
    auto imp = importIndex_.find(f.v);
    if (imp != importIndex_.end()) return imp->second;  // a host import
    if (p_.fns[f.v].isImport) {  // one of the runtime's (wasm.rs): declared on the second lowering
      missingRt_.insert(f.v);
      return 0;
    }
    std::vector<uint32_t> key{f.v};
    for (TyId t : substs) key.push_back(t.v);
    auto it = index_.find(key);
    if (it != index_.end()) return it->second;
    // a trait method called on `dyn Trait`: a dispatcher on the type tag, built when every type turned
    // into this trait object is known (fillDispatchers)
    bool dyn = (p_.fns[f.v].traitId >= 0 || f == dropGlueFn() || f == dynCallFn()) && !substs.empty() &&
               p_.types.kind(substs[0]) == TyKind::Dyn;
    // Thin monomorphization: another instance of f with the same code is this one's function.
    std::string canon;
    std::optional<mir::Body> body;
    if (in_.thinMono && !dyn && !substs.empty() && p_.fns[f.v].intrinsic != Intrinsic::None) {
      canon = intrinsicKey(f, substs);  // `__ptr_read::<u32>` is `__ptr_read::<i32>`
      if (!canon.empty()) {
        auto same = canon_.find(canon);
        if (same != canon_.end()) {
          index_[key] = same->second;
          return same->second;
        }
      }
    }
    if (in_.thinMono && !dyn && !substs.empty() && p_.fns[f.v].intrinsic == Intrinsic::None) {
      ++stats_.instances;
      inProgress_.insert(key);
      body = in_.buildBody(f, substs);
      fingerprinting_.push_back(key);
      canon = std::to_string(f.v) + "|" + fingerprint(*body);
      fingerprinting_.pop_back();
      inProgress_.erase(key);
      auto same = canon_.find(canon);
      if (same != canon_.end()) {
        ++stats_.merged;
        index_[key] = same->second;
        if (in_.verifyThinMono) mergedBodies_.push_back({same->second, std::move(*body)});
        return same->second;
      }
    }
    uint32_t idx = uint32_t(m_.imports.size() + numQueued_++);
    index_[key] = idx;
    if (!canon.empty()) canon_[canon] = idx;
    if (body) prebuilt_.emplace(idx, std::move(*body));
    m_.functions.emplace_back();  // placeholder filled by lowerFn / fillDispatchers
    (dyn ? dispatchers_ : work_).push_back({f, substs, idx});
    return idx;
  }
  ThinMonoStats stats_;

 private:
  std::map<std::string, uint32_t> canon_;           // f + fingerprint of an instance's MIR -> its function
  std::set<std::vector<uint32_t>> inProgress_;       // instances being fingerprinted (recursion)
  std::vector<std::vector<uint32_t>> fingerprinting_;  // the stack of them (its top: a call of itself)
  std::map<uint32_t, mir::Body> prebuilt_;           // function index -> the body built to fingerprint it
  std::vector<std::pair<uint32_t, mir::Body>> mergedBodies_;  // verifyThinMono: (function, merged instance)
  std::map<uint32_t, std::string> layoutKeys_;

  // What lowering sees of a type: its representation, size, alignment, scalar load/store, and for
  // aggregates the offsets and layouts of its fields per variant (with their discriminants), plus its
  // generic arguments (a Box's or a reference's pointee is reached through them). `i32` and `u32` are the
  // same here; operations whose code depends on the exact type record it themselves (fingerprint).
  std::string layoutKey(TyId t) {
    auto hit = layoutKeys_.find(t.v);
    if (hit != layoutKeys_.end()) return hit->second;
    std::vector<TyId> stack;
    std::string k = layoutKeyIn(t, stack);
    layoutKeys_[t.v] = k;
    return k;
  }
  std::string layoutKeyIn(TyId t, std::vector<TyId>& stack) {
    for (size_t i = 0; i < stack.size(); ++i)
      if (stack[i] == t) return "#" + std::to_string(stack.size() - i);  // a recursive type's cycle
    TyData d = p_.types.get(t);
    Repr r = lay_.repr(t);
    Layout l = lay_.of(t);
    std::string k = "(" + std::to_string(int(r)) + "," + std::to_string(l.size) + "," + std::to_string(l.align);
    if (r == Repr::Scalar) k += ",s" + std::to_string(int(lay_.scalarType(t))) + "," + std::to_string(int(scalarLoadOp(p_.types, t)));
    k += ",k" + std::to_string(int(d.kind));
    stack.push_back(t);
    switch (d.kind) {
      case TyKind::Ref: case TyKind::Array: k += layoutKeyIn(TyId{d.a}, stack); break;
      case TyKind::Dyn: k += p_.tyName(t); break;  // (only behind pointers; its dispatch is by exact type)
      case TyKind::Str: break;
      case TyKind::Tuple: case TyKind::Closure: {
        std::vector<TyId> fs = p_.fieldTys(t);
        for (uint32_t i = 0; i < fs.size(); ++i) k += "f" + std::to_string(lay_.fieldOffset(t, -1, i)) + layoutKeyIn(p_.normalize(fs[i]), stack);
        if (d.kind == TyKind::Closure) k += "c" + std::to_string(d.a);
        break;
      }
      case TyKind::Adt: {
        const AdtInfo& a = p_.adts[d.a];
        k += a.isEnum ? "e" + std::to_string(lay_.enumPayloadOffset(t)) : "s";
        for (uint32_t v = 0; v < a.variants.size(); ++v) {
          k += "v" + std::to_string(a.variants[v].discr);
          std::vector<TyId> fs = p_.variantFieldTys(t, v);
          for (uint32_t i = 0; i < fs.size(); ++i)
            k += "f" + std::to_string(lay_.fieldOffset(t, a.isEnum ? int32_t(v) : -1, i)) + layoutKeyIn(p_.normalize(fs[i]), stack);
        }
        // a Box / Rc / RefCell guard is dereferenced to its argument (other ADTs reach their arguments
        // only through their fields, already here)
        if (p_.isBox(t))
          for (TyId e : d.elems) k += "g" + layoutKeyIn(p_.normalize(e), stack);
        break;
      }
      case TyKind::FnDef: k += "fn" + std::to_string(d.a); for (TyId e : d.elems) k += "," + std::to_string(e.v); break;
      default: break;
    }
    stack.pop_back();
    return k + ")";
  }
  // A callee in a fingerprint: the function it will be (thin instances merged already), or for an instance
  // still being fingerprinted (recursion) its exact identity.
  std::string calleeToken(FnId f, const std::vector<TyId>& substs) {
    std::vector<uint32_t> key{f.v};
    for (TyId t : substs) key.push_back(t.v);
    if (!fingerprinting_.empty() && fingerprinting_.back() == key) return "self";  // (coinductively the same)
    if (inProgress_.count(key)) {
      std::string k = "rec" + std::to_string(f.v);
      for (TyId t : substs) k += "," + std::to_string(t.v);
      return k;
    }
    return "i" + std::to_string(indexOf(f, substs));
  }
  // A generic intrinsic's instances with the same code: what they do depends on T only in these ways
  // ("" for the others: one function per instance).
  std::string intrinsicKey(FnId f, const std::vector<TyId>& substs) {
    const FnInfo& fi = p_.fns[f.v];
    TyId T = substs[0];
    std::string k = "in" + std::to_string(f.v) + ":";
    switch (fi.intrinsic) {
      case Intrinsic::NeedsDrop: return k + (p_.needsDrop(T) ? "y" : "n");
      case Intrinsic::DropInPlace: return k + (p_.needsDrop(T) ? "i" + std::to_string(indexOf(dropGlueFn(), {T})) : "n");
      case Intrinsic::SizeOf: case Intrinsic::PtrRead: case Intrinsic::PtrWrite: case Intrinsic::AddrRef: case Intrinsic::RefAddr: {
        // these see only how T is represented: a scalar's load/store, or a block of memory of its size
        Repr r = lay_.repr(T);
        Layout l = lay_.of(T);
        k += std::to_string(int(r)) + "," + std::to_string(l.size) + "," + std::to_string(l.align);
        if (r == Repr::Scalar) k += "," + std::to_string(int(lay_.scalarType(T))) + "," + std::to_string(int(scalarLoadOp(p_.types, T)));
        return k;
      }
      default: return "";
    }
  }
  std::string placeKey(const mir::Place& pl) {
    std::string k = "p" + std::to_string(pl.local);
    for (const mir::Proj& pr : pl.proj) k += "." + std::to_string(int(pr.kind)) + ":" + std::to_string(pr.a);
    return k;
  }
  // What arithmetic, comparisons and casts see of a type: an integer's width and signedness (`usize` is
  // `u32` on wasm32), a float's width, bool, char; anything else exactly.
  std::string valueKey(TyId t) {
    const TyData& d = p_.types.get(t);
    switch (d.kind) {
      case TyKind::Int: return std::string(intSigned(p_.types.intKind(t)) ? "i" : "u") + std::to_string(intBits(p_.types.intKind(t)) == 0 ? 32 : intBits(p_.types.intKind(t)));
      case TyKind::Float: return "f" + std::to_string(d.sub);
      case TyKind::Bool: return "b";
      case TyKind::Char: return "ch";
      default: return "t" + std::to_string(t.v);
    }
  }
  std::string operandKey(const mir::Body& b, const mir::Operand& o, bool exactType) {
    if (o.kind == mir::Operand::Copy) {
      std::string k = "c" + placeKey(o.place);
      if (exactType) k += valueKey(mir::operandType(p_, b, o));
      return k;
    }
    TyId ct = o.c.ty;
    std::string tk = p_.types.kind(ct) == TyKind::Int || p_.types.kind(ct) == TyKind::Float || p_.types.kind(ct) == TyKind::Bool ||
                             p_.types.kind(ct) == TyKind::Char
                         ? valueKey(ct) : layoutKey(ct);
    return "k" + tk + ":" + std::to_string(o.c.bits) + ":" + std::to_string(o.c.str.size()) + ":" + o.c.str;
  }
  // A body as lowering sees it: locals by layout, places and control flow as they are, the exact types
  // of what arithmetic, comparisons, casts and constants act on, trait-object casts by type, callees by
  // the function they resolve to.
  std::string fingerprint(const mir::Body& b) {
    std::string k = "a" + std::to_string(b.argCount);
    for (const mir::Local& l : b.locals) k += "L" + layoutKey(l.ty);
    for (const mir::BasicBlock& bb : b.blocks) {
      k += "B";
      for (const mir::Statement& s : bb.stmts) {
        const mir::Rvalue& rv = s.rv;
        bool exact = rv.kind == RvKind::Binary || rv.kind == RvKind::Overflows || rv.kind == RvKind::Unary || rv.kind == RvKind::Cast;
        k += "S" + placeKey(s.dest) + "=" + std::to_string(int(rv.kind)) + "," + std::to_string(rv.op) + "," + std::to_string(rv.mut) + "," +
             std::to_string(rv.variant) + "," + std::to_string(rv.count) + placeKey(rv.place);
        if (rv.kind == RvKind::Cast) k += "T" + valueKey(rv.ty);
        else if (rv.kind == RvKind::ToDyn) k += "T" + std::to_string(rv.ty.v);  // the type tag: exact
        else if (rv.ty.v != UINT32_MAX && rv.ty.v != 0) k += "T" + layoutKey(rv.ty);
        if (rv.kind == RvKind::Discriminant) k += "D" + layoutKey(mir::placeType(p_, b, rv.place).ty);
        for (const mir::Operand& o : rv.ops) k += operandKey(b, o, exact);
        if (exact) k += "R" + valueKey(mir::placeType(p_, b, s.dest).ty);
      }
      const mir::Terminator& t = bb.term;
      k += "E" + std::to_string(int(t.kind));
      for (uint32_t x : t.targets) k += "," + std::to_string(x);
      if (t.kind == TermKind::SwitchInt) {
        k += operandKey(b, t.discr, true);
        for (uint64_t v : t.values) k += "v" + std::to_string(v);
      }
      if (t.kind == TermKind::Call) {
        k += (t.callee.valid() ? calleeToken(t.callee, t.calleeSubsts) : std::string("none")) + placeKey(t.dest);
        for (const mir::Operand& o : t.args) k += operandKey(b, o, false) + "/" + layoutKey(mir::operandType(p_, b, o));
      }
    }
    return k;
  }

 public:
  uint32_t strPair(const std::string& s) {
    auto it = strings_.find(s);
    if (it != strings_.end()) return it->second;
    // bytes then (ptr, len)
    uint32_t ptr = dataCursor_;
    data_.insert(data_.end(), s.begin(), s.end());
    dataCursor_ += uint32_t(s.size());
    while (dataCursor_ % 4) { data_.push_back(0); ++dataCursor_; }
    uint32_t pair = dataCursor_;
    uint32_t len = uint32_t(s.size());
    for (uint32_t v : {ptr, len})
      for (int i = 0; i < 4; ++i) data_.push_back(uint8_t(v >> (8 * i)));
    dataCursor_ += 8;
    strings_[s] = pair;
    return pair;
  }
  Layouts& layouts() { return lay_; }
  // `__drop_glue::<T>(&mut T)` (prelude.rs; its body is made by mir/build for each T).
  FnId dropGlueFn() {
    if (!dropGlue_.valid()) dropGlue_ = findRuntimeFn("__drop_glue");
    return dropGlue_;
  }
  FnId dropGlue_;
  FnId dynCallFn() {
    if (!dynCall_.valid()) dynCall_ = findRuntimeFn("__dyn_call");
    return dynCall_;
  }
  FnId dynCall_;
  FnId findRuntimeFn(const char* name) {
    for (uint32_t i = 0; i < p_.fns.size(); ++i)
      if (p_.fns[i].runtime && p_.fns[i].path == name) return FnId{i};
    return FnId{};
  }

 private:
  const LowerInput& in_;
  const Program& p_;
  Layouts lay_;
  Module m_;
  struct Instance {
    FnId fn;
    std::vector<TyId> substs;
    uint32_t index;
  };
  std::map<std::vector<uint32_t>, uint32_t> index_;  // (fn, generic args...) -> function index
  std::map<uint32_t, uint32_t> importIndex_;          // FnId of an `extern "C"` fn -> its import index
  // Trait objects: the tag of each concrete type per trait (in order of first coercion), and the
  // dispatchers of the trait methods called on `dyn Trait`.
  std::map<uint32_t, std::vector<TyId>> dynTypes_;
  size_t numDynTypes_ = 0;
  std::vector<Instance> dispatchers_;

 public:
  uint32_t dynTag(uint32_t trait, TyId concrete) {
    std::vector<TyId>& v = dynTypes_[trait];
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] == concrete) return uint32_t(i);
    v.push_back(concrete);
    ++numDynTypes_;
    return uint32_t(v.size() - 1);
  }

 private:
  FnId derivedDebugFmt() const {
    for (uint32_t i = 0; i < p_.fns.size(); ++i)
      if (p_.fns[i].runtime && p_.fns[i].path == "__derived_debug_fmt") return FnId{i};
    return FnId{};
  }
  // Each dispatcher: `if tag == k { return impl_k(data, args..) }` for every type k of its trait.
  void fillDispatchers() {
    TypeTable& tt = const_cast<TypeTable&>(p_.types);
    for (size_t di = 0; di < dispatchers_.size(); ++di) {
      Instance d = dispatchers_[di];
      const FnInfo& decl = p_.fns[d.fn.v];
      Function fn;
      fn.name = decl.path + "<dyn>";
      if (d.fn == dynCallFn()) {  // calling a `dyn Fn(A..) -> R`: the closure (or function) of the tag
        TyId dyn = d.substs[0];
        const TyData dd = p_.types.get(dyn);
        TyId ret = dd.elems.empty() ? p_.types.unit() : dd.elems[0];
        std::vector<TyId> params(dd.elems.begin() + (dd.elems.empty() ? 0 : 1), dd.elems.end());
        fn.name = "__dyn_call<" + p_.tyName(dyn) + ">";
        Repr rr = lay_.repr(ret);
        if (rr == Repr::Memory) fn.type.params.push_back(ValType::I32);
        uint32_t fat = uint32_t(fn.type.params.size());
        fn.type.params.push_back(ValType::I32);
        std::vector<uint32_t> argLocal;  // each of the object's parameters: its wasm local (UINT32_MAX: none)
        for (TyId pt : params) {
          Repr r = lay_.repr(pt);
          argLocal.push_back(r == Repr::None ? UINT32_MAX : uint32_t(fn.type.params.size()));
          if (r != Repr::None) fn.type.params.push_back(r == Repr::Scalar ? lay_.scalarType(pt) : ValType::I32);
        }
        fn.type.result = rr == Repr::Scalar ? lay_.scalarType(ret) : ValType::None;
        Builder b(fn);
        std::vector<ExprId> kids;
        const std::vector<TyId> types = dynTypes_[dd.a];
        for (size_t k = 0; k < types.size(); ++k) {
          std::vector<TyId> sargs;
          TyId sret;
          if (!p_.concreteSig(types[k], sargs, sret)) continue;
          for (TyId& a : sargs) a = p_.normalize(a);
          if (sargs != params || p_.normalize(sret) != ret) continue;  // an object of another signature
          const TyData cd = p_.types.get(types[k]);
          std::vector<ExprId> args;
          if (rr == Repr::Memory) args.push_back(b.localGet(0));
          uint32_t callee;
          if (cd.kind == TyKind::Closure) {
            callee = indexOf(p_.closures[cd.a].bodyFn, cd.elems);
            args.push_back(b.load(Op::I32Load, b.localGet(fat), 0));  // the environment
          } else {
            callee = indexOf(FnId{cd.a}, cd.elems);
          }
          for (uint32_t l : argLocal)
            if (l != UINT32_MAX) args.push_back(b.localGet(l));
          kids.push_back(tagCase(b, fat, k, b.call(callee, args, fn.type.result), fn.type.result));
        }
        finishDispatcher(fn, b, kids, d.index);
        continue;
      }
      if (d.fn == dropGlueFn()) {  // dropping a `dyn Trait`: the glue of the object's type, on its data
        fn.name = "__drop_glue<" + p_.tyName(d.substs[0]) + ">";
        fn.type.params = {ValType::I32};
        Builder b(fn);
        std::vector<ExprId> kids;
        const std::vector<TyId> types = dynTypes_[p_.types.get(d.substs[0]).a];
        for (size_t k = 0; k < types.size(); ++k) {
          if (!p_.needsDrop(types[k])) continue;
          ExprId call = b.call(indexOf(d.fn, {types[k]}), {b.load(Op::I32Load, b.localGet(0), 0)}, ValType::None);
          ExprId cond = b.binary(Op::I32Eq, b.load(Op::I32Load, b.localGet(0), 4), b.i32(int32_t(k)));
          kids.push_back(b.ifElse(ValType::None, cond, call));
        }
        fn.body = b.block(b.newLabel(), ValType::None, kids);
        m_.functions[d.index - m_.imports.size()] = std::move(fn);
        continue;
      }
      TyId ret = p_.normalize(tt.subst(decl.ret, d.substs));
      Repr rr = lay_.repr(ret);
      if (rr == Repr::Memory) fn.type.params.push_back(ValType::I32);
      uint32_t fat = uint32_t(fn.type.params.size());
      for (TyId pt : decl.params) {
        Repr r = lay_.repr(p_.normalize(tt.subst(pt, d.substs)));
        if (r == Repr::None) continue;
        fn.type.params.push_back(r == Repr::Scalar ? lay_.scalarType(p_.normalize(tt.subst(pt, d.substs))) : ValType::I32);
      }
      fn.type.result = rr == Repr::Scalar ? lay_.scalarType(ret) : ValType::None;
      Builder b(fn);
      std::vector<ExprId> kids;
      // the types coerced to the object's trait (a supertrait's method dispatches on the same tags)
      const std::vector<TyId> types = dynTypes_[p_.types.get(d.substs[0]).a];
      const TyData dynD = p_.types.get(d.substs[0]);
      for (size_t k = 0; k < types.size(); ++k) {
        std::vector<TyId> cs = d.substs;
        cs[0] = types[k];
        // (`dyn Container<i32>`: only the types coerced to this instance of the trait)
        size_t ng = std::min(p_.traits[dynD.a].generics.size(), dynD.elems.size());
        std::vector<TyId> targs(dynD.elems.begin(), dynD.elems.begin() + long(ng));
        if (!targs.empty() && p_.findTraitImpl(dynD.a, types[k], nullptr, &targs) < 0) continue;
        auto [impl, implArgs] = p_.resolveTraitCall(d.fn, cs);
        if (impl == d.fn && p_.libTrait("__Debug") == decl.traitId) {  // no impl: derived Debug
          impl = derivedDebugFmt();
          implArgs = {types[k]};
        }
        uint32_t callee = indexOf(impl, implArgs);
        std::vector<ExprId> args;
        for (uint32_t i = 0; i < fn.type.params.size(); ++i)
          args.push_back(i == fat ? b.load(Op::I32Load, b.localGet(fat), 0) : b.localGet(i));
        kids.push_back(tagCase(b, fat, k, b.call(callee, args, fn.type.result), fn.type.result));
      }
      finishDispatcher(fn, b, kids, d.index);
    }
  }
  // One case of a dispatcher: `if tag == k { return call }` (the object is the pair at local `fat`).
  static ExprId tagCase(Builder& b, uint32_t fat, size_t k, ExprId call, ValType result) {
    ExprId cond = b.binary(Op::I32Eq, b.load(Op::I32Load, b.localGet(fat), 4), b.i32(int32_t(k)));
    ExprId then = result == ValType::None ? b.block(b.newLabel(), ValType::None, {call, b.ret()}) : b.ret(call);
    return b.ifElse(ValType::None, cond, then);
  }
  // A dispatcher's body: its cases, then `unreachable` (a tag of no listed type cannot occur).
  void finishDispatcher(Function& fn, Builder& b, std::vector<ExprId>& kids, uint32_t index) {
    kids.push_back(b.unreachable());
    fn.body = b.block(b.newLabel(), fn.type.result, kids);
    m_.functions[index - m_.imports.size()] = std::move(fn);
  }
  uint32_t numQueued_ = 0;
  std::vector<Instance> work_;
  std::map<std::string, uint32_t> strings_;
  std::vector<uint8_t> data_;
  uint32_t dataCursor_ = 0;
  uint32_t flushIndex_ = UINT32_MAX;
  uint32_t writeTarget_ = kImpWrite;  // the function the output intrinsics call to write (fd, ptr, len)
  std::vector<std::pair<const FnInfo*, uint32_t>> deferredOutput_;
  bool requested(const char* name) {
    FnId f = findRuntimeFn(name);
    if (!f.valid()) return false;
    return index_.count(std::vector<uint32_t>{f.v}) > 0;
  }

  void lowerFn(const Instance& inst) {
    uint32_t idx = inst.index;
    Function& fn = m_.functions[idx - m_.imports.size()];
    const FnInfo& info = p_.fns[inst.fn.v];
    fn.name = instanceName(info, inst.substs);
    if (info.intrinsic != Intrinsic::None) {
      flushIndexFor(info, idx);
      if (info.intrinsic == Intrinsic::OutByte || info.intrinsic == Intrinsic::OutBegin || info.intrinsic == Intrinsic::OutFlush ||
          info.intrinsic == Intrinsic::Exit) {
        deferredOutput_.push_back({&info, idx});
        fn.name = info.path;
        return;
      }
      lowerIntrinsic(info, fn, inst.substs);
      return;
    }
    auto pre = prebuilt_.find(idx);
    mir::Body body = pre != prebuilt_.end() ? std::move(pre->second) : in_.buildBody(inst.fn, inst.substs);
    if (pre != prebuilt_.end()) prebuilt_.erase(pre);
    Function tmp;
    tmp.name = instanceName(info, inst.substs);
    FunctionLowering fl(*this, p_, lay_, body, tmp);
    fl.run();
    m_.functions[idx - m_.imports.size()] = std::move(tmp);
  }
  std::string instanceName(const FnInfo& info, const std::vector<TyId>& substs) {
    if (substs.empty()) return info.path;
    std::string n = info.path + "::<";
    for (size_t i = 0; i < substs.size(); ++i) n += (i ? ", " : "") + p_.tyName(substs[i]);
    return n + ">";
  }
  void flushIndexFor(const FnInfo& info, uint32_t idx) {
    if (info.intrinsic == Intrinsic::OutFlush) flushIndex_ = idx;
  }

  // A reference instruction in a build with the externref table, else the fallback value.
  ExprId refTableOr(Builder& b, ExprId e, ExprId fallback) {
    if (in_.referenceTypes) {
      m_.refTable = true;
      return e;
    }
    return fallback;
  }

  // The output buffer: at kOutBuf, or in a threads build wherever the thread's __out_buf global says.
  ExprId outBuf(Builder& b) { return in_.threads ? b.globalGet(kGOutBuf, ValType::I32) : b.i32(kOutBuf); }

  void lowerIntrinsic(const FnInfo& info, Function& fn, const std::vector<TyId>& substs) {
    Builder b(fn);
    TyId T = substs.empty() ? TyId{} : substs[0];
    std::vector<ExprId> kids;
    auto params = [&](std::vector<ValType> ps, ValType r) { fn.type.params = ps; fn.type.result = r; };
    switch (info.intrinsic) {
      case Intrinsic::OutFlush: {
        params({}, ValType::None);
        // write(fd, buf, len); len = 0
        kids.push_back(b.call(writeTarget_, {b.globalGet(kGOutFd, ValType::I32), outBuf(b), b.globalGet(kGOutLen, ValType::I32)}, ValType::None));
        kids.push_back(b.globalSet(kGOutLen, b.i32(0)));
        break;
      }
      case Intrinsic::OutByte: {
        params({ValType::I32}, ValType::None);
        // if len == cap { write(fd, buf, len); len = 0 }  buf[len] = b; len += 1
        ExprId full = b.binary(Op::I32Eq, b.globalGet(kGOutLen, ValType::I32), b.i32(kOutCap));
        ExprId doFlush = b.block(b.newLabel(), ValType::None,
                                 {b.call(writeTarget_, {b.globalGet(kGOutFd, ValType::I32), outBuf(b), b.globalGet(kGOutLen, ValType::I32)}, ValType::None),
                                  b.globalSet(kGOutLen, b.i32(0))});
        kids.push_back(b.ifElse(ValType::None, full, doFlush));
        if (in_.threads)  // (each thread's buffer is its own)
          kids.push_back(b.store(Op::I32Store8, b.binary(Op::I32Add, b.globalGet(kGOutLen, ValType::I32), outBuf(b)), b.localGet(0), 0));
        else
          kids.push_back(b.store(Op::I32Store8, b.globalGet(kGOutLen, ValType::I32), b.localGet(0), kOutBuf));
        kids.push_back(b.globalSet(kGOutLen, b.binary(Op::I32Add, b.globalGet(kGOutLen, ValType::I32), b.i32(1))));
        break;
      }
      case Intrinsic::OutBegin: {
        params({ValType::I32}, ValType::None);
        // if fd != current && len > 0 { write(current...); len = 0 }  current = fd
        ExprId differs = b.binary(Op::I32Ne, b.localGet(0), b.globalGet(kGOutFd, ValType::I32));
        ExprId doFlush = b.block(b.newLabel(), ValType::None,
                                 {b.call(writeTarget_, {b.globalGet(kGOutFd, ValType::I32), outBuf(b), b.globalGet(kGOutLen, ValType::I32)}, ValType::None),
                                  b.globalSet(kGOutLen, b.i32(0))});
        kids.push_back(b.ifElse(ValType::None, differs, doFlush));
        kids.push_back(b.globalSet(kGOutFd, b.localGet(0)));
        break;
      }
      case Intrinsic::Exit: {
        params({ValType::I32}, ValType::None);
        kids.push_back(b.call(writeTarget_, {b.globalGet(kGOutFd, ValType::I32), outBuf(b), b.globalGet(kGOutLen, ValType::I32)}, ValType::None));
        kids.push_back(b.globalSet(kGOutLen, b.i32(0)));
        kids.push_back(b.call(kImpExit, {b.localGet(0)}, ValType::None));
        kids.push_back(b.unreachable());
        break;
      }
      case Intrinsic::OutFd:  // the output in progress (1 stdout, 2 stderr, 3 a format! capture)
        params({}, ValType::I32);
        kids.push_back(b.globalGet(kGOutFd, ValType::I32));
        break;
      case Intrinsic::StrLen:
        params({ValType::I32}, ValType::I32);
        kids.push_back(b.load(Op::I32Load, b.localGet(0), 4));
        break;
      case Intrinsic::StrByte:
        params({ValType::I32, ValType::I32}, ValType::I32);
        kids.push_back(b.load(Op::I32Load8U, b.binary(Op::I32Add, b.load(Op::I32Load, b.localGet(0), 0), b.localGet(1)), 0));
        break;
      case Intrinsic::F64ToBits:
        params({ValType::F64}, ValType::I64);
        kids.push_back(b.unary(Op::I64ReinterpretF64, b.localGet(0)));
        break;
      case Intrinsic::F32ToBits:
        params({ValType::F32}, ValType::I32);
        kids.push_back(b.unary(Op::I32ReinterpretF32, b.localGet(0)));
        break;
      case Intrinsic::F64FromBits:
        params({ValType::I64}, ValType::F64);
        kids.push_back(b.unary(Op::F64ReinterpretI64, b.localGet(0)));
        break;
      case Intrinsic::SetCaller:  // (&str as a pointer to (ptr, len), line, col)
        params({ValType::I32, ValType::I32, ValType::I32}, ValType::None);
        kids.push_back(b.globalSet(kGCallerFilePtr, b.load(Op::I32Load, b.localGet(0), 0)));
        kids.push_back(b.globalSet(kGCallerFileLen, b.load(Op::I32Load, b.localGet(0), 4)));
        kids.push_back(b.globalSet(kGCallerLine, b.localGet(1)));
        kids.push_back(b.globalSet(kGCallerCol, b.localGet(2)));
        break;
      case Intrinsic::CallerFile:  // returns &str through the hidden result pointer
        params({ValType::I32}, ValType::None);
        kids.push_back(b.store(Op::I32Store, b.localGet(0), b.globalGet(kGCallerFilePtr, ValType::I32), 0));
        kids.push_back(b.store(Op::I32Store, b.localGet(0), b.globalGet(kGCallerFileLen, ValType::I32), 4));
        break;
      case Intrinsic::CallerLine:
        params({}, ValType::I32);
        kids.push_back(b.globalGet(kGCallerLine, ValType::I32));
        break;
      case Intrinsic::CallerCol:
        params({}, ValType::I32);
        kids.push_back(b.globalGet(kGCallerCol, ValType::I32));
        break;
      case Intrinsic::SizeOf: {  // the stride of T (its size rounded up to its alignment)
        params({}, ValType::I32);
        Layout l = lay_.of(T);
        kids.push_back(b.i32(int32_t(alignUp(l.size, l.align))));
        break;
      }
      case Intrinsic::NeedsDrop:
        params({}, ValType::I32);
        kids.push_back(b.i32(p_.needsDrop(T) ? 1 : 0));
        break;
      case Intrinsic::DropInPlace:  // the glue of T on the address (nothing when T needs no drop)
        params({ValType::I32}, ValType::None);
        if (p_.needsDrop(T)) kids.push_back(b.call(indexOf(dropGlueFn(), {T}), {b.localGet(0)}, ValType::None));
        break;
      case Intrinsic::PtrRead: {
        Repr r = lay_.repr(T);
        if (r == Repr::Scalar) {
          params({ValType::I32}, lay_.scalarType(T));
          kids.push_back(b.load(scalarLoadOp(p_.types, T), b.localGet(0), 0));
        } else if (r == Repr::Memory) {  // (result pointer, address)
          params({ValType::I32, ValType::I32}, ValType::None);
          kids.push_back(b.memoryCopy(b.localGet(0), b.localGet(1), b.i32(int32_t(lay_.of(T).size))));
        } else {
          params({ValType::I32}, ValType::None);
        }
        break;
      }
      case Intrinsic::PtrWrite: {
        Repr r = lay_.repr(T);
        if (r == Repr::Scalar) {
          params({ValType::I32, lay_.scalarType(T)}, ValType::None);
          kids.push_back(b.store(scalarStoreOp(p_.types, T), b.localGet(0), b.localGet(1), 0));
        } else if (r == Repr::Memory) {  // (address, pointer to the value)
          params({ValType::I32, ValType::I32}, ValType::None);
          kids.push_back(b.memoryCopy(b.localGet(0), b.localGet(1), b.i32(int32_t(lay_.of(T).size))));
        } else {
          params({ValType::I32}, ValType::None);
        }
        break;
      }
      case Intrinsic::AddrRef:
      case Intrinsic::RefAddr:  // references are addresses
      case Intrinsic::CharFromU32:  // a char is its scalar value
        params({ValType::I32}, ValType::I32);
        kids.push_back(b.localGet(0));
        break;
      case Intrinsic::MemCopy:
        params({ValType::I32, ValType::I32, ValType::I32}, ValType::None);
        kids.push_back(b.memoryCopy(b.localGet(0), b.localGet(1), b.localGet(2)));
        break;
      case Intrinsic::MemGrow:
        params({ValType::I32}, ValType::I32);
        kids.push_back(b.memoryGrow(b.localGet(0)));
        break;
      case Intrinsic::MemSize:
        params({}, ValType::I32);
        kids.push_back(b.memorySize());
        break;
      case Intrinsic::HeapBase:
        params({}, ValType::I32);
        kids.push_back(b.globalGet(kGHeapBase, ValType::I32));
        break;
      case Intrinsic::AtomicLoad: case Intrinsic::AtomicStore: case Intrinsic::AtomicAdd: case Intrinsic::AtomicSub:
      case Intrinsic::AtomicXchg: case Intrinsic::AtomicCmpxchg: {
        bool wide = lay_.scalarType(T) == ValType::I64;
        ValType vt = wide ? ValType::I64 : ValType::I32;
        uint32_t sub = 0;
        switch (info.intrinsic) {
          case Intrinsic::AtomicLoad: sub = wide ? 0x11 : 0x10; params({ValType::I32}, vt); break;
          case Intrinsic::AtomicStore: sub = wide ? 0x18 : 0x17; params({ValType::I32, vt}, ValType::None); break;
          case Intrinsic::AtomicAdd: sub = wide ? 0x1f : 0x1e; params({ValType::I32, vt}, vt); break;
          case Intrinsic::AtomicSub: sub = wide ? 0x26 : 0x25; params({ValType::I32, vt}, vt); break;
          case Intrinsic::AtomicXchg: sub = wide ? 0x42 : 0x41; params({ValType::I32, vt}, vt); break;
          default: sub = wide ? 0x49 : 0x48; params({ValType::I32, vt, vt}, vt); break;
        }
        std::vector<ExprId> ops;
        for (uint32_t i = 0; i < fn.type.params.size(); ++i) ops.push_back(b.localGet(i));
        kids.push_back(b.atomic(sub, fn.type.result, ops));
        break;
      }
      case Intrinsic::AtomicWait:
        params({ValType::I32, ValType::I32, ValType::I64}, ValType::I32);
        kids.push_back(b.atomic(0x01, ValType::I32, {b.localGet(0), b.localGet(1), b.localGet(2)}));
        break;
      case Intrinsic::AtomicNotify:
        params({ValType::I32, ValType::I32}, ValType::I32);
        kids.push_back(b.atomic(0x00, ValType::I32, {b.localGet(0), b.localGet(1)}));
        break;
      case Intrinsic::SetStack:  // a spawned thread's own shadow stack: (top, limit)
        params({ValType::I32, ValType::I32}, ValType::None);
        kids.push_back(b.globalSet(kGStackPointer, b.localGet(0)));
        kids.push_back(b.globalSet(kGStackLimit, b.localGet(1)));
        break;
      case Intrinsic::ThreadsBuild:
        params({}, ValType::I32);
        kids.push_back(b.i32(in_.threads ? 1 : 0));
        break;
      case Intrinsic::RefTypesBuild:
        params({}, ValType::I32);
        kids.push_back(b.i32(in_.referenceTypes ? 1 : 0));
        break;
      case Intrinsic::RefTableSize:
        params({}, ValType::I32);
        kids.push_back(refTableOr(b, b.refOp(RefOpKind::TableSize), b.i32(0)));
        break;
      case Intrinsic::RefTableGrow:
        params({ValType::I32}, ValType::I32);
        kids.push_back(refTableOr(b, b.refOp(RefOpKind::TableGrow, {b.refOp(RefOpKind::RefNull), b.localGet(0)}), b.i32(-1)));
        break;
      case Intrinsic::RefTableClear:
        params({ValType::I32}, ValType::None);
        if (in_.referenceTypes) kids.push_back(b.refOp(RefOpKind::TableSet, {b.localGet(0), b.refOp(RefOpKind::RefNull)}));
        break;
      case Intrinsic::RefTableCopy:
        params({ValType::I32, ValType::I32}, ValType::None);
        if (in_.referenceTypes) kids.push_back(b.refOp(RefOpKind::TableSet, {b.localGet(0), b.refOp(RefOpKind::TableGet, {b.localGet(1)})}));
        break;
      case Intrinsic::RefTableIsNull:
        params({ValType::I32}, ValType::I32);
        kids.push_back(refTableOr(b, b.refOp(RefOpKind::RefIsNull, {b.refOp(RefOpKind::TableGet, {b.localGet(0)})}), b.i32(1)));
        break;
      case Intrinsic::OutBufAddr:
        params({}, ValType::I32);
        kids.push_back(outBuf(b));
        break;
      case Intrinsic::SetOutBuf:  // a spawned thread's own output buffer (threads builds)
        params({ValType::I32}, ValType::None);
        if (in_.threads) kids.push_back(b.globalSet(kGOutBuf, b.localGet(0)));
        break;
      case Intrinsic::Sqrt: case Intrinsic::Floor: case Intrinsic::Ceil: case Intrinsic::Trunc: case Intrinsic::FAbs:
      case Intrinsic::Sqrt32: case Intrinsic::Floor32: case Intrinsic::Ceil32: case Intrinsic::Trunc32: case Intrinsic::FAbs32: {
        bool f32 = info.intrinsic >= Intrinsic::Sqrt32;
        ValType vt = f32 ? ValType::F32 : ValType::F64;
        params({vt}, vt);
        Op op;
        switch (info.intrinsic) {
          case Intrinsic::Sqrt: op = Op::F64Sqrt; break;
          case Intrinsic::Floor: op = Op::F64Floor; break;
          case Intrinsic::Ceil: op = Op::F64Ceil; break;
          case Intrinsic::Trunc: op = Op::F64Trunc; break;
          case Intrinsic::FAbs: op = Op::F64Abs; break;
          case Intrinsic::Sqrt32: op = Op::F32Sqrt; break;
          case Intrinsic::Floor32: op = Op::F32Floor; break;
          case Intrinsic::Ceil32: op = Op::F32Ceil; break;
          case Intrinsic::Trunc32: op = Op::F32Trunc; break;
          default: op = Op::F32Abs; break;
        }
        kids.push_back(b.unary(op, b.localGet(0)));
        break;
      }
      case Intrinsic::Copysign:
      case Intrinsic::Copysign32: {
        ValType vt = info.intrinsic == Intrinsic::Copysign32 ? ValType::F32 : ValType::F64;
        params({vt, vt}, vt);
        kids.push_back(b.binary(vt == ValType::F32 ? Op::F32Copysign : Op::F64Copysign, b.localGet(0), b.localGet(1)));
        break;
      }
      case Intrinsic::StrFromRaw:  // (result pointer, ptr, len)
        params({ValType::I32, ValType::I32, ValType::I32}, ValType::None);
        kids.push_back(b.store(Op::I32Store, b.localGet(0), b.localGet(1), 0));
        kids.push_back(b.store(Op::I32Store, b.localGet(0), b.localGet(2), 4));
        break;
      case Intrinsic::StrPtr:
        params({ValType::I32}, ValType::I32);
        kids.push_back(b.load(Op::I32Load, b.localGet(0), 0));
        break;
      case Intrinsic::HostWrite:
        params({ValType::I32, ValType::I32, ValType::I32}, ValType::None);
        kids.push_back(b.call(kImpWrite, {b.localGet(0), b.localGet(1), b.localGet(2)}, ValType::None));
        break;
      case Intrinsic::None: break;
      case Intrinsic::HashOf: break;  // expanded by mir/ at each call (never lowered as a function)
    }
    fn.localNames.resize(fn.numLocalsTotal());
    fn.body = b.block(b.newLabel(), fn.type.result, kids);
  }
  FnId findFn(const FnInfo& info) {
    for (uint32_t i = 0; i < p_.fns.size(); ++i)
      if (&p_.fns[i] == &info) return FnId{i};
    return FnId{};
  }
};

uint32_t FunctionLowering::m_strPair(const std::string& s) { return m_.strPair(s); }
uint32_t FunctionLowering::calleeIndex(FnId f, const std::vector<TyId>& substs) { return m_.indexOf(f, substs); }

void FunctionLowering::run() {
  const FnInfo& info = p_.fns[body_.fn.v];
  f_.name = info.path;
  // Return convention.
  TyId ret = localTy(0);
  Repr retRepr = lay_.repr(ret);
  retAggregate_ = retRepr == Repr::Memory;
  if (retAggregate_) {
    f_.type.params.push_back(ValType::I32);
    sret_ = 0;
    f_.localNames.push_back("__sret");
  } else if (retRepr == Repr::Scalar) {
    f_.type.result = lay_.scalarType(ret);
  }
  st_.assign(body_.locals.size(), Storage{});
  // Arguments.
  for (uint32_t i = 1; i <= body_.argCount; ++i) {
    Repr r = lay_.repr(localTy(i));
    st_[i].repr = r;
    if (r == Repr::None) continue;
    f_.type.params.push_back(r == Repr::Scalar ? lay_.scalarType(localTy(i)) : ValType::I32);
    st_[i].local = uint32_t(f_.type.params.size() - 1);
    f_.localNames.push_back(body_.locals[i].name.empty() ? "" : p_.str(body_.locals[i].name));
  }
  // Which locals have their address taken?
  std::vector<bool> addrTaken(body_.locals.size(), false);
  for (const mir::BasicBlock& bb : body_.blocks)
    for (const mir::Statement& s : bb.stmts)
      if (s.rv.kind == RvKind::Ref && (s.rv.place.proj.empty() || s.rv.place.proj[0].kind != ProjKind::Deref))
        addrTaken[s.rv.place.local] = true;
  fp_ = UINT32_MAX;
  std::vector<std::pair<uint32_t, uint32_t>> spills;  // scalar args whose address is taken: (local, param)
  for (uint32_t l = 0; l < body_.locals.size(); ++l) {
    bool isArg = l >= 1 && l <= body_.argCount;
    TyId ty = localTy(l);
    Repr r = lay_.repr(ty);
    if (l == 0 && retAggregate_) {
      st_[0].repr = Repr::Memory;
      st_[0].local = sret_;
      continue;
    }
    if (isArg) {
      if (r == Repr::Scalar && addrTaken[l]) {
        Layout lo = lay_.of(ty);
        spills.push_back({l, st_[l].local});
        st_[l].repr = Repr::Memory;
        st_[l].inFrame = true;
        st_[l].frameOff = allocFrame(lo.size, lo.align);
      }
      continue;
    }
    st_[l].repr = r;
    if (r == Repr::Scalar && !addrTaken[l]) {
      st_[l].local = newLocal(lay_.scalarType(ty));
      if (!body_.locals[l].name.empty()) f_.localNames[st_[l].local] = p_.str(body_.locals[l].name);
    } else if (r != Repr::None) {
      Layout lo = lay_.of(ty);
      st_[l].repr = Repr::Memory;
      st_[l].inFrame = true;
      st_[l].frameOff = allocFrame(lo.size, lo.align);
    }
  }
  fp_ = newLocal(ValType::I32);
  f_.localNames[fp_] = "__fp";
  analyzeCfg();
  std::vector<ExprId> bodyKids;
  doTree(0, bodyKids);
  // Prologue.
  std::vector<ExprId> kids;
  frameSize_ = alignUp(frameSize_, 16);
  if (frameSize_ > 0) {
    kids.push_back(b_.localSet(fp_, b_.binary(Op::I32Sub, b_.globalGet(kGStackPointer, ValType::I32), b_.i32(int32_t(frameSize_)))));
    ExprId tooLow = b_.binary(Op::I32LtU, b_.localGet(fp_), b_.globalGet(kGStackLimit, ValType::I32));
    kids.push_back(b_.ifElse(ValType::None, tooLow, b_.block(b_.newLabel(), ValType::None, {b_.call(kImpStackOverflow, {}, ValType::None), b_.unreachable()})));
    kids.push_back(b_.globalSet(kGStackPointer, b_.localGet(fp_)));
    for (auto& [l, param] : spills) kids.push_back(b_.store(storeOp(localTy(l)), b_.localGet(fp_), b_.localGet(param), st_[l].frameOff));
  }
  for (ExprId k : bodyKids) kids.push_back(k);
  kids.push_back(b_.unreachable());
  for (ExprId c : epilogueSizes_) f_.at(c).imm = frameSize_;
  if (frameSize_ == 0)
    for (ExprId e : epilogues_) {  // frameless: nothing to restore
      f_.at(e).kind = ExprKind::Nop;
      f_.at(e).numKids = 0;
    }
  f_.localNames.resize(f_.numLocalsTotal());
  f_.body = b_.block(b_.newLabel(), f_.type.result, kids);
}

void FunctionLowering::emitReturn(std::vector<ExprId>& out) {
  ExprId size = b_.i32(0);
  epilogueSizes_.push_back(size);
  ExprId restore = b_.globalSet(kGStackPointer, b_.binary(Op::I32Add, b_.localGet(fp_), size));
  epilogues_.push_back(restore);
  out.push_back(restore);
  if (!retAggregate_ && f_.type.result != ValType::None) out.push_back(b_.ret(readLocalScalar(0)));
  else out.push_back(b_.ret());
}

void FunctionLowering::lowerStatement(std::vector<ExprId>& out, const mir::Statement& s) {
  const mir::Rvalue& rv = s.rv;
  TyId dty = mir::placeType(p_, body_, s.dest).ty;
  Repr dr = lay_.repr(dty);
  if (dr == Repr::None) {
    // Still evaluate nothing: rvalues of zero-sized type have no side effects in MIR.
    return;
  }
  switch (rv.kind) {
    case RvKind::Use: {
      if (dr == Repr::Scalar) storeScalar(out, s.dest, readScalar(rv.ops[0]));
      else copyAggregate(out, addrValue(placeAddr(s.dest)), aggregateAddr(rv.ops[0]), lay_.of(dty).size);
      return;
    }
    case RvKind::Binary: {
      TyId opTy = mir::operandType(p_, body_, rv.ops[0]);
      storeScalar(out, s.dest, binary(BinOp(rv.op), rv.ops[0], rv.ops[1], opTy));
      return;
    }
    case RvKind::Overflows: storeScalar(out, s.dest, overflows(rv.op, rv)); return;
    case RvKind::Unary: {
      TyId ty = mir::operandType(p_, body_, rv.ops[0]);
      ExprId x = readScalar(rv.ops[0]);
      ExprId r;
      if (UnOp(rv.op) == UnOp::Neg) {
        if (t_.kind(ty) == TyKind::Float) r = b_.unary(t_.get(ty).sub == 32 ? Op::F32Neg : Op::F64Neg, x);
        else r = normalize(b_.binary(is64(ty) ? Op::I64Sub : Op::I32Sub, is64(ty) ? b_.i64(0) : b_.i32(0), x), ty);
      } else if (t_.kind(ty) == TyKind::Bool) {
        r = b_.binary(Op::I32Xor, x, b_.i32(1));
      } else {
        r = normalize(b_.binary(is64(ty) ? Op::I64Xor : Op::I32Xor, x, is64(ty) ? b_.i64(-1) : b_.i32(-1)), ty);
      }
      storeScalar(out, s.dest, r);
      return;
    }
    case RvKind::Cast: {
      TyId from = mir::operandType(p_, body_, rv.ops[0]);
      if (lay_.repr(from) != Repr::Scalar) {
        copyAggregate(out, addrValue(placeAddr(s.dest)), aggregateAddr(rv.ops[0]), lay_.of(dty).size);
        return;
      }
      storeScalar(out, s.dest, castScalar(readScalar(rv.ops[0]), from, rv.ty));
      return;
    }
    case RvKind::ToDyn: {  // (data pointer, tag of the concrete type for the trait)
      TyId st = mir::operandType(p_, body_, rv.ops[0]);
      ExprId data = lay_.repr(st) == Repr::Scalar ? readScalar(rv.ops[0]) : b_.load(Op::I32Load, aggregateAddr(rv.ops[0]), 0);
      uint32_t tag = m_.dynTag(rv.variant, rv.ty);
      Addr d0 = placeAddr(s.dest);
      out.push_back(b_.store(Op::I32Store, d0.base, data, d0.off));
      Addr d1 = placeAddr(s.dest);
      out.push_back(b_.store(Op::I32Store, d1.base, b_.i32(int32_t(tag)), d1.off + 4));
      return;
    }
    case RvKind::Ref: {
      TyId target = mir::placeType(p_, body_, rv.place).ty;
      if (t_.kind(target) == TyKind::Dyn && !rv.place.proj.empty() && rv.place.proj.back().kind == ProjKind::Deref) {
        // `&*b` of a trait object: its pointer's (data, tag) pair, copied
        mir::Place base = rv.place;
        base.proj.pop_back();
        Addr src = placeAddr(base), dst = placeAddr(s.dest);
        copyAggregate(out, addrValue(dst), addrValue(src), 8);
        return;
      }
      Addr a = placeAddr(rv.place);
      if (lay_.repr(target) == Repr::None) {
        storeScalar(out, s.dest, b_.i32(16));  // any non-null aligned address for zero-sized values
        return;
      }
      storeScalar(out, s.dest, addrValue(a));
      return;
    }
    case RvKind::FakeRead: return;  // (dest is zero-sized: never reached)
    case RvKind::Declare: return;   // no code
    case RvKind::StorageDead: return;
    case RvKind::Drop: return;  // (drop elaboration made the calls)
    case RvKind::Discriminant: {
      Addr a = placeAddr(rv.place);
      ExprId tag = b_.load(Op::I32Load, a.base, a.off);
      TyId dt = dty;
      storeScalar(out, s.dest, is64(dt) ? b_.unary(Op::I64ExtendI32S, tag) : tag);
      return;
    }
    case RvKind::Aggregate: lowerAggregate(out, s.dest, rv); return;
    case RvKind::Repeat: {
      TyId elem{t_.get(dty).a};
      Layout el = lay_.of(elem);
      uint32_t stride = alignUp(el.size, el.align);
      if (rv.count == 0 || stride == 0) return;
      const Operand& v = rv.ops[0];
      Repr er = lay_.repr(elem);
      uint32_t base = newLocal(ValType::I32);
      out.push_back(b_.localSet(base, addrValue(placeAddr(s.dest))));
      if (v.kind == Operand::Const && er == Repr::Scalar && v.c.bits == 0) {
        out.push_back(b_.memoryFill(b_.localGet(base), b_.i32(0), b_.i32(int32_t(stride * rv.count))));
        return;
      }
      // Evaluate the element once, then store it count times in a loop.
      uint32_t i = newLocal(ValType::I32);
      ExprId valInit = ExprId{};
      uint32_t valLocal = UINT32_MAX;
      if (er == Repr::Scalar) {
        valLocal = newLocal(lay_.scalarType(elem));
        valInit = b_.localSet(valLocal, readScalar(v));
      } else {
        valLocal = newLocal(ValType::I32);
        valInit = b_.localSet(valLocal, aggregateAddr(v));
      }
      out.push_back(valInit);
      out.push_back(b_.localSet(i, b_.i32(0)));
      uint32_t loopL = b_.newLabel();
      ExprId addr = b_.binary(Op::I32Add, b_.localGet(base), b_.binary(Op::I32Mul, b_.localGet(i), b_.i32(int32_t(stride))));
      ExprId storeIt = er == Repr::Scalar ? b_.store(storeOp(elem), addr, b_.localGet(valLocal))
                                          : b_.memoryCopy(addr, b_.localGet(valLocal), b_.i32(int32_t(el.size)));
      ExprId inc = b_.localSet(i, b_.binary(Op::I32Add, b_.localGet(i), b_.i32(1)));
      ExprId again = b_.brIf(loopL, b_.binary(Op::I32LtU, b_.localGet(i), b_.i32(int32_t(rv.count))));
      out.push_back(b_.loop(loopL, ValType::None, {storeIt, inc, again}));
      return;
    }
  }
}

void FunctionLowering::lowerAggregate(std::vector<ExprId>& out, const Place& dest, const mir::Rvalue& rv) {
  TyId ty = rv.ty;
  const TyData d = t_.get(ty);
  bool isEnum = d.kind == TyKind::Adt && p_.adts[d.a].isEnum;
  std::vector<TyId> fieldTys;
  if (d.kind == TyKind::Tuple) fieldTys = d.elems;
  else if (d.kind == TyKind::Array) fieldTys.assign(rv.ops.size(), TyId{d.a});
  else if (d.kind == TyKind::Adt) fieldTys = p_.variantFieldTys(ty, rv.variant);
  else if (d.kind == TyKind::Closure) fieldTys = p_.captureTys(ty);
  // Read every operand first (an operand may read the destination), then store.
  std::vector<ExprId> values(rv.ops.size());
  std::vector<uint32_t> temps(rv.ops.size(), UINT32_MAX);
  for (size_t i = 0; i < rv.ops.size() && i < fieldTys.size(); ++i) {
    Repr r = lay_.repr(fieldTys[i]);
    if (r == Repr::None) continue;
    if (r == Repr::Scalar) {
      if (rv.ops[i].kind == Operand::Const) { values[i] = readScalar(rv.ops[i]); continue; }
      temps[i] = newLocal(lay_.scalarType(fieldTys[i]));
      out.push_back(b_.localSet(temps[i], readScalar(rv.ops[i])));
    } else {
      // Copy aggregate operands that live in the destination's local into a scratch slot first.
      Layout fl = lay_.of(fieldTys[i]);
      if (rv.ops[i].kind == Operand::Copy && rv.ops[i].place.local == dest.local) {
        uint32_t slot = allocFrame(fl.size, fl.align);
        out.push_back(b_.memoryCopy(frameAddr(slot), aggregateAddr(rv.ops[i]), b_.i32(int32_t(fl.size))));
        temps[i] = newLocal(ValType::I32);
        out.push_back(b_.localSet(temps[i], frameAddr(slot)));
      }
    }
  }
  uint32_t base = newLocal(ValType::I32);
  out.push_back(b_.localSet(base, addrValue(placeAddr(dest))));
  if (isEnum) out.push_back(b_.store(Op::I32Store, b_.localGet(base), b_.i32(int32_t(p_.adts[d.a].variants[rv.variant].discr))));
  for (size_t i = 0; i < rv.ops.size() && i < fieldTys.size(); ++i) {
    Repr r = lay_.repr(fieldTys[i]);
    if (r == Repr::None) continue;
    uint32_t off;
    if (d.kind == TyKind::Array) {
      Layout el = lay_.of(fieldTys[i]);
      off = alignUp(el.size, el.align) * uint32_t(i);
    } else {
      off = lay_.fieldOffset(ty, isEnum ? int32_t(rv.variant) : -1, uint32_t(i));
    }
    if (r == Repr::Scalar) {
      ExprId v = temps[i] != UINT32_MAX ? b_.localGet(temps[i]) : values[i];
      out.push_back(b_.store(storeOp(fieldTys[i]), b_.localGet(base), v, off));
    } else {
      ExprId src = temps[i] != UINT32_MAX ? b_.localGet(temps[i]) : aggregateAddr(rv.ops[i]);
      ExprId dst = off ? b_.binary(Op::I32Add, b_.localGet(base), b_.i32(int32_t(off))) : b_.localGet(base);
      copyAggregate(out, dst, src, lay_.of(fieldTys[i]).size);
    }
  }
}

void FunctionLowering::lowerCall(std::vector<ExprId>& out, const mir::Terminator& t) {
  const FnInfo& callee = p_.fns[t.callee.v];
  // What kind of build this is: a constant where it is asked (the library's `if __wr_reftypes()`)
  if ((callee.intrinsic == Intrinsic::ThreadsBuild || callee.intrinsic == Intrinsic::RefTypesBuild) && !t.targets.empty()) {
    bool v = callee.intrinsic == Intrinsic::ThreadsBuild ? m_.threadsBuild() : m_.refTypesBuild();
    storeScalar(out, t.dest, b_.i32(v ? 1 : 0));
    return;
  }
  // The library's scalar memory primitives, in place (one instruction rather than a call: the library
  // code of Vec, HashMap, the allocator and the handle table is made of them)
  if (!t.targets.empty() && (callee.intrinsic == Intrinsic::PtrRead || callee.intrinsic == Intrinsic::PtrWrite ||
                             callee.intrinsic == Intrinsic::HeapBase || callee.intrinsic == Intrinsic::AddrRef ||
                             callee.intrinsic == Intrinsic::RefAddr || callee.intrinsic == Intrinsic::SizeOf ||
                             callee.intrinsic == Intrinsic::NeedsDrop)) {
    TypeTable& tt0 = const_cast<TypeTable&>(t_);
    TyId T = t.calleeSubsts.empty() ? TyId{} : p_.normalize(t.calleeSubsts[0]);
    (void)tt0;
    TyId dty = mir::placeType(p_, body_, t.dest).ty;
    switch (callee.intrinsic) {
      case Intrinsic::PtrRead:
        if (lay_.repr(T) == Repr::Scalar && lay_.repr(dty) == Repr::Scalar) {
          storeScalar(out, t.dest, b_.load(scalarLoadOp(p_.types, T), readScalar(t.args[0]), 0));
          return;
        }
        break;
      case Intrinsic::PtrWrite:
        if (lay_.repr(T) == Repr::Scalar && t.args.size() == 2) {
          out.push_back(b_.store(scalarStoreOp(p_.types, T), readScalar(t.args[0]), readScalar(t.args[1]), 0));
          return;
        }
        break;
      case Intrinsic::HeapBase:
        if (lay_.repr(dty) == Repr::Scalar) {
          storeScalar(out, t.dest, b_.globalGet(kGHeapBase, ValType::I32));
          return;
        }
        break;
      case Intrinsic::SizeOf:  // the stride of T
        if (lay_.repr(dty) == Repr::Scalar) {
          Layout l = lay_.of(T);
          storeScalar(out, t.dest, b_.i32(int32_t(alignUp(l.size, l.align))));
          return;
        }
        break;
      case Intrinsic::NeedsDrop:
        if (lay_.repr(dty) == Repr::Scalar) {
          storeScalar(out, t.dest, b_.i32(p_.needsDrop(T) ? 1 : 0));
          return;
        }
        break;
      default:  // __addr_ref / __ref_addr: an address is a reference
        if (lay_.repr(dty) == Repr::Scalar && t.args.size() == 1) {
          storeScalar(out, t.dest, readScalar(t.args[0]));
          return;
        }
        break;
    }
  }
  uint32_t idx = calleeIndex(t.callee, t.calleeSubsts);
  std::vector<ExprId> args;
  TypeTable& tt = const_cast<TypeTable&>(t_);
  // (`__dyn_call::<dyn Fn(A) -> R>(&f, a..)`: the signature is the object type's)
  bool dynCall = t.callee == m_.dynCallFn();
  TyId retTy = dynCall ? mir::placeType(p_, body_, t.dest).ty : p_.normalize(tt.subst(callee.ret, t.calleeSubsts));
  Repr rr = lay_.repr(retTy);
  if (rr == Repr::Memory) args.push_back(addrValue(placeAddr(t.dest)));
  for (size_t i = 0; i < t.args.size(); ++i) {
    TyId aty = i < callee.params.size() ? p_.normalize(tt.subst(callee.params[i], t.calleeSubsts)) : mir::operandType(p_, body_, t.args[i]);
    Repr r = lay_.repr(aty);
    if (r == Repr::None) continue;
    if (r == Repr::Scalar) {
      args.push_back(readScalar(t.args[i]));
    } else {
      // Pass the address of a copy the callee owns.
      Layout l = lay_.of(aty);
      uint32_t slot = allocFrame(l.size, l.align);
      out.push_back(b_.memoryCopy(frameAddr(slot), aggregateAddr(t.args[i]), b_.i32(int32_t(l.size))));
      args.push_back(frameAddr(slot));
    }
  }
  ValType result = rr == Repr::Scalar ? lay_.scalarType(retTy) : ValType::None;
  if (callee.isImport)  // the host sees what the program printed before the call, in order (a call only when the buffer is not empty)
    out.push_back(b_.ifElse(ValType::None, b_.globalGet(kGOutLen, ValType::I32),
                            b_.call(m_.indexOf(m_.findRuntimeFn("__out_flush")), {}, ValType::None)));
  ExprId c = b_.call(idx, args, result);
  if (result != ValType::None) {
    TyId dty = mir::placeType(p_, body_, t.dest).ty;
    if (lay_.repr(dty) == Repr::Scalar) storeScalar(out, t.dest, c);
    else out.push_back(b_.drop(c));
  } else {
    out.push_back(c);
  }
  if (t.targets.empty()) out.push_back(b_.unreachable());
}

// ---------------- structurizer (Ramsey, "Beyond Relooper", ICFP 2022) ----------------
void FunctionLowering::analyzeCfg() {
  size_t n = body_.blocks.size();
  rpoIndex_.assign(n, UINT32_MAX);
  // iterative DFS postorder from block 0
  std::vector<uint32_t> post;
  std::vector<uint8_t> state(n, 0);
  std::vector<std::pair<uint32_t, size_t>> stack{{0, 0}};
  state[0] = 1;
  while (!stack.empty()) {
    auto& [b, i] = stack.back();
    std::vector<uint32_t> succ = successors(b);
    if (i < succ.size()) {
      uint32_t s = succ[i++];
      if (!state[s]) {
        state[s] = 1;
        stack.push_back({s, 0});
      }
    } else {
      post.push_back(b);
      stack.pop_back();
    }
  }
  rpo_.assign(post.rbegin(), post.rend());
  for (uint32_t i = 0; i < rpo_.size(); ++i) rpoIndex_[rpo_[i]] = i;
  // predecessors among reachable blocks
  std::vector<std::vector<uint32_t>> preds(n);
  fwdPreds_.assign(n, 0);
  loopHeader_.assign(n, false);
  for (uint32_t b : rpo_)
    for (uint32_t s : successors(b)) {
      preds[s].push_back(b);
      if (rpoIndex_[s] <= rpoIndex_[b]) loopHeader_[s] = true;
      else fwdPreds_[s]++;
    }
  // dominators (Cooper, Harvey, Kennedy)
  idom_.assign(n, UINT32_MAX);
  idom_[0] = 0;
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 1; i < rpo_.size(); ++i) {
      uint32_t b = rpo_[i];
      uint32_t newIdom = UINT32_MAX;
      for (uint32_t p : preds[b]) {
        if (idom_[p] == UINT32_MAX) continue;
        if (newIdom == UINT32_MAX) { newIdom = p; continue; }
        uint32_t x = p, y = newIdom;
        while (x != y) {
          while (rpoIndex_[x] > rpoIndex_[y]) x = idom_[x];
          while (rpoIndex_[y] > rpoIndex_[x]) y = idom_[y];
        }
        newIdom = x;
      }
      if (newIdom != UINT32_MAX && idom_[b] != newIdom) {
        idom_[b] = newIdom;
        changed = true;
      }
    }
  }
  domChildren_.assign(n, {});
  for (size_t i = 1; i < rpo_.size(); ++i) domChildren_[idom_[rpo_[i]]].push_back(rpo_[i]);
}

// Emits the code for the dominator subtree rooted at x into `out`. Straight-line chains are handled by
// iteration (not recursion) so long functions do not deepen the native stack.
void FunctionLowering::doTree(uint32_t x, std::vector<ExprId>& out) {
  std::vector<uint32_t> merges;
  for (uint32_t c : domChildren_[x])
    if (fwdPreds_[c] >= 2) merges.push_back(c);
  std::sort(merges.begin(), merges.end(), [&](uint32_t a, uint32_t b) { return rpoIndex_[a] > rpoIndex_[b]; });
  if (loopHeader_[x]) {
    uint32_t label = b_.newLabel();
    loopLabel_[x] = label;
    std::vector<ExprId> inner;
    nodeWithin(x, merges, inner);
    out.push_back(b_.loop(label, ValType::None, inner));
    return;
  }
  nodeWithin(x, merges, out);
}

void FunctionLowering::nodeWithin(uint32_t x, std::vector<uint32_t> merges, std::vector<ExprId>& out) {
  if (merges.empty()) {
    emitBlockCode(x, out);
    return;
  }
  uint32_t y = merges.front();
  merges.erase(merges.begin());
  uint32_t label = b_.newLabel();
  followLabel_[y] = label;
  std::vector<ExprId> inner;
  nodeWithin(x, merges, inner);
  out.push_back(b_.block(label, ValType::None, inner));
  doTree(y, out);
}

void FunctionLowering::doBranch(uint32_t from, uint32_t to, std::vector<ExprId>& out) {
  if (rpoIndex_[to] <= rpoIndex_[from]) {
    out.push_back(b_.br(loopLabel_[to]));
  } else if (fwdPreds_[to] >= 2) {
    out.push_back(b_.br(followLabel_[to]));
  } else {
    doTree(to, out);
  }
}

void FunctionLowering::emitBlockCode(uint32_t x, std::vector<ExprId>& out) {
  const mir::BasicBlock& bb = body_.blocks[x];
  for (const mir::Statement& s : bb.stmts) lowerStatement(out, s);
  const mir::Terminator& t = bb.term;
  switch (t.kind) {
    case TermKind::Goto: doBranch(x, t.targets[0], out); return;
    case TermKind::Return: emitReturn(out); return;
    case TermKind::Unreachable: out.push_back(b_.unreachable()); return;
    case TermKind::Call:
      lowerCall(out, t);
      if (!t.targets.empty()) doBranch(x, t.targets[0], out);
      return;
    case TermKind::SwitchInt: {
      TyId dty = mir::operandType(p_, body_, t.discr);
      bool w = is64(dty);
      uint32_t discLocal = UINT32_MAX;
      ExprId disc = readScalar(t.discr);
      if (t.values.size() > 1) {
        discLocal = newLocal(w ? ValType::I64 : ValType::I32);
        out.push_back(b_.localSet(discLocal, disc));
      }
      // if d == v0 { -> t0 } else if d == v1 { -> t1 } ... else { -> otherwise }
      std::vector<ExprId>* cur = &out;
      std::vector<std::vector<ExprId>> elses(t.values.size());
      std::vector<PendingIf> pending;
      for (size_t i = 0; i < t.values.size(); ++i) {
        ExprId d = discLocal == UINT32_MAX ? disc : b_.localGet(discLocal);
        ExprId cond;
        if (t.values[i] == 0 && t.values.size() == 1) cond = b_.unary(w ? Op::I64Eqz : Op::I32Eqz, d);
        else cond = b_.binary(w ? Op::I64Eq : Op::I32Eq, d, w ? b_.i64(int64_t(t.values[i])) : b_.i32(int32_t(uint32_t(t.values[i]))));
        std::vector<ExprId> thenKids;
        doBranch(x, t.targets[i], thenKids);
        std::vector<ExprId>& elseKids = elses[i];
        if (i + 1 == t.values.size()) doBranch(x, t.targets.back(), elseKids);
        uint32_t tl = b_.newLabel();
        ExprId thenB = b_.block(tl, ValType::None, thenKids);
        pending.push_back({cur, cond, thenB, i});
        cur = &elseKids;
      }
      // Build the if-chain from the innermost else outwards.
      for (size_t i = pending.size(); i-- > 0;) {
        auto& pend = pending[i];
        uint32_t el = b_.newLabel();
        ExprId elseB = b_.block(el, ValType::None, elses[pend.index]);
        ExprId ifE = b_.ifElse(ValType::None, pend.cond, pend.thenBlock, elseB);
        pend.list->push_back(ifE);
      }
      return;
    }
  }
}

}  // namespace

wir::Module lowerProgram(const LowerInput& in, ThinMonoStats* stats) {
  // Imports come first in a module's function index space, and which of the runtime's imports a program
  // needs (wasm.rs: ExternRef's table calls) is known once its reachable code is: a program that reaches
  // one is lowered a second time with them declared.
  ModuleLowering ml(in);
  wir::Module m = ml.run();
  if (!ml.missingRt_.empty()) {
    ModuleLowering again(in);
    again.rtImports_ = ml.missingRt_;
    m = again.run();
    if (stats) *stats = again.stats_;
    return m;
  }
  if (stats) *stats = ml.stats_;
  return m;
}

}  // namespace wr
