// WasmIR -> wasm binary (binary_writer.h). Approach: one output vector reserved up front from a size
// estimate; every size prefix (sections, function bodies, name subsections) is written as a 5-byte
// placeholder and patched after its contents, moving the contents left when the shortest LEB128 is
// shorter (memmove of already-written bytes, no reallocation). Expressions are emitted by a recursive
// post-order walk (operands, then the opcode), with a stack of label frames for branch depths.
#include "wasm/binary_writer.h"

#include <cstring>
#include <optional>
#include <string>

#include "wasm/leb128.h"
#include "wasm/names.h"
#include "wasm/opcodes.h"
#include "wasmir/analysis.h"

namespace wr::wasm {

using wir::ExprId;
using wir::ExprKind;
using wir::ValType;

TypeTable buildTypeTable(const wir::Module& m) {
  TypeTable t;
  t.funcTypeIndex.reserve(m.numFunctions());
  for (uint32_t i = 0; i < m.numFunctions(); ++i) {
    const wir::FuncType& ft = m.funcType(i);
    uint32_t idx = 0;
    while (idx < t.types.size() && !(t.types[idx] == ft)) ++idx;
    if (idx == t.types.size()) t.types.push_back(ft);
    t.funcTypeIndex.push_back(idx);
  }
  return t;
}

namespace {

uint8_t valTypeByte(ValType t) {
  switch (t) {
    case ValType::I32: return uint8_t(TypeCode::I32);
    case ValType::I64: return uint8_t(TypeCode::I64);
    case ValType::F32: return uint8_t(TypeCode::F32);
    case ValType::F64: return uint8_t(TypeCode::F64);
    case ValType::ExternRef: return uint8_t(TypeCode::ExternRef);
    case ValType::None: break;
  }
  return uint8_t(TypeCode::EmptyBlock);
}

class Writer {
 public:
  Writer(const wir::Module& m, std::vector<uint8_t>& out) : m_(m), out_(out) {}

  void run() {
    out_.reserve(estimateSize());
    static const uint8_t header[8] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    out_.insert(out_.end(), header, header + 8);
    types_ = buildTypeTable(m_);
    typeSection();
    importSection();
    functionSection();
    tableSection();
    memorySection();
    globalSection();
    exportSection();
    codeSection();
    dataSection();
    nameSection();
    for (auto& [cname, bytes] : m_.customSections) {
      size_t cs = beginSection(SectionId::Custom);
      name(cname);
      for (char c : bytes) byte(uint8_t(c));
      end(cs);
    }
  }

 private:
  size_t estimateSize() const {
    size_t n = 256 + 16 * m_.imports.size() + 16 * m_.globals.size();
    for (const wir::Function& f : m_.functions)
      n += 32 + 3 * f.exprs.size() + f.name.size() + f.exportName.size() + 8 * f.localNames.size();
    for (const wir::DataSegment& d : m_.data) n += 16 + d.bytes.size();
    return n;
  }

  void byte(uint8_t b) { out_.push_back(b); }
  void op(Opcode o) { out_.push_back(uint8_t(o)); }
  void u32(uint32_t v) { writeULEB(out_, v); }
  void name(const std::string& s) {
    u32(uint32_t(s.size()));
    out_.insert(out_.end(), s.begin(), s.end());
  }

  // A size-prefixed region: begin() reserves 5 bytes, end() patches in the shortest LEB128 of the size.
  size_t begin() {
    size_t mark = out_.size();
    out_.resize(mark + 5);
    return mark;
  }
  void end(size_t mark) {
    size_t start = mark + 5;
    uint32_t size = uint32_t(out_.size() - start);
    uint32_t len = ulebSize(size);
    uint8_t* p = out_.data() + mark;
    for (uint32_t i = 0; i < len; ++i) {
      uint8_t b = size & 0x7f;
      size >>= 7;
      p[i] = uint8_t(b | (i + 1 < len ? 0x80 : 0));
    }
    if (len < 5) {
      std::memmove(p + len, p + 5, out_.size() - start);
      out_.resize(out_.size() - (5 - len));
    }
  }
  size_t beginSection(SectionId id) {
    byte(uint8_t(id));
    return begin();
  }

