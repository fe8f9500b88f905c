#!/usr/bin/env python3
"""Self-tests for tests-native/corpus.py (stdlib unittest).

  python3 tests-native/test_corpus_harness.py

The parser/matcher tests need nothing else.  The end-to-end tests drive the
harness over a temporary fixture tree with fake `wasmrust` executables; the
ones that use tests-native/rustc_shim.py are skipped when rustc is absent.
"""

import contextlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402

from corpus import Diag, MarkerError, match_markers, parse_markers  # noqa: E402

HAVE_RUSTC = shutil.which("rustc") is not None


def D(level, line, message, code=""):
    return Diag(level, code, message, {line} if line is not None else set())


class MarkerParsing(unittest.TestCase):
    def test_same_line(self):
        ms = parse_markers('fn main() {\n    let x: i32 = "a"; //~ ERROR mismatched types\n}\n')
        self.assertEqual(len(ms), 1)
        self.assertEqual((ms[0].line, ms[0].level, ms[0].text), (2, "error", "mismatched types"))

    def test_code_form(self):
        ms = parse_markers("a\nb //~ ERROR E0308\n")
        self.assertEqual(ms[0].text, "E0308")

    def test_caret_and_v(self):
        src = "l1\nl2\nl3 //~^ ERROR up one\nl4 //~^^ WARN up two\n//~v ERROR down one\nl6\n//~vv ERROR down two\nl8\nl9\n"
        ms = parse_markers(src)
        self.assertEqual([(m.line, m.level) for m in ms],
                         [(2, "error"), (2, "warning"), (6, "error"), (9, "error")])

    def test_pipe_follows_previous_target(self):
        ms = parse_markers("a\nb //~^ ERROR first\n//~| ERROR second\n")
        self.assertEqual([m.line for m in ms], [1, 1])

    def test_question_mark_is_any_location(self):
        ms = parse_markers("fn f() {}\n//~? ERROR `main` function not found\n")
        self.assertIsNone(ms[0].line)

    def test_warning_alias_and_colon(self):
        ms = parse_markers("x //~ WARNING: unused variable: `x`\n")
        self.assertEqual((ms[0].level, ms[0].text), ("warning", "unused variable: `x`"))

    def test_text_keeps_backticks_and_inner_spaces(self):
        ms = parse_markers("m //~ ERROR non-exhaustive patterns: `i32::MIN..=0_i32` and `11_i32..=i32::MAX` not covered   \n")
        self.assertEqual(ms[0].text, "non-exhaustive patterns: `i32::MIN..=0_i32` and `11_i32..=i32::MAX` not covered")

    def test_errors(self):
        for bad in ("x //~ EROR typo\n", "x //~ ERROR\n", "//~| ERROR no previous\n",
                    "//~^ ERROR before first line\n", "x\n//~v ERROR after last line\n"):
            with self.subTest(src=bad):
                with self.assertRaises(MarkerError):
                    parse_markers(bad)

    def test_plain_comments_are_not_markers(self):
        self.assertEqual(parse_markers("// ~ ERROR not a marker\n/* //~ is */ ok\n".replace("//~ is", "// ~ is")), [])


