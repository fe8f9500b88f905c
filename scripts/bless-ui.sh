#!/usr/bin/env bash
# Record OUR compiler's diagnostics as the expected stderr of ui tests.
#
#   scripts/bless-ui.sh [--wasmrust PATH] [NAME...]
#
# For each tests-native/ui/NAME.rs (all of them without arguments), runs
#   wasmrust check tests-native/ui/NAME.rs
# from the repository root and stores its stderr in tests-native/ui/NAME.stderr.
# The compiler is $WASMRUST, --wasmrust PATH, or build-native/compiler/wasmrust.
# Review the diff before committing: blessing makes today's output the expectation.
# The inline //~ markers are still checked by tests-native/corpus.py, so a
# blessed file cannot hide a missing or misplaced diagnostic.
set -euo pipefail
cd "$(dirname "$0")/.."
wasmrust="${WASMRUST:-}"
if [ "${1:-}" = "--wasmrust" ]; then
    wasmrust=$2
    shift 2
fi
if [ -z "$wasmrust" ]; then
    for cand in build-native/compiler/wasmrust build-native/compiler/cli/wasmrust build-native/wasmrust; do
        if [ -x "$cand" ]; then wasmrust=$cand; break; fi
    done
fi
if [ -z "$wasmrust" ] || [ ! -x "$wasmrust" ]; then
    echo "bless-ui: no wasmrust binary (set WASMRUST or pass --wasmrust PATH)" >&2
    exit 1
fi
case "$wasmrust" in /*) ;; *) wasmrust="$PWD/$wasmrust" ;; esac

if [ $# -eq 0 ]; then
    set -- tests-native/ui/*.rs
fi
unset RUST_BACKTRACE RUST_LIB_BACKTRACE
export NO_COLOR=1
n=0
for arg in "$@"; do
    name=$(basename "$arg" .rs)
    src=tests-native/ui/$name.rs
    if [ ! -f "$src" ]; then
        echo "bless-ui: no such test: $src" >&2
        exit 1
    fi
    rc=0
    testflag=()
    if head -1 "$src" | grep -q '^//@ test'; then testflag=(--test); fi
    timeout 20 "$wasmrust" check "${testflag[@]}" "$src" 2>"tests-native/ui/$name.stderr.tmp" >/dev/null || rc=$?
    if [ $rc -ge 124 ]; then
        rm -f "tests-native/ui/$name.stderr.tmp"
        echo "bless-ui: $src: wasmrust check crashed or timed out (exit $rc); not blessed" >&2
        exit 1
    fi
    mv "tests-native/ui/$name.stderr.tmp" "tests-native/ui/$name.stderr"
    n=$((n + 1))
done
echo "bless-ui: wrote $n .stderr file(s); review with git diff tests-native/ui"