  void typeSection() {
    if (types_.types.empty()) return;
    size_t s = beginSection(SectionId::Type);
    u32(uint32_t(types_.types.size()));
    for (const wir::FuncType& t : types_.types) {
      byte(uint8_t(TypeCode::Func));
      u32(uint32_t(t.params.size()));
      for (ValType p : t.params) byte(valTypeByte(p));
      if (t.result == ValType::None) {
        u32(0);
      } else {
        u32(1);
        byte(valTypeByte(t.result));
      }
    }
    end(s);
  }

  void importSection() {
    if (m_.imports.empty() && !m_.memoryShared) return;
    size_t s = beginSection(SectionId::Import);
    u32(uint32_t(m_.imports.size() + (m_.memoryShared ? 1 : 0)));
    if (m_.memoryShared) {  // (import "env" "memory" (memory min max shared))
      name("env");
      name("memory");
      byte(0x02);
      byte(0x03);
      u32(m_.memoryPages);
      u32(m_.memoryMaxPages);
    }
    for (size_t i = 0; i < m_.imports.size(); ++i) {
      name(m_.imports[i].module);
      name(m_.imports[i].name);
      byte(0x00);  // function import
      u32(types_.funcTypeIndex[i]);
    }
    end(s);
  }

  void functionSection() {
    if (m_.functions.empty()) return;
    size_t s = beginSection(SectionId::Function);
    u32(uint32_t(m_.functions.size()));
    for (size_t i = 0; i < m_.functions.size(); ++i) u32(types_.funcTypeIndex[m_.imports.size() + i]);
    end(s);
  }

  void tableSection() {
    if (!m_.refTable) return;
    size_t s = beginSection(SectionId::Table);
    u32(1);
    byte(uint8_t(TypeCode::ExternRef));
    byte(0x00);  // no maximum
    u32(m_.refTableMin);
    end(s);
  }

  void memorySection() {
    if (m_.memoryShared) return;  // imported
    size_t s = beginSection(SectionId::Memory);
    u32(1);
    if (m_.memoryMaxPages != 0) {
      byte(0x01);
      u32(m_.memoryPages);
      u32(m_.memoryMaxPages);
    } else {
      byte(0x00);
      u32(m_.memoryPages);
    }
    end(s);
  }

  void constant(ValType t, uint64_t bits) {
    switch (t) {
      case ValType::I32:
        op(Opcode::I32Const);
        writeSLEB(out_, int32_t(uint32_t(bits)));
        break;
      case ValType::I64:
        op(Opcode::I64Const);
        writeSLEB(out_, int64_t(bits));
        break;
      case ValType::F32:
        op(Opcode::F32Const);
        for (int i = 0; i < 4; ++i) byte(uint8_t(bits >> (8 * i)));
        break;
      case ValType::F64:
        op(Opcode::F64Const);
        for (int i = 0; i < 8; ++i) byte(uint8_t(bits >> (8 * i)));
        break;
      case ValType::ExternRef:  // (a global's init: ref.null extern)
        byte(0xd0);
        byte(0x6f);
        break;
      case ValType::None: break;
    }
  }

  void globalSection() {
    if (m_.globals.empty()) return;
    size_t s = beginSection(SectionId::Global);
    u32(uint32_t(m_.globals.size()));
    for (const wir::Global& g : m_.globals) {
      byte(valTypeByte(g.type));
      byte(g.mut ? 1 : 0);
      constant(g.type, g.init);
      op(Opcode::End);
    }
    end(s);
  }

