package doublezero.telemetry.e2e;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/// Two network namespaces joined by a veth pair carrying a link's tunnel /31 (side A gets the lower
/// address), each also joined to the root namespace by a management veth (a /30) so processes
/// inside reach the ledger. Names carry a random suffix; [#close] removes everything, also after a
/// partial setup.
final class NetnsLab implements AutoCloseable {
  final String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
  final String nsA = "dzta-" + suffix;
  final String nsZ = "dztz-" + suffix;
  final String ifA = "ta-" + suffix;
  final String ifZ = "tz-" + suffix;
  final String rootA = "ra-" + suffix;
  final String rootZ = "rz-" + suffix;
  final int octet2 = ThreadLocalRandom.current().nextInt(100, 250);
  final int octet3 = ThreadLocalRandom.current().nextInt(0, 250);
  private final List<String> created = new ArrayList<>();

  /// @return the root namespace's address on the management veth towards A (reachable from both
  ///   namespaces' point of view through their own veth: each gets a route to the other /30 through
  ///   its root peer)
  String rootAddressA() {
    return "10." + octet2 + "." + octet3 + ".1";
  }

  String rootAddressZ() {
    return "10." + octet2 + "." + octet3 + ".5";
  }

  /// @param ns [#nsA] or [#nsZ]
  /// @return the namespace's own address on its management veth (reachable from the root namespace)
  String managementAddress(String ns) {
    return "10." + octet2 + "." + octet3 + "." + (mgmtBase(ns) + 2);
  }

  /// Takes a namespace's management veth down or up again: while it is down, processes inside
  /// cannot reach the ledger (connections fail at once: no route), while the ledger goes on.
  ///
  /// @param ns [#nsA] or [#nsZ]
  /// @param up whether to bring it up
  void ledgerReachable(String ns, boolean up) {
    ip("-n", ns, "link", "set", "mg-" + suffix + mgmtBase(ns), up ? "up" : "down");
  }

  private int mgmtBase(String ns) {
    return ns.equals(nsA) ? 0 : 4;
  }

  static NetnsLab create(NetworkV4 tunnelNet) {
    NetnsLab lab = new NetnsLab();
    try {
      lab.setUp(tunnelNet);
      return lab;
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  private void setUp(NetworkV4 tunnelNet) {
    Ipv4Address a = tunnelNet.network();
    Ipv4Address z = new Ipv4Address(a.value() ^ 1);
    ip("netns", "add", nsA);
    created.add("ns:" + nsA);
    ip("netns", "add", nsZ);
    created.add("ns:" + nsZ);
    ip("link", "add", ifA, "type", "veth", "peer", "name", ifZ);
    ip("link", "set", ifA, "netns", nsA);
    ip("link", "set", ifZ, "netns", nsZ);
    ip("-n", nsA, "addr", "add", a + "/31", "dev", ifA);
    ip("-n", nsZ, "addr", "add", z + "/31", "dev", ifZ);
    for (String ns : List.of(nsA, nsZ)) {
      ip("-n", ns, "link", "set", "lo", "up");
    }
    ip("-n", nsA, "link", "set", ifA, "up");
    ip("-n", nsZ, "link", "set", ifZ, "up");
    mgmt(nsA, rootA, "mg-" + suffix, mgmtBase(nsA));
    mgmt(nsZ, rootZ, "mg-" + suffix, mgmtBase(nsZ));
  }

  /// Puts more link /31s on the veth pair (A side the network address, Z side the other), one `ip
  /// -batch` per namespace.
  ///
  /// @param tunnelNets the links' tunnel_nets
  void addTunnels(List<NetworkV4> tunnelNets) {
    StringBuilder a = new StringBuilder();
    StringBuilder z = new StringBuilder();
    for (NetworkV4 n : tunnelNets) {
      Ipv4Address low = n.network();
      a.append("addr add ").append(low).append("/31 dev ").append(ifA).append('\n');
      z.append("addr add ")
          .append(new Ipv4Address(low.value() ^ 1))
          .append("/31 dev ")
          .append(ifZ)
          .append('\n');
    }
    batch(nsA, a.toString());
    batch(nsZ, z.toString());
  }

  private static void batch(String ns, String commands) {
    try {
      Process p =
          new ProcessBuilder("ip", "-n", ns, "-batch", "-").redirectErrorStream(true).start();
      p.getOutputStream().write(commands.getBytes(StandardCharsets.US_ASCII));
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("ip -n " + ns + " -batch: " + out.strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void mgmt(String ns, String rootIf, String nsIf, int base) {
    String prefix = "10." + octet2 + "." + octet3 + ".";
    ip("link", "add", rootIf, "type", "veth", "peer", "name", nsIf + base);
    created.add("link:" + rootIf);
    ip("link", "set", nsIf + base, "netns", ns);
    ip("addr", "add", prefix + (base + 1) + "/30", "dev", rootIf);
    ip("link", "set", rootIf, "up");
    ip("-n", ns, "addr", "add", prefix + (base + 2) + "/30", "dev", nsIf + base);
    ip("-n", ns, "link", "set", nsIf + base, "up");
  }

  /// @param ns a namespace of this lab
  /// @param args the command
  /// @return the command prefixed to run inside the namespace
  static List<String> in(String ns, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns));
    cmd.addAll(args);
    return cmd;
  }

  static void ip(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip"));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + ": " + out.strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    for (String c : created.reversed()) {
      try {
        if (c.startsWith("ns:")) {
          ip("netns", "del", c.substring(3));
        } else {
          ip("link", "del", c.substring(5));
        }
      } catch (IllegalStateException ignored) {
        // already gone with its namespace
      }
    }
  }
}
