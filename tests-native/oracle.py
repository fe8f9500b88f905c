#!/usr/bin/env python3
"""rustc as the oracle for the WasmRust corpora (stdlib only).

  python3 tests-native/oracle.py regen [--filter S] [NAME...]   write run expectations
  python3 tests-native/oracle.py check [--filter S]              compare run expectations
  python3 tests-native/oracle.py ui [--filter S]                 check ui markers against rustc
  python3 tests-native/oracle.py rustc-json NAME...              write ui/NAME.rustc.json (rustc's spans)

Wrapped by scripts/regen-run-expected.sh and scripts/check-oracle.sh; see
docs/testing.md for the rules.  All paths are passed to rustc relative to
the repository root, so panic locations read `tests-native/run/NAME.rs:L:C`.
"""

import argparse
import json
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

ROOT = corpus.ROOT
RUSTC_FLAGS = ["--edition", "2021"]
RUN_TIMEOUT = 10.0
SLOW_SECONDS = 0.2
WASM32_MARK = "// wasm32-expectation:"

# rustc >= 1.88 prints the thread id: `thread 'main' (12345) panicked at`.
THREAD_ID_RE = re.compile(r"thread '([^']*)' \(\d+\)")


def strip_thread_id(text):
    return THREAD_ID_RE.sub(r"thread '\1'", text)