  void exportSection() {
    uint32_t n = m_.memoryExportName.empty() ? 0 : 1;
    for (const wir::Function& f : m_.functions) n += f.exportName.empty() ? 0 : 1;
    if (n == 0) return;
    size_t s = beginSection(SectionId::Export);
    u32(n);
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      if (m_.functions[i].exportName.empty()) continue;
      name(m_.functions[i].exportName);
      byte(0x00);  // func
      u32(uint32_t(m_.imports.size() + i));
    }
    if (!m_.memoryExportName.empty()) {
      name(m_.memoryExportName);
      byte(0x02);  // memory
      u32(0);
    }
    end(s);
  }

  void codeSection() {
    if (m_.functions.empty()) return;
    size_t s = beginSection(SectionId::Code);
    u32(uint32_t(m_.functions.size()));
    for (const wir::Function& f : m_.functions) functionBody(f);
    end(s);
  }

  void dataSection() {
    if (m_.data.empty()) return;
    size_t s = beginSection(SectionId::Data);
    u32(uint32_t(m_.data.size()));
    for (const wir::DataSegment& d : m_.data) {
      byte(0x00);  // active, memory 0
      constant(ValType::I32, d.offset);
      op(Opcode::End);
      u32(uint32_t(d.bytes.size()));
      out_.insert(out_.end(), d.bytes.begin(), d.bytes.end());
    }
    end(s);
  }

  void nameMap(const std::vector<std::string>& names) {
    uint32_t n = 0;
    for (const std::string& s : names) n += s.empty() ? 0 : 1;
    u32(n);
    for (size_t i = 0; i < names.size(); ++i)
      if (!names[i].empty()) {
        u32(uint32_t(i));
        name(names[i]);
      }
  }

  void nameSection() {
    std::vector<std::string> funcs = uniqueNames(rawFunctionNames(m_));
    bool anyFunc = false;
    for (const std::string& s : funcs) anyFunc = anyFunc || !s.empty();
    bool anyLocal = false;
    for (const wir::Function& f : m_.functions)
      for (const std::string& s : f.localNames) anyLocal = anyLocal || !s.empty();
    bool anyGlobal = false;
    for (const wir::Global& g : m_.globals) anyGlobal = anyGlobal || !g.name.empty();
    if (!anyFunc && !anyLocal && !anyGlobal) return;

    size_t s = beginSection(SectionId::Custom);
    name("name");
    if (anyFunc) {
      byte(uint8_t(NameSubsection::Function));
      size_t sub = begin();
      nameMap(funcs);
      end(sub);
    }
    if (anyLocal) {
      byte(uint8_t(NameSubsection::Local));
      size_t sub = begin();
      uint32_t n = 0;
      for (const wir::Function& f : m_.functions) {
        bool any = false;
        for (const std::string& x : f.localNames) any = any || !x.empty();
        n += any ? 1 : 0;
      }
      u32(n);
      for (size_t i = 0; i < m_.functions.size(); ++i) {
        const wir::Function& f = m_.functions[i];
        bool any = false;
        for (const std::string& x : f.localNames) any = any || !x.empty();
        if (!any) continue;
        u32(uint32_t(m_.imports.size() + i));
        nameMap(uniqueNames(rawLocalNames(f)));
      }
      end(sub);
    }
    if (anyGlobal) {
      byte(uint8_t(NameSubsection::Global));
      size_t sub = begin();
      std::vector<std::string> globals;
      for (const wir::Global& g : m_.globals) globals.push_back(g.name);
      nameMap(uniqueNames(std::move(globals)));
      end(sub);
    }
    end(s);
  }

  // ---- function bodies ----------------------------------------------------------------------------

  struct Frame {
    uint32_t label;
    bool hasLabel;
  };

