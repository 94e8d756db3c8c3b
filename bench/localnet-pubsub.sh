#!/usr/bin/env bash
# Ledger liveness under PubSub load (issue 17): durable transfers/s with no subscribers, with 200 account + 200
# program subscriptions that are read, and with an extra client that never reads; ledger RSS. Each phase runs a fresh
# ledger in its own JVM. Usage: bench/localnet-pubsub.sh [seconds per phase=15] [rounds=2]
# Figures go into docs/benchmarks.md by hand. Needs a JDK 25 (found like the launchers do).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
. "$root/bin/_launcher.sh"
java="$(dz_java)"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -o -pl localnet -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/localnet/target/test-classpath.txt"
fi
uptime
exec "$java" -Xmx1g \
  -cp "localnet/target/test-classes:localnet/target/classes:sdk/target/classes:testkit/target/classes:$(cat localnet/target/test-classpath.txt)" \
  doublezero.localnet.bench.PubSubBench "$@"