def env_for_binary():
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)      # this machine sets RUST_BACKTRACE=1
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def rustc_version():
    try:
        return subprocess.run(["rustc", "--version"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout.strip()
    except OSError:
        return None


class RunResult:
    def __init__(self):
        self.error = None     # oracle problem (warnings, nondeterminism, ...)
        self.notes = []
        self.stdout = ""
        self.stderr = ""
        self.exit = 0


def oracle_run(rel, tmpdir):
    """Compile `rel` with rustc and run it twice.  Returns a RunResult."""
    res = RunResult()
    exe = os.path.join(tmpdir, os.path.basename(rel)[:-3])
    test_file = corpus.is_test_file(rel)
    p = subprocess.run(["rustc"] + RUSTC_FLAGS + (["--test"] if test_file else []) + ["-o", exe, rel], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for_binary())
    cerr = p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        res.error = "rustc rejects %s:\n%s" % (rel, cerr.rstrip())
        return res
    if cerr.strip():
        res.error = "rustc warns on %s (run programs must be warning-free):\n%s" % (rel, cerr.rstrip())
        return res
    runs = []
    for _ in range(2):
        t0 = time.monotonic()
        try:
            q = subprocess.run([exe] + (["--test-threads=1"] if test_file else []), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env_for_binary(), timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            res.error = "%s: the native binary ran longer than %gs" % (rel, RUN_TIMEOUT)
            return res
        dt = time.monotonic() - t0
        rc = q.returncode
        if rc < 0:                       # killed by a signal: report like a shell (SIGABRT -> 134)
            rc = 128 - rc
        runs.append((q.stdout, strip_thread_id(q.stderr.decode("utf-8", "replace")), rc, dt))
    if test_file:
        runs = [(corpus.normalize_timing(strip_thread_id(r[0].decode("utf-8", "replace"))).encode(), r[1], r[2], r[3]) for r in runs]
    if runs[0][:3] != runs[1][:3]:
        res.error = "%s: two native runs differ (nondeterministic program, fix or drop it)" % rel
        return res
    if max(runs[0][3], runs[1][3]) > SLOW_SECONDS:
        res.notes.append("slow: %.2fs natively (keep run programs under %gs)" % (max(runs[0][3], runs[1][3]), SLOW_SECONDS))
    try:
        res.stdout = runs[0][0].decode("utf-8")
        if test_file:  # libtest prints panics (with thread ids) and its timing on stdout
            res.stdout = corpus.normalize_timing(strip_thread_id(res.stdout))
    except UnicodeDecodeError:
        res.error = "%s: stdout is not UTF-8" % rel
        return res
    res.stderr = runs[0][1]
    res.exit = runs[0][2]
    return res


def expected_files(res):
    """The files a run test should have, as {suffix: content or None (=absent)}."""
    files = {"stdout": res.stdout, "exit": None, "stderr": None}
    if res.exit != 0:
        files["exit"] = "%d\n" % res.exit
    if res.exit != 0 or res.stderr:
        files["stderr"] = res.stderr
    return files


def has_wasm32_mark(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.readline().startswith(WASM32_MARK)


def wasm32_consistency(rel):
    base = os.path.join(ROOT, rel[:-3])
    over = [s for s in ("stdout", "stderr", "exit") if os.path.exists(base + ".wasm32." + s)]
    mark = has_wasm32_mark(rel)
    if over and not mark:
        return "%s has %s but no first line `%s <why>`" % (
            rel, ", ".join("NAME.wasm32." + s for s in over), WASM32_MARK)
    if mark and not over:
        return "%s is marked `%s` but has no NAME.wasm32.stdout" % (rel, WASM32_MARK)
    return None


def read_or_none(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def select(suite, filt, names):
    rels = corpus.list_tests(suite, filt)
    if names:
        want = {n[:-3] if n.endswith(".rs") else n for n in names}
        want = {os.path.basename(n) for n in want}
        rels = [r for r in rels if os.path.basename(r)[:-3] in want]
        missing = want - {os.path.basename(r)[:-3] for r in rels}
        if missing:
            raise SystemExit("oracle: no such %s test: %s" % (suite, ", ".join(sorted(missing))))
    return rels


def cmd_run(args, write):
    if rustc_version() is None:
        print("oracle: rustc not found on PATH; skipping (install rustup's rustc 1.95 to use the oracle)")
        return 0
    print("oracle: using %s" % rustc_version())
    rels = select("run", args.filter, args.names)
    tmp = tempfile.mkdtemp(prefix="wasmrust-oracle-")
    bad = 0
    changed = 0
    try:
        def work(rel):
            d = os.path.join(tmp, os.path.basename(rel)[:-3] + ".d")
            os.makedirs(d, exist_ok=True)
            return rel, oracle_run(rel, d)

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            for rel, res in ex.map(work, rels):
                for n in res.notes:
                    print("note: %s: %s" % (rel, n))
                if res.error:
                    bad += 1
                    print("ERROR " + res.error)
                    continue
                msg = wasm32_consistency(rel)
                if msg:
                    bad += 1
                    print("ERROR " + msg)
                    continue
                base = os.path.join(ROOT, rel[:-3])
                for suffix, content in expected_files(res).items():
                    path = base + "." + suffix
                    old = read_or_none(path)
                    if old == content:
                        continue
                    if write:
                        changed += 1
                        if content is None:
                            os.remove(path)
                            print("removed %s" % os.path.relpath(path, ROOT))
                        else:
                            with open(path, "w", encoding="utf-8", newline="") as f:
                                f.write(content)
                            print("%s %s" % ("updated" if old is not None else "wrote", os.path.relpath(path, ROOT)))
                    else:
                        bad += 1
                        rp = os.path.relpath(path, ROOT)
                        if content is None:
                            print("MISMATCH %s exists but rustc's run gives no %s" % (rp, suffix))
                        elif old is None:
                            print("MISMATCH %s is missing" % rp)
                        else:
                            print("MISMATCH %s:\n%s" % (rp, corpus.diff_text(old, content, suffix)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    verb = "regenerated" if write else "checked"
    print("oracle: %s %d run programs, %d problem(s)%s" % (
        verb, len(rels), bad, (", %d file(s) changed" % changed) if write else ""))
    return 1 if bad else 0


def is_wasmrust_only(marker):
    return "WasmRust" in marker.text


def cmd_ui(args):
    if rustc_version() is None:
        print("oracle: rustc not found on PATH; skipping the ui oracle check")
        return 0
    print("oracle: using %s" % rustc_version())
    rels = select("ui", args.filter, args.names)
    tmp = tempfile.mkdtemp(prefix="wasmrust-oracle-ui-")
    bad = 0
    try:
        def work(rel):
            src = corpus.read_text(os.path.join(ROOT, rel))
            try:
                markers = corpus.parse_markers(src)
            except corpus.MarkerError as e:
                return rel, ["bad marker: %s" % e]
            p = subprocess.run(["rustc"] + RUSTC_FLAGS + (["--test"] if corpus.is_test_file(rel) else []) + ["--error-format=json", "--emit=metadata",
                                "--crate-type=bin", "--out-dir", tmp, rel],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for_binary())
            diags, badlines = corpus.parse_json_diagnostics(p.stderr.decode("utf-8", "replace"), rel)
            # On a line where WasmRust reports "not supported", whatever rustc
            # says about that line (e.g. `unused_unsafe`) is irrelevant.
            unsupported_lines = {m.line for m in markers if is_wasmrust_only(m)}
            diags = [d for d in diags if not (d.lines & unsupported_lines)]
            probs = ["unparseable rustc JSON: %s" % b[:200] for b in badlines]
            probs += corpus.match_markers(markers, diags, ignore_marker=is_wasmrust_only)
            want_fail = any(m.level == "error" and not is_wasmrust_only(m) for m in markers)
            if want_fail and p.returncode == 0:
                probs.append("rustc accepts the file")
            if not want_fail and p.returncode != 0:
                probs.append("rustc rejects the file but it has no (rustc) ERROR markers")
            return rel, probs

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            for rel, probs in ex.map(work, rels):
                if probs:
                    bad += 1
                    print("MISMATCH %s" % rel)
                    for pr in probs:
                        print("    " + pr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("oracle: checked %d ui programs against rustc, %d problem(s)" % (len(rels), bad))
    return 1 if bad else 0


def cmd_rustc_json(args):
    """Writes tests-native/ui/NAME.rustc.json: rustc's error diagnostics for the file (code, message,
    primary and labeled spans), compared by corpus.py with WasmRust's `--message-format=json`."""
    version = rustc_version()
    if not version:
        print("oracle: rustc not found", file=sys.stderr)
        return 1
    if not args.names:
        print("oracle: rustc-json needs the ui test names", file=sys.stderr)
        return 1
    for n in args.names:
        n = n[:-3] if n.endswith(".rs") else n
        rel = "tests-native/ui/%s.rs" % n
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run(["rustc"] + RUSTC_FLAGS + ["-A", "warnings", "--error-format=json", "--emit=metadata",
                                "--out-dir", tmp, rel], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        diags = corpus.span_summaries(p.stderr, rel)
        if not diags:
            print("oracle: rustc reports no error for %s" % rel, file=sys.stderr)
            return 1
        out = os.path.join(ROOT, "tests-native/ui/%s.rustc.json" % n)
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"rustc": version, "flags": "--edition 2021 -A warnings --error-format=json",
                       "diagnostics": diags}, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("wrote %s (%d errors)" % (os.path.relpath(out, ROOT), len(diags)))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("regen", "check", "ui", "rustc-json"))
    ap.add_argument("--filter", default=None)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("names", nargs="*", help="test names (NAME or NAME.rs); default: all")
    args = ap.parse_args(argv)
    if args.mode == "regen":
        return cmd_run(args, write=True)
    if args.mode == "check":
        return cmd_run(args, write=False)
    if args.mode == "rustc-json":
        return cmd_rustc_json(args)
    return cmd_ui(args)


if __name__ == "__main__":
    sys.exit(main())
