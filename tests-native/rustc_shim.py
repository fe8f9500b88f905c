#!/usr/bin/env python3
"""A stand-in for the `wasmrust` CLI built on rustc (stdlib only).

For testing the harness itself, not the compiler:

  python3 tests-native/corpus.py --wasmrust tests-native/rustc_shim.py run

  rustc_shim.py run FILE.rs                 compile natively with rustc and run
  rustc_shim.py build FILE.rs -o OUT.wasm   type-check with rustc, write an empty (valid) module
  rustc_shim.py check [--message-format=json] FILE.rs

Exit codes follow the CLI contract: the program's own code (101 on panic,
134 on abort/stack overflow), 1 for compile errors.  Panic messages have the
thread id stripped (`thread 'main' (123)` -> `thread 'main'`).  The `check`
JSON output is rustc's, reduced to the contract's shape.  Diagnostics that
only WasmRust emits ("not supported by WasmRust yet") never appear.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

THREAD_ID_RE = re.compile(r"thread '([^']*)' \(\d+\)")
EMPTY_WASM = bytes([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00])
RUSTC = ["rustc", "--edition", "2021"]


def env():
    e = dict(os.environ)
    e.pop("RUST_BACKTRACE", None)
    e.pop("RUST_LIB_BACKTRACE", None)
    return e


def compile_native(src, tmp):
    exe = os.path.join(tmp, "prog")
    p = subprocess.run(RUSTC + ["-o", exe, src], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    return p.returncode, exe, p.stderr


def cmd_run(src):
    tmp = tempfile.mkdtemp(prefix="rustc-shim-")
    try:
        rc, exe, err = compile_native(src, tmp)
        if rc != 0:
            sys.stderr.buffer.write(err)
            return 1
        p = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
        sys.stdout.buffer.write(p.stdout)
        sys.stdout.flush()
        sys.stderr.write(THREAD_ID_RE.sub(r"thread '\1'", p.stderr.decode("utf-8", "replace")))
        sys.stderr.flush()
        return p.returncode if p.returncode >= 0 else 128 - p.returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cmd_build(src, out):
    tmp = tempfile.mkdtemp(prefix="rustc-shim-")
    try:
        p = subprocess.run(RUSTC + ["--emit=metadata", "--crate-type=bin", "--out-dir", tmp, src],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
        sys.stderr.buffer.write(p.stderr)
        if p.returncode != 0:
            return 1
        with open(out, "wb") as f:
            f.write(EMPTY_WASM)
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def convert(obj):
    spans = []
    for sp in obj.get("spans") or []:
        spans.append({
            "file": sp.get("file_name"),
            "line_start": sp.get("line_start"),
            "col_start": sp.get("column_start"),
            "line_end": sp.get("line_end"),
            "col_end": sp.get("column_end"),
            "label": sp.get("label"),
            "primary": bool(sp.get("is_primary")),
        })
    code = obj.get("code")
    return {
        "level": obj.get("level"),
        "code": code.get("code") if isinstance(code, dict) else code,
        "message": obj.get("message"),
        "spans": spans,
        "children": [{"level": c.get("level"), "message": c.get("message")} for c in obj.get("children") or []],
        "rendered": obj.get("rendered"),
    }


def cmd_check(src, as_json):
    tmp = tempfile.mkdtemp(prefix="rustc-shim-")
    try:
        args = RUSTC + ["--emit=metadata", "--crate-type=bin", "--out-dir", tmp, src]
        if as_json:
            args.insert(1, "--error-format=json")
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
        if not as_json:
            sys.stderr.buffer.write(p.stderr)
        else:
            for line in p.stderr.decode("utf-8", "replace").splitlines():
                line = line.strip()
                if not line.startswith("{"):
                    continue
                obj = json.loads(line)
                if obj.get("level") not in ("error", "warning") or not obj.get("spans"):
                    continue  # summaries ("aborting due to ...") are not diagnostics
                sys.stderr.write(json.dumps(convert(obj)) + "\n")
        return 1 if p.returncode != 0 else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    if len(argv) >= 2 and argv[0] == "run":
        return cmd_run(argv[1])
    if len(argv) == 4 and argv[0] == "build" and argv[2] == "-o":
        return cmd_build(argv[1], argv[3])
    if argv and argv[0] == "check":
        rest = argv[1:]
        as_json = "--message-format=json" in rest
        files = [a for a in rest if not a.startswith("--")]
        if len(files) == 1:
            return cmd_check(files[0], as_json)
    sys.stderr.write("usage: rustc_shim.py run FILE | build FILE -o OUT | check [--message-format=json] FILE\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
