#!/usr/bin/env bash
# Stops the ledger start-validator.sh started on DIR (the process group in DIR/ledger.pid); waits up to 30 s, then
# kills it. Does nothing (exit 0) when none runs.
#
#   stop-validator.sh --ledger DIR
set -euo pipefail
. "$(dirname "$(readlink -f "$0")")/lib.sh"

if [ "${1:-}" != "--ledger" ] || [ -z "${2:-}" ]; then
  die "usage: stop-validator.sh --ledger DIR"
fi
pidfile="$2/ledger.pid"
[ -f "$pidfile" ] || { echo "no ledger running on $2"; exit 0; }
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  echo "stopped ledger pid $pid"
fi
rm -f "$pidfile"
