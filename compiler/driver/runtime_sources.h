// The WasmRust runtime (compiler/runtime/*.rs), embedded at build time by scripts/embed_runtime.cmake.
#pragma once
#include <vector>
namespace wr {
struct RuntimeSource {
  const char* name;  // "runtime/fmt.rs"
  const char* text;
};
const std::vector<RuntimeSource>& runtimeSources();
}  // namespace wr
