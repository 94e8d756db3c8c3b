#!/usr/bin/env bash
# Runs the integration suite in external-ledger mode against the ledger at URL. Every test runs except those marked
# @NeedsLedgerInternals (doublezero.testkit.external), which are skipped with the reason they carry (seeded accounts,
# clock control, a fresh ledger, ledger-wide state, the journal, crashes, or the in-process ledger's own servers).
# The program scenario suites (ProgramHarness), the CLI tests (LocalCliNetwork) and the activator tests (E2eNetwork)
# connect to URL with fresh funded keys and random codes; tests that need no ledger at all (codecs, parsers) run too
# and are counted apart. Prints the number of tests run against the ledger, run without one, skipped and failed,
# summed over the surefire reports, and the skip reasons with their counts. The ledger must have been bootstrapped by
# bootstrap.sh with KEYPAIR, which the tests use as foundation and activator authority.
#
#   run-suite.sh --url URL --ws URL [--keypair KEYPAIR] [--runs N]
#   run-suite.sh --stand-in [--rpc-port PORT] [--keypair KEYPAIR] [--runs N]
#       starts bin/doublezero-localnet start on a fresh ledger (start-validator.sh --stand-in), bootstraps it
#       (bootstrap.sh, run twice: the second run must send nothing), runs the suite, and stops the ledger afterwards,
#       also on failure. KEYPAIR defaults to ~/.config/doublezero/id.json, or a fresh key with --stand-in.
#   --runs N runs the suite N times one after another against the same ledger (default 1): runs must not collide.
#
# MVN (default ./mvnw) is the Maven command; extra Maven arguments go after `--`.
# Exit code: Maven's (0 when every run is green).
set -euo pipefail
here="$(dirname "$(readlink -f "$0")")"
. "$here/lib.sh"

url="" ws="" keypair="" stand_in=false port="" runs=1 mvn_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url="${2:?--url needs a URL}"; shift 2 ;;
    --ws) ws="${2:?--ws needs a URL}"; shift 2 ;;
    --keypair) keypair="${2:?--keypair needs a file}"; shift 2 ;;
    --stand-in) stand_in=true; shift ;;
    --rpc-port) port="${2:?--rpc-port needs a port}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a count}"; shift 2 ;;
    --) shift; mvn_extra=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
root="$(repo_root)"
# The modules whose tests drive the programs (with -am, their dependencies' tests run too: sdk's need no ledger).
MODULES="localnet,localnet-launcher,cli"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive count (got '$runs')"

if $stand_in; then
  [ -z "$url" ] || die "--stand-in starts its own ledger: leave out --url"
  work="$(mktemp -d)"
  # A free port: none answers on it and on the next one (PubSub).
  if [ -z "$port" ]; then
    for _ in $(seq 20); do
      port=$((20000 + RANDOM % 20000))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && ! (exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))") 2>/dev/null; then
        break
      fi
    done
  fi
  # shellcheck disable=SC2317 # called by the trap
  cleanup() {
    "$here/stop-validator.sh" --ledger "$work/ledger" >/dev/null || true
    rm -rf "$work"
  }
  trap cleanup EXIT
  "$here/start-validator.sh" --stand-in --ledger "$work/ledger" --rpc-port "$port"
  url="http://127.0.0.1:$port"
  ws="ws://127.0.0.1:$((port + 1))"
  keypair="${keypair:-$work/authority.json}"
  echo "== bootstrap"
  "$here/bootstrap.sh" --url "$url" --ws "$ws" --keypair "$keypair"
  echo "== bootstrap again (must send nothing)"
  me_pub="$("$root/bin/doublezero" address --keypair "$keypair")"
  count_before="$(rpc "$url" getTransactionCount | rpc_int_result)"
  balance_before="$(rpc "$url" getBalance "[\"$me_pub\"]" | sed -n 's/.*"value":\([0-9]*\).*/\1/p')"
  second="$("$here/bootstrap.sh" --url "$url" --ws "$ws" --keypair "$keypair")"
  echo "$second"
  count_after="$(rpc "$url" getTransactionCount | rpc_int_result)"
  balance_after="$(rpc "$url" getBalance "[\"$me_pub\"]" | sed -n 's/.*"value":\([0-9]*\).*/\1/p')"
  if [ "$count_before" != "$count_after" ] || [ "$balance_before" != "$balance_after" ] \
      || ! grep -q "nothing to do (no transaction sent)" <<<"$second"; then
    die "the second bootstrap sent something: transactions $count_before -> $count_after, balance $balance_before -> $balance_after"
  fi
  echo "second bootstrap: transaction count $count_after and balance $balance_after lamports unchanged"
