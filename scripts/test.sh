#!/usr/bin/env bash
# Runs every test: installs what is missing, builds natively, builds the core with Emscripten, then runs
# the browser build's node tests, the playground's Playwright tests in Chromium, and ctest (unit tests, the
# run/ui corpora, formatting and random-program differential tests against rustc, the fuzz test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=$(nproc 2>/dev/null || echo 2)
bash scripts/setup.sh --with-tests --with-emscripten
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON > /dev/null  # (ON: a cache from run-example.sh has it OFF)
cmake --build build-native -j"$jobs"
bash scripts/build-wasm.sh build-native/wasmrust
WASMRUST=build-native/wasmrust bash scripts/test-web-node.sh --no-build   # the browser build, in node
bash scripts/test-browser.sh    # the playground in Chromium (Playwright); builds web/dist if needed
ctest --test-dir build-native --output-on-failure -j"$jobs"