class Matching(unittest.TestCase):
    def test_code_or_message(self):
        ms = parse_markers("a //~ ERROR E0308\nb //~ ERROR cannot find value\n")
        ds = [D("error", 1, "mismatched types", "E0308"), D("error", 2, "cannot find value `x` in this scope", "E0425")]
        self.assertEqual(match_markers(ms, ds), [])

    def test_wrong_line(self):
        ms = parse_markers("a //~ ERROR E0308\nb\n")
        probs = match_markers(ms, [D("error", 2, "mismatched types", "E0308")])
        self.assertEqual(len(probs), 2)
        self.assertTrue(any("unexpected diagnostic" in p for p in probs))
        self.assertTrue(any("not matched" in p for p in probs))

    def test_level_must_agree(self):
        ms = parse_markers("a //~ WARN unused\n")
        self.assertEqual(len(match_markers(ms, [D("error", 1, "unused thing")])), 2)

    def test_one_to_one(self):
        ms = parse_markers("a //~ ERROR mismatched\n")
        probs = match_markers(ms, [D("error", 1, "mismatched types"), D("error", 1, "mismatched types")])
        self.assertEqual(probs, ["unexpected diagnostic (no marker): error: mismatched types (line 1)"])
        ms = parse_markers("a //~ ERROR mismatched\n//~| ERROR mismatched\n")
        self.assertEqual(match_markers(ms, [D("error", 1, "mismatched types")]),
                         ["marker not matched by any diagnostic: ERROR 'mismatched' at line 1 (marker on line 2)"])

    def test_two_markers_two_diags_same_line(self):
        ms = parse_markers("a + b //~ ERROR mismatched types\n//~^ ERROR cannot add `i64` to `i32`\n")
        ds = [D("error", 1, "cannot add `i64` to `i32`", "E0277"), D("error", 1, "mismatched types", "E0308")]
        self.assertEqual(match_markers(ms, ds), [])

    def test_unmarked_warning_fails(self):
        self.assertEqual(len(match_markers([], [D("warning", 3, "unused variable: `x`")])), 1)

    def test_any_location(self):
        ms = parse_markers("fn f() {}\n//~? ERROR main` function not found\n")
        self.assertEqual(match_markers(ms, [D("error", 1, "`main` function not found in crate `x`", "E0601")]), [])
        self.assertEqual(match_markers(ms, [D("error", None, "`main` function not found in crate `x`", "E0601")]), [])

    def test_ignore_marker(self):
        ms = parse_markers("unsafe {} //~ ERROR not supported by WasmRust yet\n")
        self.assertEqual(match_markers(ms, [], ignore_marker=lambda m: "WasmRust" in m.text), [])


class DiagnosticParsing(unittest.TestCase):
    FILE = "tests-native/ui/t.rs"

    def test_contract_json(self):
        lines = [
            json.dumps({"level": "error", "code": "E0308", "message": "mismatched types",
                        "spans": [{"file": self.FILE, "line_start": 3, "col_start": 18, "line_end": 3,
                                   "col_end": 21, "label": "expected `i32`", "primary": True},
                                  {"file": self.FILE, "line_start": 2, "col_start": 1, "line_end": 2,
                                   "col_end": 2, "label": "note", "primary": False}],
                        "children": [], "rendered": "..."}),
            "not json at all",
            json.dumps({"level": "warning", "code": None, "message": "unused variable: `x`",
                        "spans": [{"file": self.FILE, "line_start": 5, "primary": True}]}),
            json.dumps({"level": "error", "message": "aborting due to 1 previous error", "spans": []}),
            json.dumps({"level": "note", "message": "a stray note", "spans": []}),
        ]
        ds, bad = corpus.parse_json_diagnostics("\n".join(lines), self.FILE)
        self.assertEqual(bad, [])
        self.assertEqual([(d.level, d.code, d.message, d.lines) for d in ds],
                         [("error", "E0308", "mismatched types", {3}),
                          ("warning", "", "unused variable: `x`", {5})])

    def test_rustc_json(self):
        line = json.dumps({"$message_type": "diagnostic", "message": "cannot find type `Strng` in this scope",
                           "code": {"code": "E0425", "explanation": "..."}, "level": "error",
                           "spans": [{"file_name": "/rustc/library/alloc/src/string.rs", "line_start": 353,
                                      "is_primary": False},
                                     {"file_name": self.FILE, "line_start": 7, "is_primary": True}]})
        ds, bad = corpus.parse_json_diagnostics(line, self.FILE)
        self.assertEqual((ds[0].code, ds[0].lines), ("E0425", {7}))

    def test_bad_json_reported(self):
        ds, bad = corpus.parse_json_diagnostics('{"level": "error", "message": ', self.FILE)
        self.assertEqual((ds, len(bad)), ([], 1))

    def test_human(self):
        text = textwrap.dedent("""\
            error[E0308]: mismatched types
             --> tests-native/ui/t.rs:3:18
              |
            3 |     let x: i32 = "a";
              |            ---   ^^^ expected `i32`, found `&str`

            warning: unused variable: `y`
             --> tests-native/ui/t.rs:4:9
              |
            4 |     let y = 1;
              |         ^ help: if this is intentional, prefix it with an underscore: `_y`
              |
              = note: `#[warn(unused_variables)]` on by default

            error: aborting due to 1 previous error; 1 warning emitted

            For more information about this error, try `rustc --explain E0308`.
            """)
        ds = corpus.parse_human_diagnostics(text, self.FILE)
        self.assertEqual([(d.level, d.code, d.message, d.lines) for d in ds],
                         [("error", "E0308", "mismatched types", {3}),
                          ("warning", "", "unused variable: `y`", {4})])


