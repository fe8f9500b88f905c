#!/usr/bin/env bash
# Run time and size of classic benchmark programs (bench/programs/*.rs: n-body, fannkuch-redux,
# spectral-norm, binary-trees), side by side in the same run:
#   - WasmRust's dev backend, run in node (best of RUNS, module compiled once, _start timed in-process),
#     and the .wasm size raw and after `wasm-opt -O3`;
#   - the same source built natively by rustc (-C opt-level=0 and -O), best of RUNS.
# Outputs are checked to agree with rustc's.
#   bench/classic.sh [WASMRUST] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
runs="${2:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
best() {
  python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
best = None
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print("%.1f" % (best * 1000))
PY
}
printf "== classic programs (best of %s; ms)\n" "$runs"
printf "  %-15s %10s %10s %10s %10s %10s\n" program wasmrust rustc-O0 rustc-O wasm-bytes "-O3 bytes"
for name in binary_trees fannkuch nbody spectral_norm; do  # interop_calls.rs belongs to bench/interop.sh
  src="$root/bench/programs/$name.rs"
  name=$(basename "$src" .rs)
  "$wasmrust" build "$src" -o "$tmp/$name.wasm"
  line=$(node "$root/bench/classic.mjs" "$runs" "$tmp/$name.wasm")
  wr_ms=$(echo "$line" | cut -d' ' -f2)
  wr_out=$(echo "$line" | cut -d' ' -f3 | base64 -d)
  size=$(stat -c %s "$tmp/$name.wasm")
  osize="-"
  if command -v wasm-opt >/dev/null 2>&1; then
    wasm-opt -O3 --all-features "$tmp/$name.wasm" -o "$tmp/$name.o3.wasm" && osize=$(stat -c %s "$tmp/$name.o3.wasm")
  fi
  o0="-"; o2="-"; agree="(no rustc)"
  if command -v rustc >/dev/null 2>&1; then
    rustc --edition 2021 -C opt-level=0 -o "$tmp/$name.o0" "$src" 2>/dev/null
    rustc --edition 2021 -O -o "$tmp/$name.o2" "$src" 2>/dev/null
    o0=$(best "$tmp/$name.o0"); o2=$(best "$tmp/$name.o2")
    [ "$("$tmp/$name.o2")" = "$wr_out" ] && agree="outputs agree" || agree="OUTPUTS DIFFER"
  fi
  printf "  %-15s %10s %10s %10s %10s %10s   %s\n" "$name" "$wr_ms" "$o0" "$o2" "$size" "$osize" "$agree"
done
