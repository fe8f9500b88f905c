// Enums generated from opcodes.def (control and other non-numeric wasm encodings).
#pragma once
#include <cstdint>

namespace wr::wasm {

enum class Opcode : uint8_t {
#define WASM_OPCODE(Name, Text, Byte) Name = Byte,
#include "wasm/opcodes.def"
};

enum class FcOpcode : uint32_t {
#define WASM_FC_OPCODE(Name, Text, Sub) Name = Sub,
#include "wasm/opcodes.def"
};

enum class SectionId : uint8_t {
#define WASM_SECTION(Name, Id) Name = Id,
#include "wasm/opcodes.def"
};

enum class TypeCode : uint8_t {
#define WASM_TYPE(Name, Text, Byte) Name = Byte,
#include "wasm/opcodes.def"
};

enum class NameSubsection : uint8_t {
#define WASM_NAME_SUBSECTION(Name, Id) Name = Id,
#include "wasm/opcodes.def"
};

}  // namespace wr::wasm