  void functionBody(const wir::Function& f) {
    f_ = &f;
    div_ = wir::computeDivergence(f);
    frames_.clear();
    size_t s = begin();
    // locals, run-length encoded
    uint32_t runs = 0;
    for (size_t i = 0; i < f.locals.size(); ++i)
      if (i == 0 || f.locals[i] != f.locals[i - 1]) ++runs;
    u32(runs);
    for (size_t i = 0; i < f.locals.size();) {
      size_t j = i;
      while (j < f.locals.size() && f.locals[j] == f.locals[i]) ++j;
      u32(uint32_t(j - i));
      byte(valTypeByte(f.locals[i]));
      i = j;
    }
    if (f.body.valid() && f.body.v < f.exprs.size()) {
      const wir::Expr& b = f.at(f.body);
      if (b.kind == ExprKind::Block && b.type == f.type.result) {
        frames_.push_back({b.a, true});
        sequence(b);
        frames_.pop_back();
      } else {
        frames_.push_back({0, false});
        expr(f.body, f.type.result);
        frames_.pop_back();
      }
    }
    op(Opcode::End);
    end(s);
  }

  uint32_t depth(uint32_t label) const {
    for (size_t i = frames_.size(); i-- > 0;)
      if (frames_[i].hasLabel && frames_[i].label == label) return uint32_t(frames_.size() - 1 - i);
    return 0;  // not reached for verified IR
  }

  void blockType(ValType t) { byte(valTypeByte(t)); }

  // Operands: emitted in order; their expected type is left open (see needsTrailingUnreachable).
  void kidsOf(const wir::Expr& e) {
    for (uint32_t i = 0; i < e.numKids; ++i) expr(f_->kids[e.firstKid + i], std::nullopt);
  }
  // The kids of a Block/Loop: none expected from all but the last, e.type from the last.
  void sequence(const wir::Expr& e) {
    for (uint32_t i = 0; i < e.numKids; ++i)
      expr(f_->kids[e.firstKid + i], i + 1 < e.numKids ? ValType::None : e.type);
  }

  // An If arm: a Block of the If's type is emitted flat (its label names the if frame).
  void arm(ExprId id, ValType ifType) {
    const wir::Expr& e = f_->at(id);
    if (e.kind == ExprKind::Block && e.type == ifType) {
      frames_.back() = {e.a, true};
      sequence(e);
    } else {
      frames_.back() = {0, false};
      expr(id, ifType);
    }
  }

  void numeric(wir::Op o) {
    uint16_t code = wir::opInfo(o).opcode;
    if (code >= 0x100) {
      op(Opcode::PrefixFC);
      u32(code - 0x100u);
    } else {
      byte(uint8_t(code));
    }
  }

