// Emscripten build probe: the whole core compiled with em++ and run under node. It compiles every example
// embedded at /examples (playground/examples/*.rs, --embed-file) and prints, per file, the module size
// and an FNV-1a hash of its bytes; scripts/build-wasm.sh compares them with the native CLI's output to
// prove that both builds emit the same bytes.
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "driver/driver.h"

int main() {
  std::vector<std::string> names;
  if (DIR* d = opendir("/examples")) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 3 && n.substr(n.size() - 3) == ".rs") names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  int failures = 0;
  for (const std::string& n : names) {
    std::ifstream in("/examples/" + n, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    wr::CompileResult r = wr::compile("playground/examples/" + n, ss.str(), wr::CompileOptions{});
    uint64_t h = 1469598103934665603ull;
    for (uint8_t b : r.wasm) h = (h ^ b) * 1099511628211ull;
    printf("%s %zu %016llx errors=%zu\n", n.c_str(), r.wasm.size(), (unsigned long long)h, r.errors);
    if (!r.ok()) ++failures;
  }
  return names.empty() || failures ? 1 : 0;
}
