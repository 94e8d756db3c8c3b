package doublezero.e2e;

import doublezero.doublezerod.gre.GreTunnel;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netns.Netns;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// The DoubleZero device in its own namespace: one userspace GRE endpoint per user tunnel (the
/// device side of the user's /31, on the device's public IP or on a user-tunnel-endpoint address),
/// BIRD 2 as the switch with one passive peer per tunnel and the peer settings of the e2e agent
/// config fixtures (`ibrl/doublezero_agent_config_user_added.tmpl`: AS 65342, neighbor = client
/// overlay remote-as 65000, `timers bgp 1 3`, one accepted route) announcing the two validator
/// prefixes, and a "validator" TCP echo server on [#VALIDATOR]. Routes BIRD learns inside the
/// DoubleZero prefix (an allocated dz_ip) go into the device's kernel towards the tunnel, as the
/// switch routes them. Tunnels are added and removed one by one ([#configure]): the others, and
/// their BGP sessions, keep running.
final class DeviceSide implements AutoCloseable {
  /// The validator address behind the device (announced as a /32 with [#OTHER_PREFIX]).
  static final String VALIDATOR = "4.4.4.4";

  /// The device's second announced prefix.
  static final String OTHER_PREFIX = "5.5.5.5";

  static final int VALIDATOR_PORT = 7000;

  /// One user's tunnel as the device terminates it.
  ///
  /// @param name the device-side interface (`Tunnel<tunnel id>`)
  /// @param endpoint the device address the tunnel ends on
  /// @param client the user's client IP
  /// @param overlay the user's /31 (device = network address, client = network + 1)
  record UserTunnel(String name, Ipv4Address endpoint, Ipv4Address client, NetworkV4 overlay) {}

  private final Netns ns;
  private final Path dir;
  private final Ipv4Address deviceIp;
  private final String dzPrefix;
  private final Map<UserTunnel, GreTunnel> tunnels = new LinkedHashMap<>();
  private ServerSocket validator;
  private Process bird;
  private int extra;

  DeviceSide(Netns ns, Path dir, Ipv4Address deviceIp, String dzPrefix) {
    this.ns = ns;
    this.dir = dir;
    this.deviceIp = deviceIp;
    this.dzPrefix = dzPrefix;
  }

  /// @return the device's public IP
  Ipv4Address deviceIp() {
    return deviceIp;
  }

  /// Puts the validator addresses on `lo` and starts the echo server.
  void startValidator() throws Exception {
    ns.exec("ip", "addr", "add", VALIDATOR + "/32", "dev", "lo");
    ns.exec("ip", "addr", "add", OTHER_PREFIX + "/32", "dev", "lo");
    validator =
        ns.call(
            () -> {
              ServerSocket s = new ServerSocket();
              s.bind(new InetSocketAddress(InetAddress.getByName(VALIDATOR), VALIDATOR_PORT));
              return s;
            });
    Thread.ofPlatform().daemon().name("validator").start(this::serve);
  }

  private void serve() {
    while (!validator.isClosed()) {
      try (Socket s = validator.accept()) {
        BufferedReader r =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter w = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        w.println(r.readLine());
      } catch (IOException e) {
        // next connection
      }
    }
  }

  /// @return the tunnels the device terminates now
  synchronized List<UserTunnel> tunnels() {
    return List.copyOf(tunnels.keySet());
  }

  /// Makes the device terminate exactly `want` (what the controller pushes when users are activated
  /// or go away): tunnels no longer wanted are closed, new ones opened, and BIRD reconfigured
  /// (`birdc configure` keeps the unchanged sessions up), started when it was not running, stopped
  /// when no tunnel is left.
  synchronized void configure(List<UserTunnel> want) throws Exception {
    List<UserTunnel> gone = tunnels.keySet().stream().filter(t -> !want.contains(t)).toList();
    for (UserTunnel t : gone) {
      tunnels.remove(t).close();
    }
    for (UserTunnel t : want) {
      if (!tunnels.containsKey(t)) {
        TunnelSpec spec =
            new TunnelSpec(
                t.name(),
                t.endpoint(),
                t.client(),
                t.overlay(),
                Optional.empty(),
                TunnelSpec.MTU,
                TunnelSpec.TTL);
        tunnels.put(t, ns.call(() -> GreTunnel.open(Netlink.open(), spec, spec.remoteOverlay())));
      }
    }
    if (tunnels.isEmpty()) {
      stopBird();
    } else if (bird == null) {
      startBird();
    } else {
      writeBirdConfig();
      ns.exec("birdc", "-s", ctl().toString(), "configure");
    }
  }

