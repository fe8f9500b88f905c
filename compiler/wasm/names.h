// Names the backends give functions, locals and globals: the Rust names from WasmIR, made unique (the
// name section and WAT both want one name per entity), and for WAT also sanitized to its idchars.
#pragma once
#include <string>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wasm {

// Raw names of all functions in index order: imports as "module.name", then the Rust names.
std::vector<std::string> rawFunctionNames(const wir::Module& m);
// Raw names of params then locals (empty where unnamed).
std::vector<std::string> rawLocalNames(const wir::Function& f);

// Makes non-empty names unique in order: a repeat of "x" becomes "x.1" (then "x.2", ...); empty stays empty.
std::vector<std::string> uniqueNames(std::vector<std::string> names);

// WAT identifier text (without "$"): bytes outside WAT's idchars become '_'.
std::string watIdChars(const std::string& raw);
// uniqueNames(watIdChars(each)).
std::vector<std::string> watIds(const std::vector<std::string>& raw);

}  // namespace wr::wasm
