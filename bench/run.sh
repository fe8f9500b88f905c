#!/usr/bin/env bash
# Prints WasmRust's figures side by side with references measured in the same run:
#  - the ownership checker's time on the 10,000-line program and on one 2,000-line function (bench/
#    gen_long_fn.py), beside parse/resolve/typecheck/MIR (`wasmrust check --timings`);
#  - compile time of a generated 10,000-line program: `wasmrust build` vs `rustc -C opt-level=0`
#    (native x86-64, as a front-end speed reference), best of N runs;
#  - size of hello world's .wasm, raw and after `wasm-opt -Oz` (and rustc's wasm32 hello world when
#    Debian's libstd-rust-dev-wasm32 is installed);
#  - the playground in headless Chromium (bench/browser.mjs): cold start, warm in-page compile latency vs
#    the native CLI, compiler download size (skipped without web/dist/ or /usr/bin/chromium).
#   bench/run.sh [WASMRUST] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
runs="${2:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/gen_program.py" 10000 > "$tmp/big.rs"
lines=$(wc -l < "$tmp/big.rs")

best() {  # best wall time in seconds of running "$@" $runs times
  python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
best = None
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print("%.3f" % best)
PY
}

echo "== compile time, generated program of $lines lines (best of $runs)"
wr=$(best "$wasmrust" build "$tmp/big.rs" -o "$tmp/big.wasm")
printf "  %-34s %8s s   (%d bytes of wasm)\n" "wasmrust build (dev profile)" "$wr" "$(stat -c %s "$tmp/big.wasm")"
if command -v rustc >/dev/null 2>&1; then
  rc=$(best rustc --edition 2021 -C opt-level=0 -o "$tmp/big-native" "$tmp/big.rs")
  printf "  %-34s %8s s   (native x86-64 reference)\n" "rustc -C opt-level=0" "$rc"
  python3 -c "print('  wasmrust is %.1fx faster than rustc -O0' % ($rc / $wr))"
  a=$("$tmp/big-native"); b=$(node "$root/runtime-js/node-run.mjs" "$tmp/big.wasm")
  [ "$a" = "$b" ] && echo "  outputs agree: $a" || echo "  OUTPUTS DIFFER: rustc '$a' vs wasmrust '$b'"
else
  echo "  rustc not installed: no reference"
fi
"$wasmrust" build "$tmp/big.rs" -o "$tmp/big.wasm" --timings 2>&1 | sed 's/^/  phase /'

echo "== ownership checker (moves, initialization, borrows) beside the front end, median of $runs runs (ms)"
python3 "$root/bench/gen_long_fn.py" 2000 > "$tmp/long.rs"
python3 - "$runs" "$wasmrust" "$tmp/big.rs" "$tmp/long.rs" <<'PY'
import subprocess, sys, statistics
runs, wr = int(sys.argv[1]), sys.argv[2]
print("  %-36s %9s %9s %9s %9s %9s" % ("program", "parse", "resolve", "typeck", "mir", "ownership"))
for path, label in ((sys.argv[3], "generated 10,000-line program"), (sys.argv[4], "one 2,000-line function")):
    samples = {}
    for _ in range(runs):
        err = subprocess.run([wr, "check", path, "--timings"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
        for line in err.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[2] == "ms":
                samples.setdefault(parts[0], []).append(float(parts[1]))
    med = {k: statistics.median(v) for k, v in samples.items()}
    front = sum(med.get(k, 0) for k in ("parse", "resolve", "typecheck", "mir+lower"))
    print("  %-36s %9.2f %9.2f %9.2f %9.2f %9.2f   (ownership / front end: %.2f)" % (
        label, med.get("parse", 0), med.get("resolve", 0), med.get("typecheck", 0), med.get("mir+lower", 0),
        med.get("ownership", 0), med.get("ownership", 0) / front if front else 0))
PY

echo "== hello world size"
"$wasmrust" build "$root/playground/examples/hello.rs" -o "$tmp/hello.wasm"
printf "  %-34s %8d bytes\n" "wasmrust (dev backend)" "$(stat -c %s "$tmp/hello.wasm")"
if command -v wasm-opt >/dev/null 2>&1; then
  wasm-opt -Oz --all-features "$tmp/hello.wasm" -o "$tmp/hello-oz.wasm"
  printf "  %-34s %8d bytes\n" "wasmrust + wasm-opt -Oz" "$(stat -c %s "$tmp/hello-oz.wasm")"
fi
if [ -x /usr/bin/rustc ] && /usr/bin/rustc --print target-list 2>/dev/null | grep -q wasm32-unknown-unknown \
   && [ -d /usr/lib/rustlib/wasm32-unknown-unknown ] ; then
  cat > "$tmp/hello_rs.rs" <<'RS'
#[no_mangle]
pub extern "C" fn hello() -> usize { let s = format!("Hello, world!\n"); s.len() }
RS
  /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=z -C lto -o "$tmp/rs.wasm" "$tmp/hello_rs.rs" 2>/dev/null \
    && printf "  %-34s %8d bytes  (Debian rustc, wasm32, -Oz+lto, format! only)\n" "rustc wasm32 reference" "$(stat -c %s "$tmp/rs.wasm")"
fi

# The playground in headless Chromium (bench/browser.mjs prints its own "== browser build (...)" heading):
# cold start, warm in-page compile latency vs the native CLI, download sizes.
if [ ! -f "$root/web/dist/index.html" ]; then
  echo "== browser build"
  echo "  skipped: web/dist/index.html missing (scripts/test-browser.sh builds the site)"
elif [ ! -x /usr/bin/chromium ]; then
  echo "== browser build"
  echo "  skipped: /usr/bin/chromium missing (apt-get install chromium)"
else
  WASMRUST="$wasmrust" node "$root/bench/browser.mjs"
fi

# Classic programs (n-body, fannkuch-redux, spectral-norm, binary-trees): run time in node vs rustc.
bash "$root/bench/classic.sh" "$wasmrust" "$runs"

# Float math accuracy against the host libm.
bash "$root/bench/math_ulp.sh" "$wasmrust"

# Thin monomorphization: merged before lowering vs Binaryen's duplicate function elimination afterwards.
bash "$root/bench/thin_mono.sh" "$wasmrust" "$runs"
