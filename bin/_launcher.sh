# Shared by the bin/ launchers: finds a JDK 25, builds the module on first use (or when its sources changed),
# then runs its main class. Sourced, not executed. Usage from a launcher:
#   . "$(dirname "$0")/_launcher.sh"; dz_run <module> <main-class> "$@"
# A launcher that sets DZ_AOT_TRAINING=<main class> also gets a JDK AOT cache (JEP 483/514/515) for its module:
# see dz_run. DZ_AOT=0 turns the cache off.

dz_root() {
  local src="${BASH_SOURCE[0]}"
  while [ -L "$src" ]; do
    local dir; dir="$(cd -P "$(dirname "$src")" && pwd)"
    src="$(readlink "$src")"; [[ $src != /* ]] && src="$dir/$src"
  done
  cd -P "$(dirname "$src")/.." && pwd
}

# True when the JDK at $1 is version 25 or newer. Reads its `release` file (no JVM is started for this: starting one
# costs as much as the CLI's own start-up); falls back to `java -version` for a JDK without that file.
dz_jdk_ok() {
  local home="$1" line v
  [ -x "$home/bin/java" ] || return 1
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=*)
          v=${line#JAVA_VERSION=}; v=${v//\"/}; v=${v%%.*}
          [[ $v =~ ^[0-9]+$ ]] && [ "$v" -ge 25 ]; return;;
      esac
    done < "$home/release"
  fi
  "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'
}

# Sets DZ_JAVA_BIN to the java of the first JDK 25+ found: $JAVA_HOME, then the usual install locations.
dz_find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* /opt/java/openjdk)
  local d
  for d in "${candidates[@]}"; do
    if dz_jdk_ok "$d"; then
      DZ_JAVA_BIN="$d/bin/java"; return 0
    fi
  done
  echo "error: a JDK 25 or newer is required (set JAVA_HOME); none found under /usr/lib/jvm" >&2
  return 1
}

dz_java() {
  dz_find_java && echo "$DZ_JAVA_BIN"
}

# Rebuilds when the module jar is missing, or when the root pom, or a main source, resource or pom of the module or
# of a module of this repository whose jar it bundles in target/lib, is newer than the jar.
dz_ensure_built() {
  local root="$1" module="$2"
  local jar="$root/$module/target/$module-0.1.0-SNAPSHOT.jar" lib="$root/$module/target/lib"
  if [ -f "$jar" ] && [ -d "$lib" ]; then
    local watch=("$root/pom.xml" "$root/$module/pom.xml" "$root/$module/src/main") j m
    for j in "$lib"/*-0.1.0-SNAPSHOT.jar; do
      m=${j##*/}; m=${m%-0.1.0-SNAPSHOT.jar}
      [ -d "$root/$m/src/main" ] && watch+=("$root/$m/pom.xml" "$root/$m/src/main")
    done
    if [ -z "$(find "${watch[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  fi
  echo "building $module (first use or sources changed)..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -pl "$module" -am package >&2) || {
    echo "error: build of $module failed; run ./mvnw -pl $module -am package to see why" >&2; return 1; }
  # the jar plugin leaves an up-to-date jar untouched when only a dependency changed: mark it as checked
  touch "$jar"
}

# Sets DZ_AOT_FILE to the AOT cache's file for the current jars and JDK: target/<module>-<key>.aot, the key a hash of
# the size and modification time of every jar on the class path and of the JDK's runtime image (one `stat`, hashed
# in bash). Any rebuild changes the key, so a stale cache is never picked (the JVM would refuse it anyway: it checks
# the class path's jars itself).
dz_aot_file() {
  local java="$1" target="$2" module="$3" stats n h=7
  stats=$(stat -c '%s %Y' "$target/$module-0.1.0-SNAPSHOT.jar" "$target"/lib/*.jar "${java%/bin/java}/lib/modules" \
    2>/dev/null) || return 1
  for n in $stats; do
    h=$(( (h * 1000003 + n) & 0xffffffffffff ))
  done
  printf -v DZ_AOT_FILE '%s/%s-%x.aot' "$target" "$module" "$h"
}

# Creates the AOT cache in the background, detached from the terminal, at the lowest CPU priority, silently: one
# training run of the launcher's DZ_AOT_TRAINING class with -XX:AOTCacheOutput (JDK 25 records and assembles the cache
# in that one run). A lock directory keeps a second launcher from starting another (a lock older than 10 minutes is
# taken over); a training run that fails leaves <cache>.failed so that it is not retried for the same jars. Older
# caches of the module are removed once the new one is in place.
dz_aot_create() {
  local java="$1" cache="$2" cp="$3"; shift 3
  local target="${cache%/*}" lock="${cache%/*}/aot.lock" detach=()
  [ -e "$cache.failed" ] && return 0
  find "$lock" -maxdepth 0 -mmin +10 -exec rmdir {} \; 2>/dev/null || true
  mkdir "$lock" 2>/dev/null || return 0
  command -v setsid >/dev/null && detach=(setsid)
  (
    trap 'rmdir "$lock" 2>/dev/null' EXIT
    tmp="$cache.tmp.$$"
    if "${detach[@]}" nice -n 19 "$java" "$@" -XX:AOTCacheOutput="$tmp" -cp "$cp" "$DZ_AOT_TRAINING" && [ -s "$tmp" ]; then
      for old in "$target"/*.aot "$target"/*.aot.failed; do
        [ "$old" != "$cache" ] && rm -f "$old"
      done
      mv -f "$tmp" "$cache"
    else
      : > "$cache.failed"
    fi
    rm -f "$tmp" "$tmp.config"
  ) </dev/null >/dev/null 2>&1 &
}

# Runs <main-class> of <module>. Launchers may set DZ_JVM_OPTS (a daemon wants full JIT; the CLI wants fast start-up).
# With DZ_AOT_TRAINING set, the JVM uses the module's AOT cache when there is one for the current jars; when there is
# none, the command runs without it and the cache is created in the background after the command has finished, so the
# first command after a build is not slowed down and prints nothing more. JVM warnings go to stderr, never stdout,
# and the JVM's messages about a cache it cannot use are off (it then runs without).
dz_run() {
  local module="$1" main="$2"; shift 2
  local root java
  if [[ ${BASH_SOURCE[0]} == /*/bin/_launcher.sh ]]; then
    root="${BASH_SOURCE[0]%/bin/_launcher.sh}" # sourced by its resolved path (the launchers do): no process needed
  else
    root="$(dz_root)" || return 1
  fi
  dz_find_java || return 1
  java="$DZ_JAVA_BIN"
  dz_ensure_built "$root" "$module" || return 1
  local target="$root/$module/target"
  local cp="$target/$module-0.1.0-SNAPSHOT.jar:$target/lib/*"
  # shellcheck disable=SC2206
  local opts=(${DZ_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1} -Xlog:disable -Xlog:all=warning,aot=off,cds=off:stderr
    --enable-native-access=ALL-UNNAMED)
  # `--version` alone is answered before any of the cached classes would be used; mapping the cache would cost more
  # than it saves there, so it runs without it.
  if [ -n "${DZ_AOT_TRAINING:-}" ] && [ "${DZ_AOT:-1}" != 0 ] && ! [[ $# == 1 && ( $1 == --version || $1 == -V ) ]] \
      && dz_aot_file "$java" "$target" "$module"; then
    if [ -f "$DZ_AOT_FILE" ]; then
      exec "$java" "${opts[@]}" -XX:AOTCache="$DZ_AOT_FILE" -cp "$cp" "$main" "$@"
    fi
    local rc=0
    "$java" "${opts[@]}" -cp "$cp" "$main" "$@" || rc=$?
    dz_aot_create "$java" "$DZ_AOT_FILE" "$cp" "${opts[@]}"
    exit "$rc"
  fi
  exec "$java" "${opts[@]}" -cp "$cp" "$main" "$@"
}