else
  if [ -z "$url" ] || [ -z "$ws" ]; then
    die "--url URL and --ws URL are required (or --stand-in)"
  fi
  keypair="${keypair:-$HOME/.config/doublezero/id.json}"
fi
[ -f "$keypair" ] || die "$keypair: no such keypair file (run bootstrap.sh first)"
[ -n "$(current_slot "$url")" ] || die "no ledger answers at $url"

echo "== suite against $url ($ws), authority $keypair"
cd "$root"
read -r -a mvn <<<"${MVN:-./mvnw}"
REPORT_MODULES=(sdk testkit localnet activator localnet-launcher cli)
if $stand_in; then
  classes="$work/external-classes.txt"   # removed with $work by the cleanup trap
else
  classes="$(mktemp)"
  trap 'rm -f "$classes"' EXIT
fi

# One run of the suite; prints its counts. Returns Maven's exit code.
run_once() {
  local rc=0
  for m in "${REPORT_MODULES[@]}"; do
    rm -rf "$m/target/surefire-reports"   # earlier runs' reports would be counted
  done
  : >"$classes"
  # Jupiter only: the jqwik engine (pure property tests) has no ExecutionCondition and needs no ledger.
  "${mvn[@]}" -B verify -pl "$MODULES" -am -Dledger.url="$url" -Dledger.ws="$ws" \
    -Dledger.authority="$(readlink -f "$keypair")" -Dledger.report="$classes" \
    -Dsurefire.includeJUnit5Engines=junit-jupiter -Dsurefire.failIfNoSpecifiedTests=false "${mvn_extra[@]}" || rc=$?
  count
  return "$rc"
}

# Sums tests/skipped/failures/errors over the reports of this run's modules. A test ran against the ledger when its
# class (or the class enclosing it) connected there: ExternalLedgerReport lists those classes in $classes.
count() {
  local reports=() f head cls tests skip total=0 skipped=0 failed=0 against=0 without=0
  for m in "${REPORT_MODULES[@]}"; do
    for f in "$m"/target/surefire-reports/TEST-*.xml; do
      [ -f "$f" ] && reports+=("$f")
    done
  done
  for f in "${reports[@]}"; do
    head="$(grep -m1 -o '<testsuite [^>]*>' "$f")"
    attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$head"; }
    tests="$(attr tests)" skip="$(attr skipped)"
    total=$((total + tests))
    skipped=$((skipped + skip))
    failed=$((failed + $(attr failures) + $(attr errors)))
    cls="$(basename "$f" .xml)" && cls="${cls#TEST-}" && cls="${cls%%\$*}"
    if grep -qxF "external $cls" "$classes"; then
      against=$((against + tests - skip))
    else
      without=$((without + tests - skip))
    fi
  done
  echo "skip reasons (count, reason):"
  cat "${reports[@]}" /dev/null | grep -o '<skipped message="[^"]*"' | sed 's/^<skipped message="//; s/"$//' \
    | sort | uniq -c | sort -rn
  echo "external-ledger suite: $((total - skipped)) tests run ($against against the ledger, $without needing no ledger)," \
    "$skipped skipped, $failed failed ($total in ${#reports[@]} report files)"
}

rc=0
for i in $(seq "$runs"); do
  [ "$runs" -eq 1 ] || echo "== run $i of $runs against $url"
  run_once || rc=$?
done
echo "Maven exit $rc"
exit "$rc"
