#!/usr/bin/env bash
# Browser tests of the playground (tests-browser/*.spec.mjs): Playwright (playwright-core) driving
# Debian's /usr/bin/chromium against web/server.mjs, one spec per user-visible feature, plus the native
# run corpus through the page's compiler and run workers. Builds what is missing or stale first:
# chromium (apt), node_modules (npm ci), web/compiler/ (scripts/build-wasm.sh, when compiler/ changed),
# web/dist/ (vite build, when playground/, workers/, runtime-js/ or web/compiler/ changed).
# Screenshots: tests-browser/artifacts/. Closing line: "browser: N passed, M failed".
#   scripts/test-browser.sh [--no-build] [SPEC...]     (WR_BROWSER_CORPUS=a,b: only these run programs)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
build=1
specs=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) specs+=("$a") ;;
  esac
done
[ ${#specs[@]} -gt 0 ] || specs=(tests-browser/*.spec.mjs)
fail() { echo "test-browser: $*" >&2; echo "browser: 0 passed, 1 failed"; exit 1; }
newer() { [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]; }

if [ $build = 1 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
      || fail "could not install chromium"
  fi
  if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/vite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
  fi
  target=web/compiler/wasmrust.wasm
  if [ ! -f "$target" ] || newer compiler CMakeLists.txt; then
    native=""
    for c in "${WASMRUST:-}" build-native/wasmrust build/wasmrust; do
      if [ -n "$c" ] && [ -x "$c" ]; then native=$c; break; fi
    done
    [ -n "$native" ] || fail "no native wasmrust CLI (build build-native/ or set WASMRUST)"
    scripts/build-wasm.sh "$native" || fail "scripts/build-wasm.sh failed"
  fi
  target=web/dist/index.html
  if [ ! -f "$target" ] || newer playground workers runtime-js web/compiler package-lock.json; then
    npx vite build --config playground/vite.config.mjs --logLevel warn || fail "vite build failed"
  fi
fi
[ -f web/dist/index.html ] || fail "web/dist/ missing (run without --no-build)"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium missing"

rm -rf tests-browser/artifacts
mkdir -p tests-browser/artifacts
tap=tests-browser/artifacts/results.tap
node --test --test-concurrency=2 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  "${specs[@]}"
rc=$?
pass=$(grep -E '^# pass ' "$tap" | awk '{print $3}')
failed=$(grep -E '^# fail ' "$tap" | awk '{print $3}')
pass=${pass:-0}; failed=${failed:-0}
if [ $rc -ne 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "browser: $pass passed, $failed failed"
[ $rc -eq 0 ] && [ "$failed" = 0 ]
