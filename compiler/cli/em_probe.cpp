// Emscripten build probe: links the whole core into a wasm module and compiles one program, proving the
// core builds and runs under Emscripten 3.1.6 (the browser build reuses this library).
#include <cstdio>

#include "driver/driver.h"

int main() {
  wr::CompileOptions opts;
  wr::CompileResult r = wr::compile("probe.rs", "fn main() { let x = 40 + 2; println!(\"{}\", x); }\n", opts);
  printf("errors=%zu wasm_bytes=%zu\n", r.errors, r.wasm.size());
  return r.ok() && !r.wasm.empty() ? 0 : 1;
}
