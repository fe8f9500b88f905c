#!/usr/bin/env bash
# Regenerate the expectations of tests-native/run/ from rustc (the oracle).
#
#   scripts/regen-run-expected.sh            # every run program
#   scripts/regen-run-expected.sh NAME...    # only these (NAME or NAME.rs)
#   scripts/regen-run-expected.sh --filter fmt_
#
# For each tests-native/run/NAME.rs, from the repository root:
#   rustc --edition 2021 -o $tmp/x tests-native/run/NAME.rs   (must be warning-free)
#   run $tmp/x twice with RUST_BACKTRACE unset; fail loudly if the runs differ
#   write NAME.stdout; NAME.exit when the exit code is non-zero (134 = SIGABRT,
#   e.g. stack overflow); NAME.stderr when the exit code is non-zero or the
#   program wrote to stderr.  Thread ids (`thread 'main' (123)`) are stripped.
# Hand-written NAME.wasm32.* overrides (programs whose first line is
# `// wasm32-expectation: <why>`) are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rustc >/dev/null 2>&1; then
    echo "regen-run-expected: rustc not found on PATH (rustup's rustc 1.95 is the oracle)" >&2
    exit 1
fi
exec python3 tests-native/oracle.py regen "$@"
