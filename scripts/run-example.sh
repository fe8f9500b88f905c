#!/usr/bin/env bash
# Builds the wasmrust CLI (installing what is missing) and compiles and runs an example program.
#   scripts/run-example.sh [FILE.rs]     (default: playground/examples/hello.rs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF > /dev/null
cmake --build build-native -j"$(nproc 2>/dev/null || echo 2)" --target wasmrust > /dev/null
example="${1:-playground/examples/hello.rs}"
echo "== wasmrust run $example"
./build-native/wasmrust run "$example"
