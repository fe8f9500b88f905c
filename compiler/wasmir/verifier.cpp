// WasmIR verifier. Approach: module-level checks first; then, per function, one recursive pre-order walk
// from the body that (1) checks the tree structure (ids and kid ranges in range, every expression used
// once), (2) keeps the stack of enclosing Block/Loop labels for branch checks, and (3) checks each kind's
// typing rule. Operand checks go through expect(): an operand is acceptable where type T is expected when
// its declared type is T, or when it diverges (analysis.h). Rules: docs/wasmir.md, "Verifier rules".
#include "wasmir/verifier.h"

#include <algorithm>

#include "wasmir/analysis.h"

namespace wr::wir {

namespace {

constexpr size_t kMaxErrorsPerFunction = 50;
constexpr uint32_t kMaxDepth = 20000;

std::string quote(const std::string& s) { return "'" + s + "'"; }

class FunctionVerifier {
 public:
  FunctionVerifier(const Module& m, size_t defIndex, std::vector<std::string>& errs)
      : m_(m), f_(m.functions[defIndex]), errs_(errs),
        prefix_("function " + quote(f_.name) + " (func " + std::to_string(m.imports.size() + defIndex) +
                "): ") {}

  void run() {
    checkSignature();
    if (!f_.body.valid() || f_.body.v >= f_.exprs.size()) {
      error("body is not a valid expression id");
      return;
    }
    div_ = computeDivergence(f_);
    visited_.assign(f_.exprs.size(), 0);
    visit(f_.body, 0);
    const Expr& body = f_.exprs[f_.body.v];
    if (body.type != f_.type.result && !div_[f_.body.v])
      error("body " + describe(f_.body) + " has type " + valTypeName(body.type) + ", but the function returns " +
            valTypeName(f_.type.result));
    std::sort(definedLabels_.begin(), definedLabels_.end());
    for (size_t i = 1; i < definedLabels_.size(); ++i)
      if (definedLabels_[i] == definedLabels_[i - 1] && (i < 2 || definedLabels_[i - 2] != definedLabels_[i]))
        error("label $L" + std::to_string(definedLabels_[i]) + " is defined more than once");
    if (truncated_) errs_.push_back(prefix_ + "(further errors in this function not shown)");
  }

 private:
  struct LabelFrame {
    uint32_t label;
    ValType branchType;  // the type a branch to it carries (None for loops)
  };

  void error(const std::string& msg) {
    if (count_ >= kMaxErrorsPerFunction) {
      truncated_ = true;
      return;
    }
    ++count_;
    errs_.push_back(prefix_ + msg);
  }

  void checkSignature() {
    for (size_t i = 0; i < f_.type.params.size(); ++i)
      if (f_.type.params[i] == ValType::None) error("param " + std::to_string(i) + " has type none");
    for (size_t i = 0; i < f_.locals.size(); ++i)
      if (f_.locals[i] == ValType::None)
        error("local " + std::to_string(f_.type.params.size() + i) + " has type none");
    if (f_.localNames.size() > f_.numLocalsTotal())
      error("localNames has " + std::to_string(f_.localNames.size()) + " entries for " +
            std::to_string(f_.numLocalsTotal()) + " locals");
  }

  // "expr 12 `i32.add`": the id and a short head of the expression.
  std::string describe(ExprId id) const {
    if (!id.valid() || id.v >= f_.exprs.size()) return "expr <invalid id>";
    const Expr& e = f_.exprs[id.v];
    std::string s = "expr " + std::to_string(id.v) + " `";
    switch (e.kind) {
      case ExprKind::Load:
      case ExprKind::Store:
      case ExprKind::Unary:
      case ExprKind::Binary: s += e.op == Op::None ? std::string(exprKindName(e.kind)) : opInfo(e.op).text; break;
      case ExprKind::Const: s += std::string(valTypeName(e.type)) + ".const"; break;
      case ExprKind::LocalGet:
      case ExprKind::LocalSet:
      case ExprKind::LocalTee: s += std::string(exprKindName(e.kind)) + " " + localName(e.a); break;
      case ExprKind::GlobalGet:
      case ExprKind::GlobalSet: s += std::string(exprKindName(e.kind)) + " " + std::to_string(e.a); break;
      case ExprKind::Call:
        s += "call " + (e.a < m_.numFunctions() ? m_.funcName(e.a) : std::to_string(e.a));
        break;
      case ExprKind::Block:
      case ExprKind::Loop:
      case ExprKind::Br:
      case ExprKind::BrIf: s += std::string(exprKindName(e.kind)) + " $L" + std::to_string(e.a); break;
      default: s += exprKindName(e.kind); break;
    }
    return s + "`";
  }

