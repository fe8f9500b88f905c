#!/usr/bin/env bash
# Thin monomorphization's soundness check: every run program (and the bench programs) is built with
# --verify-thin-mono, which also lowers each merged instance on its own and fails the build if its code
# differs from the function it was merged into. Also checks that merging happens at all (a program made
# of generic code used at many types must merge instances).
#   scripts/test-thin-mono.sh [path/to/wasmrust]
set -euo pipefail
cd "$(dirname "$0")/.."
wasmrust="${1:-build-native/wasmrust}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for f in tests-native/run/*.rs bench/programs/*.rs; do
  n=$((n + 1))
  if ! "$wasmrust" build "$f" --verify-thin-mono -A warnings -o "$tmp/x.wasm" 2> "$tmp/err"; then
    # programs that do not compile (none should) are the corpus tests' business; a mismatch is ours
    if grep -q "thin monomorphization merged different code" "$tmp/err"; then
      echo "FAIL $f"; grep "note:" "$tmp/err" | head -5
      fail=1
    fi
  fi
done
report=$("$wasmrust" build bench/programs/generic_containers.rs --emit=size)
merged=$(echo "$report" | sed -n 's/.*merged by thin monomorphization: \([0-9]*\).*/\1/p')
if [ -z "$merged" ] || [ "$merged" -lt 100 ]; then
  echo "FAIL generic_containers merged only ${merged:-?} instances (expected at least 100)"; echo "$report"
  fail=1
fi
echo "thin-mono: $n programs verified; generic_containers: $merged instances merged"
exit $fail
