#!/usr/bin/env bash
# Builds the doublezero-agent RPM the way the reference ships the agent (package doublezero-agent, the executable in
# /usr/local/bin; reference release/.goreleaser.base.agent.yaml). The Java agent is bundled with its own trimmed
# JDK 25 runtime (jpackage app image under /usr/local/lib/doublezero-agent), so the switch needs no Java.
# Needs: a JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25*), rpmbuild (Debian package `rpm`).
# Usage: agent/packaging/build-rpm.sh [version]     -> agent/target/rpm/doublezero-agent-<version>-1.x86_64.rpm
# MVN overrides the Maven command (default: ./mvnw -q -B).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
version="${1:-0.1.0}"
jdk="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}"
[ -x "$jdk/bin/jpackage" ] || { echo "error: no JDK 25 jpackage (set JAVA_HOME)" >&2; exit 1; }
command -v rpmbuild >/dev/null || { echo "error: rpmbuild not found (apt-get install rpm)" >&2; exit 1; }

cd "$root"
${MVN:-./mvnw -q -B} -DskipTests -pl agent -am package
out="$root/agent/target/rpm"
rm -rf "$out"
mkdir -p "$out/input" "$out/image" "$out/build"
cp agent/target/agent-0.1.0-SNAPSHOT.jar agent/target/lib/*.jar "$out/input/"

"$jdk/bin/jpackage" --type app-image --name doublezero-agent --app-version "$version" \
  --input "$out/input" --main-jar agent-0.1.0-SNAPSHOT.jar --main-class doublezero.agent.launch.AgentMain \
  --java-options "-XX:+UseSerialGC -Xmx128m --enable-native-access=ALL-UNNAMED" \
  --add-modules java.base,java.logging,java.management,java.naming,java.net.http,java.xml,java.sql,jdk.unsupported,jdk.crypto.ec \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=zip-6" \
  --dest "$out/image"

cat > "$out/doublezero-agent.spec" <<SPEC
Name:      doublezero-agent
Version:   $version
Release:   1
Summary:   DoubleZero config agent for Arista EOS
License:   Apache-2.0
BuildArch: x86_64
AutoReqProv: no
%define __os_install_post %{nil}
%define _build_id_links none

%description
Polls the DoubleZero controller and applies the device configuration through EOS SDK RPC.
Run it as an EOS daemon:
  daemon doublezero-agent
     exec /usr/local/bin/doublezero-agent -controller <ip>:7000 -pubkey <device pubkey>
     no shutdown

%install
mkdir -p %{buildroot}/usr/local/lib %{buildroot}/usr/local/bin
cp -a $out/image/doublezero-agent %{buildroot}/usr/local/lib/doublezero-agent
ln -s /usr/local/lib/doublezero-agent/bin/doublezero-agent %{buildroot}/usr/local/bin/doublezero-agent

%files
/usr/local/lib/doublezero-agent
/usr/local/bin/doublezero-agent
SPEC

rpmbuild -bb --define "_topdir $out/build" "$out/doublezero-agent.spec" >&2
cp "$out"/build/RPMS/x86_64/doublezero-agent-"$version"-1.x86_64.rpm "$out/"
echo "$out/doublezero-agent-$version-1.x86_64.rpm"
