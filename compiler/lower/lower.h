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
  // Thin monomorphization: instances of one generic function whose MIR is the same once types are
  // reduced to what lowering sees of them (layouts; exact types where code depends on them: arithmetic,
  // casts, constants, trait objects) are one wasm function, decided before lowering them.
  bool thinMono = true;
  bool verifyThinMono = false;
  bool threads = false;
  // Reference types (the default): wasm::ExternRef handles name slots of the module's own externref
  // table, and boundary functions pass host values as externref; off (--no-reference-types): slots of
  // the JS runtime's handle table, passed as (slot, generation) in memory (docs/wasm_crate.md).
  bool referenceTypes = true;         // --threads: shared memory imported as env.memory (docs/wasm_crate.md)  // lower every merged instance too and check it is the same WasmIR
};

// What thin monomorphization did (filled by lowerProgram).
struct ThinMonoStats {
  uint32_t instances = 0;  // instances of generic functions requested
  uint32_t merged = 0;     // of them, the ones that reuse another instance's function
  std::vector<std::string> mismatches;  // verifyThinMono: merged instances that lowered differently (a bug)
};

wir::Module lowerProgram(const LowerInput& in, ThinMonoStats* stats = nullptr);

}  // namespace wr
