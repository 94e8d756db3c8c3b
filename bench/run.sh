#!/usr/bin/env bash
# Builds the bench module and runs the JMH benchmarks (never part of ./mvnw verify).
#
#   bench/run.sh                      everything: decode throughput, 10k index time (+ -prof gc), retained heap
#   bench/run.sh <regex> [jmh opts]   only the JMH benchmarks matching <regex>, e.g. 'DecodeBenchmark.user'
#                                     or 'IndexBenchmark.build' (extra JMH options are appended, e.g. -prof stack)
#   bench/run.sh footprint            only the retained-heap harness (doublezero.bench.IndexFootprint)
#
# Environment: BENCH_JAVA (a JDK 25+ java binary; default: JAVA_HOME if it is 25+, else /usr/lib/jvm/*25*),
# BENCH_SKIP_BUILD=1 to reuse bench/target/benchmarks.jar, BENCH_OPTS to replace the default JMH settings.
# Results go to bench/results/<timestamp>/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_java() {
  if [[ -n "${BENCH_JAVA:-}" ]]; then echo "$BENCH_JAVA"; return; fi
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(java_major "$JAVA_HOME/bin/java") >= 25 )); then
    echo "$JAVA_HOME/bin/java"; return
  fi
  for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*/bin/java; do
    if [[ -x "$j" ]] && (( $(java_major "$j") >= 25 )); then echo "$j"; return; fi
  done
  echo "no JDK 25+ found: set BENCH_JAVA" >&2; exit 1
}
JAVA=$(find_java)

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -DskipTests -pl bench -am package
fi
JAR="$root/bench/target/benchmarks.jar"
REF="$root/../shared/reference-data"
SYSPROPS=()
[[ -d "$REF" ]] && SYSPROPS=("-Ddoublezero.referenceData=$REF")

out="$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $JAVA"
  "$JAVA" -version 2>&1
  echo "uptime before: $(uptime)"
} > "$out/env.txt"
cat "$out/env.txt"

# 2-core machine: one fork, short but sufficient warm-up; -prof gc for allocation per operation.
read -r -a OPTS <<< "${BENCH_OPTS:--f 1 -wi 3 -i 5 -w 2s -r 2s -prof gc}"

load() { echo "uptime at $1: $(uptime)" | tee -a "$out/env.txt"; }
jmh() { # $1 = name of the result files, rest = JMH arguments
  local name=$1; shift
  load "start of $name"
  "$JAVA" "${SYSPROPS[@]}" -jar "$JAR" "$@" "${OPTS[@]}" -jvmArgsAppend "${SYSPROPS[*]:-} -Xms512m -Xmx512m" \
    -rf json -rff "$out/$name.json" 2>&1 | tee "$out/$name.txt"
}
footprint() {
  load "start of footprint"
  "$JAVA" "${SYSPROPS[@]}" -Xmx512m -cp "$JAR" doublezero.bench.IndexFootprint 10000 7 2>&1 | tee "$out/footprint.txt"
}

case "${1:-all}" in
  all)
    jmh decode 'doublezero.bench.DecodeBenchmark'
    jmh index 'doublezero.bench.IndexBenchmark'
    footprint
    ;;
  footprint) footprint ;;
  *) jmh "${1//[^A-Za-z0-9._-]/_}" "$@" ;;
esac
echo "uptime after: $(uptime)" | tee -a "$out/env.txt"
echo "results in $out"
