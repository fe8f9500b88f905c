// Wasm backend unit tests: LEB128 byte vectors, the binary layout, and real validation/execution of the
// produced modules: node (WebAssembly.validate + instantiate + call exports), wasm-opt (binaryen's
// validator) and wabt's wat2wasm on our WAT (which must give our bytes, name section aside). The tests
// do the file and process I/O themselves; the core does none. A missing tool FAILS the test.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "wasm/binary_writer.h"
#include "wasm/leb128.h"
#include "wasm/names.h"
#include "wasm/wat_printer.h"
#include "wasmir/builder.h"
#include "wasmir/verifier.h"

namespace wr::test_samples {  // test_wasm_samples.cpp
wir::Module sampleFactorial();
wir::Module sampleMath();
wir::Module sampleMemory();
wir::Module sampleBrTable();
wir::Module sampleCalls();
wir::Module sampleControl();
}  // namespace wr::test_samples

using namespace wr;
using Bytes = std::vector<uint8_t>;
namespace ts = wr::test_samples;

namespace {

// ---- process and file helpers (test-only I/O) -----------------------------------------------------

struct CommandResult {
  int status = -1;
  std::string output;  // stdout + stderr
};

CommandResult runCommand(const std::string& cmd) {
  CommandResult r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

void requireTool(const char* tool) {
  CommandResult r = runCommand(std::string("command -v ") + tool);
  if (r.status != 0)
    FAIL(tool << " is not on PATH: the wasm backend tests need node, wasm-opt (binaryen) and wat2wasm (wabt)");
}

class TempFile {
 public:
  explicit TempFile(const std::string& suffix) {
    static int counter = 0;
    path_ = (std::filesystem::temp_directory_path() /
             ("wasmrust-unit-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + suffix))
                .string();
  }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  void write(const void* data, size_t n) const {
    std::ofstream out(path_, std::ios::binary);
    out.write(static_cast<const char*>(data), std::streamsize(n));
  }
  void write(const Bytes& b) const { write(b.data(), b.size()); }
  void write(const std::string& s) const { write(s.data(), s.size()); }
  Bytes read() const {
    std::ifstream in(path_, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::string path_;
};

// Runs `js` in node with `e` = the instance's exports, `log(...)` collecting lines, `stdout` = what the
// module wrote through wr.write. Returns the collected lines ("INVALID" if WebAssembly.validate fails).
std::string runInNode(const Bytes& wasm, const std::string& js) {
  requireTool("node");
  TempFile wasmFile(".wasm"), script(".js");
  wasmFile.write(wasm);
  script.write(std::string(R"JS(
const fs = require('fs');
const bytes = fs.readFileSync(process.argv[2]);
const lines = [];
const log = (...a) => lines.push(a.map(String).join(' '));
if (!WebAssembly.validate(bytes)) { console.log('INVALID'); process.exit(2); }
let memory = null;
let stdout = '';
const imports = { wr: {
  write: (fd, ptr, len) => { stdout += Buffer.from(memory.buffer, ptr, len).toString('latin1'); },
  exit: (code) => { throw new Error('exit(' + code + ')'); },
  stack_overflow: () => { throw new Error('stack overflow'); },
} };
WebAssembly.instantiate(bytes, imports).then(({ instance }) => {
  const e = instance.exports;
  memory = e.memory;
)JS") + js + R"JS(
  process.stdout.write(lines.join('\n') + '\n');
}).catch((err) => { console.log('ERROR ' + err.stack); process.exit(3); });
)JS");
  CommandResult r = runCommand("node " + script.path() + " " + wasmFile.path());
  INFO(r.output);
  CHECK(r.status == 0);
  return r.output;
}

void checkWasmOptValidates(const Bytes& wasm) {
  requireTool("wasm-opt");
  TempFile f(".wasm");
  f.write(wasm);
  // binaryen 108 has no --validate flag: it validates every input (and exits non-zero if invalid).
  CommandResult r = runCommand("wasm-opt --all-features -q " + f.path() + " -o /dev/null");
  INFO("wasm-opt: " << r.output);
  CHECK(r.status == 0);
  CHECK(r.output.find("error") == std::string::npos);
}

// The module's sections except custom ones (name) and DataCount: (id, payload) pairs.
std::vector<std::pair<int, Bytes>> sectionsOf(const Bytes& b) {
  std::vector<std::pair<int, Bytes>> out;
  size_t p = 8;
  while (p < b.size()) {
    int id = b[p++];
    uint32_t size = 0;
    for (int shift = 0;; shift += 7) {
      uint8_t byte = b[p++];
      size |= uint32_t(byte & 0x7f) << shift;
      if (!(byte & 0x80)) break;
    }
    if (id != 0 && id != 12) out.emplace_back(id, Bytes(b.begin() + long(p), b.begin() + long(p + size)));
    p += size;
  }
  return out;
}

Bytes customSection(const Bytes& b, const std::string& name) {
  size_t p = 8;
  while (p < b.size()) {
    int id = b[p++];
    uint32_t size = 0;
    for (int shift = 0;; shift += 7) {
      uint8_t byte = b[p++];
      size |= uint32_t(byte & 0x7f) << shift;
      if (!(byte & 0x80)) break;
    }
    if (id == 0 && b[p] == name.size() && std::string(b.begin() + long(p) + 1, b.begin() + long(p + 1 + name.size())) == name)
      return Bytes(b.begin() + long(p + 1 + name.size()), b.begin() + long(p + size));
    p += size;
  }
  return {};
}

// wat2wasm on our WAT must succeed and produce our bytes (name section aside); the result must validate.
void checkWatRoundTrip(const wir::Module& m) {
  requireTool("wat2wasm");
  std::string wat = wasm::printWat(m);
  TempFile watFile(".wat"), outFile(".wasm");
  watFile.write(wat);
  CommandResult r = runCommand("wat2wasm --enable-all " + watFile.path() + " -o " + outFile.path());
  INFO("WAT:\n" << wat << "\nwat2wasm: " << r.output);
  REQUIRE(r.status == 0);
  Bytes fromWat = outFile.read();
  Bytes ours = wasm::writeModule(m);
  CHECK(sectionsOf(fromWat) == sectionsOf(ours));
  checkWasmOptValidates(fromWat);
}

void checkAll(const wir::Module& m) {
  std::vector<std::string> errs = wir::verifyModule(m);
  INFO([&] { std::string s; for (auto& e : errs) s += e + "\n"; return s; }());
  REQUIRE(errs.empty());
  checkWasmOptValidates(wasm::writeModule(m));
  checkWatRoundTrip(m);
}

Bytes u32(uint32_t v) { Bytes b; wasm::writeU32LEB(b, v); return b; }
Bytes s32(int32_t v) { Bytes b; wasm::writeS32LEB(b, v); return b; }
Bytes u64(uint64_t v) { Bytes b; wasm::writeU64LEB(b, v); return b; }
Bytes s64(int64_t v) { Bytes b; wasm::writeS64LEB(b, v); return b; }

}  // namespace

TEST_CASE("wasm: LEB128 encodings", "[wasm][leb]") {
  CHECK(u32(0) == Bytes{0x00});
  CHECK(u32(1) == Bytes{0x01});
  CHECK(u32(127) == Bytes{0x7f});
  CHECK(u32(128) == Bytes{0x80, 0x01});
  CHECK(u32(300) == Bytes{0xac, 0x02});
  CHECK(u32(16384) == Bytes{0x80, 0x80, 0x01});
  CHECK(u32(624485) == Bytes{0xe5, 0x8e, 0x26});
  CHECK(u32(0xffffffffu) == Bytes{0xff, 0xff, 0xff, 0xff, 0x0f});
  CHECK(s32(0) == Bytes{0x00});
  CHECK(s32(1) == Bytes{0x01});
  CHECK(s32(-1) == Bytes{0x7f});
  CHECK(s32(63) == Bytes{0x3f});
  CHECK(s32(64) == Bytes{0xc0, 0x00});
  CHECK(s32(-64) == Bytes{0x40});
  CHECK(s32(-65) == Bytes{0xbf, 0x7f});
  CHECK(s32(127) == Bytes{0xff, 0x00});
  CHECK(s32(-128) == Bytes{0x80, 0x7f});
  CHECK(s32(-123456) == Bytes{0xc0, 0xbb, 0x78});
  CHECK(s32(INT32_MAX) == Bytes{0xff, 0xff, 0xff, 0xff, 0x07});
  CHECK(s32(INT32_MIN) == Bytes{0x80, 0x80, 0x80, 0x80, 0x78});
  CHECK(u64(0) == Bytes{0x00});
  CHECK(u64(0x100000000ull) == Bytes{0x80, 0x80, 0x80, 0x80, 0x10});
  CHECK(u64(UINT64_MAX) == Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01});
  CHECK(s64(-1) == Bytes{0x7f});
  CHECK(s64(0x7fffffffll) == Bytes{0xff, 0xff, 0xff, 0xff, 0x07});
  CHECK(s64(INT64_MAX) == Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00});
  CHECK(s64(INT64_MIN) == Bytes{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f});
  CHECK(s64(-2432902008176640000ll) == Bytes{0x80, 0x80, 0xb0, 0xea, 0xb7, 0x90, 0xa6, 0x9e, 0x5e});
  CHECK(wasm::ulebSize(0) == 1);
  CHECK(wasm::ulebSize(127) == 1);
  CHECK(wasm::ulebSize(128) == 2);
  CHECK(wasm::ulebSize(0xffffffffu) == 5);
  uint8_t pad[5];
  wasm::writePaddedU32LEB(pad, 3);
  CHECK(Bytes(pad, pad + 5) == Bytes{0x83, 0x80, 0x80, 0x80, 0x00});
}

TEST_CASE("wasm: binary layout of a tiny module, byte for byte", "[wasm][writer]") {
  wir::Module m;
  m.memoryExportName = "";
  wir::Function f;
  f.name = "answer";
  f.type.result = wir::ValType::I32;
  f.exportName = "answer";
  wir::Builder b(f);
  f.body = b.block(b.newLabel(), wir::ValType::I32, {b.i32(42)});
  m.functions.push_back(f);
  Bytes expected = {
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                    // magic, version
      0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,                          // type: [] -> [i32]
      0x03, 0x02, 0x01, 0x00,                                            // function: type 0
      0x05, 0x03, 0x01, 0x00, 0x01,                                      // memory: min 1
      0x07, 0x0a, 0x01, 0x06, 'a', 'n', 's', 'w', 'e', 'r', 0x00, 0x00,  // export "answer" func 0
      0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,                    // code: no locals, i32.const 42, end
      0x00, 0x10, 0x04, 'n', 'a', 'm', 'e',                              // custom "name"
      0x01, 0x09, 0x01, 0x00, 0x06, 'a', 'n', 's', 'w', 'e', 'r',        //   function names
  };
  CHECK(wasm::writeModule(m) == expected);
}

TEST_CASE("wasm: type section deduplicates in first-use order", "[wasm][writer]") {
  wir::Module m = ts::sampleCalls();  // write(i32,i32,i32), exit(i32), add3(i32,i32,i32)->i32, fib(i32)->i32, ...
  wasm::TypeTable t = wasm::buildTypeTable(m);
  REQUIRE(t.types.size() == 6);
  CHECK(t.types[0].params.size() == 3);
  CHECK(t.types[0].result == wir::ValType::None);
  CHECK(t.types[1].params.size() == 1);
  CHECK(t.funcTypeIndex == std::vector<uint32_t>{0, 1, 2, 3, 4, 5, 5});  // boom and main: () -> ()
  wir::Module f = ts::sampleFactorial();
  f.functions.push_back(f.functions[0]);
  f.functions.back().exportName = "factorial2";
  wasm::TypeTable t2 = wasm::buildTypeTable(f);
  CHECK(t2.types.size() == 2);
  CHECK(t2.funcTypeIndex == std::vector<uint32_t>{0, 1, 0});
}

TEST_CASE("wasm: long bodies and sections get multi-byte sizes", "[wasm][writer]") {
  wir::Module m;
  wir::Function f;
  f.name = "big";
  f.type.result = wir::ValType::I32;
  f.exportName = "big";
  wir::Builder b(f);
  wir::ExprId acc = b.i32(0);
  for (int i = 1; i <= 3000; ++i) acc = b.binary(wir::Op::I32Add, acc, b.i32(i));
  f.body = b.block(b.newLabel(), wir::ValType::I32, {acc});
  m.functions.push_back(f);
  m.data.push_back(wir::DataSegment{1024, Bytes(70000, 0xab)});
  m.memoryPages = 2;
  REQUIRE(wir::verifyModule(m).empty());
  Bytes w = wasm::writeModule(m);
  CHECK(runInNode(w, "log(e.big()); log(new Uint8Array(memory.buffer)[1024 + 69999]);") == "4501500\n171\n");
  checkWasmOptValidates(w);
}

TEST_CASE("wasm: factorial runs in node and validates", "[wasm][run]") {
  wir::Module m = ts::sampleFactorial();
  checkAll(m);
  CHECK(runInNode(wasm::writeModule(m), "log(e.factorial(10)); log(e.factorial(1)); log(e.fact64(20n));") ==
        "3628800\n1\n2432902008176640000\n");
}

TEST_CASE("wasm: i64/f32/f64 math and conversions run in node", "[wasm][run]") {
  wir::Module m = ts::sampleMath();
  checkAll(m);
  int64_t x = 0x0123456789abcdefll;
  uint64_t rot = (uint64_t(x) << 8) | (uint64_t(x) >> 56);
  int32_t bits = int32_t(uint32_t(rot)) ^ int32_t(int8_t(uint8_t(x)));
  std::string expected = "5\n3.75\n" + std::to_string(bits) + "\n4294967281\n1065353216\n1.5\n2.5\n64\n-0.5\n-2\n";
  CHECK(runInNode(wasm::writeModule(m),
                  "log(e.hypot(3, 4)); log(e.mix32(7)); log(e.bits(0x0123456789abcdefn)); log(e.trunc(-7.9));"
                  "log(e.reinterp(1.0)); log(e.pick(1, 1.5, 2.5)); log(e.pick(0, 1.5, 2.5)); log(e.popc(255n));"
                  "log(e.fconsts()); log(e.divs(-7, 2));") == expected);
}

TEST_CASE("wasm: memory, data segments, globals, memory.copy/fill run in node", "[wasm][run]") {
  wir::Module m = ts::sampleMemory();
  checkAll(m);
  CHECK(runInNode(wasm::writeModule(m),
                  "e._start(); log(JSON.stringify(stdout)); log(e.checksum(1024, 17));"
                  "log(e.roundtrip64(1000n)); log(e.roundtrip64(-5000000000n)); log(e.grow());"
                  "log(memory.buffer.byteLength / 65536);") ==
        "\"XXXXX, WasmRust!\\nHello, WasmRust!\\n\"\n1457\n1255\n-4999999745\n19\n19\n");
}

TEST_CASE("wasm: br_table dispatch runs in node", "[wasm][run]") {
  wir::Module m = ts::sampleBrTable();
  checkAll(m);
  CHECK(runInNode(wasm::writeModule(m),
                  "for (const x of [0, 1, 2, 3, 100, -1]) log(e.classify(x)); log(e.tableval(0)); log(e.tableval(9));") ==
        "10\n20\n30\n99\n99\n99\n107\n7\n");
}

TEST_CASE("wasm: imports, calls, names in stack traces", "[wasm][run]") {
  wir::Module m = ts::sampleCalls();
  checkAll(m);
  Bytes w = wasm::writeModule(m);
  CHECK(runInNode(w, "e._start(); log(JSON.stringify(stdout)); log(e.add3(1, 2, 3)); log(e.fib(20)); log(e.point_new(5, 1));"
                     "try { e.boom(); } catch (err) { log(err instanceof WebAssembly.RuntimeError, err.stack.includes('<i32 as Foo>::boom')); }") ==
        "\"fib ok\\n\"\n6\n6765\n11\ntrue true\n");
  // The name section holds the Rust names, made unique.
  Bytes names = customSection(w, "name");
  std::string s(names.begin(), names.end());
  CHECK(s.find("wr.write") != std::string::npos);
  CHECK(s.find("Point::new") != std::string::npos);
  CHECK(s.find("<i32 as Foo>::boom") != std::string::npos);
  CHECK(s.find("x.1") != std::string::npos);
  CHECK(s.find("x.2") != std::string::npos);
}

TEST_CASE("wasm: if/else with results and dead code after branches run in node", "[wasm][run]") {
  wir::Module m = ts::sampleControl();
  checkAll(m);
  CHECK(runInNode(wasm::writeModule(m),
                  "log(e.max(3, 9), e.max(9, 3), e.max(-1, -2));"
                  "log(e.sign(-5), e.sign(0), e.sign(8));"
                  "log(e.pick(1), e.pick(0));"
                  "log(e.dead(41));"
                  "log(e.deadops(12345), e.deadops(0), e.deadops(5));"
                  "log(e.loopval(5), e.loopval(0));"
                  "log(e.brifval(11), e.brifval(3));"
                  "log(e.triple(14));"
                  "log(e.early(3));"
                  "log(e.armmix(1), e.armmix(0), e.bare(4), e.nothing(), e.seven());") ==
        "9 9 -1\n-1 0 1\n1 2\n42\n7 42 6\n10 2\n100 1\n42\n192\n1 3 5 undefined 7\n");
}

TEST_CASE("wasm: the WAT of the factorial sample", "[wasm][wat]") {
  const std::string expected = R"((module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i64) (result i64)))
  (func $factorial (type 0) (param $n i32) (result i32)
    (local $acc i32)
    i32.const 1
    local.set $acc
    block $L1
      loop $L2
        local.get $n
        i32.const 1
        i32.le_s
        br_if $L1
        local.get $acc
        local.get $n
        i32.mul
        local.set $acc
        local.get $n
        i32.const 1
        i32.sub
        local.set $n
        br $L2
      end
    end
    local.get $acc)
  (func $fact64 (type 1) (param $n i64) (result i64)
    local.get $n
    i64.const 1
    i64.le_s
    if $L1 (result i64)
      i64.const 1
    else
      local.get $n
      local.get $n
      i64.const 1
      i64.sub
      call $fact64
      i64.mul
    end)
  (memory (;0;) 1)
  (export "factorial" (func $factorial))
  (export "fact64" (func $fact64))
  (export "memory" (memory 0)))
)";
  CHECK(wasm::printWat(ts::sampleFactorial()) == expected);
}

TEST_CASE("wasm: WAT identifiers are sanitized and unique; unnamed entities use indices", "[wasm][wat]") {
  CHECK(wasm::watIdChars("<i32 as Foo>::boom") == "<i32_as_Foo>::boom");
  CHECK(wasm::watIdChars("a(b),c;\"d\"") == "a_b__c__d_");
  CHECK(wasm::uniqueNames({"x", "y", "x", "", "x", "x.1"}) ==
        std::vector<std::string>{"x", "y", "x.1", "", "x.2", "x.1.1"});
  std::string wat = wasm::printWat(ts::sampleCalls());
  CHECK(wat.find("(func $<i32_as_Foo>::boom (type 5)") != std::string::npos);
  CHECK(wat.find("(local $x.1 i32) (local $x.2 i32)") != std::string::npos);
  CHECK(wat.find("(import \"wr\" \"write\" (func $wr.write (type 0)))") != std::string::npos);

  wir::Module m;
  wir::Function f;  // no name, no local names, an unnamed global
  f.type.params = {wir::ValType::I32};
  f.type.result = wir::ValType::I32;
  f.exportName = "anon";
  wir::Builder b(f);
  f.body = b.block(b.newLabel(), wir::ValType::I32, {b.binary(wir::Op::I32Add, b.localGet(0), b.globalGet(0, wir::ValType::I32))});
  m.globals.push_back(wir::Global{"", wir::ValType::I32, true, 5});
  m.functions.push_back(f);
  checkAll(m);
  std::string w2 = wasm::printWat(m);
  CHECK(w2.find("(func (;0;) (type 0) (param i32) (result i32)") != std::string::npos);
  CHECK(w2.find("local.get 0") != std::string::npos);
  CHECK(w2.find("global.get 0") != std::string::npos);
  CHECK(runInNode(wasm::writeModule(m), "log(e.anon(10));") == "15\n");
}

TEST_CASE("wasm: float constants survive WAT and binary exactly", "[wasm][wat]") {
  wir::Module m;
  const uint64_t f64s[] = {0x3ff8000000000000ull, 0x8000000000000000ull, 0x0000000000000001ull,
                           0x7fefffffffffffffull, 0x7ff0000000000000ull, 0xfff8000000000000ull,
                           0x7ff4000000000001ull, 0x3fb999999999999aull};
  const uint32_t f32s[] = {0x3f800000u, 0x80000000u, 0x00000001u, 0x7f7fffffu, 0xff800000u, 0x7fc00000u,
                           0x7fa00001u, 0x3dcccccdu};
  int k = 0;
  for (uint64_t bits : f64s) {
    wir::Function f;
    f.name = "d" + std::to_string(k);
    f.exportName = f.name;
    f.type.result = wir::ValType::I64;
    wir::Builder b(f);
    f.body = b.block(0, wir::ValType::I64, {b.unary(wir::Op::I64ReinterpretF64, b.constant(wir::ValType::F64, bits))});
    m.functions.push_back(f);
    ++k;
  }
  k = 0;
  for (uint32_t bits : f32s) {
    wir::Function f;
    f.name = "s" + std::to_string(k);
    f.exportName = f.name;
    f.type.result = wir::ValType::I32;
    wir::Builder b(f);
    f.body = b.block(0, wir::ValType::I32, {b.unary(wir::Op::I32ReinterpretF32, b.constant(wir::ValType::F32, bits))});
    m.functions.push_back(f);
    ++k;
  }
  checkAll(m);  // wat2wasm reproduces our bytes, so every constant's bits survive the text form
  std::string js, expected;
  for (int i = 0; i < 8; ++i) {
    js += "log(BigInt.asUintN(64, e.d" + std::to_string(i) + "()).toString(16));";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llx\n", static_cast<unsigned long long>(f64s[i]));
    expected += buf;
  }
  for (int i = 0; i < 8; ++i) {
    js += "log((e.s" + std::to_string(i) + "() >>> 0).toString(16));";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%x\n", f32s[i]);
    expected += buf;
  }
  CHECK(runInNode(wasm::writeModule(m), js) == expected);
}

TEST_CASE("wasm: the validators used above do reject an ill-typed module", "[wasm][run]") {
  // Bypass the verifier: i32.add of an i64 gives bytes that node and wasm-opt must refuse.
  wir::Module m;
  wir::Function f;
  f.name = "bad";
  f.type.result = wir::ValType::I32;
  f.exportName = "bad";
  wir::Builder b(f);
  f.body = b.block(0, wir::ValType::I32, {b.binary(wir::Op::I32Add, b.i32(1), b.i64(2))});
  m.functions.push_back(f);
  REQUIRE_FALSE(wir::verifyModule(m).empty());
  Bytes w = wasm::writeModule(m);
  requireTool("node");
  requireTool("wasm-opt");
  TempFile file(".wasm");
  file.write(w);
  CommandResult node = runCommand("node -e \"process.exit(WebAssembly.validate(require('fs').readFileSync('" +
                                  file.path() + "')) ? 0 : 7)\"");
  CHECK(node.status == 7);
  CommandResult opt = runCommand("wasm-opt --all-features -q " + file.path() + " -o /dev/null");
  CHECK(opt.status != 0);
}