  void expr(ExprId id, std::optional<ValType> expected) {
    const wir::Expr& e = f_->at(id);
    switch (e.kind) {
      case ExprKind::Nop: op(Opcode::Nop); break;
      case ExprKind::Const: constant(e.type, e.imm); break;
      case ExprKind::LocalGet:
        op(Opcode::LocalGet);
        u32(e.a);
        break;
      case ExprKind::LocalSet:
        kidsOf(e);
        op(Opcode::LocalSet);
        u32(e.a);
        break;
      case ExprKind::LocalTee:
        kidsOf(e);
        op(Opcode::LocalTee);
        u32(e.a);
        break;
      case ExprKind::GlobalGet:
        op(Opcode::GlobalGet);
        u32(e.a);
        break;
      case ExprKind::GlobalSet:
        kidsOf(e);
        op(Opcode::GlobalSet);
        u32(e.a);
        break;
      case ExprKind::Load:
      case ExprKind::Store:
        kidsOf(e);
        numeric(e.op);
        u32(e.b);  // align (log2)
        u32(e.a);  // offset
        break;
      case ExprKind::Unary:
      case ExprKind::Binary:
        kidsOf(e);
        numeric(e.op);
        break;
      case ExprKind::Select:
        kidsOf(e);
        op(Opcode::Select);
        break;
      case ExprKind::Call:
        kidsOf(e);
        op(Opcode::Call);
        u32(e.a);
        break;
      case ExprKind::Block:
      case ExprKind::Loop:
        op(e.kind == ExprKind::Block ? Opcode::Block : Opcode::Loop);
        blockType(e.type);
        frames_.push_back({e.a, true});
        sequence(e);
        frames_.pop_back();
        op(Opcode::End);
        break;
      case ExprKind::If:
        expr(f_->kids[e.firstKid], std::nullopt);
        op(Opcode::If);
        blockType(e.type);
        frames_.push_back({0, false});
        arm(f_->kids[e.firstKid + 1], e.type);
        if (e.numKids > 2) {
          op(Opcode::Else);
          arm(f_->kids[e.firstKid + 2], e.type);
        }
        frames_.pop_back();
        op(Opcode::End);
        break;
      case ExprKind::Br:
        kidsOf(e);
        op(Opcode::Br);
        u32(depth(e.a));
        break;
      case ExprKind::BrIf:
        kidsOf(e);
        op(Opcode::BrIf);
        u32(depth(e.a));
        break;
      case ExprKind::BrTable: {
        kidsOf(e);
        op(Opcode::BrTable);
        uint32_t n = uint32_t(e.imm);
        u32(n);
        for (uint32_t i = 0; i < n; ++i) u32(depth(f_->labelLists[e.b + i]));
        u32(depth(e.a));
        break;
      }
      case ExprKind::Return:
        kidsOf(e);
        op(Opcode::Return);
        break;
      case ExprKind::Unreachable: op(Opcode::Unreachable); break;
      case ExprKind::Drop:
        kidsOf(e);
        op(Opcode::Drop);
        break;
      case ExprKind::MemoryCopy:
        kidsOf(e);
        op(Opcode::PrefixFC);
        u32(uint32_t(FcOpcode::MemoryCopy));
        byte(0x00);  // destination memory
        byte(0x00);  // source memory
        break;
      case ExprKind::MemoryFill:
        kidsOf(e);
        op(Opcode::PrefixFC);
        u32(uint32_t(FcOpcode::MemoryFill));
        byte(0x00);
        break;
      case ExprKind::MemorySize:
        op(Opcode::MemorySize);
        byte(0x00);
        break;
      case ExprKind::MemoryGrow:
        kidsOf(e);
        op(Opcode::MemoryGrow);
        byte(0x00);
        break;
      case ExprKind::RefOp:
        kidsOf(e);
        switch (wir::RefOpKind(e.a)) {
          case wir::RefOpKind::TableGet: byte(0x25); u32(0); break;
          case wir::RefOpKind::TableSet: byte(0x26); u32(0); break;
          case wir::RefOpKind::TableGrow: op(Opcode::PrefixFC); u32(15); u32(0); break;
          case wir::RefOpKind::TableSize: op(Opcode::PrefixFC); u32(16); u32(0); break;
          case wir::RefOpKind::RefNull: byte(0xd0); byte(0x6f); break;
          case wir::RefOpKind::RefIsNull: byte(0xd1); break;
        }
        break;
      case ExprKind::Atomic:
        kidsOf(e);
        op(Opcode::PrefixFE);
        u32(e.a);
        u32(wir::atomicInfo(e.a)->alignLog2);
        u32(0);  // offset
        break;
    }
    if (div_[id.v] && wir::needsTrailingUnreachable(*f_, id, div_, expected)) op(Opcode::Unreachable);
  }

  const wir::Module& m_;
  std::vector<uint8_t>& out_;
  TypeTable types_;
  const wir::Function* f_ = nullptr;
  std::vector<uint8_t> div_;
  std::vector<Frame> frames_;
};

}  // namespace

std::vector<uint8_t> writeModule(const wir::Module& m) {
  std::vector<uint8_t> out;
  Writer(m, out).run();
  return out;
}

}  // namespace wr::wasm
