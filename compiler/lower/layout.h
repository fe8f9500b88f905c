// Memory layout of WasmRust types on wasm32 (see docs/wasmir.md, "Memory model").
//
// Consumes: interned types (check/types.h) and ADT definitions. Produces: size/alignment of every type,
// field offsets (structs, tuples, enum variant payloads), the enum tag position, and how a value is
// represented: a wasm scalar (integers, floats, bool, char, thin references), memory (aggregates and
// `&str`, a (ptr, len) pair), or nothing (zero-sized: `()`, `!`, empty tuples/structs).
#pragma once
#include <map>

#include "check/program.h"
#include "wasmir/wasmir.h"

namespace wr {

struct Layout {
  uint32_t size = 0;
  uint32_t align = 1;
};

enum class Repr : uint8_t { None, Scalar, Memory };

class Layouts {
 public:
  explicit Layouts(const Program& p) : p_(p) {}
  Layout of(TyId t);
  Repr repr(TyId t);
  wir::ValType scalarType(TyId t);  // for Repr::Scalar
  uint32_t fieldOffset(TyId t, int32_t variant, uint32_t field);
  uint32_t enumPayloadOffset(TyId enumTy);  // the tag is an i32 at offset 0

 private:
  const Program& p_;
  std::map<uint32_t, Layout> cache_;
  std::map<std::pair<uint32_t, int32_t>, std::vector<uint32_t>> offsets_;
  const std::vector<uint32_t>& offsets(TyId t, int32_t variant);
};

inline uint32_t alignUp(uint32_t v, uint32_t a) { return (v + a - 1) / a * a; }

}  // namespace wr
