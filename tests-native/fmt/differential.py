#!/usr/bin/env python3
"""Differential formatting test: WasmRust-compiled programs against rustc, for thousands of values.

Generates programs in the v0 subset that print integers of every width, f32/f64 values (random bit
patterns including subnormals, powers of ten, halfway cases, NaN/inf/-0), bools, chars (with escapes)
and strings under many format specs, compiles each with rustc (the oracle) and with wasmrust, runs both
and compares stdout line by line. Prints `fmt-wasm: N passed, M failed`; exit 1 on any mismatch,
77 (skip) when rustc is not installed.
"""
import argparse, os, random, struct, subprocess, sys, tempfile, shutil

INT_TYPES = [("i8", 8, True), ("i16", 16, True), ("i32", 32, True), ("i64", 64, True), ("isize", 32, True),
             ("u8", 8, False), ("u16", 16, False), ("u32", 32, False), ("u64", 64, False), ("usize", 32, False)]
INT_SPECS = ["{}", "{:?}", "{:5}", "{:<6}", "{:^7}", "{:>8}", "{:+}", "{:05}", "{:x}", "{:X}", "{:#x}", "{:#X}",
             "{:b}", "{:#b}", "{:o}", "{:#o}", "{:08x}", "{:#010b}", "{:*^9}", "{:e}", "{:E}", "{:.2e}", "{:+.1e}", "{:-<5}"]
FLOAT_SPECS = ["{}", "{:?}", "{:.0}", "{:.1}", "{:.3}", "{:.10}", "{:e}", "{:E}", "{:.2e}", "{:12.4}", "{:<10}",
               "{:+}", "{:08.2}", "{:^14?}", "{:.0e}", "{:+.3e}", "{:.17}", "{:15}"]
CHAR_SPECS = ["{}", "{:?}", "{:>4}", "{:*<3}", "{:^5}"]
STR_SPECS = ["{}", "{:?}", "{:>12}", "{:.3}", "{:-^15}", "{:8.2}"]


def rust_f64(x):
    if x != x:
        return "f64::NAN"
    if x == float("inf"):
        return "f64::INFINITY"
    if x == float("-inf"):
        return "f64::NEG_INFINITY"
    r = repr(x)
    if "e" not in r and "." not in r and "inf" not in r:
        r += ".0"
    return "(" + r + "f64)" if not r.startswith("-") else "(" + r + "f64)"


def rust_f32(x):
    if x != x:
        return "f32::NAN"
    if x in (float("inf"), float("-inf")):
        return "f32::INFINITY" if x > 0 else "f32::NEG_INFINITY"
    r = repr(x)
    if "e" not in r and "." not in r:
        r += ".0"
    return "(" + r + "f32)"