class Misc(unittest.TestCase):
    def test_xfail(self):
        x = corpus.parse_xfail("# comment\n\nrun/fmt_exp   # {:e} not done\nui/lex_unknown_char\ntests-native/run/foo.rs\n")
        self.assertEqual(x, {"run/fmt_exp": "{:e} not done", "ui/lex_unknown_char": "", "run/foo": ""})

    def test_test_name(self):
        self.assertEqual(corpus.test_name("tests-native/run/hello_world.rs"), "run/hello_world")
        self.assertEqual(corpus.test_name("tests-native/ui/e0308_argument.rs"), "ui/e0308_argument")


# ---------------------------------------------------------------------------
# End to end over a fixture tree
# ---------------------------------------------------------------------------

FAKE_ECHO = r'''#!/usr/bin/env python3
# Fake wasmrust: `run` prints the file's `// fake-stdout: ...` line; `check`
# prints the file's `// fake-json: ...` lines; `build` writes an empty module.
import sys
cmd = sys.argv[1]
if cmd == "run":
    src = open(sys.argv[2]).read().splitlines()
    for l in src:
        if l.startswith("// fake-stdout: "):
            print(l[len("// fake-stdout: "):])
        if l.startswith("// fake-sleep"):
            import time; time.sleep(30)
    sys.exit(0)
if cmd == "build":
    open(sys.argv[4], "wb").write(bytes([0, 97, 115, 109, 1, 0, 0, 0]))
    sys.exit(0)
if cmd == "check":
    path = sys.argv[-1]
    src = open(path).read().splitlines()
    errs = 0
    for l in src:
        if l.startswith("// fake-json: "):
            sys.stderr.write(l[len("// fake-json: "):] + "\n") if "--message-format=json" in sys.argv else None
            errs += '"error"' in l
    if "--message-format=json" not in sys.argv:
        sys.stderr.write("human output\n")
    sys.exit(1 if errs else 0)
'''


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


