// The WasmIR text format (`--emit=wasmir`): folded S-expressions close to WAT, but with the Rust names of
// functions and locals, `$L<id>` labels, and the tree structure of WasmIR kept visible. It is for people
// (dumps, golden tests, bug reports); nothing parses it back. Output is deterministic: it depends only on
// the Module. Malformed IR still prints (bad references show as `<bad ...>`), so the printer can be used
// on what the verifier rejects. Specified in docs/wasmir.md, "Text format".
#pragma once
#include <cstdint>
#include <string>

#include "wasmir/wasmir.h"

namespace wr::wir {

std::string printModule(const Module& m);
// One function; m (optional) resolves callee and global names (without it they print as indices).
std::string printFunction(const Function& f, const Module* m = nullptr);

// Float constants in a syntax both the WasmIR text and WAT accept: the shortest decimal that reads back
// to the same bits ("1.5", "1e+100", "-0"), "inf"/"-inf", and "nan:0x<payload>" (sign first) for NaNs.
std::string formatF32(uint32_t bits);
std::string formatF64(uint64_t bits);

}  // namespace wr::wir
