#!/usr/bin/env bash
# Builds the compiler core with Emscripten (same CMakeLists.txt), runs the probe module under node and
# checks that it emits byte-identical modules to the native CLI for every playground example: proof that
# the core stays inside the C++20 subset Emscripten 3.1.6 accepts and that output is deterministic.
# Also builds the browser compiler module and copies it to web/compiler/ (wasmrust.mjs + wasmrust.wasm).
#   scripts/build-wasm.sh [NATIVE_WASMRUST]   (default: build-native/wasmrust)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
native="${1:-build-native/wasmrust}"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
if ! command -v emcmake >/dev/null 2>&1; then
  echo "build-wasm: emscripten is not installed (run scripts/setup.sh --with-emscripten)" >&2
  exit 1
fi
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  "-DCMAKE_CROSSCOMPILING_EMULATOR=node;--no-experimental-fetch" > build-wasm.log 2>&1 || { cat build-wasm.log; exit 1; }
cmake --build build-wasm -j"$(nproc)" >> build-wasm.log 2>&1 || { tail -50 build-wasm.log; exit 1; }
# The browser compiler (compiler/api/web_api.cpp, docs/web-api.md): web/compiler/wasmrust.{mjs,wasm}.
mkdir -p web/compiler
cp build-wasm/wasmrust.mjs build-wasm/wasmrust.wasm web/compiler/
echo "build-wasm: web/compiler/wasmrust.mjs + wasmrust.wasm ($(wc -c < web/compiler/wasmrust.wasm) bytes)"
probe=$(node --no-experimental-fetch build-wasm/wasmrust_core_probe.cjs)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
while read -r name size hash errors; do
  "$native" build "playground/examples/$name" -o "$tmp/$name.wasm" 2>/dev/null || true
  nhash=$(python3 -c "
import sys
h = 1469598103934665603
for b in open(sys.argv[1], 'rb').read():
    h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
print('%016x' % h)" "$tmp/$name.wasm" 2>/dev/null || echo missing)
  if [ "$nhash" = "$hash" ]; then
    echo "build-wasm: $name: $size bytes, identical natively and under Emscripten ($hash)"
  else
    echo "build-wasm: $name: DIFFERENT output: em++ $hash ($errors), native $nhash" >&2
    status=1
  fi
done <<< "$probe"
exit $status
