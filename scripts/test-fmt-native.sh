#!/usr/bin/env bash
# Differential test of the formatting runtime (compiler/runtime/fmt.rs) against rustc's format!.
# Compiles tests-native/fmt/harness.rs (which include!s fmt.rs) natively and runs it.
# Prints "fmt: N passed, M failed" and exits non-zero on any mismatch.
# Usage: scripts/test-fmt-native.sh [scale]   (scale multiplies the random values, default 2)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v rustc >/dev/null 2>&1; then
  echo "test-fmt-native: SKIPPED: rustc (the oracle) not found on PATH" >&2
  exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rustc --edition 2021 -C overflow-checks=off -O \
  "$root/tests-native/fmt/harness.rs" -o "$tmp/fmt_harness"
"$tmp/fmt_harness" "$@"
