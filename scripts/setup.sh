#!/usr/bin/env bash
# Installs what WasmRust needs on Debian 12 and skips what is already there.
#   scripts/setup.sh                      compiler toolchain + node (enough to build and run programs)
#   scripts/setup.sh --with-tests         + Catch2, binaryen (wasm-opt), wabt (wat2wasm), python3
#   scripts/setup.sh --with-emscripten    + Emscripten (the em++ build of the core)
set -euo pipefail
tests=0
emsdk=0
for a in "$@"; do
  case "$a" in
    --with-tests) tests=1 ;;
    --with-emscripten) emsdk=1 ;;
    *) echo "setup: unknown option $a" >&2; exit 2 ;;
  esac
done
need=()
have() { command -v "$1" >/dev/null 2>&1; }
pkg() { dpkg -s "$1" >/dev/null 2>&1; }
have g++ || need+=(g++)
have make || need+=(make)
have cmake || need+=(cmake)
have node || need+=(nodejs)
have python3 || need+=(python3)
if [ $tests = 1 ]; then
  pkg catch2 || need+=(catch2)
  have wasm-opt || need+=(binaryen)
  have wat2wasm || need+=(wabt)
fi
if [ $emsdk = 1 ]; then
  have em++ || need+=(emscripten)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "setup: everything needed is installed"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
if [ $emsdk = 1 ]; then
  # emscripten's --no-install-recommends leaves out pieces it needs at run time
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq emscripten >/dev/null
fi
echo "setup: done"
