#!/usr/bin/env bash
# Builds the three DoubleZero program binaries (serviceability, telemetry, geolocation) of the reference release
# this project ports, malbeclabs/doublezero v0.12.0 (commit 891e94469), with `cargo build-sbf`, as the reference's
# smartcontract/Makefile `build-programs` target does with env=localnet (telemetry and geolocation are built with
# `--features localnet`, so they use the --env local program IDs; serviceability has no environment feature).
#
#   build-programs.sh REFERENCE_CHECKOUT [OUT_DIR]
#       REFERENCE_CHECKOUT: a git clone of https://github.com/malbeclabs/doublezero (any branch; the pinned commit is
#       checked out, detached, and the working tree must be clean). OUT_DIR (default REFERENCE_CHECKOUT/target/deploy)
#       receives doublezero_serviceability.so, doublezero_telemetry.so and doublezero_geolocation.so, the files
#       start-validator.sh takes.
#
# Needs the Agave toolchain (cargo-build-sbf, from https://release.anza.xyz) and crates.io access. Exit codes:
# 0 built, 1 failure, 2 a tool is missing. Not run on the project's build machines (no toolchain there).
set -euo pipefail

PINNED=891e94469
checkout="${1:-}"
case "$checkout" in
  ""|-h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1 ;;
esac
for tool in git cargo cargo-build-sbf; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    # shellcheck disable=SC2016 # the command is shown, not run
    echo "$tool not found: install Rust (https://rustup.rs) and the Agave toolchain with sh -c \"\$(curl -sSfL https://release.anza.xyz/stable/install)\"" >&2
    exit 2
  fi
done
[ -d "$checkout/.git" ] || { echo "error: $checkout is not a git checkout of malbeclabs/doublezero" >&2; exit 1; }
checkout="$(cd "$checkout" && pwd)"
out="${2:-$checkout/target/deploy}"

cd "$checkout"
if [ -n "$(git status --porcelain)" ]; then
  echo "error: $checkout has local changes; commit or stash them first" >&2
  exit 1
fi
git cat-file -e "$PINNED^{commit}" 2>/dev/null || git fetch --tags origin
git -c advice.detachedHead=false checkout --quiet "$PINNED"
echo "reference at $(git rev-parse --short HEAD) ($(git describe --tags 2>/dev/null || echo v0.12.0))"

build() {   # build PROGRAM [CARGO_BUILD_SBF_ARGS...]
  local program="$1"; shift
  echo "== cargo build-sbf $program $*"
  (cd "smartcontract/programs/$program" && cargo build-sbf "$@")
}
build doublezero-serviceability
build doublezero-telemetry --features localnet
build doublezero-geolocation --features localnet

mkdir -p "$out"
for so in doublezero_serviceability doublezero_telemetry doublezero_geolocation; do
  found="$(find "$checkout/target" -path '*/deploy/*' -name "$so.so" -print -quit)"
  [ -n "$found" ] || { echo "error: $so.so not found under $checkout/target after the build" >&2; exit 1; }
  [ "$found" -ef "$out/$so.so" ] || cp "$found" "$out/$so.so"
  echo "$out/$so.so"
done
