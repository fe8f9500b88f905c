// LEB128 encoders (WebAssembly core spec 5.2.2): unsigned and signed, 32 and 64 bit, always the shortest
// encoding. Appending to a std::vector<uint8_t> that the caller has reserved; also a fixed-width (padded)
// unsigned form for sizes patched after the fact.
#pragma once
#include <cstdint>
#include <vector>

namespace wr::wasm {

inline void writeULEB(std::vector<uint8_t>& out, uint64_t v) {
  do {
    uint8_t byte = v & 0x7f;
    v >>= 7;
    if (v != 0) byte |= 0x80;
    out.push_back(byte);
  } while (v != 0);
}

inline void writeSLEB(std::vector<uint8_t>& out, int64_t v) {
  for (;;) {
    uint8_t byte = v & 0x7f;
    v >>= 7;  // arithmetic shift (guaranteed since C++20)
    bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
    if (!done) byte |= 0x80;
    out.push_back(byte);
    if (done) return;
  }
}

inline void writeU32LEB(std::vector<uint8_t>& out, uint32_t v) { writeULEB(out, v); }
inline void writeU64LEB(std::vector<uint8_t>& out, uint64_t v) { writeULEB(out, v); }
inline void writeS32LEB(std::vector<uint8_t>& out, int32_t v) { writeSLEB(out, v); }
inline void writeS64LEB(std::vector<uint8_t>& out, int64_t v) { writeSLEB(out, v); }

// Bytes the shortest unsigned encoding of v takes.
inline uint32_t ulebSize(uint64_t v) {
  uint32_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    ++n;
  }
  return n;
}

// Writes v as exactly 5 bytes at p (a valid, non-shortest u32 encoding).
inline void writePaddedU32LEB(uint8_t* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) {
    p[i] = uint8_t((v & 0x7f) | 0x80);
    v >>= 7;
  }
  p[4] = uint8_t(v & 0x7f);
}

}  // namespace wr::wasm
