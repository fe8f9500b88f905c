// The dev backend: WasmIR Module -> WebAssembly binary. One pass over the module, no optimization; the
// input must pass wir::verifyModule (the writer does not re-check; malformed IR gives an invalid module,
// never a crash on well-formed-but-wrong types). No I/O: the caller writes the bytes where it wants.
//
// Layout: magic, version, then the sections type (function types deduplicated, in first-use order:
// imports, then defined functions), import, function, memory (one, with its maximum if set), global,
// export (functions with an exportName in index order, then the memory under memoryExportName), code,
// data (active segments at i32.const offsets) and the custom "name" section (function names, local
// names, global names: the Rust names, made unique with ".1", ".2" suffixes). All LEB128s are shortest.
// Control flow: branch depths come from label ids; an If arm that is a Block of the If's type, and a
// body that is a Block of the function's result type, are emitted flat (their labels name the if /
// function frame). See docs/wasmir.md, "Unreachable code", for the extra `unreachable`s it emits.
#pragma once
#include <cstdint>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wasm {

std::vector<uint8_t> writeModule(const wir::Module& m);

// The type section's contents for m, for tests and the WAT printer: distinct types in first-use order,
// and for each function index its type index.
struct TypeTable {
  std::vector<wir::FuncType> types;
  std::vector<uint32_t> funcTypeIndex;
};
TypeTable buildTypeTable(const wir::Module& m);

}  // namespace wr::wasm