  std::string localName(uint32_t i) const {
    if (i < f_.localNames.size() && !f_.localNames[i].empty()) return "$" + f_.localNames[i];
    return "$" + std::to_string(i);
  }

  const Expr& at(ExprId id) const { return f_.exprs[id.v]; }
  bool usable(ExprId id) const { return id.valid() && id.v < f_.exprs.size(); }
  ExprId kid(const Expr& e, uint32_t i) const { return f_.kids[e.firstKid + i]; }

  // The operand rule: kid i of id must have type t (None: must leave nothing), unless it diverges.
  void expect(ExprId id, uint32_t i, ValType t, const char* what = "operand") {
    const Expr& e = at(id);
    if (i >= e.numKids) return;
    ExprId k = kid(e, i);
    if (!usable(k)) return;  // reported by the structure check
    const Expr& ke = at(k);
    if (ke.type == t || div_[k.v]) return;
    std::string where = describe(id) + ": " + what + " " + std::to_string(i) + " " + describe(k);
    if (t == ValType::None)
      error(where + " leaves a value of type " + valTypeName(ke.type) + " where none is expected (drop it)");
    else
      error(where + " has type " + valTypeName(ke.type) + ", expected " + valTypeName(t));
  }

  bool numKidsIs(ExprId id, uint32_t n) {
    if (at(id).numKids == n) return true;
    error(describe(id) + " has " + std::to_string(at(id).numKids) + " operands, expected " + std::to_string(n));
    return false;
  }

  void typeIs(ExprId id, ValType t) {
    if (at(id).type != t)
      error(describe(id) + " has type " + valTypeName(at(id).type) + ", expected " + valTypeName(t));
  }

  const LabelFrame* findLabel(uint32_t label) const {
    for (size_t i = labels_.size(); i-- > 0;)
      if (labels_[i].label == label) return &labels_[i];
    return nullptr;
  }

  const LabelFrame* target(ExprId id, uint32_t label) {
    const LabelFrame* fr = findLabel(label);
    if (!fr)
      error(describe(id) + ": branch target $L" + std::to_string(label) +
            " is not an enclosing block, loop or if arm");
    return fr;
  }

  void checkLocal(ExprId id, uint32_t index) {
    if (index >= f_.numLocalsTotal())
      error(describe(id) + ": local index " + std::to_string(index) + " out of range (function has " +
            std::to_string(f_.numLocalsTotal()) + " locals)");
  }

  void checkAlign(ExprId id) {
    const Expr& e = at(id);
    uint32_t bytes = opMemBytes(e.op);
    if (bytes == 0) return;
    uint32_t natural = bytes == 1 ? 0 : bytes == 2 ? 1 : bytes == 4 ? 2 : 3;
    if (e.b > natural)
      error(describe(id) + ": alignment 2^" + std::to_string(e.b) + " exceeds the natural alignment " +
            std::to_string(bytes));
  }

  // Kids of a Block or Loop: all but the last leave nothing; the last leaves the result.
  void checkSequence(ExprId id) {
    const Expr& e = at(id);
    if (e.numKids == 0) {
      if (e.type != ValType::None) error(describe(id) + " is empty but has result type " + valTypeName(e.type));
      return;
    }
    for (uint32_t i = 0; i + 1 < e.numKids; ++i) expect(id, i, ValType::None, "statement");
    expect(id, e.numKids - 1, e.type, "last expression");
  }

  void visit(ExprId id, uint32_t depth) {
    if (!usable(id)) {
      error("expression id " + std::to_string(int64_t(id.valid() ? id.v : -1)) + " is out of range");
      return;
    }
    if (visited_[id.v]) {
      error(describe(id) + " is used more than once (WasmIR must be a tree)");
      return;
    }
    visited_[id.v] = 1;
    if (depth > kMaxDepth) {
      error(describe(id) + ": nesting deeper than " + std::to_string(kMaxDepth));
      return;
    }
    const Expr& e = at(id);
    if (uint64_t(e.firstKid) + e.numKids > f_.kids.size()) {
      error(describe(id) + ": kid range out of bounds");
      return;
    }
    const bool scope = e.kind == ExprKind::Block || e.kind == ExprKind::Loop;
    if (scope) {
      labels_.push_back({e.a, e.kind == ExprKind::Block ? e.type : ValType::None});
      definedLabels_.push_back(e.a);
    }
    for (uint32_t i = 0; i < e.numKids; ++i) visit(kid(e, i), depth + 1);
    if (scope) labels_.pop_back();
    for (uint32_t i = 0; i < e.numKids; ++i)
      if (!usable(kid(e, i))) return;  // already reported; the rules below would read bad ids
    checkKind(id);
  }

