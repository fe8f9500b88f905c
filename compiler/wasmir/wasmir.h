// WasmIR: WasmRust's typed, structured intermediate representation.
//
// Consumes: nothing (it is a data structure). Produced by lower/ (lower_function.cpp turns each MIR
// control-flow graph back into structured control flow and emits WasmIR). Consumed by wasm/ (the dev
// backend: binary_writer.h writes wasm bytes, wat_printer.h prints WAT), by wasmir/printer.h (the
// `--emit=wasmir` text) and wasmir/verifier.h; later by the release backend (WasmIR -> LLVM IR).
//
// Shape: a Module holds imports, functions, globals, one linear memory and data segments. A function body
// is a tree of expressions (like Binaryen IR): each Expr has a kind (wasmir.def), a result type, an
// operator for numeric kinds (ops.def, exactly wasm's numeric instructions) and children. Expressions of a
// function live in that function's arena and are referred to by 32-bit ExprIds; child lists live in a
// second vector (Function::kids). Branches name their target by a label id (unique in the function), not
// by depth: the backends compute depths. See docs/wasmir.md for the semantics, memory model and text form.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace wr::wir {

enum class ValType : uint8_t { None, I32, I64, F32, F64, ExternRef };
const char* valTypeName(ValType t);  // "i32", ... ("none" for None)

enum class ExprKind : uint8_t {
#define WIR_EXPR(Name, Text) Name,
#include "wasmir.def"
};
const char* exprKindName(ExprKind k);

enum class Op : uint16_t {
  None,
#define WIR_OP(Name, Text, Opcode, Result, Operand) Name,
#include "ops.def"
};
struct OpInfo {
  const char* text;     // wasm text name, e.g. "i32.add"
  uint16_t opcode;      // one-byte opcode, or 0x100 + sub-opcode for the 0xfc prefix
  ValType result;       // result type (None for stores)
  ValType operand;      // type of the (value) operands
};
const OpInfo& opInfo(Op op);

// RefOp (reference types; the table is the module's one externref table, Module::refTable):
//   TableGet (kids: index) -> externref; TableSet (index, value); TableGrow (init value, delta) -> i32 (old
//   size or -1); TableSize -> i32; RefNull -> externref (null); RefIsNull (value) -> i32
enum class RefOpKind : uint32_t { TableGet, TableSet, TableGrow, TableSize, RefNull, RefIsNull };

// The threads proposal's instructions WasmIR has (behind the 0xfe prefix; always naturally aligned, offset
// 0): `sub` is the sub-opcode, `operands` the value types after the address.
struct AtomicInfo {
  uint32_t sub;
  const char* text;
  ValType result;
  std::vector<ValType> operands;
  uint32_t alignLog2;
};
const AtomicInfo* atomicInfo(uint32_t sub);
const char* refOpText(RefOpKind k);  // "table.get 0", "ref.null extern", ...  // nullptr for one WasmIR does not have
// Added with wasmir.cpp: which expression kind an operator belongs to, derived from its opcode.
enum class OpClass : uint8_t { None, Load, Store, Unary, Binary };
OpClass opClass(Op op);   // Load/Store ops go in Load/Store exprs; Unary (incl. eqz, conversions) / Binary (incl. compares)
uint32_t opMemBytes(Op op);  // bytes accessed by a Load/Store op (1, 2, 4, 8); 0 for other ops

struct ExprId {
  uint32_t v = UINT32_MAX;
  bool valid() const { return v != UINT32_MAX; }
  friend bool operator==(ExprId, ExprId) = default;
};

// Payload use per kind is listed in wasmir.def.
struct Expr {
  ExprKind kind = ExprKind::Nop;
  ValType type = ValType::None;  // the value this expression leaves (None: nothing)
  Op op = Op::None;
  uint32_t a = 0, b = 0;
  uint64_t imm = 0;              // Const: value bits
  uint32_t firstKid = 0, numKids = 0;
};

struct FuncType {
  std::vector<ValType> params;
  ValType result = ValType::None;  // at most one result
  friend bool operator==(const FuncType&, const FuncType&) = default;
};

struct Import {
  std::string module, name;  // e.g. "wr", "write"
  FuncType type;
};

struct Function {
  std::string name;               // Rust path of the function, e.g. "main", "Point::new" (name section)
  FuncType type;
  std::vector<ValType> locals;    // locals after the params
  std::vector<std::string> localNames;  // params then locals; may be shorter (unnamed)
  ExprId body;                    // a Block whose result type is type.result
  std::vector<Expr> exprs;
  std::vector<ExprId> kids;
  std::vector<uint32_t> labelLists;  // BrTable targets
  std::string exportName;         // empty: not exported

  // --- construction helpers (used by lower/) ---
  ExprId add(Expr e, const std::vector<ExprId>& children = {});
  const Expr& at(ExprId id) const { return exprs[id.v]; }
  Expr& at(ExprId id) { return exprs[id.v]; }
  ExprId kid(ExprId id, uint32_t i) const { return kids[exprs[id.v].firstKid + i]; }
  ValType localType(uint32_t index) const {
    return index < type.params.size() ? type.params[index] : locals[index - type.params.size()];
  }
  uint32_t numLocalsTotal() const { return uint32_t(type.params.size() + locals.size()); }
  // Added: BrTable payload. a = default label; labelLists[b, b + imm) = the targets for index 0, 1, ...;
  // kids = [index] or [value, index] (like BrIf). addBrTable appends the labels and sets all of that.
  ExprId addBrTable(const std::vector<uint32_t>& labels, uint32_t defaultLabel, ExprId index,
                    ExprId value = ExprId{});
  uint32_t brTableSize(ExprId id) const { return uint32_t(exprs[id.v].imm); }
  uint32_t brTableLabel(ExprId id, uint32_t i) const { return labelLists[exprs[id.v].b + i]; }
};

struct Global {
  std::string name;
  ValType type = ValType::I32;
  bool mut = true;
  uint64_t init = 0;  // value bits
};

struct DataSegment {
  uint32_t offset = 0;  // absolute address in memory 0
  std::vector<uint8_t> bytes;
};

struct Module {
  std::vector<Import> imports;       // function imports; function index i < imports.size() is an import
  std::vector<Function> functions;   // function index = imports.size() + position
  std::vector<Global> globals;
  std::vector<DataSegment> data;
  uint32_t memoryPages = 1;          // initial pages (64 KiB each)
  uint32_t memoryMaxPages = 0;       // 0: no maximum
  std::string memoryExportName = "memory";  // empty: not exported
  // A threads build (--threads): the memory is shared (it needs a maximum) and imported as env.memory, so
  // every instance of the module (one per thread) gets the same one from its host.
  bool memoryShared = false;
  // Reference types: one table of externref (table 0, initial refTableMin entries, no maximum), where
  // the program keeps the host values its wasm::ExternRef handles name (docs/wasm_crate.md).
  bool refTable = false;
  uint32_t refTableMin = 1;
  // Custom sections written after the name section: (name, bytes). A test build describes its tests in
  // "wasmrust.tests" (JSON).
  std::vector<std::pair<std::string, std::string>> customSections;
  // Functions reachable from the start: the host calls the export named "_start".

  uint32_t numFunctions() const { return uint32_t(imports.size() + functions.size()); }
  const FuncType& funcType(uint32_t index) const {
    return index < imports.size() ? imports[index].type : functions[index - imports.size()].type;
  }
  const std::string& funcName(uint32_t index) const {
    return index < imports.size() ? imports[index].name : functions[index - imports.size()].name;
  }
};

}  // namespace wr::wir
