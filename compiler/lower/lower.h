// Lowering: MIR -> WasmIR.
//
// Consumes: the MIR bodies of every function reachable from `main` (mir/mir.h) and the Program. Produces:
// a wir::Module (wasmir/wasmir.h): one WasmIR function per MIR body, the runtime intrinsics as WasmIR
// functions, the host imports, globals (stack pointer, output buffer state), string data segments and the
// `_start` export. Structured control flow is rebuilt from each control-flow graph with Ramsey's
// "Beyond Relooper" algorithm (dominator tree + reverse postorder: loops at back-edge targets, blocks
// for merge points), so every reducible graph (all graphs built from Rust source) becomes block/loop/if
// with labelled branches. Memory layout follows docs/wasmir.md; scalars whose address is never taken
// live in wasm locals, everything else in a shadow-stack frame.
#pragma once
#include <functional>
#include <vector>

#include "check/program.h"
#include "mir/mir.h"
#include "wasmir/wasmir.h"

namespace wr {

struct LowerInput {
  Program* program;
  FnId main;  // invalid in a test build without `main`: no `_start` then
  // Extra exports (a test build's tests): each calls its function, then flushes the output.
  std::vector<std::pair<std::string, FnId>> exports;
  // Builds (on demand) the MIR body of a function instance (generic arguments `substs`); called once per
  // reachable instance.
  std::function<mir::Body(FnId, const std::vector<TyId>&)> buildBody;
};

wir::Module lowerProgram(const LowerInput& in);

}  // namespace wr
