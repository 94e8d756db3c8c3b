# Shared by the solana-test-validator-scripts: sourced, not executed.
# shellcheck shell=bash

# The --env local program IDs (sdk/src/main/java/doublezero/sdk/environment/Environment.java, Environment.LOCAL).
# shellcheck disable=SC2034 # used by the scripts that source this file
SERVICEABILITY_ID=7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX
# shellcheck disable=SC2034
TELEMETRY_ID=C9xqH76NSm11pBS6maNnY163tWHT8Govww47uyEmSnoG
# shellcheck disable=SC2034
GEOLOCATION_ID=36WA9nUCsJaAQL5h44WYoLezDpocy8Q71NZbtrUN8DyC

# The repository root (the directory above this script's).
repo_root() {
  cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}

die() {
  echo "error: $*" >&2
  exit 1
}

# One JSON-RPC call: rpc URL METHOD [PARAMS_JSON]; prints the raw response.
rpc() {
  local url="$1" method="$2" params="${3:-[]}"
  curl -sS --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$method\",\"params\":$params}" "$url"
}

# The integer "result" of a JSON-RPC response on stdin (empty when absent).
rpc_int_result() {
  sed -n 's/.*"result":\([0-9][0-9]*\).*/\1/p'
}

# The current slot at URL, or nothing when the ledger does not answer.
current_slot() {
  rpc "$1" getSlot 2>/dev/null | rpc_int_result || true
}

# Waits until the slot at URL advances (two different answers), at most SECONDS; fails naming the URL.
wait_for_slot_advance() {
  local url="$1" seconds="$2" pid="${3:-}" first="" now
  local deadline=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "error: the ledger process $pid exited before $url answered" >&2
      return 1
    fi
    now="$(current_slot "$url")"
    if [ -n "$now" ]; then
      if [ -z "$first" ]; then
        first="$now"
      elif [ "$now" != "$first" ]; then
        return 0
      fi
    fi
    sleep 0.5
  done
  echo "error: no slot advance at $url within ${seconds}s" >&2
  return 1
}
