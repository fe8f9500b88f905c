#!/usr/bin/env python3
"""WasmRust corpus harness (stdlib only).

Drives the native `wasmrust` CLI over the two test corpora:

  tests-native/run/NAME.rs   programs that must compile and run; expected
                             stdout / stderr / exit code come from rustc
                             (scripts/regen-run-expected.sh)
  tests-native/ui/NAME.rs    programs that must be rejected (or warned about);
                             inline `//~ ERROR ...` markers plus a blessed
                             NAME.stderr (scripts/bless-ui.sh)

Usage:
  python3 tests-native/corpus.py --wasmrust PATH [--filter SUBSTR] run|ui|all
  python3 tests-native/corpus.py --wasmrust PATH --one tests-native/run/NAME.rs

Closing line: `corpus: N passed, M failed[, K xfail]`; exit status 0 when
nothing failed.  See docs/testing.md.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_DIR = "tests-native/run"
UI_DIR = "tests-native/ui"
XFAIL_FILE = "tests-native/xfail.txt"
DEFAULT_TIMEOUT = 20.0
SUITES = ("run", "ui")
# A run program whose first line is `//@ test` is a test file: the oracle builds it with `rustc --test`
# and runs it with `--test-threads=1`; WasmRust runs it with `wasmrust test`. Timings are normalized.
TEST_FILE_MARK = "//@ test"
TIMING_RE = re.compile(r"finished in \d+\.\d+s")


def is_test_file(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.readline().startswith(TEST_FILE_MARK)


def normalize_timing(text):
    return TIMING_RE.sub("finished in 0.00s", text)

# ---------------------------------------------------------------------------
# Markers
# ---------------------------------------------------------------------------
#
#   //~ ERROR text      diagnostic on this line
#   //~^ ERROR text     on the line above (one ^ per line: //~^^ two lines up)
#   //~v ERROR text     on the line below (//~vv two lines down)
#   //~| ERROR text     on the same line as the previous marker
#   //~? ERROR text     a diagnostic whose location is not checked (any line,
#                       or none; e.g. "`main` function not found")
#
# KIND is ERROR or WARN (WARNING is accepted as an alias).  TEXT is
# mandatory; it matches a diagnostic whose error code contains it (`E0308`)
# or whose message contains it (`mismatched types`).  Matching is
# case-sensitive.

MARKER_RE = re.compile(
    r"//~(?P<adj>\^+|v+|\||\?)?\s*(?P<kind>ERROR|WARN(?:ING)?)\b:?[ \t]*(?P<text>.*?)\s*$"
)
LOOSE_MARKER_RE = re.compile(r"//~")

KIND_TO_LEVEL = {"ERROR": "error", "WARN": "warning", "WARNING": "warning"}


class Marker:
    __slots__ = ("line", "level", "text", "src_line")

    def __init__(self, line, level, text, src_line):
        self.line = line          # 1-based target line, or None for `//~?`
        self.level = level        # "error" | "warning"
        self.text = text
        self.src_line = src_line  # line the marker is written on

    def describe(self):
        where = "any location" if self.line is None else "line %d" % self.line
        return "%s %r at %s (marker on line %d)" % (
            self.level.upper(), self.text, where, self.src_line)

    def __repr__(self):
        return "Marker(%r, %r, %r, %r)" % (self.line, self.level, self.text, self.src_line)


class MarkerError(Exception):
    pass


def parse_markers(source):
    """Return the list of Markers in `source` (a str).

    Raises MarkerError for malformed markers (unknown kind, empty text,
    `//~|` without a previous marker, target line outside the file).
    """
    markers = []
    lines = source.split("\n")
    nlines = len(lines)
    if nlines and lines[-1] == "":
        nlines -= 1
    prev_target = None
    for idx, text in enumerate(lines):
        lineno = idx + 1
        pos = text.find("//~")
        if pos < 0:
            continue
        m = MARKER_RE.match(text, pos)
        if not m:
            raise MarkerError("line %d: malformed marker: %s" % (lineno, text[pos:].strip()))
        adj = m.group("adj") or ""
        if adj.startswith("^"):
            target = lineno - len(adj)
        elif adj.startswith("v"):
            target = lineno + len(adj)
        elif adj == "|":
            if prev_target is None and not markers:
                raise MarkerError("line %d: `//~|` with no previous marker" % lineno)
            target = prev_target
        elif adj == "?":
            target = None
        else:
            target = lineno
        if target is not None and not (1 <= target <= nlines):
            raise MarkerError("line %d: marker points at line %d, outside the file" % (lineno, target))
        body = m.group("text")
        if not body:
            raise MarkerError("line %d: marker without text (write a code like E0308 or a message substring)" % lineno)
        markers.append(Marker(target, KIND_TO_LEVEL[m.group("kind")], body, lineno))
        prev_target = target
    return markers


# ---------------------------------------------------------------------------
# Diagnostics
# ---------------------------------------------------------------------------

class Diag:
    __slots__ = ("level", "code", "message", "lines")

    def __init__(self, level, code, message, lines):
        self.level = level        # "error" | "warning"
        self.code = code or ""    # "E0308" or ""
        self.message = message
        self.lines = lines        # set of primary line numbers in the test file (may be empty)

    def describe(self):
        where = ",".join(str(l) for l in sorted(self.lines)) or "no location"
        code = "[%s]" % self.code if self.code else ""
        return "%s%s: %s (line %s)" % (self.level, code, self.message, where)

    def __repr__(self):
        return "Diag(%r, %r, %r, %r)" % (self.level, self.code, self.message, sorted(self.lines))


# Summary lines that are not diagnostics of their own.
_SUMMARY_RE = re.compile(
    r"^(aborting due to|\d+ warnings? emitted|Some errors have detailed explanations"
    r"|For more information about|could not compile)"
)


def _norm_level(level):
    level = (level or "").lower()
    if level.startswith("error"):
        return "error"
    if level.startswith("warning") or level == "warn":
        return "warning"
    return None


def _same_file(span_file, test_file):
    if span_file is None:
        return True
    a = os.path.normpath(span_file)
    b = os.path.normpath(test_file)
    return a == b or a.endswith(os.sep + b) or b.endswith(os.sep + a) or \
        os.path.basename(a) == os.path.basename(b)


def parse_json_diagnostics(text, test_file, raw_objects=False):
    """Parse `--message-format=json` output (one JSON object per line).

    Returns (diags, bad_lines). Non-JSON lines are ignored; lines starting
    with `{` that fail to parse are returned in bad_lines. With raw_objects,
    diags are the decoded objects themselves.
    """
    diags = []
    bad = []
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        try:
            obj = json.loads(raw)
        except ValueError:
            bad.append(raw)
            continue
        if not isinstance(obj, dict):
            bad.append(raw)
            continue
        if raw_objects:
            diags.append(obj)
            continue
        # cargo-style wrapper {"reason": "compiler-message", "message": {...}}
        if "message" in obj and isinstance(obj["message"], dict):
            obj = obj["message"]
        level = _norm_level(obj.get("level"))
        if level is None:
            continue
        message = obj.get("message") or ""
        code = obj.get("code")
        if isinstance(code, dict):  # rustc: {"code": "E0308", "explanation": ...}
            code = code.get("code")
        spans = obj.get("spans") or []
        if not spans and _SUMMARY_RE.match(message):
            continue
        lines = set()
        for sp in spans:
            if not sp.get("is_primary", sp.get("primary", False)):
                continue
            if not _same_file(sp.get("file", sp.get("file_name")), test_file):
                continue
            if "line_start" in sp:
                lines.add(int(sp["line_start"]))
        diags.append(Diag(level, code, message, lines))
    return diags, bad


def span_summaries(text, test_file, errors_only=True):
    """The comparable part of JSON diagnostics (ours or rustc's), for `NAME.rustc.json` references:
    a list of {code, message, primary: [l1, c1, l2, c2], labels: sorted [[l1, c1, l2, c2, text]]} with
    spans in the test file only (rustc's spans inside std's macros are dropped); errors only."""
    out = []
    diags, _ = parse_json_diagnostics(text, test_file, raw_objects=True)
    for obj in diags:
        if "message" in obj and isinstance(obj["message"], dict):
            obj = obj["message"]
        level = _norm_level(obj.get("level"))
        if level is None or (errors_only and level != "error"):
            continue
        spans = [sp for sp in (obj.get("spans") or [])
                 if _same_file(sp.get("file", sp.get("file_name")), test_file)]
        code = obj.get("code")
        if isinstance(code, dict):
            code = code.get("code")
        if not spans and _SUMMARY_RE.match(obj.get("message") or ""):
            continue
        primary = None
        labels = []
        for sp in spans:
            pos = [sp["line_start"], sp["column_start"], sp["line_end"], sp["column_end"]]
            if sp.get("is_primary") and primary is None:
                primary = pos
            if sp.get("label"):
                labels.append(pos + [sp["label"]])
        out.append({"code": code or "", "message": obj.get("message") or "", "primary": primary,
                    "labels": sorted(labels)})
    return out


def compare_with_rustc(ref, ours):
    """Problems (strings) where our error diagnostics differ from the rustc reference: each of rustc's must
    be ours too with the same code, message, primary span and labeled spans (with their texts), and we
    report no other error."""
    problems = []
    left = list(ours)
    for r in ref:
        hit = next((o for o in left if o["code"] == r["code"] and o["primary"] == r["primary"]), None)
        where = "%s at %s" % (r["code"] or "error", "%d:%d" % tuple(r["primary"][:2]) if r["primary"] else "?")
        if hit is None:
            problems.append("rustc reports %s `%s`; WasmRust does not (same code and primary span)" % (where, r["message"]))
            continue
        left.remove(hit)
        if hit["message"] != r["message"]:
            problems.append("%s: message `%s`, rustc says `%s`" % (where, hit["message"], r["message"]))
        if hit["labels"] != r["labels"]:
            fmt = lambda ls: "; ".join("%d:%d-%d:%d %s" % tuple(l) for l in ls) or "none"
            problems.append("%s: labels differ\n    ours:  %s\n    rustc: %s" % (where, fmt(hit["labels"]), fmt(r["labels"])))
    for o in left:
        problems.append("WasmRust reports %s `%s` at %s that rustc does not" % (o["code"], o["message"], o["primary"]))
    return problems


_HUMAN_HEAD_RE = re.compile(r"^(error|warning)(?:\[(E\d{4})\])?: (.*)$")
_HUMAN_LOC_RE = re.compile(r"^\s*--> (.+):(\d+):(\d+)\s*$")


def parse_human_diagnostics(text, test_file):
    """Parse rustc-style human-readable diagnostics (the ` --> F:L:C` line
    following each `error[...]: msg` header gives the primary line)."""
    diags = []
    cur = None
    for line in text.splitlines():
        m = _HUMAN_HEAD_RE.match(line)
        if m:
            level, code, message = m.group(1), m.group(2), m.group(3)
            if _SUMMARY_RE.match(message):
                cur = None
                continue
            cur = Diag(level, code, message, set())
            diags.append(cur)
            continue
        if cur is not None:
            lm = _HUMAN_LOC_RE.match(line)
            if lm and not cur.lines:
                if _same_file(lm.group(1), test_file):
                    cur.lines.add(int(lm.group(2)))
                cur = None  # only the first --> line is the primary location
    return diags


def marker_matches(marker, diag):
    if marker.level != diag.level:
        return False
    if marker.line is not None and marker.line not in diag.lines:
        return False
    return marker.text in diag.code or marker.text in diag.message


def match_markers(markers, diags, ignore_marker=None):
    """One-to-one matching of diagnostics against markers.

    Every error and warning diagnostic must consume a distinct marker, and
    every marker must be consumed.  `ignore_marker(marker) -> bool` drops
    markers before matching (the rustc oracle uses it to skip
    WasmRust-specific markers).  Returns a list of problem strings (empty
    when everything matches).
    """
    if ignore_marker is not None:
        markers = [m for m in markers if not ignore_marker(m)]
    used = [False] * len(markers)
    problems = []
    unmatched = []
    for d in diags:
        # Prefer markers whose text matches the code exactly, then the rest,
        # so `//~ ERROR E0308` and `//~ ERROR mismatched` on one line both work.
        best = None
        for i, mk in enumerate(markers):
            if used[i] or not marker_matches(mk, d):
                continue
            if best is None:
                best = i
        if best is None:
            unmatched.append(d)
        else:
            used[best] = True
    for d in unmatched:
        problems.append("unexpected diagnostic (no marker): " + d.describe())
    for i, mk in enumerate(markers):
        if not used[i]:
            problems.append("marker not matched by any diagnostic: " + mk.describe())
    return problems


# ---------------------------------------------------------------------------
# xfail
# ---------------------------------------------------------------------------

def parse_xfail(text):
    """Return {test_name: reason}.  Lines: `run/NAME  # reason`."""
    out = {}
    for raw in text.splitlines():
        line = raw.strip()
        reason = ""
        if "#" in line:
            line, reason = line.split("#", 1)
            line = line.strip()
            reason = reason.strip()
        if not line:
            continue
        name = line
        if name.endswith(".rs"):
            name = name[:-3]
        if name.startswith("tests-native/"):
            name = name[len("tests-native/"):]
        out[name] = reason
    return out


def load_xfail():
    path = os.path.join(ROOT, XFAIL_FILE)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return parse_xfail(f.read())


# ---------------------------------------------------------------------------
# Running things
# ---------------------------------------------------------------------------

class Outcome:
    def __init__(self, name):
        self.name = name
        self.problems = []

    @property
    def ok(self):
        return not self.problems

    def fail(self, msg):
        self.problems.append(msg)


def child_env():
    env = dict(os.environ)
    # rustc's panic text depends on these; the expectations were produced
    # with them unset (see scripts/regen-run-expected.sh).
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    env["NO_COLOR"] = "1"
    return env


def run_cmd(argv, timeout, cwd=None):
    """Returns (returncode or None on timeout, stdout str, stderr str).

    The command runs in its own process group so that a timeout also kills
    the children it started (e.g. the node process behind `wasmrust run`),
    which would otherwise keep the pipes open and hang the harness.
    """
    try:
        p = subprocess.Popen(argv, cwd=cwd or ROOT, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=child_env(), start_new_session=(os.name == "posix"))
    except OSError as e:
        return -1000, "", "cannot execute %s: %s" % (argv[0], e)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(p)
        try:
            out, err = p.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            out, err = b"", b""
        return None, _dec(out), _dec(err)
    return p.returncode, _dec(out), _dec(err)


def _kill_group(p):
    try:
        if os.name == "posix":
            os.killpg(p.pid, signal.SIGKILL)
        else:
            p.kill()
    except (OSError, ProcessLookupError):
        try:
            p.kill()
        except OSError:
            pass


def _dec(b):
    if b is None:
        return ""
    if isinstance(b, str):
        return b
    return b.decode("utf-8", errors="replace")


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def diff_text(expected, actual, what, limit=40):
    lines = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile="expected " + what, tofile="actual " + what))
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)\n" % (len(lines) - limit)]
    out = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in lines)
    return out.rstrip("\n")


def describe_rc(rc):
    if rc is None:
        return "timeout"
    if rc < 0:
        return "killed by signal %d" % -rc
    return "exit %d" % rc


NODE_VALIDATE = (
    "const b=require('fs').readFileSync(process.argv[1]);"
    "if(!WebAssembly.validate(b)){console.error('WebAssembly.validate: invalid module');process.exit(1)}"
)


class Harness:
    def __init__(self, wasmrust, timeout=DEFAULT_TIMEOUT, build_check=True, verbose=False,
                 diag_format="json"):
        self.wasmrust = wasmrust
        self.diag_format = diag_format
        self.timeout = timeout
        self.build_check = build_check
        self.verbose = verbose
        self.wasm_opt = shutil.which("wasm-opt")
        self.node = shutil.which("node")
        self.tmp = tempfile.mkdtemp(prefix="wasmrust-corpus-")

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- run tests --------------------------------------------------------
    def expectation(self, base, kind):
        for cand in (base + ".wasm32." + kind, base + "." + kind):
            if os.path.exists(os.path.join(ROOT, cand)):
                return read_text(os.path.join(ROOT, cand)), cand
        return None, None

    def check_run(self, rel):
        name = test_name(rel)
        out = Outcome(name)
        base = rel[:-3]
        exp_stdout, _ = self.expectation(base, "stdout")
        if exp_stdout is None:
            out.fail("missing %s.stdout: run scripts/regen-run-expected.sh" % base)
            return out
        exp_exit_s, _ = self.expectation(base, "exit")
        try:
            exp_exit = int(exp_exit_s.strip()) if exp_exit_s is not None else 0
        except ValueError:
            out.fail("bad exit file for %s: %r" % (rel, exp_exit_s))
            return out
        exp_stderr, _ = self.expectation(base, "stderr")
        if exp_stderr is None:
            exp_stderr = ""  # rustc's binary wrote nothing to stderr

        test_file = is_test_file(rel)
        rc, so, se = run_cmd([self.wasmrust, "test" if test_file else "run", rel], self.timeout)
        if rc is None:
            out.fail("`wasmrust run %s` timed out after %gs" % (rel, self.timeout))
            return out
        if test_file:
            so = normalize_timing(so)
        # A process killed by a signal counts like a shell would see it
        # (SIGABRT -> 134), which is how the oracle records rustc's aborts.
        shell_rc = 128 - rc if rc < 0 else rc
        if shell_rc != exp_exit:
            out.fail("`wasmrust run` exit code: expected %d, got %s" % (exp_exit, describe_rc(rc)))
        if so != exp_stdout:
            out.fail("stdout differs:\n" + diff_text(exp_stdout, so, "stdout"))
        if se != exp_stderr:
            out.fail("stderr differs:\n" + diff_text(exp_stderr, se, "stderr"))
        if self.build_check:
            self.check_build(rel, out, test_file)
        return out

    def check_build(self, rel, out, test_file=False):
        wasm = os.path.join(self.tmp, test_name(rel).replace("/", "_") + ".wasm")
        if os.path.exists(wasm):
            os.remove(wasm)
        rc, so, se = run_cmd([self.wasmrust, "build", rel, "-o", wasm] + (["--test"] if test_file else []), self.timeout)
        if rc != 0:
            out.fail("`wasmrust build %s -o OUT.wasm`: %s\n%s" % (rel, describe_rc(rc), (se or so).rstrip()))
            return
        if not os.path.exists(wasm):
            out.fail("`wasmrust build` exited 0 but wrote no %s" % wasm)
            return
        if self.wasm_opt is None:
            out.fail("wasm-opt not found on PATH (apt-get install binaryen): cannot validate the module")
        else:
            rc, so, se = run_cmd([self.wasm_opt, wasm, "--all-features", "-q"], self.timeout)
            if rc != 0:
                out.fail("wasm-opt --all-features rejects the module (%s):\n%s" %
                         (describe_rc(rc), (se + so).strip()[:2000]))
        if self.node is None:
            out.fail("node not found on PATH: cannot run WebAssembly.validate")
        else:
            rc, so, se = run_cmd([self.node, "-e", NODE_VALIDATE, wasm], self.timeout)
            if rc != 0:
                out.fail("node WebAssembly.validate rejects the module (%s): %s" %
                         (describe_rc(rc), (se + so).strip()[:2000]))
        try:
            os.remove(wasm)
        except OSError:
            pass

    # -- ui tests ---------------------------------------------------------
    def check_ui(self, rel):
        name = test_name(rel)
        out = Outcome(name)
        try:
            markers = parse_markers(read_text(os.path.join(ROOT, rel)))
        except MarkerError as e:
            out.fail("bad marker in %s: %s" % (rel, e))
            return out
        want_rc = 1 if any(m.level == "error" for m in markers) else 0

        tflag = ["--test"] if is_test_file(rel) else []
        rc, so, se = run_cmd([self.wasmrust, "check"] + tflag + [rel], self.timeout)
        if rc is None:
            out.fail("`wasmrust check %s` timed out after %gs" % (rel, self.timeout))
            return out
        if rc != want_rc:
            out.fail("`wasmrust check` exit code: expected %d (%s), got %s" % (
                want_rc, "file has ERROR markers" if want_rc else "warnings only", describe_rc(rc)))
        stderr_path = os.path.join(ROOT, rel[:-3] + ".stderr")
        if not os.path.exists(stderr_path):
            out.fail("missing %s.stderr: run scripts/bless-ui.sh %s" % (rel[:-3], name.split("/", 1)[1]))
        else:
            exp = read_text(stderr_path)
            if se != exp:
                out.fail("stderr differs from %s.stderr (re-bless with scripts/bless-ui.sh if the new output is right):\n%s"
                         % (rel[:-3], diff_text(exp, se, "stderr")))

        if self.diag_format == "human":
            for p in match_markers(markers, parse_human_diagnostics(se, rel)):
                out.fail(p)
            return out
        rc2, so2, se2 = run_cmd([self.wasmrust, "check", "--message-format=json"] + tflag + [rel], self.timeout)
        if rc2 is None:
            out.fail("`wasmrust check --message-format=json %s` timed out" % rel)
            return out
        if rc2 != rc:
            out.fail("`--message-format=json` changes the exit code (%s vs %s)" % (describe_rc(rc2), describe_rc(rc)))
        diags, bad = parse_json_diagnostics(so2 + "\n" + se2, rel)
        for b in bad[:3]:
            out.fail("unparseable JSON diagnostic line: %s" % b[:200])
        if not diags and markers:
            out.fail("no JSON diagnostics parsed from `--message-format=json` output")
        for p in match_markers(markers, diags):
            out.fail(p)
        # NAME.rustc.json: rustc's diagnostics for the same file (tests-native/oracle.py rustc-json): codes,
        # messages, primary and labeled spans must be equal.
        ref_path = os.path.join(ROOT, rel[:-3] + ".rustc.json")
        if os.path.exists(ref_path):
            with open(ref_path, encoding="utf-8") as f:
                ref = json.load(f)["diagnostics"]
            for p in compare_with_rustc(ref, span_summaries(so2 + "\n" + se2, rel)):
                out.fail("vs %s.rustc.json: %s" % (rel[:-3], p))
        return out


def test_name(rel):
    rel = rel.replace(os.sep, "/")
    if rel.startswith("tests-native/"):
        rel = rel[len("tests-native/"):]
    return rel[:-3] if rel.endswith(".rs") else rel


def list_tests(suite, filt=None):
    d = os.path.join(ROOT, RUN_DIR if suite == "run" else UI_DIR)
    if not os.path.isdir(d):
        return []
    rels = []
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".rs"):
            continue
        rel = (RUN_DIR if suite == "run" else UI_DIR) + "/" + fn
        if filt and filt not in rel:
            continue
        rels.append(rel)
    return rels


def normalize_one(path):
    """Map a user-given path to a repo-relative `tests-native/{run,ui}/X.rs`."""
    ap = os.path.abspath(path)
    if not os.path.exists(ap):
        alt = os.path.join(ROOT, path)
        if os.path.exists(alt):
            ap = os.path.abspath(alt)
    rel = os.path.relpath(ap, ROOT).replace(os.sep, "/")
    if rel.startswith(RUN_DIR + "/"):
        return "run", rel
    if rel.startswith(UI_DIR + "/"):
        return "ui", rel
    raise SystemExit("corpus.py: --one expects a file under %s/ or %s/, got %s" % (RUN_DIR, UI_DIR, path))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run the WasmRust run/ui corpora against a wasmrust binary.")
    ap.add_argument("--wasmrust", default=os.environ.get("WASMRUST"),
                    help="path to the wasmrust CLI (default: $WASMRUST)")
    ap.add_argument("--filter", default=None, help="only tests whose path contains SUBSTR")
    ap.add_argument("--one", default=None, metavar="FILE", help="check a single test file (for ctest)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="per-command timeout in seconds (20)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-build-check", action="store_true",
                    help="run tests: skip `wasmrust build` + module validation")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing tests")
    ap.add_argument("--diag-format", choices=("json", "human"), default="json",
                    help="ui tests: match markers against `--message-format=json` output (default) "
                         "or against the ` --> FILE:L:C` lines of the human-readable output")
    ap.add_argument("--root", default=None,
                    help="repository root holding tests-native/ (default: this script's checkout)")
    ap.add_argument("suite", nargs="?", choices=("run", "ui", "all"), default=None)
    args = ap.parse_args(argv)

    global ROOT
    if args.root:
        ROOT = os.path.abspath(args.root)
    if not args.wasmrust:
        ap.error("--wasmrust PATH is required (or set $WASMRUST)")
    wasmrust = os.path.abspath(args.wasmrust)
    if not os.path.exists(wasmrust):
        found = shutil.which(args.wasmrust)
        if found:
            wasmrust = found
        else:
            ap.error("wasmrust binary not found: %s" % args.wasmrust)

    xfail = load_xfail()
    if args.one:
        suite, rel = normalize_one(args.one)
        todo = [(suite, rel)]
    else:
        if args.suite is None:
            ap.error("give a suite (run, ui or all) or --one FILE")
        suites = SUITES if args.suite == "all" else (args.suite,)
        todo = [(s, rel) for s in suites for rel in list_tests(s, args.filter)]

    h = Harness(wasmrust, timeout=args.timeout, build_check=not args.no_build_check, verbose=args.verbose,
                diag_format=args.diag_format)
    passed = failed = xfailed = 0
    try:
        def work(item):
            suite, rel = item
            try:
                return h.check_run(rel) if suite == "run" else h.check_ui(rel)
            except Exception as e:  # a harness bug must not hide other results
                o = Outcome(test_name(rel))
                o.fail("harness exception: %r" % (e,))
                return o

        jobs = max(1, args.jobs if len(todo) > 1 else 1)
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
            for o in ex.map(work, todo):
                is_x = o.name in xfail
                if is_x and o.ok:
                    failed += 1
                    print("XPASS %s: remove it from xfail.txt" % o.name)
                elif is_x:
                    xfailed += 1
                    if args.verbose:
                        print("xfail %s (%s)" % (o.name, xfail[o.name] or "no reason given"))
                elif o.ok:
                    passed += 1
                    if args.verbose:
                        print("ok    %s" % o.name)
                else:
                    failed += 1
                    print("FAIL  %s" % o.name)
                    for p in o.problems:
                        print("      " + p.replace("\n", "\n      "))
                sys.stdout.flush()
    finally:
        h.close()

    # Stale xfail entries make the list lie; only judge them on full runs.
    if not args.one and not args.filter and args.suite == "all":
        names = {test_name(rel) for _, rel in todo}
        for n in sorted(xfail):
            if n not in names:
                failed += 1
                print("STALE xfail.txt entry %s: no such test (remove it)" % n)

    summary = "corpus: %d passed, %d failed" % (passed, failed)
    if xfailed:
        summary += ", %d xfail" % xfailed
    print(summary)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
