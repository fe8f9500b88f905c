#!/usr/bin/env bash
# Accuracy of WasmRust's float math (compiler/runtime/math.rs): bench/math/ulp_probe.rs prints the bit
# patterns of 13 functions over 3,000 inputs, built once with rustc (the host's libm) and once with
# WasmRust. Per function this prints the largest distance in ulps, and how many results differ, between
#   ours and libm;  ours and the correctly rounded result;  libm and the correctly rounded result.
# The correctly rounded result comes from mpmath (200 bits, then rounded to the nearest double) on the
# probe's inputs, which this script regenerates (same xorshift, same arithmetic); "worst" is the largest
# error in ulps of the correctly rounded result's binade (0.5 = correctly rounded at worst).
# Without mpmath only the first figure is printed.
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
echo "== float math accuracy, 3,000 inputs each: max ulps apart (results that differ, worst error in ulps)"
python3 - "$tmp/native.txt" "$tmp/wr.txt" <<'PY'
import math, struct, sys
names = "exp ln sin cos atan atan2 powf tan log10 log2 tanh asin cbrt".split()
def isnan(b): return (b >> 52) & 0x7ff == 0x7ff and b & ((1 << 52) - 1) != 0
def key(b): return b if b < 1 << 63 else (1 << 63) - b
def bits(f): return struct.unpack("<Q", struct.pack("<d", f))[0]
def dist(x, y):  # bit patterns; None if both NaN, huge if only one is
    if isnan(x) or isnan(y): return None if isnan(x) and isnan(y) else 1 << 64
    return abs(key(x) - key(y))
libm = [[int(t) for t in l.split()] for l in open(sys.argv[1])]
ours = [[int(t) for t in l.split()] for l in open(sys.argv[2])]
assert len(libm) == len(ours) == 3000
try:
    import mpmath
    from mpmath import mp, mpf
except ImportError:
    mpmath = None

def inputs():  # the probe's inputs, computed as it computes them (IEEE doubles, no fused operations)
    x = 0x9E3779B97F4A7C15; M = (1 << 64) - 1
    def nxt():
        nonlocal x
        x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M
        return x
    for i in range(3000):
        r = (nxt() >> 11) / float(1 << 53)
        v = [r * 20.0 - 10.0, r * 1400.0 - 700.0, r * 1e6, r * 2.0 - 1.0, (r - 0.5) * 1e-5, r * 100.0][i % 6]
        w = (nxt() >> 11) / float(1 << 53) * 8.0 - 4.0
        yield v, w

def nearest(y):  # the double nearest the mpf y (ties to even), or NaN/inf
    if y is None: return math.nan
    f = float(y)
    if math.isinf(f) or f == 0.0 and y == 0: return f
    best = None
    for c in (math.nextafter(f, -math.inf), f, math.nextafter(f, math.inf)):
        e = abs(mpf(c) - y)
        if best is None or e < best[0] or e == best[0] and bits(c) & 1 == 0: best = (e, c)
    return best[1]

def ulp_err(f, y):  # |f - y| in ulps of y's binade
    if y is None or y == 0 or math.isnan(f) or math.isinf(f): return 0.0
    u = math.ulp(nearest(y))
    return float(abs(mpf(f) - y) / u)

def exact_row(v, w):
    a, d = abs(v), v / 1000.0
    fs = [lambda: mpmath.exp(v), lambda: mpmath.log(a), lambda: mpmath.sin(v), lambda: mpmath.cos(v),
          lambda: mpmath.atan(v), lambda: mpmath.atan2(v, w), lambda: mpmath.power(a, w), lambda: mpmath.tan(v),
          lambda: mpmath.log10(a), lambda: mpmath.log(a, 2), lambda: mpmath.tanh(v),
          lambda: mpmath.asin(d) if abs(d) <= 1 else None, lambda: mpmath.cbrt(a)]
    return [f() for f in fs]

n = len(names)
stats = {k: [[0] * n, [0] * n, [0.0] * n] for k in ("ol", "oe", "le")}
def add(k, i, d, e=None):
    if d is None: return
    s = stats[k]; s[0][i] = max(s[0][i], d); s[1][i] += d > 0
    if e is not None: s[2][i] = max(s[2][i], e)
for row_l, row_o in zip(libm, ours):
    for i in range(n): add("ol", i, dist(row_o[i], row_l[i]))
if mpmath:
    mp.prec = 200
    for (v, w), row_l, row_o in zip(inputs(), libm, ours):
        for i, y in enumerate(exact_row(v, w)):
            c = bits(nearest(y))
            fo, fl = struct.unpack("<d", struct.pack("<Q", row_o[i]))[0], struct.unpack("<d", struct.pack("<Q", row_l[i]))[0]
            add("oe", i, dist(row_o[i], c), ulp_err(fo, y)); add("le", i, dist(row_l[i], c), ulp_err(fl, y))
    # the regenerated inputs are the probe's: libm through Python gives the probe's bits for sin and atan2
    chk = [(bits(math.sin(v)), bits(math.atan2(v, w))) for v, w in inputs()]
    assert all(c == (r[2], r[5]) for c, r in zip(chk, libm)), "inputs regenerated wrongly"
    print(f"  {'':6}  {'ours vs libm':<14}  {'ours vs exact':<24}  libm vs exact")
for i, nm in enumerate(names):
    def f(k, worst):
        s = stats[k]; t = f"{s[0][i]} ulp ({s[1][i]}"
        return t + (f", worst {s[2][i]:.3f})" if worst else ")")
    line = f"  {nm:6}  {f('ol', False):<14}"
    if mpmath: line += f"  {f('oe', True):<24}  {f('le', True)}"
    print(line)
PY
