# Shared by the bin/ launchers: finds a JDK 25, builds the module on first use (or when its sources changed),
# then runs its main class. Sourced, not executed. Usage from a launcher:
#   . "$(dirname "$0")/_launcher.sh"; dz_run <module> <main-class> "$@"

dz_root() {
  local src="${BASH_SOURCE[0]}"
  while [ -L "$src" ]; do
    local dir; dir="$(cd -P "$(dirname "$src")" && pwd)"
    src="$(readlink "$src")"; [[ $src != /* ]] && src="$dir/$src"
  done
  cd -P "$(dirname "$src")/.." && pwd
}

dz_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* /opt/java/openjdk)
  local d
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      echo "$d/bin/java"; return 0
    fi
  done
  echo "error: a JDK 25 or newer is required (set JAVA_HOME); none found under /usr/lib/jvm" >&2
  return 1
}

# Rebuilds when the module jar is missing or any main source, resource or pom in the repo is newer than it.
dz_ensure_built() {
  local root="$1" module="$2"
  local jar="$root/$module/target/$module-0.1.0-SNAPSHOT.jar"
  if [ -f "$jar" ] && [ -d "$root/$module/target/lib" ] && \
     [ -z "$(find "$root" -path "$root/*/target" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "building $module (first use or sources changed)..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -pl "$module" -am package >&2) || {
    echo "error: build of $module failed; run ./mvnw -pl $module -am package to see why" >&2; return 1; }
}

dz_run() {
  local module="$1" main="$2"; shift 2
  local root java
  root="$(dz_root)" || return 1
  java="$(dz_java)" || return 1
  dz_ensure_built "$root" "$module" || return 1
  # Launchers may set DZ_JVM_OPTS (a daemon wants full JIT; the CLI wants fast start-up).
  # shellcheck disable=SC2086
  exec "$java" ${DZ_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1} --enable-native-access=ALL-UNNAMED \
    -cp "$root/$module/target/$module-0.1.0-SNAPSHOT.jar:$root/$module/target/lib/*" "$main" "$@"
}
