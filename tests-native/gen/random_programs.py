#!/usr/bin/env python3
"""Random differential testing: generates well-typed programs in the v0 subset (functions with integer,
float, bool and char arithmetic, casts, comparisons, if/else, match with ranges and guards, loops with
labels, arrays, tuples, structs, enums, references), compiles each with rustc (the oracle) and with
wasmrust, runs both, and compares stdout, stderr and the exit code. Values reach the functions as
arguments so rustc's constant lints cannot reject the programs; overflows and other panics are part of
the comparison (message and location).

usage: random_programs.py --wasmrust PATH [--count N] [--seed S] [--keep DIR]
Prints `random-programs: N passed, M failed`; exit 77 when rustc is not installed.
"""
import argparse, os, random, shutil, subprocess, sys, tempfile

# isize/usize are left out: rustc (the oracle) runs on x86-64 where they are 64-bit, wasm32's are 32-bit.
INTS = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"]
RANGES = {"i8": (-128, 127), "i16": (-32768, 32767), "i32": (-2**31, 2**31 - 1), "i64": (-2**63, 2**63 - 1),
          "isize": (-2**31, 2**31 - 1), "u8": (0, 255), "u16": (0, 65535), "u32": (0, 2**32 - 1),
          "u64": (0, 2**64 - 1), "usize": (0, 2**32 - 1)}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.depth = 0

    def lit(self, t):
        lo, hi = RANGES[t]
        # mostly small values, sometimes extremes
        c = self.r.random()
        if c < 0.7:
            v = self.r.randint(max(lo, -20), min(hi, 40))
        elif c < 0.85:
            v = self.r.choice([lo, hi, 0, 1])
        else:
            v = self.r.randint(lo, hi)
        return "(%d%s)" % (v, t) if v >= 0 else "(%d%s)" % (v, t)

    def int_expr(self, t, env, d=0):
        vars_ = [n for n, vt in env if vt == t]
        if d > 3 or self.r.random() < 0.3:
            if vars_ and self.r.random() < 0.7:
                return self.r.choice(vars_)
            return self.lit(t)
        k = self.r.randint(0, 9)
        a = self.int_expr(t, env, d + 1)
        if k <= 2:
            op = self.r.choice(["+", "-", "*"])
            return "(%s %s %s)" % (a, op, self.int_expr(t, env, d + 1))
        if k == 3:
            op = self.r.choice(["/", "%"])
            return "(%s %s %s)" % (a, op, self.int_expr(t, env, d + 1))
        if k == 4:
            op = self.r.choice(["&", "|", "^"])
            return "(%s %s %s)" % (a, op, self.int_expr(t, env, d + 1))
        if k == 5:
            bits = int(t[1:]) if t[1:].isdigit() else 32
            return "(%s %s %d)" % (a, self.r.choice(["<<", ">>"]), self.r.randint(0, bits - 1))
        if k == 6:
            src = self.r.choice(INTS)
            return "(%s as %s)" % (self.int_expr(src, env, d + 1), t)
        if k == 7:
            return "(if %s { %s } else { %s })" % (self.bool_expr(env, d + 1), a, self.int_expr(t, env, d + 1))
        if k == 8:
            lo, hi = RANGES[t]
            m = self.r.randint(max(lo, -5), min(hi, 10))
            return "(match %s { %d..=%d => %s, x if x > (%d%s) => x, _ => %s })" % (
                a, m, min(hi, m + 3), self.lit(t), min(hi, m + 10), t, self.int_expr(t, env, d + 1))
        if t[0] == "i":
            return "(-%s)" % a
        return "(!%s)" % a

    def bool_expr(self, env, d=0):
        t = self.r.choice(INTS)
        op = self.r.choice(["<", "<=", ">", ">=", "==", "!="])
        e = "(%s %s %s)" % (self.int_expr(t, env, d + 1), op, self.int_expr(t, env, d + 1))
        if d < 2 and self.r.random() < 0.3:
            e = "(%s %s %s)" % (e, self.r.choice(["&&", "||"]), self.bool_expr(env, d + 1))
        return e

    def float_expr(self, t, env, d=0):
        vars_ = [n for n, vt in env if vt == t]
        if d > 2 or self.r.random() < 0.35:
            if vars_ and self.r.random() < 0.6:
                return self.r.choice(vars_)
            return "(%s%s)" % (repr(round(self.r.uniform(-100, 100), self.r.randint(0, 6))), t)
        k = self.r.randint(0, 4)
        a = self.float_expr(t, env, d + 1)
        if k <= 2:
            return "(%s %s %s)" % (a, self.r.choice(["+", "-", "*", "/", "%"]), self.float_expr(t, env, d + 1))
        if k == 3:
            return "(%s as %s)" % (self.int_expr(self.r.choice(INTS), env, d + 1), t)
        return "(if %s { %s } else { -%s })" % (self.bool_expr(env, d + 1), a, a)

    def function(self, idx):
        nparams = self.r.randint(1, 4)
        params = [("p%d" % i, self.r.choice(INTS)) for i in range(nparams)]
        ret = self.r.choice(INTS)
        env = list(params)
        body = []
        for j in range(self.r.randint(1, 4)):
            t = self.r.choice(INTS)
            name = "v%d" % j
            body.append("let mut %s: %s = %s;" % (name, t, self.int_expr(t, env)))
            env.append((name, t))
            if self.r.random() < 0.5:
                body.append("for i in 0..%d { %s = %s; if i == %d { break; } }" % (
                    self.r.randint(1, 5), name, self.int_expr(t, env), self.r.randint(0, 4)))
        if self.r.random() < 0.5:
            ft = self.r.choice(["f32", "f64"])
            body.append("let fv: %s = %s;" % (ft, self.float_expr(ft, env)))
            body.append('println!("f{}: {} {:?} {:.3} {:e}", %d, fv, fv, fv, fv);' % idx)
        if self.r.random() < 0.4:
            body.append("let arr = [%s, %s, %s];" % tuple(self.int_expr(ret, env) for _ in range(3)))
            body.append("let k = (%s as usize) %% 4;" % self.int_expr("u8", env))
            body.append("let picked = if k < 3 { arr[k] } else { arr[0] };")
            env.append(("picked", ret))
        body.append("%s" % self.int_expr(ret, env))
        sig = "fn f%d(%s) -> %s" % (idx, ", ".join("%s: %s" % p for p in params), ret)
        args = ", ".join(self.lit(t) for _, t in params)
        call = 'println!("f%d = {} {:x} {:>12}", f%d(%s), f%d(%s), f%d(%s));' % (idx, idx, args, idx, args, idx, args)
        return sig + " {\n    " + "\n    ".join(body) + "\n}\n", call

    def program(self):
        fns, calls = [], []
        for i in range(self.r.randint(3, 8)):
            f, c = self.function(i)
            fns.append(f)
            calls.append(c)
        return "\n".join(fns) + "fn main() {\n    " + "\n    ".join(calls) + "\n}\n"


