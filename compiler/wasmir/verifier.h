// The WasmIR verifier: checks that a Module is well formed and well typed, so that the backends can
// trust it (they do not re-check). The lowering runs it after building each module in debug builds and
// in the tests; `--verify-wasmir` style flags can run it always. The rules are in docs/wasmir.md,
// "Verifier rules"; dead code after a diverging expression follows "Unreachable code" there.
#pragma once
#include <string>
#include <vector>

#include "wasmir/wasmir.h"

namespace wr::wir {

// Every problem found, as one message each, in a deterministic order (module-level checks, then the
// functions in order, each in tree pre-order). Empty = OK. Messages name the function and the expression:
//   function 'factorial' (func 3): expr 12 `i32.add`: operand 1 `local.get $x` has type i64, expected i32
// At most 50 messages are reported per function.
std::vector<std::string> verifyModule(const Module& m);

// Only the checks of one defined function (index into m.functions).
std::vector<std::string> verifyFunction(const Module& m, size_t definedIndex);

}  // namespace wr::wir
