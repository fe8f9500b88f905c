#!/usr/bin/env bash
# Call overhead across the WebAssembly boundary (docs/interop.md), per call, beside a plain JS call in
# the same run: JS -> wasm export, wasm -> JS import, and the same with wasm::ExternRef handles
# (docs/wasm_crate.md: a borrowed handle into JS, a handle out of JS and dropped, a borrowed handle into an
# export), all through runtime-js/loader.mjs; in node and in headless Chromium (skipped without
# /usr/bin/chromium or node_modules/playwright-core).
#   bench/interop.sh [WASMRUST]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasmrust="${1:-$root/build-native/wasmrust}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$wasmrust" build "$root/bench/programs/interop_calls.rs" --release -o "$tmp/interop.wasm"
node "$root/bench/interop.mjs" "$tmp/interop.wasm"
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d "$root/node_modules/playwright-core" ]; then
  (cd "$root" && node bench/interop-chromium.mjs "$tmp/interop.wasm")
else
  echo "interop (Chromium): skipped (no /usr/bin/chromium or node_modules/playwright-core)"
fi
