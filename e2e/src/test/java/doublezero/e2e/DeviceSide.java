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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// The DoubleZero device in its own namespace: a userspace GRE endpoint towards the client (the
/// device side of the user's /31, interface `Tunnel500`), BIRD 2 as the switch with the peer
/// settings of the e2e agent config fixtures (`ibrl/doublezero_agent_config_user_added.tmpl`: AS
/// 65342, neighbor = client overlay remote-as 65000, passive, `timers bgp 1 3`, one accepted route)
/// announcing the two validator prefixes, and a "validator" TCP echo server on [#VALIDATOR]. Routes
/// BIRD learns inside the DoubleZero prefix (an allocated dz_ip) go into the device's kernel
/// towards the tunnel, as the switch routes them.
final class DeviceSide implements AutoCloseable {
  /// The validator address behind the device (announced as a /32 with [#OTHER_PREFIX]).
  static final String VALIDATOR = "4.4.4.4";

  /// The device's second announced prefix.
  static final String OTHER_PREFIX = "5.5.5.5";

  static final int VALIDATOR_PORT = 7000;

  private final Netns ns;
  private final Path dir;
  private final Ipv4Address deviceIp;
  private final Ipv4Address clientIp;
  private final String dzPrefix;
  private ServerSocket validator;
  private GreTunnel tunnel;
  private Process bird;
  private NetworkV4 overlay;

  DeviceSide(Netns ns, Path dir, Ipv4Address deviceIp, Ipv4Address clientIp, String dzPrefix) {
    this.ns = ns;
    this.dir = dir;
    this.deviceIp = deviceIp;
    this.clientIp = clientIp;
    this.dzPrefix = dzPrefix;
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

  /// @return the /31 the device side is configured for, empty when none
  synchronized Optional<NetworkV4> overlay() {
    return Optional.ofNullable(overlay);
  }

  /// Configures the device for a user's tunnel (what the controller pushes when a user is
  /// activated): GRE endpoint on the /31's network address, BIRD peering with network + 1.
  synchronized void configure(NetworkV4 net) throws Exception {
    clear();
    TunnelSpec spec =
        new TunnelSpec(
            "Tunnel500", deviceIp, clientIp, net, Optional.empty(), TunnelSpec.MTU, TunnelSpec.TTL);
    tunnel = ns.call(() -> GreTunnel.open(Netlink.open(), spec, spec.remoteOverlay()));
    overlay = net;
    startBird();
  }

  /// Removes the user's tunnel and BGP peer (user gone).
  synchronized void clear() throws Exception {
    stopBird();
    if (tunnel != null) {
      tunnel.close();
      tunnel = null;
    }
    overlay = null;
  }

  /// Starts BIRD for the configured /31.
  synchronized void startBird() throws Exception {
    Ipv4Address device = overlay.network();
    Ipv4Address client = new Ipv4Address(device.value() + 1);
    Files.writeString(
        dir.resolve("bird.conf"),
        """
        router id %s;
        protocol device {}
        protocol static validators {
          ipv4;
          route %s/32 blackhole;
          route %s/32 blackhole;
        }
        protocol kernel {
          ipv4 { import none; export where source = RTS_BGP && net ~ [ %s+ ]; };
        }
        protocol bgp dzuser {
          local %s as 65342;
          neighbor %s as 65000;
          passive on;
          hold time 3;
          keepalive time 1;
          error wait time 1, 3;
          ipv4 { import all; import limit 1 action warn; export where source = RTS_STATIC; next hop self; };
        }
        """
            .formatted(deviceIp, VALIDATOR, OTHER_PREFIX, dzPrefix, device, client));
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

  /// @return what BIRD's `show protocols all dzuser` prints
  String birdProtocol() {
    return ns.exec("birdc", "-s", ctl().toString(), "show", "protocols", "all", "dzuser");
  }

  private Path ctl() {
    return dir.resolve("bird.ctl");
  }

  /// @return packets the device's GRE endpoint received from the client
  synchronized long tunnelReceived() {
    return tunnel == null ? 0 : tunnel.received();
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
