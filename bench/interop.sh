#!/usr/bin/env bash
# Call overhead across the WebAssembly boundary (docs/interop.md), per call, beside a plain JS call in
# the same run: JS -> wasm export, wasm -> JS import, and the same with wasm::ExternRef handles
# (docs/wasm_crate.md: a borrowed handle into JS, a handle out of JS and dropped, a borrowed handle into an
# export), all through runtime-js/loader.mjs; in node and in headless Chromium (skipped without
# /usr/bin/chromium or node_modules/playwright-core). Three builds of the same program, side by side:
#   externref            the default: host values in the module's own externref table
#   externref, wasm-opt  the same after `wasm-opt -O3` (Binaryen inlines the handle bookkeeping)
#   JS table             --no-reference-types: host values in the JS runtime's handle table
#   bench/interop.sh [WASMRUST]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
src="$root/bench/programs/interop_calls.rs"
"$wasmrust" build "$src" --release -o "$tmp/externref.wasm"
"$wasmrust" build "$src" --release --no-reference-types -o "$tmp/jstable.wasm"
variants=("externref:$tmp/externref.wasm")
if command -v wasm-opt >/dev/null 2>&1; then
  wasm-opt -O3 --enable-threads --enable-reference-types --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
    "$tmp/externref.wasm" -o "$tmp/externref-opt.wasm"
  variants+=("externref, wasm-opt -O3:$tmp/externref-opt.wasm")
else
  echo "(wasm-opt not found: the optimized variant is skipped)"
fi
variants+=("JS table (--no-reference-types):$tmp/jstable.wasm")
chromium=0
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d "$root/node_modules/playwright-core" ] && chromium=1
for v in "${variants[@]}"; do
  name="${v%%:*}" file="${v#*:}"
  echo "== build: $name"
  node "$root/bench/interop.mjs" "$file"
  if [ $chromium = 1 ]; then
    (cd "$root" && node bench/interop-chromium.mjs "$file")
  else
    echo "interop (Chromium): skipped (no /usr/bin/chromium or node_modules/playwright-core)"
  fi
done
