package doublezero.doublezerod.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The prober's ICMP echo in a fresh network namespace: with the default `ping_group_range` it
/// falls back to a raw socket; once the range admits our group it uses an unprivileged datagram
/// socket; an address without a route loses all three echoes. Needs root; skipped otherwise.
class IcmpPingerTest {
  final String ns =
      "dzping" + ProcessHandle.current().pid() + ThreadLocalRandom.current().nextInt(1000);

  static String sh(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + ": " + out);
    }
    return out;
  }

  @AfterEach
  void cleanup() throws Exception {
    try {
      sh("ip", "netns", "del", ns);
    } catch (IOException absent) {
      // not created
    }
  }

  String ping(String address) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "ip",
                "netns",
                "exec",
                ns,
                ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                PingMain.class.getName(),
                address));
    return sh(cmd.toArray(String[]::new)).strip();
  }

  @Test
  void rawThenDatagramThenLoss() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs root for network namespaces");
    sh("ip", "netns", "add", ns);
    sh("ip", "-n", ns, "link", "set", "lo", "up");
    sh("ip", "netns", "exec", ns, "sysctl", "-q", "-w", "net.ipv4.ping_group_range=1 0");
    assertThat(ping("127.0.0.1")).matches("raw 3 \\d+");
    sh("ip", "netns", "exec", ns, "sysctl", "-q", "-w", "net.ipv4.ping_group_range=0 2147483647");
    assertThat(ping("127.0.0.1")).matches("datagram 3 \\d+");
    assertThat(ping("198.51.100.7")).isEqualTo("datagram 0 -1");
  }
}
