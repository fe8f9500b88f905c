// WasmIR Module -> standard WebAssembly text format (`--emit=wat`), flat like wasm2wat: one instruction
// per line, nested blocks indented, `$name` identifiers from the Rust names (sanitized to WAT idchars and
// made unique; unnamed entities are referred to by index). It describes exactly the module writeModule
// produces (same types, order, instructions and branch depths, extra `unreachable`s included), except
// for the name section, which wat2wasm derives from the identifiers. No external tool is involved.
#pragma once
#include <string>

#include "wasmir/wasmir.h"

namespace wr::wasm {

std::string printWat(const wir::Module& m);

}  // namespace wr::wasm
