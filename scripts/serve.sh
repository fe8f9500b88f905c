#!/usr/bin/env bash
# Builds everything the playground needs and serves it on 127.0.0.1 (prints the URL):
#   Debian packages (scripts/setup.sh --with-emscripten), the Emscripten build of the compiler
#   (scripts/build-wasm.sh -> web/compiler/), npm ci, the vite build (playground/ -> web/dist/), then
#   web/server.mjs (COOP/COEP headers: the page is crossOriginIsolated).
#   scripts/serve.sh [--port 8080] [--no-build]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
port=8080
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "serve: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ $build = 1 ]; then
  scripts/setup.sh --with-emscripten
  native=""
  for c in "${WASMRUST:-}" build-native/wasmrust build/wasmrust; do
    if [ -n "$c" ] && [ -x "$c" ]; then native=$c; break; fi
  done
  if [ -z "$native" ]; then   # build-wasm.sh compares its output with the native CLI's
    cmake -S . -B build-native -DBUILD_TESTING=OFF >/dev/null
    cmake --build build-native -j"$(nproc)" --target wasmrust >/dev/null
    native=build-native/wasmrust
  fi
  scripts/build-wasm.sh "$native"
  npm ci --no-audit --no-fund --loglevel=error
  npx vite build --config playground/vite.config.mjs --logLevel warn
fi
exec node web/server.mjs --port "$port"
