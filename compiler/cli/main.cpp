// The `wasmrust` command-line driver: the only place that touches files, processes and the clock.
//   wasmrust build FILE.rs [-o OUT] [--emit=wasm|wat|wasmir|mir|tokens|ast] [--message-format=json] [--release]
//   wasmrust run FILE.rs [--release] [-- ARGS...]
//   wasmrust check FILE.rs [--message-format=json]
//   wasmrust test FILE.rs [FILTER] [--exact] [--include-ignored | --ignored] [--release]
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "driver/driver.h"

namespace {

const char* kUsage =
    "wasmrust " WASMRUST_VERSION " - a Rust compiler for WebAssembly\n"
    "\n"
    "Usage:\n"
    "  wasmrust build FILE.rs [-o OUT] [--emit=KIND] [--message-format=json] [--release] [--test] [--timings]\n"
    "  wasmrust run FILE.rs [--release] [-- ARGS...]\n"
    "  wasmrust check FILE.rs [--message-format=json]\n"
    "  wasmrust test FILE.rs [FILTER] [--exact] [--include-ignored | --ignored] [--release]\n"
    "  wasmrust --help | --version\n"
    "\n"
    "Commands:\n"
    "  build   compile FILE.rs to a WebAssembly module (default output: FILE.wasm in the current directory)\n"
    "  run     compile FILE.rs and run it under node with the WasmRust host (runtime-js/)\n"
    "  check   type-check FILE.rs and report diagnostics without generating code\n"
    "  test    compile FILE.rs's #[test] functions and run each (in a fresh instance) as `cargo test` does;\n"
    "          FILTER keeps the tests whose path contains it (--exact: equals it)\n"
    "\n"
    "Options:\n"
    "  -o OUT                   write the output here (`-` for stdout)\n"
    "  --emit=KIND              wasm (default), wat, wasmir, mir, tokens or ast; text kinds go to stdout unless -o;\n"
    "                           size: the module's size and what thin monomorphization saved\n"
    "  --threads                build for threads: shared memory (imported as env.memory), wasm::thread::spawn on\n"
    "                           Web Workers / worker_threads (docs/wasm_crate.md)\n"
    "  --no-reference-types     host handles in the JS runtime's table, not the engine's externref (older engines)\n"
    "  --no-thin-mono           one function per generic instance (no merging of instances with the same code)\n"
    "  --verify-thin-mono       also lower each merged instance and fail if its code differs (a compiler check)\n"
    "  --message-format=FORMAT  human (default) or json (one JSON object per diagnostic and line)\n"
    "  --release                release profile: no arithmetic overflow checks\n"
    "  --test                   (build) a test build: the #[test] functions, listed in the module's\n"
    "                           \"wasmrust.tests\" custom section, as `wasmrust test` runs them\n"
    "  --timings                print the time of each compiler phase to stderr\n"
    "  -A warnings              do not report warnings (like rustc's `-A warnings`)\n";

double nowMs() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

int usageError(const std::string& msg) {
  fprintf(stderr, "error: %s\n\n%s", msg.c_str(), kUsage);
  return 2;
}

bool readFile(const std::string& path, std::string& out, std::string& err) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    err = std::string(strerror(errno)) + " (os error " + std::to_string(errno) + ")";
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    err = "Is a directory (os error 21)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err = strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Writes atomically: a temporary file in the same directory, then rename.
bool writeFileAtomic(const std::string& path, const void* data, size_t size, std::string& err) {
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  FILE* f = fopen(tmp.c_str(), "wb");
  if (!f) {
    err = strerror(errno);
    return false;
  }
  bool ok = fwrite(data, 1, size, f) == size;
  ok = fflush(f) == 0 && ok;
  ok = fclose(f) == 0 && ok;
  if (!ok || rename(tmp.c_str(), path.c_str()) != 0) {
    err = strerror(errno);
    unlink(tmp.c_str());
    return false;
  }
  return true;
}

std::string runtimeJsDir() {
  if (const char* env = getenv("WASMRUST_RUNTIME_JS")) return env;
  return std::string(WASMRUST_SOURCE_DIR) + "/runtime-js";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    fputs(kUsage, stderr);
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    fputs(kUsage, stdout);
    return 0;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    printf("wasmrust %s\n", WASMRUST_VERSION);
    return 0;
  }
  std::string cmd = args[0];
  if (cmd != "build" && cmd != "run" && cmd != "check" && cmd != "test") return usageError("unknown command `" + cmd + "`");
  std::string file, out, emitName = "wasm";
  bool json = false, release = false, timings = false, allowWarnings = false, buildTest = false;
  bool thinMono = true, verifyThin = false, sizeReport = false, threads = false, referenceTypes = true;
  std::vector<std::string> progArgs;
  std::vector<std::string> testArgs;  // FILTER, --exact, --include-ignored, --ignored: for the test runner
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (cmd == "test" && (a == "--exact" || a == "--include-ignored" || a == "--ignored")) {
      testArgs.push_back(a);
      continue;
    }
    if (cmd == "test" && !file.empty() && !a.empty() && a[0] != '-') {
      if (std::find_if(testArgs.begin(), testArgs.end(), [](const std::string& x) { return x[0] != '-'; }) != testArgs.end())
        return usageError("unexpected argument `" + a + "` (one FILTER is accepted)");
      testArgs.push_back(a);
      continue;
    }
    if (a == "--") {
      if (cmd != "run") return usageError("`--` is only valid with `wasmrust run`");
      progArgs.assign(args.begin() + long(i) + 1, args.end());
      break;
    }
    if (a == "-o") {
      if (i + 1 >= args.size()) return usageError("`-o` needs a file name");
      out = args[++i];
    } else if (a.rfind("--emit=", 0) == 0) {
      emitName = a.substr(7);
    } else if (a == "--message-format=json") {
      json = true;
    } else if (a == "--message-format=human") {
      json = false;
    } else if (a.rfind("--message-format=", 0) == 0) {
      return usageError("unknown message format `" + a.substr(17) + "` (expected `human` or `json`)");
    } else if (a == "--release") {
      release = true;
    } else if (a == "--test" && (cmd == "build" || cmd == "check")) {
      buildTest = true;
    } else if (a == "--timings") {
      timings = true;
    } else if (a == "--no-thin-mono") {
      thinMono = false;
    } else if (a == "--verify-thin-mono") {
      verifyThin = true;
    } else if (a == "--threads") {
      threads = true;
    } else if (a == "--no-reference-types") {
      referenceTypes = false;
    } else if (a == "-A" && i + 1 < args.size() && args[i + 1] == "warnings") {
      allowWarnings = true;
      ++i;
    } else if (a == "-Awarnings" || a == "--cap-lints=allow") {
      allowWarnings = true;
    } else if (a == "--help" || a == "-h") {
      fputs(kUsage, stdout);
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usageError("unknown option `" + a + "`");
    } else if (file.empty()) {
      file = a;
    } else {
      return usageError("unexpected argument `" + a + "` (only one source file is accepted)");
    }
  }
  if (file.empty()) return usageError("no input file given");
  wr::CompileOptions opts;
  if (emitName == "wasm") opts.emit = wr::Emit::Wasm;
  else if (emitName == "wat") opts.emit = wr::Emit::Wat;
  else if (emitName == "wasmir") opts.emit = wr::Emit::WasmIR;
  else if (emitName == "mir") opts.emit = wr::Emit::Mir;
  else if (emitName == "tokens") opts.emit = wr::Emit::Tokens;
  else if (emitName == "ast") opts.emit = wr::Emit::Ast;
  else if (emitName == "size") sizeReport = true;  // the module is built; a size report goes to stdout
  else return usageError("unknown --emit kind `" + emitName + "` (expected wasm, wat, wasmir, mir, size, tokens or ast)");
  opts.thinMono = thinMono;
  opts.verifyThinMono = verifyThin;
  opts.threads = threads;
  opts.referenceTypes = referenceTypes;
  if (cmd != "build" && (opts.emit != wr::Emit::Wasm || sizeReport)) return usageError("`--emit` is only valid with `wasmrust build`");
  opts.overflowChecks = !release;
  opts.checkOnly = cmd == "check";
  opts.test = cmd == "test" || buildTest;
  if (cmd == "test" && !out.empty()) return usageError("`-o` is not valid with `wasmrust test`");

  std::string source, err;
  if (!readFile(file, source, err)) {
    fprintf(stderr, "error: couldn't read `%s`: %s\n\nerror: aborting due to 1 previous error\n\n", file.c_str(), err.c_str());
    return 1;
  }
  wr::CompileResult r = wr::compile(file, source, opts, timings ? nowMs : nullptr);
  if (allowWarnings) {
    std::vector<wr::Diagnostic> kept;
    for (wr::Diagnostic& d : r.diagnostics)
      if (d.level == wr::Level::Error) kept.push_back(std::move(d));
    r.diagnostics = std::move(kept);
    r.warnings = 0;
  }
  std::string diagText = wr::renderDiagnostics(r, json);
  fputs(diagText.c_str(), stderr);
  if (timings) {
    double total = 0;
    for (const wr::PhaseTiming& t : r.timings) {
      fprintf(stderr, "  %-10s %8.2f ms\n", t.phase, t.ms);
      total += t.ms;
    }
    fprintf(stderr, "  %-10s %8.2f ms\n", "total", total);
  }
  if (!r.ok()) {
    // `--emit=mir` to stdout still shows the graph an ownership error is about
    if (cmd == "build" && opts.emit == wr::Emit::Mir && (out.empty() || out == "-")) fwrite(r.text.data(), 1, r.text.size(), stdout);
    return 1;
  }
  if (cmd == "check") return 0;

  if (cmd == "build" && sizeReport) {  // `--emit=size`: the module's size, and what thin monomorphization saved
    wr::CompileOptions unmerged = opts;
    unmerged.thinMono = false;
    wr::CompileResult u = wr::compile(file, source, unmerged, nullptr);
    std::string rep = "module: " + std::to_string(r.wasm.size()) + " bytes\n";
    rep += "generic instances: " + std::to_string(r.genericInstances) + ", merged by thin monomorphization: " + std::to_string(r.thinMerged) + "\n";
    if (opts.thinMono && u.ok())
      rep += "without thin monomorphization: " + std::to_string(u.wasm.size()) + " bytes (" +
             std::to_string(long(u.wasm.size()) - long(r.wasm.size())) + " bytes saved)\n";
    fputs(rep.c_str(), stdout);
    return 0;
  }
  if (cmd == "build") {
    bool text = opts.emit != wr::Emit::Wasm;
    if (text && (out.empty() || out == "-")) {
      fwrite(r.text.data(), 1, r.text.size(), stdout);
      return 0;
    }
    if (out == "-") {
      fwrite(r.wasm.data(), 1, r.wasm.size(), stdout);
      return 0;
    }
    if (out.empty()) {
      std::string stem = file.substr(file.find_last_of('/') == std::string::npos ? 0 : file.find_last_of('/') + 1);
      if (stem.size() > 3 && stem.substr(stem.size() - 3) == ".rs") stem = stem.substr(0, stem.size() - 3);
      out = stem + ".wasm";
    }
    const void* data = text ? static_cast<const void*>(r.text.data()) : static_cast<const void*>(r.wasm.data());
    size_t size = text ? r.text.size() : r.wasm.size();
    if (!writeFileAtomic(out, data, size, err)) {
      fprintf(stderr, "error: couldn't write `%s`: %s\n", out.c_str(), err.c_str());
      return 1;
    }
    return 0;
  }

  // run: write the module to a temporary file and hand it to node with the WasmRust host.
  char tmpl[] = "/tmp/wasmrust-run-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) {
    fprintf(stderr, "error: couldn't create a temporary file: %s\n", strerror(errno));
    return 1;
  }
  std::string wasmPath = std::string(tmpl);
  bool ok = write(fd, r.wasm.data(), r.wasm.size()) == ssize_t(r.wasm.size());
  close(fd);
  if (!ok) {
    unlink(wasmPath.c_str());
    fprintf(stderr, "error: couldn't write the module to a temporary file\n");
    return 1;
  }
  fflush(stdout);
  fflush(stderr);
  std::string runner = runtimeJsDir() + (cmd == "test" ? "/node-test.mjs" : "/node-run.mjs");
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<std::string> cargs{"node", "--stack-size=900", runner, wasmPath, file};
    for (const std::string& a : cmd == "test" ? testArgs : progArgs) cargs.push_back(a);
    std::vector<char*> cv;
    for (std::string& s : cargs) cv.push_back(s.data());
    cv.push_back(nullptr);
    execvp("node", cv.data());
    fprintf(stderr, "error: couldn't run `node` (%s): install Node.js 20 or newer\n", strerror(errno));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  unlink(wasmPath.c_str());
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}
