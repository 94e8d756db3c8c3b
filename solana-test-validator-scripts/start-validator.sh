#!/usr/bin/env bash
# Starts a ledger with the three DoubleZero programs at their --env local program IDs, in the background, waits until
# its slot advances, and prints its RPC and WS URLs (and how to stop it).
#
#   start-validator.sh --ledger DIR [--rpc-port 8899] --serviceability-so F --telemetry-so F --geolocation-so F
#                      [--upgrade-authority KEY_OR_FILE] [--reset]
#       solana-test-validator (Agave toolchain) with the real BPF binaries (build-programs.sh builds them):
#       serviceability and telemetry through --bpf-program, geolocation through --upgradeable-program with the
#       upgrade authority (default ~/.config/doublezero/id.json, the key bootstrap.sh uses), because the
#       geolocation program's InitProgramConfig requires its upgrade authority's signature.
#   start-validator.sh --stand-in --ledger DIR [--rpc-port 8899]
#       bin/doublezero-localnet start (our embedded ledger with the Java ports) instead, for machines without the
#       Solana toolchain (run from a copy of its jars in DIR/stand-in-jars).
#
# The process id goes to DIR/ledger.pid, its output to DIR/ledger.log; stop-validator.sh --ledger DIR stops it.
# Exit codes: 0 ready, 1 failure (named), 2 solana-test-validator missing.
set -euo pipefail
. "$(dirname "$(readlink -f "$0")")/lib.sh"

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 1
}

ledger="" port=8899 svc="" tel="" geo="" stand_in=false reset=false
authority="$HOME/.config/doublezero/id.json"
while [ $# -gt 0 ]; do
  case "$1" in
    --ledger) ledger="${2:?--ledger needs a directory}"; shift 2 ;;
    --rpc-port) port="${2:?--rpc-port needs a port}"; shift 2 ;;
    --serviceability-so) svc="${2:?--serviceability-so needs a file}"; shift 2 ;;
    --telemetry-so) tel="${2:?--telemetry-so needs a file}"; shift 2 ;;
    --geolocation-so) geo="${2:?--geolocation-so needs a file}"; shift 2 ;;
    --upgrade-authority) authority="${2:?--upgrade-authority needs a key or file}"; shift 2 ;;
    --stand-in) stand_in=true; shift ;;
    --reset) reset=true; shift ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument '$1'" >&2; usage ;;
  esac
done
[ -n "$ledger" ] || die "--ledger DIR is required"
[[ "$port" =~ ^[0-9]+$ ]] || die "--rpc-port must be a number, got '$port'"

if ! $stand_in && ! command -v solana-test-validator >/dev/null 2>&1; then
  # shellcheck disable=SC2016 # the command is shown, not run
  echo 'solana-test-validator not found: install the Agave toolchain with sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)" and put ~/.local/share/solana/install/active_release/bin on PATH (or use --stand-in)' >&2
  exit 2
fi

mkdir -p "$ledger"
ledger="$(cd "$ledger" && pwd)"
if [ -f "$ledger/ledger.pid" ] && kill -0 "$(cat "$ledger/ledger.pid")" 2>/dev/null; then
  die "a ledger already runs on $ledger (pid $(cat "$ledger/ledger.pid")); stop it with stop-validator.sh --ledger $ledger"
fi
url="http://127.0.0.1:$port"
ws="ws://127.0.0.1:$((port + 1))"

if $stand_in; then
  $reset && die "--reset is for solana-test-validator; give the stand-in a fresh --ledger directory instead"
  # bin/doublezero-localnet start, run from a copy of its jars so that a build while it runs (run-suite.sh) cannot
  # rewrite them under the running JVM.
  root="$(repo_root)"
  # shellcheck source=../bin/_launcher.sh
  . "$root/bin/_launcher.sh"
  java="$(dz_java)" || exit 1
  dz_ensure_built "$root" localnet-launcher || exit 1
  rm -rf "$ledger/stand-in-jars" && mkdir -p "$ledger/stand-in-jars"
  cp -r "$root/localnet-launcher/target/localnet-launcher-0.1.0-SNAPSHOT.jar" "$root/localnet-launcher/target/lib" \
    "$ledger/stand-in-jars/"
  setsid "$java" -XX:+UseG1GC -Xmx1g --enable-native-access=ALL-UNNAMED \
    -cp "$ledger/stand-in-jars/localnet-launcher-0.1.0-SNAPSHOT.jar:$ledger/stand-in-jars/lib/*" \
    doublezero.localnet.launch.LocalnetMain start --ledger "$ledger/stand-in" --rpc-port "$port" \
    >"$ledger/ledger.log" 2>&1 </dev/null &
  what="bin/doublezero-localnet start (stand-in)"
  timeout=300   # includes building the launcher on first use
else
  for f in "$svc" "$tel" "$geo"; do
    [ -n "$f" ] || die "--serviceability-so, --telemetry-so and --geolocation-so are required (build-programs.sh builds them)"
    [ -f "$f" ] || die "$f: no such file"
  done
  args=(--ledger "$ledger/validator" --rpc-port "$port" --quiet
    --bpf-program "$SERVICEABILITY_ID" "$svc"
    --bpf-program "$TELEMETRY_ID" "$tel"
    --upgradeable-program "$GEOLOCATION_ID" "$geo" "$authority")
  $reset && args+=(--reset)
  setsid solana-test-validator "${args[@]}" >"$ledger/ledger.log" 2>&1 </dev/null &
  what="solana-test-validator"
  timeout=120
fi
pid=$!
echo "$pid" >"$ledger/ledger.pid"
if ! wait_for_slot_advance "$url" "$timeout" "$pid"; then
  kill -- "-$pid" 2>/dev/null || true
  rm -f "$ledger/ledger.pid"
  echo "last lines of $ledger/ledger.log:" >&2
  tail -n 20 "$ledger/ledger.log" >&2 || true
  exit 1
fi
echo "$what ready (pid $pid, log $ledger/ledger.log)"
echo "RPC_URL=$url"
echo "WS_URL=$ws"
echo "stop: $(dirname "$(readlink -f "$0")")/stop-validator.sh --ledger $ledger"
