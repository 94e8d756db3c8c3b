#!/usr/bin/env bash
# Start-up benchmark of the doublezero CLI (issues 5 and 17): wall time of a bare `java -version` (the baseline, same
# JDK), `bin/doublezero --version`, `bin/doublezero config get` and `bin/doublezero device list` against a localnet
# holding N devices, interleaved round by round. Usage: bench/cli-startup.sh [devices] [runs] [hold]
# Figures go into docs/benchmarks.md by hand. Needs a JDK 25 (found like the launchers do).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
. "$root/bin/_launcher.sh"
java="$(dz_java)"
cd "$root"
./mvnw -q -B -o -DskipTests -pl cli -am package
./mvnw -q -B -o -pl cli -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$root/cli/target/test-classpath.txt"
bin/doublezero --version >/dev/null
exec "$java" -Xmx1g -Ddoublezero.root="$root" \
  -cp "cli/target/test-classes:cli/target/classes:$(cat cli/target/test-classpath.txt)" \
  doublezero.cli.bench.CliStartupBench "$@"