  void checkOp(ExprId id, OpClass want) {
    const Expr& e = at(id);
    if (opClass(e.op) != want)
      error(describe(id) + ": operator " + (e.op == Op::None ? "none" : opInfo(e.op).text) + " is not a " +
            (want == OpClass::Load ? "load" : want == OpClass::Store ? "store" : want == OpClass::Unary ? "unary" : "binary") +
            " operator");
  }

  void checkKind(ExprId id) {
    const Expr& e = at(id);
    const ValType none = ValType::None, i32 = ValType::I32;
    switch (e.kind) {
      case ExprKind::Nop:
      case ExprKind::Unreachable:
        numKidsIs(id, 0);
        typeIs(id, none);
        break;
      case ExprKind::Const:
        numKidsIs(id, 0);
        if (e.type == none) error(describe(id) + " has type none");
        break;
      case ExprKind::LocalGet:
        numKidsIs(id, 0);
        checkLocal(id, e.a);
        if (e.a < f_.numLocalsTotal()) typeIs(id, f_.localType(e.a));
        break;
      case ExprKind::LocalSet:
      case ExprKind::LocalTee:
        checkLocal(id, e.a);
        if (numKidsIs(id, 1) && e.a < f_.numLocalsTotal()) {
          expect(id, 0, f_.localType(e.a));
          typeIs(id, e.kind == ExprKind::LocalTee ? f_.localType(e.a) : none);
        }
        break;
      case ExprKind::GlobalGet:
      case ExprKind::GlobalSet: {
        bool get = e.kind == ExprKind::GlobalGet;
        numKidsIs(id, get ? 0 : 1);
        if (e.a >= m_.globals.size()) {
          error(describe(id) + ": global index " + std::to_string(e.a) + " out of range (module has " +
                std::to_string(m_.globals.size()) + " globals)");
          break;
        }
        const Global& g = m_.globals[e.a];
        if (get) {
          typeIs(id, g.type);
        } else {
          if (!g.mut) error(describe(id) + ": global " + quote(g.name) + " is immutable");
          expect(id, 0, g.type);
          typeIs(id, none);
        }
        break;
      }
      case ExprKind::Load:
        checkOp(id, OpClass::Load);
        if (opClass(e.op) != OpClass::Load) break;
        checkAlign(id);
        if (numKidsIs(id, 1)) expect(id, 0, i32, "address");
        typeIs(id, opInfo(e.op).result);
        break;
      case ExprKind::Store:
        checkOp(id, OpClass::Store);
        if (opClass(e.op) != OpClass::Store) break;
        checkAlign(id);
        if (numKidsIs(id, 2)) {
          expect(id, 0, i32, "address");
          expect(id, 1, opInfo(e.op).operand, "value");
        }
        typeIs(id, none);
        break;
      case ExprKind::Unary:
      case ExprKind::Binary: {
        bool unary = e.kind == ExprKind::Unary;
        checkOp(id, unary ? OpClass::Unary : OpClass::Binary);
        if (opClass(e.op) != (unary ? OpClass::Unary : OpClass::Binary)) break;
        if (numKidsIs(id, unary ? 1 : 2))
          for (uint32_t i = 0; i < e.numKids; ++i) expect(id, i, opInfo(e.op).operand);
        typeIs(id, opInfo(e.op).result);
        break;
      }
      case ExprKind::Select:
        if (e.type == none) error(describe(id) + " has type none");
        if (numKidsIs(id, 3)) {
          expect(id, 0, e.type);
          expect(id, 1, e.type);
          expect(id, 2, i32, "condition");
        }
        break;
      case ExprKind::Call: {
        if (e.a >= m_.numFunctions()) {
          error(describe(id) + ": function index " + std::to_string(e.a) + " out of range (module has " +
                std::to_string(m_.numFunctions()) + " functions)");
          break;
        }
        const FuncType& t = m_.funcType(e.a);
        if (e.numKids != t.params.size()) {
          error(describe(id) + " passes " + std::to_string(e.numKids) + " arguments, " + quote(m_.funcName(e.a)) +
                " takes " + std::to_string(t.params.size()));
        } else {
          for (uint32_t i = 0; i < e.numKids; ++i) expect(id, i, t.params[i], "argument");
        }
        typeIs(id, t.result);
        break;
      }
      case ExprKind::Block:
      case ExprKind::Loop: checkSequence(id); break;
      case ExprKind::If:
        if (e.numKids != 2 && e.numKids != 3) {
          error(describe(id) + " has " + std::to_string(e.numKids) + " operands, expected 2 or 3");
          break;
        }
        expect(id, 0, i32, "condition");
        expect(id, 1, e.type, "arm");
        if (e.numKids == 3) expect(id, 2, e.type, "arm");
        else if (e.type != none) error(describe(id) + " has result type " + valTypeName(e.type) + " but no else arm");
        break;
      case ExprKind::Br: {
        typeIs(id, none);
        const LabelFrame* fr = target(id, e.a);
        if (!fr) break;
        if (numKidsIs(id, fr->branchType == none ? 0 : 1) && fr->branchType != none) expect(id, 0, fr->branchType, "value");
        break;
      }
      case ExprKind::BrIf: {
        const LabelFrame* fr = target(id, e.a);
        if (!fr) break;
        ValType t = fr->branchType;
        if (!numKidsIs(id, t == none ? 1 : 2)) break;
        if (t != none) expect(id, 0, t, "value");
        expect(id, e.numKids - 1, i32, "condition");
        typeIs(id, t);
        break;
      }
      case ExprKind::BrTable: {
        typeIs(id, none);
        uint64_t end = uint64_t(e.b) + e.imm;
        if (end > f_.labelLists.size()) {
          error(describe(id) + ": label list [" + std::to_string(e.b) + ", " + std::to_string(end) +
                ") is outside labelLists (size " + std::to_string(f_.labelLists.size()) + ")");
          break;
        }
        const LabelFrame* def = target(id, e.a);
        bool ok = def != nullptr;
        for (uint64_t i = e.b; i < end; ++i) {
          const LabelFrame* fr = target(id, f_.labelLists[size_t(i)]);
          if (!fr) {
            ok = false;
          } else if (def && fr->branchType != def->branchType) {
            error(describe(id) + ": target $L" + std::to_string(fr->label) + " takes " + valTypeName(fr->branchType) +
                  " but the default $L" + std::to_string(def->label) + " takes " + valTypeName(def->branchType));
            ok = false;
          }
        }
        if (!ok) break;
        ValType t = def->branchType;
        if (!numKidsIs(id, t == none ? 1 : 2)) break;
        if (t != none) expect(id, 0, t, "value");
        expect(id, e.numKids - 1, i32, "index");
        break;
      }
      case ExprKind::Return:
        typeIs(id, none);
        if (numKidsIs(id, f_.type.result == none ? 0 : 1) && f_.type.result != none)
          expect(id, 0, f_.type.result, "value");
        break;
      case ExprKind::Drop:
        typeIs(id, none);
        if (numKidsIs(id, 1)) {
          ExprId k = kid(e, 0);
          if (at(k).type == none && !div_[k.v]) error(describe(id) + ": operand " + describe(k) + " leaves no value to drop");
        }
        break;
      case ExprKind::MemoryCopy:
      case ExprKind::MemoryFill:
        typeIs(id, none);
        if (numKidsIs(id, 3))
          for (uint32_t i = 0; i < 3; ++i) expect(id, i, i32);
        break;
      case ExprKind::MemorySize:
        numKidsIs(id, 0);
        typeIs(id, i32);
        break;
      case ExprKind::MemoryGrow:
        typeIs(id, i32);
        if (numKidsIs(id, 1)) expect(id, 0, i32, "delta");
        break;
      case ExprKind::RefOp: {
        if (!m_.refTable) error("a table or reference instruction in a module without a reference table");
        ValType ref = ValType::ExternRef;
        switch (RefOpKind(e.a)) {
          case RefOpKind::TableGet: typeIs(id, ref); if (numKidsIs(id, 1)) expect(id, 0, i32, "index"); break;
          case RefOpKind::TableSet:
            typeIs(id, ValType::None);
            if (numKidsIs(id, 2)) { expect(id, 0, i32, "index"); expect(id, 1, ref, "value"); }
            break;
          case RefOpKind::TableGrow:
            typeIs(id, i32);
            if (numKidsIs(id, 2)) { expect(id, 0, ref, "init"); expect(id, 1, i32, "delta"); }
            break;
          case RefOpKind::TableSize: typeIs(id, i32); numKidsIs(id, 0); break;
          case RefOpKind::RefNull: typeIs(id, ref); numKidsIs(id, 0); break;
          case RefOpKind::RefIsNull: typeIs(id, i32); if (numKidsIs(id, 1)) expect(id, 0, ref, "reference"); break;
          default: error("unknown reference instruction " + std::to_string(e.a));
        }
        break;
      }
      case ExprKind::Atomic: {
        const AtomicInfo* ai = atomicInfo(e.a);
        if (!ai) {
          error("unknown atomic instruction 0xfe " + std::to_string(e.a));
          break;
        }
        typeIs(id, ai->result);
        if (numKidsIs(id, uint32_t(1 + ai->operands.size()))) {
          expect(id, 0, i32, "address");
          for (size_t k = 0; k < ai->operands.size(); ++k) expect(id, uint32_t(k + 1), ai->operands[k], "operand");
        }
        break;
      }
    }
  }