  /// Removes every tunnel and BGP peer (users gone).
  synchronized void clear() throws Exception {
    configure(List.of());
  }

  private void writeBirdConfig() throws IOException {
    StringBuilder peers = new StringBuilder();
    for (UserTunnel t : tunnels.keySet()) {
      Ipv4Address device = t.overlay().network();
      peers.append(
          "protocol bgp %s from dzuser { local %s as 65342; neighbor %s as 65000; }%n"
              .formatted(t.name(), device, new Ipv4Address(device.value() + 1)));
    }
    Files.writeString(
        dir.resolve("bird.conf"),
        """
        router id %s;
        protocol device {}
        protocol static validators {
          ipv4;
          route %s/32 blackhole;
          route %s/32 blackhole;
        %s}
        protocol kernel {
          ipv4 { import none; export where source = RTS_BGP && net ~ [ %s+ ]; };
        }
        template bgp dzuser {
          passive on;
          hold time 3;
          keepalive time 1;
          error wait time 1, 3;
          ipv4 { import all; import limit 1 action warn; export where source = RTS_STATIC; next hop self; };
        }
        """
                .formatted(deviceIp, VALIDATOR, OTHER_PREFIX, extraRoutes(), dzPrefix)
            + peers);
  }

  /// Makes BIRD announce `count` more /24s (`20.x.y.0/24`) to every client from its next start or
  /// reconfiguration: a benchmark's route load.
  ///
  /// @param count prefixes, at most 65,536
  synchronized void announceExtra(int count) {
    extra = count;
  }

  private String extraRoutes() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < extra; i++) {
      b.append("  route 20.")
          .append(i / 256)
          .append('.')
          .append(i % 256)
          .append(".0/24 blackhole;\n");
    }
    return b.toString();
  }

  /// Starts BIRD with one peer per configured tunnel.
  synchronized void startBird() throws Exception {
    writeBirdConfig();
    Files.deleteIfExists(ctl());
    bird =
        ns.spawn(
            dir.resolve("bird.log"),
            "bird",
            "-f",
            "-c",
            dir.resolve("bird.conf").toString(),
            "-s",
            ctl().toString());
    for (int i = 0; i < 100 && !Files.exists(ctl()); i++) {
      Thread.sleep(50);
    }
  }

  /// Stops BIRD the way an operator does (`birdc down`: a Cease NOTIFICATION to the client).
  synchronized void stopBird() throws Exception {
    if (bird == null) {
      return;
    }
    try {
      ns.exec("birdc", "-s", ctl().toString(), "down");
    } catch (IllegalStateException e) {
      // already going down
    }
    if (!bird.waitFor(5, TimeUnit.SECONDS)) {
      bird.destroyForcibly().waitFor();
    }
    bird = null;
  }

  /// @param tunnel the device-side tunnel name (the BGP protocol is named after it)
  /// @return whether BIRD's session over `tunnel` is Established
  boolean established(String tunnel) {
    return ns.exec("birdc", "-s", ctl().toString(), "show", "protocols", tunnel)
        .contains("Established");
  }

  private Path ctl() {
    return dir.resolve("bird.ctl");
  }

  /// @return packets the device's GRE endpoints received from clients
  synchronized long tunnelReceived() {
    return tunnels.values().stream().mapToLong(GreTunnel::received).sum();
  }

  /// @return the device kernel's routes (for an allocated dz_ip learned over BGP)
  String routes() {
    return ns.exec("ip", "-j", "route", "show");
  }

  @Override
  public synchronized void close() throws Exception {
    clear();
    if (validator != null) {
      validator.close();
    }
  }

  static List<String> prefixes() {
    return List.of(VALIDATOR + "/32", OTHER_PREFIX + "/32");
  }
}
