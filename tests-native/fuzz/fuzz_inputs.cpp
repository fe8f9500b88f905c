// Robustness test: thousands of mutated corpus programs and hand-made pathological inputs go through
// the whole compiler (lex .. wasm). Every input must end with diagnostics or a module: never a crash,
// a hang (a watchdog aborts after 20 s per input) or a stack overflow.
//   fuzz_inputs DIR [DIR...] COUNT
// Prints `fuzz: N passed, M failed`.
#include <dirent.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "driver/driver.h"

namespace {

uint64_t rngState = 0x2026112512345ull;
uint64_t next() {
  rngState ^= rngState << 13;
  rngState ^= rngState >> 7;
  rngState ^= rngState << 17;
  return rngState;
}
size_t below(size_t n) { return n ? size_t(next() % n) : 0; }

const char* kFragments[] = {"{", "}", "(", ")", "[", "]", ";", ",", "fn ", "let ", "mut ", "match ", "if ", "else ",
                            "loop ", "while ", "for ", " in ", "..", "..=", "::", "'", "\"", "/*", "*/", "//", "=>",
                            "->", "&", "&mut ", "*", "as ", "i32", "u8", "f64", "struct ", "enum ", "impl ", "self",
                            "Self", "println!(\"{}\", ", "{:?}", "0x", "1e309", "99999999999999999999999", "'\\u{",
                            "\\", "#", "#[derive(Debug)]", "break ", "continue ", "return ", "_", "@", "|", "\xff",
                            "\xc3", "\xe2\x98", "\x00", "\t", "\n", "'a", "&&", "||", "<<=", ">>=", "!", "?", "$"};

std::string mutate(const std::string& src) {
  std::string s = src;
  int rounds = 1 + int(below(4));
  for (int r = 0; r < rounds; ++r) {
    size_t pos = below(s.size() + 1);
    switch (below(7)) {
      case 0:  // flip a byte
        if (!s.empty()) s[below(s.size())] = char(next());
        break;
      case 1:  // delete a range
        if (!s.empty()) s.erase(pos < s.size() ? pos : s.size() - 1, below(40));
        break;
      case 2:  // insert a fragment
        s.insert(pos, kFragments[below(sizeof kFragments / sizeof *kFragments)]);
        break;
      case 3:  // duplicate a range
        if (!s.empty()) {
          size_t a = below(s.size()), n = below(60);
          s.insert(pos, s.substr(a, n));
        }
        break;
      case 4:  // truncate
        s.resize(pos);
        break;
      case 5: {  // random bytes
        std::string junk;
        for (size_t i = below(12); i > 0; --i) junk += char(next());
        s.insert(pos, junk);
        break;
      }
      default: {  // swap two lines
        std::vector<std::string> lines;
        std::stringstream ss(s);
        std::string l;
        while (std::getline(ss, l)) lines.push_back(l);
        if (lines.size() > 1) std::swap(lines[below(lines.size())], lines[below(lines.size())]);
        s.clear();
        for (auto& x : lines) s += x + "\n";
      }
    }
  }
  return s;
}

std::vector<std::pair<std::string, std::string>> pathological() {
  std::vector<std::pair<std::string, std::string>> v;
  auto rep = [](const std::string& x, size_t n) {
    std::string s;
    s.reserve(x.size() * n);
    for (size_t i = 0; i < n; ++i) s += x;
    return s;
  };
  v.push_back({"empty", ""});
  v.push_back({"only-comment", "// nothing here\n/* block */"});
  v.push_back({"deep-parens", "fn main() { let x = " + rep("(", 100000) + "1" + rep(")", 100000) + "; }"});
  v.push_back({"deep-brackets", "fn main() { let x = " + rep("[", 50000) + "1" + rep("]", 50000) + "; }"});
  v.push_back({"deep-blocks", "fn main() " + rep("{", 100000) + rep("}", 100000)});
  v.push_back({"unclosed-blocks", "fn main() " + rep("{", 100000)});
  v.push_back({"long-add-chain", "fn main() { let x = 1" + rep(" + 1", 100000) + "; }"});
  v.push_back({"long-method-chain", "fn main() { let x = a" + rep(".f()", 50000) + "; }"});
  v.push_back({"long-unary", "fn main() { let x = " + rep("-", 100000) + "1; }"});
  v.push_back({"long-deref", "fn main() { let x = " + rep("*", 100000) + "y; }"});
  v.push_back({"deep-ref-type", "fn f(x: " + rep("&", 100000) + "i32) {} fn main() {}"});
  v.push_back({"deep-tuple-type", "fn f(x: " + rep("(", 50000) + "i32" + rep(",)", 50000) + ") {} fn main() {}"});
  v.push_back({"deep-patterns", "fn main() { let " + rep("(", 50000) + "x" + rep(",)", 50000) + " = 1; }"});
  v.push_back({"deep-if", "fn main() { " + rep("if true { ", 20000) + rep("}", 20000) + " }"});
  v.push_back({"huge-int", "fn main() { let x = " + rep("9", 5000) + "; println!(\"{}\", x); }"});
  v.push_back({"huge-float", "fn main() { let x = " + rep("9", 5000) + ".5e99999; println!(\"{}\", x); }"});
  v.push_back({"huge-array", "fn main() { let a = [0u8; 4294967295]; println!(\"{}\", a[0]); }"});
  v.push_back({"huge-array-2", "fn main() { let a = [[0u64; 100000]; 100000]; println!(\"{}\", a[0][0]); }"});
  v.push_back({"huge-string", "fn main() { println!(\"" + rep("x", 1000000) + "\"); }"});
  v.push_back({"many-fns", rep("fn f() {}\n", 20000) + "fn main() {}"});
  v.push_back({"many-args", "fn main() { println!(\"" + rep("{}", 5000) + "\"" + rep(", 1", 5000) + "); }"});
  v.push_back({"bad-format", "fn main() { println!(\"{:\" ); println!(\"{0$}\"); println!(\"{:.*}\"); }"});
  v.push_back({"nul-bytes", std::string("fn main() {\0\0\0}", 16)});
  v.push_back({"invalid-utf8", "fn main() { let s = \"\xff\xfe\xc3\"; \xe2\x82 }"});
  v.push_back({"recursive-struct", "struct A { a: A } fn main() { }"});
  v.push_back({"recursive-const", "const A: i32 = B; const B: i32 = A; fn main() { println!(\"{}\", A); }"});
  v.push_back({"self-recursive-enum", "enum E { A(E) } fn main() {}"});
  v.push_back({"many-match-arms", "fn main() { let x = 5; match x { " + [&] {
                 std::string s;
                 for (int i = 0; i < 3000; ++i) s += std::to_string(i) + " => {}\n";
                 return s;
               }() + "_ => {} } }"});
  v.push_back({"glob-import-cycles", [&] {  // every module glob-imports every other: lookups must stay linear
                 std::string s = "fn main() { println!(\"{}\", m0::nothing()); }\n";
                 for (int i = 0; i < 40; ++i) {
                   s += "mod m" + std::to_string(i) + " {\n";
                   for (int j = 0; j < 40; ++j)
                     if (j != i) s += "    pub use crate::m" + std::to_string(j) + "::*;\n";
                   s += "}\n";
                 }
                 return s;
               }()});
  v.push_back({"deep-modules", rep("mod m { ", 20000) + rep("}", 20000) + " fn main() {}"});
  v.push_back({"super-chain", "mod a { mod b { fn f() { " + rep("super::", 5000) + "x(); } } } fn main() {}"});
  std::string rnd;
  for (int i = 0; i < 20000; ++i) rnd += char(next());
  v.push_back({"random-bytes", rnd});
  return v;
}

volatile sig_atomic_t currentInput = -1;
void onAlarm(int) {
  const char msg[] = "fuzz: watchdog: an input took more than 20 s (hang)\n";
  (void)!write(2, msg, sizeof msg - 1);
  _exit(3);
}

std::vector<std::string> readCorpus(const std::vector<std::string>& dirs) {
  std::vector<std::string> files;
  for (const std::string& d : dirs) {
    DIR* dir = opendir(d.c_str());
    if (!dir) continue;
    while (dirent* e = readdir(dir)) {
      std::string n = e->d_name;
      if (n.size() > 3 && n.substr(n.size() - 3) == ".rs") files.push_back(d + "/" + n);
    }
    closedir(dir);
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: fuzz_inputs DIR [DIR...] COUNT\n");
    return 2;
  }
  size_t count = size_t(atol(argv[argc - 1]));
  std::vector<std::string> dirs(argv + 1, argv + argc - 1);
  std::vector<std::string> corpus = readCorpus(dirs);
  if (corpus.empty()) {
    fprintf(stderr, "fuzz: no corpus files found\n");
    return 2;
  }
  if (const char* seed = getenv("FUZZ_SEED")) rngState ^= uint64_t(strtoull(seed, nullptr, 10)) * 0x9E3779B97F4A7C15ull;
  signal(SIGALRM, onAlarm);
  size_t passed = 0, failed = 0;
  bool verbose = getenv("FUZZ_VERBOSE") != nullptr;
  auto check = [&](const std::string& name, const std::string& src) {
    if (verbose) fprintf(stderr, "fuzz: %s\n", name.c_str());
    alarm(20);
    wr::CompileOptions opts;
    wr::CompileResult r = wr::compile(name, src, opts);
    std::string rendered = wr::renderDiagnostics(r, false) + wr::renderDiagnostics(r, true);
    alarm(0);
    bool ok = r.errors > 0 ? !r.diagnostics.empty() && !rendered.empty() : !r.wasm.empty();
    // An internal compiler error (e.g. WasmIR that fails verification) is a failure too.
    if (rendered.find("internal compiler error") != std::string::npos) ok = false;
    if (ok) {
      ++passed;
    } else {
      ++failed;
      fprintf(stderr, "fuzz: FAIL %s: errors=%zu diagnostics=%zu wasm=%zu\n", name.c_str(), r.errors, r.diagnostics.size(), r.wasm.size());
    }
  };
  for (auto& [name, src] : pathological()) check("pathological/" + name + ".rs", src);
  for (size_t i = 0; i < count; ++i) {
    const std::string& base = corpus[below(corpus.size())];
    check("mutant" + std::to_string(i) + ".rs", mutate(base));
  }
  printf("fuzz: %zu passed, %zu failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