  const Module& m_;
  const Function& f_;
  std::vector<std::string>& errs_;
  std::string prefix_;
  std::vector<uint8_t> div_, visited_;
  std::vector<LabelFrame> labels_;
  std::vector<uint32_t> definedLabels_;
  size_t count_ = 0;
  bool truncated_ = false;
};

void verifyModuleLevel(const Module& m, std::vector<std::string>& errs) {
  constexpr uint32_t kMaxPages = 65536;
  if (m.memoryShared && m.memoryMaxPages == 0) errs.push_back("memory: a shared memory needs a maximum");
  if (m.memoryPages > kMaxPages) errs.push_back("memory: " + std::to_string(m.memoryPages) + " initial pages exceed 65536");
  if (m.memoryMaxPages != 0 && (m.memoryMaxPages < m.memoryPages || m.memoryMaxPages > kMaxPages))
    errs.push_back("memory: maximum " + std::to_string(m.memoryMaxPages) + " pages is below the initial " +
                   std::to_string(m.memoryPages) + " or above 65536");
  for (size_t i = 0; i < m.imports.size(); ++i) {
    const Import& im = m.imports[i];
    for (size_t p = 0; p < im.type.params.size(); ++p)
      if (im.type.params[p] == ValType::None)
        errs.push_back("import " + quote(im.module + "." + im.name) + ": param " + std::to_string(p) + " has type none");
  }
  for (size_t i = 0; i < m.globals.size(); ++i)
    if (m.globals[i].type == ValType::None)
      errs.push_back("global " + quote(m.globals[i].name) + " (global " + std::to_string(i) + ") has type none");
  const uint64_t memBytes = uint64_t(m.memoryPages) * 65536;
  for (size_t i = 0; i < m.data.size(); ++i) {
    const DataSegment& d = m.data[i];
    if (uint64_t(d.offset) + d.bytes.size() > memBytes)
      errs.push_back("data segment " + std::to_string(i) + " [" + std::to_string(d.offset) + ", " +
                     std::to_string(uint64_t(d.offset) + d.bytes.size()) + ") does not fit in the initial memory (" +
                     std::to_string(memBytes) + " bytes)");
  }
  std::vector<std::string> exports;
  if (!m.memoryExportName.empty()) exports.push_back(m.memoryExportName);
  for (const Function& f : m.functions)
    if (!f.exportName.empty()) exports.push_back(f.exportName);
  std::sort(exports.begin(), exports.end());
  for (size_t i = 1; i < exports.size(); ++i)
    if (exports[i] == exports[i - 1] && (i < 2 || exports[i - 2] != exports[i]))
      errs.push_back("export name " + quote(exports[i]) + " is used more than once");
}

}  // namespace

std::vector<std::string> verifyFunction(const Module& m, size_t definedIndex) {
  std::vector<std::string> errs;
  if (definedIndex < m.functions.size()) FunctionVerifier(m, definedIndex, errs).run();
  return errs;
}

std::vector<std::string> verifyModule(const Module& m) {
  std::vector<std::string> errs;
  verifyModuleLevel(m, errs);
  for (size_t i = 0; i < m.functions.size(); ++i) FunctionVerifier(m, i, errs).run();
  return errs;
}

}  // namespace wr::wir
