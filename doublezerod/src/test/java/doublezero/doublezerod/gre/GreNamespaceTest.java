package doublezero.doublezerod.gre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The userspace GRE backend end to end: two network namespaces joined by a veth pair, our GRE
/// endpoint in each (the daemon's [UserspaceGreBackend] on the client side, a [GreTunnel] with the
/// network address on the device side), ICMP echo (raw-socket path of the prober) and a 20 kB TCP
/// exchange across the /31 overlay addresses. Needs root and `/dev/net/tun`; skipped otherwise.
class GreNamespaceTest {
  final String suffix =
      Long.toString(ProcessHandle.current().pid()) + ThreadLocalRandom.current().nextInt(1000);
  final String client = "dzc" + suffix;
  final String device = "dzd" + suffix;
  final List<Process> processes = new ArrayList<>();

  static void sh(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + ": " + out);
    }
  }

  @AfterEach
  void cleanup() throws Exception {
    for (Process p : processes) {
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    for (String ns : List.of(client, device)) {
      try {
        sh("ip", "netns", "del", ns);
      } catch (IOException absent) {
        // not created
      }
    }
  }

  Process endpoint(String ns, String... args) throws IOException {
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
                GreEndpointMain.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    processes.add(p);
    return p;
  }

  static List<String> readUntil(Process p, String last) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      lines.add(line);
      if (line.startsWith(last)) {
        break;
      }
    }
    return lines;
  }

  @Test
  void pingAndTcpCrossTheTunnel() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")) && Files.exists(Path.of("/dev/net/tun")),
        "needs root and /dev/net/tun");
    sh("ip", "netns", "add", client);
    sh("ip", "netns", "add", device);
    sh(
        "ip",
        "link",
        "add",
        "vc" + suffix,
        "netns",
        client,
        "type",
        "veth",
        "peer",
        "name",
        "vd" + suffix,
        "netns",
        device);
    sh("ip", "-n", client, "addr", "add", "192.0.2.1/30", "dev", "vc" + suffix);
    sh("ip", "-n", device, "addr", "add", "192.0.2.2/30", "dev", "vd" + suffix);
    for (String ns : List.of(client, device)) {
      sh("ip", "-n", ns, "link", "set", "lo", "up");
    }
    sh("ip", "-n", client, "link", "set", "vc" + suffix, "up");
    sh("ip", "-n", device, "link", "set", "vd" + suffix, "up");

    Process dev = endpoint(device, "device", "192.0.2.2", "192.0.2.1", "169.254.0.0/31");
    assertThat(readUntil(dev, "UP")).last().isEqualTo("UP");
    Process cli = endpoint(client, "client", "192.0.2.1", "192.0.2.2", "169.254.0.0/31");
    List<String> out = readUntil(cli, "COUNTS");
    assertThat(out)
        .as(String.join("\n", out))
        .contains("UP", "PING 3", "TCP OK", "FROM 169.254.0.1");
    assertThat(out.getLast()).matches("COUNTS sent=\\d+ received=\\d+");
  }
}
