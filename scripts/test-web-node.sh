#!/usr/bin/env bash
# Node tests of the browser build (no browser needed): builds the Emscripten compiler module
# (scripts/build-wasm.sh -> web/compiler/), installs the npm dependencies if node_modules is missing,
# then runs tests-browser/node/*.test.mjs with node's test runner: wasm bytes identical to the native CLI,
# diagnostics JSON, the compiler worker (Comlink) and the run worker (output, limits, Stop).
#   scripts/test-web-node.sh [--no-build]      (WASMRUST=path/to/native/wasmrust; WR_WEB_CORPUS=all|a,b,c)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
native="${WASMRUST:-}"
if [ -z "$native" ]; then
  for c in build-native/wasmrust build/wasmrust; do
    if [ -x "$c" ]; then native=$c; break; fi
  done
fi
if [ -z "$native" ] || [ ! -x "$native" ]; then
  echo "test-web-node: no native wasmrust CLI (build build-native/ first or set WASMRUST)" >&2
  exit 1
fi
export WASMRUST="$native"
if [ "${1:-}" != "--no-build" ]; then
  scripts/build-wasm.sh "$native"
fi
if [ ! -f web/compiler/wasmrust.mjs ] || [ ! -f web/compiler/wasmrust.wasm ]; then
  echo "test-web-node: web/compiler/wasmrust.{mjs,wasm} missing (run scripts/build-wasm.sh)" >&2
  exit 1
fi
if [ ! -d node_modules/comlink ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
node --test tests-browser/node/
