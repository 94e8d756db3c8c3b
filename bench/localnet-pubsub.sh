#!/usr/bin/env bash
# Ledger liveness under PubSub load (issue 17): durable transfers/s with no subscribers, with 200 account + 200
# program subscriptions that are read, and with an extra client that never reads; ledger RSS. Each phase runs a fresh
# ledger in its own JVM. Usage: bench/localnet-pubsub.sh [seconds per phase=15] [rounds=2]
# [phases=none,subs,subs+stuck] (a phase may appear twice, e.g. none,subs,subs+stuck,none: the round's baseline is
# then the mean of its `none` runs). Prints each round's ratios and the medians over the rounds; the figures go into
# docs/benchmarks.md by hand. Needs a JDK 25 (found like the launchers do). BENCH_MVN runs Maven some other way
# (e.g. through a lock on a shared machine); BENCH_SKIP_BUILD=1 reuses the build.
# bench/localnet-pubsub.sh --alternating [window seconds=4] [pairs=6] [rounds=3] runs PubSubAlternatingBench instead:
# one ledger per round under continuous load, subscriptions switched on and off every window, so that a background
# load that changes from second to second hits both sides of the comparison alike (see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
. "$root/bin/_launcher.sh"
java="$(dz_java)"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ${BENCH_MVN:-./mvnw} -q -B -o -pl localnet -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/localnet/target/test-classpath.txt"
fi
main=doublezero.localnet.bench.PubSubBench
if [[ "${1:-}" == --alternating ]]; then
  main=doublezero.localnet.bench.PubSubAlternatingBench
  shift
fi
uptime
exec "$java" -Xmx1g \
  -cp "localnet/target/test-classes:localnet/target/classes:sdk/target/classes:testkit/target/classes:$(cat localnet/target/test-classpath.txt)" \
  "$main" "$@"