def f32_of(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def gen_values(rng, scale):
    lines = []
    for name, bits, signed in INT_TYPES:
        lo = -(1 << (bits - 1)) if signed else 0
        hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        vals = {lo, hi, 0, 1, lo + 1, hi - 1, 7, 10, 100, 255 if hi >= 255 else hi}
        if signed:
            vals |= {-1, -10, -128 if lo <= -128 else lo}
        for _ in range(6 * scale):
            vals.add(rng.randint(lo, hi))
        for v in sorted(vals):
            lit = ("(%d%s)" % (v, name)) if v >= 0 else ("(%d%s)" % (v, name))
            for spec in rng.sample(INT_SPECS, 8):
                # two's complement radix output of a negative isize depends on the pointer width (rustc
                # here is x86-64, wasm32's isize is 32-bit): keep only width-independent lines
                if name == "isize" and v < 0 and any(k in spec for k in "xXbo"):
                    continue
                lines.append('println!("%s", %s);' % (spec, lit))
    f64s = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.5, 2.5, 1e21, 1e-7, 1e16, 1e15, 123456789.0, 5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, float("nan"), float("inf"), float("-inf"), 0.125, 100.0, 1e300, 3.141592653589793]
    for _ in range(60 * scale):
        bitsv = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bitsv))[0]
        if x == x:
            f64s.append(x)
    for _ in range(30 * scale):
        f64s.append(rng.choice([1, -1]) * rng.randint(1, 10**6) / 10 ** rng.randint(0, 8))
    for x in f64s:
        for spec in rng.sample(FLOAT_SPECS, 6):
            lines.append('println!("%s", %s);' % (spec, rust_f64(x)))
    f32s = [0.0, 1.0, 0.1, 16777216.0, 3.4028234663852886e38, 1e-45, float("nan"), float("inf")]
    for _ in range(40 * scale):
        x = struct.unpack("<f", struct.pack("<I", rng.getrandbits(32)))[0]
        if x == x:
            f32s.append(x)
    for x in f32s:
        for spec in rng.sample(FLOAT_SPECS, 5):
            lines.append('println!("%s", %s);' % (spec, rust_f32(f32_of(x))))
    chars = ["'a'", "'Z'", "'0'", "' '", "'\\n'", "'\\t'", "'\\''", "'\"'", "'\\\\'", "'\\0'", "'\\u{7f}'", "'\\u{1b}'",
             "'é'", "'ß'", "'☃'", "'日'", "'\\u{10ffff}'", "'\\u{80}'", "'\\u{ad}'", "'\\u{300}'"]
    for c in chars:
        for spec in CHAR_SPECS:
            lines.append('println!("%s", %s);' % (spec, c))
    strs = ['"hello"', '""', '"tab\\there"', '"quote\\"d"', '"it\'s"', '"back\\\\slash"', '"line\\nbreak"', '"naïve café"',
            '"日本語テキスト"', '"\\u{1b}[0m"', '"nul\\0byte"']
    for s_ in strs:
        for spec in STR_SPECS:
            lines.append('println!("%s", %s);' % (spec, s_))
    for b in ["true", "false"]:
        for spec in ["{}", "{:?}", "{:>7}", "{:<6}|", "{:^9}"]:
            lines.append('println!("%s", %s);' % (spec, b))
    # positional, named, inline, width/precision from arguments
    lines += ['println!("{0} {1} {0}", 1, 2);', 'println!("{a}-{b}", a = 5, b = "x");',
              'let w = 7; let p = 2; println!("[{:w$.p$}]", 3.14159, w = w, p = p);', 'println!("[{:1$}]", 42, 6);',
              'println!("[{:.*}]", 3, 2.71828);', 'let name = "inline"; println!("{name:>10}");']
    return lines


def program(lines):
    out = ["// generated by tests-native/fmt/differential.py"]
    fns = []
    for i in range(0, len(lines), 150):
        fn = "fn part%d() {\n    %s\n}" % (len(fns), "\n    ".join(lines[i:i + 150]))
        fns.append(fn)
    out += fns
    out.append("fn main() {\n    %s\n}" % "\n    ".join("part%d();" % i for i in range(len(fns))))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasmrust", required=True)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--scale", type=int, default=2)
    args = ap.parse_args()
    if not shutil.which("rustc"):
        print("fmt-wasm: SKIPPED: rustc (the oracle) not found on PATH", file=sys.stderr)
        return 77
    rng = random.Random(args.seed)
    lines = gen_values(rng, args.scale)
    tmp = tempfile.mkdtemp(prefix="wr-fmt-")
    try:
        src = os.path.join(tmp, "fmt_diff.rs")
        with open(src, "w") as f:
            f.write(program(lines))
        exe = os.path.join(tmp, "native")
        r = subprocess.run(["rustc", "--edition", "2021", "-A", "warnings", "-o", exe, src], capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr[-3000:])
            print("fmt-wasm: generated program rejected by rustc")
            return 1
        env = dict(os.environ)
        env.pop("RUST_BACKTRACE", None)
        want = subprocess.run([exe], capture_output=True, env=env).stdout.decode("utf-8", "replace").splitlines()
        got_r = subprocess.run([args.wasmrust, "run", src], capture_output=True, timeout=600)
        got = got_r.stdout.decode("utf-8", "replace").splitlines()
        if got_r.returncode != 0:
            print(got_r.stderr.decode("utf-8", "replace")[-3000:])
        passed = failed = 0
        for i, w in enumerate(want):
            g = got[i] if i < len(got) else "<missing>"
            if g == w:
                passed += 1
            else:
                failed += 1
                if failed <= 20:
                    print("mismatch %d: %s\n  rustc:    %r\n  wasmrust: %r" % (i, lines[i] if i < len(lines) else "?", w, g))
        if len(got) > len(want):
            failed += len(got) - len(want)
        print("fmt-wasm: %d passed, %d failed" % (passed, failed))
        return 0 if failed == 0 and got_r.returncode == 0 else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
