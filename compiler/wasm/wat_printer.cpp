// WasmIR -> WAT (wat_printer.h). Mirrors binary_writer.cpp instruction for instruction: the same walk,
// the same flattening of If arms and function bodies, the same trailing `unreachable`s, so that wat2wasm
// on our text gives our bytes (minus the name section). Fields are printed in the binary's order: types,
// imports, functions, memory, globals, exports, data.
#include "wasm/wat_printer.h"

#include <optional>

#include "wasm/binary_writer.h"
#include "wasm/names.h"
#include "wasmir/analysis.h"
#include "wasmir/printer.h"

namespace wr::wasm {

using wir::ExprId;
using wir::ExprKind;
using wir::ValType;

namespace {

void appendString(std::string& out, const uint8_t* p, size_t n) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < n; ++i) {
    uint8_t c = p[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += char(c);
    } else {
      out += '\\';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  out += '"';
}

void appendString(std::string& out, const std::string& s) {
  appendString(out, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

std::string constText(ValType t, uint64_t bits) {
  switch (t) {
    case ValType::I32: return "i32.const " + std::to_string(int32_t(uint32_t(bits)));
    case ValType::I64: return "i64.const " + std::to_string(int64_t(bits));
    case ValType::F32: return "f32.const " + wir::formatF32(uint32_t(bits));
    case ValType::F64: return "f64.const " + wir::formatF64(bits);
    case ValType::ExternRef: return "ref.null extern";
    case ValType::None: break;
  }
  return "unreachable";
}

std::string resultClause(ValType t) {
  return t == ValType::None ? std::string() : std::string(" (result ") + wir::valTypeName(t) + ")";
}

class WatPrinter {
 public:
  explicit WatPrinter(const wir::Module& m) : m_(m) {}

  std::string run() {
    out_.reserve(4096);
    types_ = buildTypeTable(m_);
    funcIds_ = watIds(rawFunctionNames(m_));
    std::vector<std::string> globals;
    for (const wir::Global& g : m_.globals) globals.push_back(g.name);
    globalIds_ = watIds(globals);

    out_ += "(module";
    for (size_t i = 0; i < types_.types.size(); ++i) {
      const wir::FuncType& t = types_.types[i];
      out_ += "\n  (type (;" + std::to_string(i) + ";) (func";
      if (!t.params.empty()) {
        out_ += " (param";
        for (ValType p : t.params) out_ += std::string(" ") + wir::valTypeName(p);
        out_ += ")";
      }
      out_ += resultClause(t.result) + "))";
    }
    if (m_.memoryShared)
      out_ += "\n  (import \"env\" \"memory\" (memory (;0;) " + std::to_string(m_.memoryPages) + " " + std::to_string(m_.memoryMaxPages) + " shared))";
    for (size_t i = 0; i < m_.imports.size(); ++i) {
      const wir::Import& im = m_.imports[i];
      out_ += "\n  (import ";
      appendString(out_, im.module);
      out_ += ' ';
      appendString(out_, im.name);
      out_ += " (func" + funcDecl(uint32_t(i)) + " (type " + std::to_string(types_.funcTypeIndex[i]) + ")))";
    }
    for (size_t i = 0; i < m_.functions.size(); ++i) function(uint32_t(m_.imports.size() + i), m_.functions[i]);
    if (m_.refTable) out_ += "\n  (table (;0;) " + std::to_string(m_.refTableMin) + " externref)";
    if (!m_.memoryShared) {
      out_ += "\n  (memory (;0;) " + std::to_string(m_.memoryPages);
      if (m_.memoryMaxPages != 0) out_ += " " + std::to_string(m_.memoryMaxPages);
      out_ += ")";
    }
    for (size_t i = 0; i < m_.globals.size(); ++i) {
      const wir::Global& g = m_.globals[i];
      out_ += "\n  (global";
      out_ += globalIds_[i].empty() ? " (;" + std::to_string(i) + ";)" : " $" + globalIds_[i];
      out_ += g.mut ? std::string(" (mut ") + wir::valTypeName(g.type) + ")" : std::string(" ") + wir::valTypeName(g.type);
      out_ += " (" + constText(g.type, g.init) + "))";
    }
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      if (m_.functions[i].exportName.empty()) continue;
      out_ += "\n  (export ";
      appendString(out_, m_.functions[i].exportName);
      out_ += " (func " + funcRef(uint32_t(m_.imports.size() + i)) + "))";
    }
    if (!m_.memoryExportName.empty()) {
      out_ += "\n  (export ";
      appendString(out_, m_.memoryExportName);
      out_ += " (memory 0))";
    }
    for (size_t i = 0; i < m_.data.size(); ++i) {
      const wir::DataSegment& d = m_.data[i];
      out_ += "\n  (data (;" + std::to_string(i) + ";) (i32.const " + std::to_string(int32_t(d.offset)) + ") ";
      appendString(out_, d.bytes.data(), d.bytes.size());
      out_ += ")";
    }
    out_ += ")\n";
    return std::move(out_);
  }

 private:
  std::string funcDecl(uint32_t index) const {
    return funcIds_[index].empty() ? " (;" + std::to_string(index) + ";)" : " $" + funcIds_[index];
  }
  std::string funcRef(uint32_t index) const {
    return index < funcIds_.size() && !funcIds_[index].empty() ? "$" + funcIds_[index] : std::to_string(index);
  }
  std::string localRef(uint32_t index) const {
    return index < localIds_.size() && !localIds_[index].empty() ? "$" + localIds_[index] : std::to_string(index);
  }
  std::string globalRef(uint32_t index) const {
    return index < globalIds_.size() && !globalIds_[index].empty() ? "$" + globalIds_[index] : std::to_string(index);
  }

  void function(uint32_t index, const wir::Function& f) {
    f_ = &f;
    div_ = wir::computeDivergence(f);
    localIds_ = watIds(rawLocalNames(f));
    frames_.clear();
    out_ += "\n  (func" + funcDecl(index) + " (type " + std::to_string(types_.funcTypeIndex[index]) + ")";
    for (size_t i = 0; i < f.type.params.size(); ++i) {
      out_ += " (param";
      if (!localIds_[i].empty()) out_ += " $" + localIds_[i];
      out_ += std::string(" ") + wir::valTypeName(f.type.params[i]) + ")";
    }
    out_ += resultClause(f.type.result);
    for (size_t i = 0; i < f.locals.size(); ++i) {
      out_ += i == 0 ? "\n    " : " ";
      const std::string& id = localIds_[f.type.params.size() + i];
      out_ += "(local";
      if (!id.empty()) out_ += " $" + id;
      out_ += std::string(" ") + wir::valTypeName(f.locals[i]) + ")";
    }
    indent_ = 4;
    if (f.body.valid() && f.body.v < f.exprs.size()) {
      const wir::Expr& b = f.at(f.body);
      if (b.kind == ExprKind::Block && b.type == f.type.result) {
        frames_.push_back({b.a, true, std::string()});
        sequence(b);
      } else {
        frames_.push_back({0, false, std::string()});
        expr(f.body, f.type.result);
      }
    }
    out_ += ")";
  }

  struct Frame {
    uint32_t label;
    bool hasLabel;
    std::string name;  // WAT label name ("$L3"), empty: refer by depth
  };

  std::string target(uint32_t label) const {
    for (size_t i = frames_.size(); i-- > 0;)
      if (frames_[i].hasLabel && frames_[i].label == label)
        return frames_[i].name.empty() ? std::to_string(frames_.size() - 1 - i) : frames_[i].name;
    return "0";
  }

  void line(const std::string& s) {
    out_ += '\n';
    out_.append(size_t(indent_), ' ');
    out_ += s;
  }

  void kidsOf(const wir::Expr& e) {
    for (uint32_t i = 0; i < e.numKids; ++i) expr(f_->kids[e.firstKid + i], std::nullopt);
  }
  void sequence(const wir::Expr& e) {
    for (uint32_t i = 0; i < e.numKids; ++i)
      expr(f_->kids[e.firstKid + i], i + 1 < e.numKids ? ValType::None : e.type);
  }

  static std::string label(uint32_t l) { return "$L" + std::to_string(l); }

  std::string memarg(const wir::Expr& e) const {
    std::string s = wir::opInfo(e.op).text;
    if (e.a != 0) s += " offset=" + std::to_string(e.a);
    if ((uint64_t(1) << (e.b & 63)) != wir::opMemBytes(e.op)) s += " align=" + std::to_string(uint64_t(1) << (e.b & 63));
    return s;
  }

  bool flatArm(ExprId id, ValType ifType) const {
    const wir::Expr& e = f_->at(id);
    return e.kind == ExprKind::Block && e.type == ifType;
  }

  void arm(ExprId id, ValType ifType) {
    if (flatArm(id, ifType)) {
      const wir::Expr& e = f_->at(id);
      frames_.back().label = e.a;
      frames_.back().hasLabel = true;
      sequence(e);
    } else {
      frames_.back().hasLabel = false;
      expr(id, ifType);
    }
  }

  void expr(ExprId id, std::optional<ValType> expected) {
    const wir::Expr& e = f_->at(id);
    switch (e.kind) {
      case ExprKind::Nop: line("nop"); break;
      case ExprKind::Const: line(constText(e.type, e.imm)); break;
      case ExprKind::LocalGet: line("local.get " + localRef(e.a)); break;
      case ExprKind::LocalSet:
        kidsOf(e);
        line("local.set " + localRef(e.a));
        break;
      case ExprKind::LocalTee:
        kidsOf(e);
        line("local.tee " + localRef(e.a));
        break;
      case ExprKind::GlobalGet: line("global.get " + globalRef(e.a)); break;
      case ExprKind::GlobalSet:
        kidsOf(e);
        line("global.set " + globalRef(e.a));
        break;
      case ExprKind::Load:
      case ExprKind::Store:
        kidsOf(e);
        line(memarg(e));
        break;
      case ExprKind::Unary:
      case ExprKind::Binary:
        kidsOf(e);
        line(wir::opInfo(e.op).text);
        break;
      case ExprKind::Select:
        kidsOf(e);
        line("select");
        break;
      case ExprKind::Call:
        kidsOf(e);
        line("call " + funcRef(e.a));
        break;
      case ExprKind::Block:
      case ExprKind::Loop:
        line(std::string(e.kind == ExprKind::Block ? "block " : "loop ") + label(e.a) + resultClause(e.type));
        frames_.push_back({e.a, true, label(e.a)});
        indent_ += 2;
        sequence(e);
        indent_ -= 2;
        frames_.pop_back();
        line("end");
        break;
      case ExprKind::If: {
        expr(f_->kids[e.firstKid], std::nullopt);
        // The if frame is named after the first arm that is emitted flat (branches to either arm's
        // label then print that one name).
        std::string name;
        for (uint32_t i = 1; i < e.numKids && name.empty(); ++i) {
          ExprId a = f_->kids[e.firstKid + i];
          if (flatArm(a, e.type)) name = label(f_->at(a).a);
        }
        line("if" + (name.empty() ? std::string() : " " + name) + resultClause(e.type));
        frames_.push_back({0, false, name});
        indent_ += 2;
        arm(f_->kids[e.firstKid + 1], e.type);
        if (e.numKids > 2) {
          indent_ -= 2;
          line("else");
          indent_ += 2;
          arm(f_->kids[e.firstKid + 2], e.type);
        }
        indent_ -= 2;
        frames_.pop_back();
        line("end");
        break;
      }
      case ExprKind::Br:
        kidsOf(e);
        line("br " + target(e.a));
        break;
      case ExprKind::BrIf:
        kidsOf(e);
        line("br_if " + target(e.a));
        break;
      case ExprKind::BrTable: {
        kidsOf(e);
        std::string s = "br_table";
        for (uint32_t i = 0; i < uint32_t(e.imm); ++i) s += " " + target(f_->labelLists[e.b + i]);
        line(s + " " + target(e.a));
        break;
      }
      case ExprKind::Return:
        kidsOf(e);
        line("return");
        break;
      case ExprKind::Unreachable: line("unreachable"); break;
      case ExprKind::Drop:
        kidsOf(e);
        line("drop");
        break;
      case ExprKind::MemoryCopy:
        kidsOf(e);
        line("memory.copy");
        break;
      case ExprKind::MemoryFill:
        kidsOf(e);
        line("memory.fill");
        break;
      case ExprKind::MemorySize: line("memory.size"); break;
      case ExprKind::MemoryGrow:
        kidsOf(e);
        line("memory.grow");
        break;
      case ExprKind::Atomic:
        kidsOf(e);
        line(wir::atomicInfo(e.a)->text);
        break;
      case ExprKind::RefOp:
        kidsOf(e);
        line(wir::refOpText(wir::RefOpKind(e.a)));
        break;
    }
    if (div_[id.v] && wir::needsTrailingUnreachable(*f_, id, div_, expected)) line("unreachable");
  }

  const wir::Module& m_;
  std::string out_;
  TypeTable types_;
  std::vector<std::string> funcIds_, globalIds_, localIds_;
  const wir::Function* f_ = nullptr;
  std::vector<uint8_t> div_;
  std::vector<Frame> frames_;
  int indent_ = 4;
};

}  // namespace

std::string printWat(const wir::Module& m) { return WatPrinter(m).run(); }

}  // namespace wr::wasm
