#!/usr/bin/env bash
# Accuracy of WasmRust's float math (compiler/runtime/math.rs) against the host's libm through rustc:
# bench/math/ulp_probe.rs prints the bit patterns of 13 functions over 3,000 inputs; this prints, per
# function, the largest distance in ulps between the two and how many results differ at all.
#   bench/math_ulp.sh [WASMRUST]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
command -v rustc >/dev/null 2>&1 || { echo "== float math accuracy: skipped (no rustc)"; exit 0; }
rustc --edition 2021 -O "$root/bench/math/ulp_probe.rs" -o "$tmp/native" 2>/dev/null
"$tmp/native" > "$tmp/native.txt"
"$wasmrust" run "$root/bench/math/ulp_probe.rs" > "$tmp/wr.txt"
echo "== float math accuracy vs the host libm (3,000 inputs each)"
python3 - "$tmp/native.txt" "$tmp/wr.txt" <<'PY'
import sys
names = "exp ln sin cos atan atan2 powf tan log10 log2 tanh asin cbrt".split()
def isnan(b): return (b >> 52) & 0x7ff == 0x7ff and b & ((1 << 52) - 1) != 0
def key(b): return b if b < 1 << 63 else (1 << 63) - b
mx = [0] * len(names); cnt = [0] * len(names)
for a, b in zip(open(sys.argv[1]), open(sys.argv[2])):
    for i, (x, y) in enumerate(zip(a.split(), b.split())):
        x, y = int(x), int(y)
        if isnan(x) and isnan(y): continue
        d = abs(key(x) - key(y))
        mx[i] = max(mx[i], d); cnt[i] += d > 0
for n, m, c in zip(names, mx, cnt): print(f"  {n:6} max {m} ulp, {c}/3000 results differ")
PY
