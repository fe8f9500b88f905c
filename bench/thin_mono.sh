#!/usr/bin/env bash
# Thin monomorphization: module sizes with instances merged before lowering (the default), without
# (--no-thin-mono), and the unmerged module after Binaryen's byte-level duplicate function elimination
# (`wasm-opt --duplicate-function-elimination`), side by side; plus compile time with and without.
#   bash bench/thin_mono.sh [path/to/wasmrust] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
runs="${2:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "== thin monomorphization (module bytes; functions defined; compile ms, best of $runs)"
echo "   the wasm-opt columns all go through Binaryen's writer (names dropped), so they differ only in what was merged"
printf "  %-26s %9s %9s | %9s %12s %12s | %5s %5s %5s | %5s %6s\n" program unmerged merged "unm+opt" "unm+DFE" "merged+opt" fns fns fns ms ms-off
printf "  %-26s %9s %9s | %9s %12s %12s | %5s %5s %5s |\n" "" "(ours)" "(ours)" "(no pass)" "(DFE pass)" "(no pass)" unm DFE ours
funcs() { wasm-opt --all-features --metrics "$1" 2>/dev/null | awk '/\[funcs\]/{print $3; exit}'; }
best() {  # best wall ms of $runs builds: best ARGS...
  local b=""
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 ))
    if [ -z "$b" ] || [ "$ms" -lt "$b" ]; then b=$ms; fi
  done
  echo "$b"
}
for src in "$root/bench/programs/generic_containers.rs" "$root/tests-native/run/prog_closure_state.rs" \
           "$root/tests-native/run/prog_collatz_stats.rs" "$root/tests-native/run/btreemap_btreeset.rs" \
           "$root/tests-native/run/hashmap_hashset.rs"; do
  name=$(basename "$src" .rs)
  "$wasmrust" build "$src" -o "$tmp/m.wasm"
  "$wasmrust" build "$src" --no-thin-mono -o "$tmp/u.wasm"
  if command -v wasm-opt >/dev/null 2>&1; then
    wasm-opt --all-features "$tmp/u.wasm" -o "$tmp/u-0.wasm" 2>/dev/null
    wasm-opt --all-features --duplicate-function-elimination "$tmp/u.wasm" -o "$tmp/u-dfe.wasm"
    wasm-opt --all-features "$tmp/m.wasm" -o "$tmp/m-0.wasm" 2>/dev/null
    u0=$(stat -c %s "$tmp/u-0.wasm"); dfe=$(stat -c %s "$tmp/u-dfe.wasm"); m0=$(stat -c %s "$tmp/m-0.wasm")
    fu=$(funcs "$tmp/u.wasm"); fd=$(funcs "$tmp/u-dfe.wasm"); fm=$(funcs "$tmp/m.wasm")
  else
    u0="-"; dfe="-"; m0="-"; fu="-"; fd="-"; fm="-"
  fi
  ms=$(best "$wasmrust" build "$src" -o "$tmp/x.wasm")
  msoff=$(best "$wasmrust" build "$src" --no-thin-mono -o "$tmp/x.wasm")
  printf "  %-26s %9d %9d | %9s %12s %12s | %5s %5s %5s | %5s %6s\n" "$name" "$(stat -c %s "$tmp/u.wasm")" "$(stat -c %s "$tmp/m.wasm")" \
    "$u0" "$dfe" "$m0" "$fu" "$fd" "$fm" "$ms" "$msoff"
done
echo "  unmerged: --no-thin-mono; merged: the default (decided on MIR, before lowering); unm+DFE: wasm-opt"
echo "  --duplicate-function-elimination on the unmerged module (byte level, after codegen); ms: wasmrust build."
"$wasmrust" build "$root/bench/programs/generic_containers.rs" --emit=size | sed 's/^/  generic_containers: /'
