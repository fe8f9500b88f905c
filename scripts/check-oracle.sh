#!/usr/bin/env bash
# Re-run rustc (the oracle) over the corpora and report drift; writes nothing.
#
#   scripts/check-oracle.sh          # run expectations + ui markers
#   scripts/check-oracle.sh run      # only: every run expectation still matches rustc
#   scripts/check-oracle.sh ui       # only: rustc reports each ui marker (same line,
#                                    # code or message) and nothing unmarked;
#                                    # `... WasmRust ...` markers are ignored
# Extra arguments (e.g. --filter fmt_) are passed on.
# Skips (exit 0) with a message when rustc is not installed.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v rustc >/dev/null 2>&1; then
    echo "check-oracle: rustc not found on PATH; skipping the oracle check"
    exit 0
fi
what=all
case "${1:-}" in
    run|ui|all) what=$1; shift ;;
esac
status=0
if [ "$what" = run ] || [ "$what" = all ]; then
    python3 tests-native/oracle.py check "$@" || status=1
fi
if [ "$what" = ui ] || [ "$what" = all ]; then
    python3 tests-native/oracle.py ui "$@" || status=1
fi
if [ $status -ne 0 ]; then
    echo "check-oracle: expectations drifted from rustc (see above); fix the program or run scripts/regen-run-expected.sh" >&2
fi
exit $status
