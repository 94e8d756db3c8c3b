#!/usr/bin/env bash
# The reference e2e bootstrap (e2e/internal/devnet/smartcontract_init.go, activator-controller-agent.md §E.3) with
# our CLI (bin/doublezero), on the ledger at URL: fund the keypair, InitGlobalState (`doublezero init`),
# SetGlobalConfig with the e2e values (ASNs 65000/65342, device tunnels 172.16.0.0/16, user tunnels 169.254.0.0/16,
# multicast 233.84.178.0/24, publishers 148.51.120.0/21), activator and sentinel authority = the keypair, the
# foundation allowlist (the keypair and every --allow key), the locations lax/ewr with the exchanges xlax/xewr
# (the set `bin/doublezero-localnet up` creates; the reference e2e also creates lhr, fra, sin, tyo, pit and ams) and
# the contributor co01 owned by the keypair. Each step reads its state first (`doublezero ... --json`) and runs
# only when it is missing, so a second run sends no transaction and prints "nothing to do" for every step.
#
#   bootstrap.sh --url URL [--ws URL] [--keypair FILE] [--allow PUBKEY]...
#       --ws defaults to URL with the port + 1 (the validator's PubSub port); --keypair defaults to
#       ~/.config/doublezero/id.json and is created when absent. Needs curl and jq.
set -euo pipefail
. "$(dirname "$(readlink -f "$0")")/lib.sh"

url="" ws="" keypair="$HOME/.config/doublezero/id.json" allow=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url="${2:?--url needs a URL}"; shift 2 ;;
    --ws) ws="${2:?--ws needs a URL}"; shift 2 ;;
    --keypair) keypair="${2:?--keypair needs a file}"; shift 2 ;;
    --allow) allow+=("${2:?--allow needs a pubkey}"); shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ -n "$url" ] || die "--url URL is required"
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "error: $tool is required (Debian package $tool)" >&2; exit 2; }
done
if [ -z "$ws" ]; then
  port="${url##*:}"; port="${port%%/*}"
  [[ "$port" =~ ^[0-9]+$ ]] || die "cannot derive --ws from $url: give --ws"
  host="${url%:*}"
  ws="ws${host#http}:$((port + 1))"
fi
[ -n "$(current_slot "$url")" ] || die "no ledger answers at $url"

root="$(repo_root)"
# A private CLI config, so the user's ~/.config/doublezero/cli/config.yml is neither read nor changed.
DOUBLEZERO_CONFIG_FILE="$(mktemp -d)/config.yml"
export DOUBLEZERO_CONFIG_FILE
trap 'rm -rf "$(dirname "$DOUBLEZERO_CONFIG_FILE")"' EXIT
dz() {
  "$root/bin/doublezero" "$@" --url "$url" --ws "$ws" --keypair "$keypair"
}
sent=0
step() {   # step NAME: prints the step as done and counts it
  echo "$1: done"
  sent=$((sent + 1))
}
skip() {
  echo "$1: nothing to do"
}

if [ ! -f "$keypair" ]; then
  mkdir -p "$(dirname "$keypair")"
  "$root/bin/doublezero" keygen -o "$keypair" >/dev/null
  echo "keypair: created $keypair"
fi
me="$(dz address)"
echo "keypair: $me"

balance="$(rpc "$url" getBalance "[\"$me\"]" | jq -r '.result.value // 0')"
if [ "$balance" -lt 1000000000 ]; then
  sig="$(rpc "$url" requestAirdrop "[\"$me\", 100000000000]" | jq -r '.result // empty')"
  [ -n "$sig" ] || die "airdrop to $me refused by $url"
  for _ in $(seq 60); do
    [ "$(rpc "$url" getBalance "[\"$me\"]" | jq -r '.result.value // 0')" -gt "$balance" ] && break
    sleep 0.5
  done
  step "airdrop 100 SOL"
else
  skip "airdrop (balance $balance lamports)"
fi

if ! authority="$(dz global-config authority get --json 2>/dev/null)"; then
  dz init >/dev/null
  step "InitGlobalState (foundation, activator and sentinel authority $me)"
  authority="$(dz global-config authority get --json)"
else
  skip "InitGlobalState"
fi

if dz global-config get --json >/dev/null 2>&1; then
  skip "SetGlobalConfig"
else
  dz global-config set --local-asn 65000 --remote-asn 65342 --device-tunnel-block 172.16.0.0/16 \
    --user-tunnel-block 169.254.0.0/16 --multicastgroup-block 233.84.178.0/24 \
    --multicast-publisher-block 148.51.120.0/21 >/dev/null
  step "SetGlobalConfig (ASNs 65000/65342, 172.16.0.0/16, 169.254.0.0/16, 233.84.178.0/24, 148.51.120.0/21)"
fi

if [ "$(jq -r '.activator_authority' <<<"$authority")" = "$me" ] \
    && [ "$(jq -r '.access_authority' <<<"$authority")" = "$me" ]; then
  skip "authority set (activator and sentinel)"
else
  dz global-config authority set --activator-authority me --sentinel-authority me >/dev/null
  step "authority set (activator and sentinel $me)"
fi

allowed="$(dz global-config allowlist list --json)"
for key in "$me" "${allow[@]}"; do
  if jq -e --arg k "$key" 'index($k) != null' <<<"$allowed" >/dev/null; then
    skip "foundation allowlist $key"
  else
    dz global-config allowlist add --pubkey "$key" >/dev/null
    step "foundation allowlist += $key"
  fi
done

# code|name|country|lat|lng|exchange: NetworkBootstrap.SITES (localnet-launcher), the e2e coordinates.
locations="$(dz location list --json)"
exchanges="$(dz exchange list --json)"
has_code() {
  jq -e --arg c "$2" 'map(select(.code == $c)) | length > 0' <<<"$1" >/dev/null
}
while IFS='|' read -r code name country lat lng exchange; do
  if has_code "$locations" "$code"; then
    skip "location $code"
  else
    dz location create --code "$code" --name "$name" --country "$country" --lat "$lat" --lng "$lng" >/dev/null
    step "location $code ($name)"
  fi
  if has_code "$exchanges" "$exchange"; then
    skip "exchange $exchange"
  else
    dz exchange create --code "$exchange" --name "$name" --lat "$lat" --lng "$lng" >/dev/null
    step "exchange $exchange ($name)"
  fi
done <<'SITES'
lax|Los Angeles|US|34.0496|-118.2594|xlax
ewr|New York|US|40.7357|-74.1724|xewr
SITES

# The reference e2e's contributor (`contributor create --code co01 --owner me`).
if has_code "$(dz contributor list --json)" co01; then
  skip "contributor co01"
else
  dz contributor create --code co01 --owner me >/dev/null
  step "contributor co01"
fi

if [ "$sent" -eq 0 ]; then
  echo "bootstrap: nothing to do (no transaction sent)"
else
  echo "bootstrap: $sent step(s) sent"
fi