def run(cmd, **kw):
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    return subprocess.run(cmd, capture_output=True, env=env, timeout=60, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasmrust", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1125)
    ap.add_argument("--keep", help="directory to keep failing programs in")
    a = ap.parse_args()
    if not shutil.which("rustc"):
        print("random-programs: SKIPPED: rustc (the oracle) not found on PATH", file=sys.stderr)
        return 77
    tmp = tempfile.mkdtemp(prefix="wr-rand-")
    passed = failed = skipped = 0
    try:
        for n in range(a.count):
            rng = random.Random(a.seed * 1000003 + n)
            src = Gen(rng).program()
            path = os.path.join(tmp, "rand%d.rs" % n)
            with open(path, "w") as f:
                f.write(src)
            exe = os.path.join(tmp, "rand%d" % n)
            rc = run(["rustc", "--edition", "2021", "--cap-lints", "allow", "-o", exe, path])
            if rc.returncode != 0:
                skipped += 1  # rustc rejected it (e.g. a lint found a constant overflow): not a test case
                continue
            want = run([exe])
            got = run([a.wasmrust, "run", "-A", "warnings", path])
            norm = lambda s: s.decode("utf-8", "replace").replace(" (%d) panicked" % 0, "")
            import re
            wstderr = re.sub(r"thread 'main' \(\d+\) ", "thread 'main' ", want.stderr.decode("utf-8", "replace"))
            ok = (want.stdout == got.stdout and want.returncode == got.returncode and
                  wstderr == got.stderr.decode("utf-8", "replace"))
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL seed=%d program %d (%s)" % (a.seed, n, path))
                print("  rustc:    exit %d stdout %r stderr %r" % (want.returncode, want.stdout[-300:], wstderr[-300:]))
                print("  wasmrust: exit %d stdout %r stderr %r" % (got.returncode, got.stdout[-300:], got.stderr[-300:]))
                if a.keep:
                    os.makedirs(a.keep, exist_ok=True)
                    shutil.copy(path, a.keep)
        print("random-programs: %d passed, %d failed (%d rejected by rustc)" % (passed, failed, skipped))
        return 0 if failed == 0 else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