class EndToEnd(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="corpus-selftest-")
        self.fake = os.path.join(self.root, "fake_wasmrust.py")
        write(self.fake, FAKE_ECHO, stat.S_IRWXU)
        run = os.path.join(self.root, "tests-native", "run")
        write(os.path.join(run, "good.rs"), "// fake-stdout: hello\nfn main() {}\n")
        write(os.path.join(run, "good.stdout"), "hello\n")
        write(os.path.join(run, "bad.rs"), "// fake-stdout: goodbye\nfn main() {}\n")
        write(os.path.join(run, "bad.stdout"), "hello\n")
        write(os.path.join(run, "known.rs"), "// fake-stdout: wrong\nfn main() {}\n")
        write(os.path.join(run, "known.stdout"), "right\n")
        write(os.path.join(run, "fixed.rs"), "// fake-stdout: ok\nfn main() {}\n")
        write(os.path.join(run, "fixed.stdout"), "ok\n")
        write(os.path.join(run, "panics.rs"), "// fake-stdout: out\nfn main() {}\n")
        write(os.path.join(run, "panics.stdout"), "out\n")
        write(os.path.join(run, "panics.exit"), "101\n")
        write(os.path.join(run, "hangs.rs"), "// fake-sleep\nfn main() {}\n")
        write(os.path.join(run, "hangs.stdout"), "")
        ui = os.path.join(self.root, "tests-native", "ui")
        diag = {"level": "error", "code": "E0308", "message": "mismatched types",
                "spans": [{"file": "tests-native/ui/u.rs", "line_start": 3, "col_start": 1,
                           "line_end": 3, "col_end": 2, "label": "", "primary": True}]}
        write(os.path.join(ui, "u.rs"), "// fake-json: %s\nfn main() {\n    let x: i32 = 'a'; //~ ERROR E0308\n}\n" % json.dumps(diag))
        write(os.path.join(ui, "u.stderr"), "human output\n")
        write(os.path.join(ui, "unblessed.rs"), "// fake-json: %s\nfn main() {\n    x //~ ERROR mismatched\n}\n"
              % json.dumps(dict(diag, spans=[dict(diag["spans"][0], file="tests-native/ui/unblessed.rs")])))
        write(os.path.join(self.root, "tests-native", "xfail.txt"),
              "# reasons\nrun/known  # not yet\nrun/fixed  # fixed since\nrun/gone\n")

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def harness(self, *args):
        buf = io.StringIO()
        saved = corpus.ROOT
        try:
            with contextlib.redirect_stdout(buf):
                rc = corpus.main(["--root", self.root, "--wasmrust", self.fake, "--timeout", "2",
                                  "--no-build-check"] + list(args))
        finally:
            corpus.ROOT = saved
        return rc, buf.getvalue()

    def test_all(self):
        rc, out = self.harness("all")
        self.assertEqual(rc, 1)
        self.assertIn("FAIL  run/bad", out)
        self.assertIn("stdout differs", out)
        self.assertIn("XPASS run/fixed: remove it from xfail.txt", out)
        self.assertIn("FAIL  run/panics", out)           # expected exit 101, got 0
        self.assertIn("expected 101", out)
        self.assertIn("FAIL  run/hangs", out)
        self.assertIn("timed out", out)
        self.assertIn("FAIL  ui/unblessed", out)
        self.assertIn("run scripts/bless-ui.sh", out)
        self.assertIn("STALE xfail.txt entry run/gone", out)
        self.assertNotIn("run/good", out)
        self.assertNotIn("FAIL  ui/u\n", out)
        self.assertTrue(out.rstrip().endswith("corpus: 2 passed, 6 failed, 1 xfail"), out)

    def test_one_and_filter(self):
        rc, out = self.harness("--one", os.path.join(self.root, "tests-native/run/good.rs"))
        self.assertEqual((rc, out.strip()), (0, "corpus: 1 passed, 0 failed"))
        rc, out = self.harness("--one", os.path.join(self.root, "tests-native/run/known.rs"))
        self.assertEqual((rc, out.strip()), (0, "corpus: 0 passed, 0 failed, 1 xfail"))
        rc, out = self.harness("--filter", "goo", "run")
        self.assertEqual((rc, out.strip()), (0, "corpus: 1 passed, 0 failed"))

    @unittest.skipUnless(shutil.which("wasm-opt") and shutil.which("node"), "wasm-opt and node needed")
    def test_build_check(self):
        h = corpus.Harness(self.fake)
        saved = corpus.ROOT
        corpus.ROOT = self.root
        try:
            o = h.check_run("tests-native/run/good.rs")
        finally:
            corpus.ROOT = saved
            h.close()
        self.assertEqual(o.problems, [])


@unittest.skipUnless(HAVE_RUSTC, "rustc not installed")
class ShimEndToEnd(unittest.TestCase):
    """The real corpus files, driven through the rustc shim (a few of them)."""

    def test_run_programs_pass_under_shim(self):
        shim = os.path.join(HERE, "rustc_shim.py")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = corpus.main(["--wasmrust", shim, "--no-build-check", "--filter", "hello_world", "run"])
        self.assertEqual(rc, 0, buf.getvalue())
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = corpus.main(["--wasmrust", shim, "--no-build-check", "--filter", "arith_div_zero_panic", "run"])
        self.assertEqual(rc, 0, buf.getvalue())

    def test_ui_markers_match_shim_json(self):
        shim = os.path.join(HERE, "rustc_shim.py")
        rel = "tests-native/ui/e0004_int_ranges.rs"
        p = subprocess.run([sys.executable, shim, "check", "--message-format=json", rel], cwd=corpus.ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.assertEqual(p.returncode, 1)
        diags, bad = corpus.parse_json_diagnostics(p.stderr, rel)
        self.assertEqual(bad, [])
        markers = parse_markers(corpus.read_text(os.path.join(corpus.ROOT, rel)))
        self.assertEqual(match_markers(markers, diags), [])


if __name__ == "__main__":
    unittest.main(verbosity=1)
