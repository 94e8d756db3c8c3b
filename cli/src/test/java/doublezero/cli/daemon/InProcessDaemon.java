package doublezero.cli.daemon;

import doublezero.cli.LocalCliNetwork;
import doublezero.doublezerod.Daemon;
import doublezero.doublezerod.DaemonConfig;
import doublezero.doublezerod.DaemonPorts;
import doublezero.doublezerod.api.SocketAccess;
import doublezero.doublezerod.chain.RpcChainSource;
import doublezero.doublezerod.latency.Pinger;
import doublezero.doublezerod.multicast.GroupRoutes;
import doublezero.doublezerod.multicast.MulticastPorts;
import doublezero.doublezerod.multicast.PimTransport;
import doublezero.doublezerod.peering.RecordingBgpSessions;
import doublezero.doublezerod.routes.RouteTable;
import doublezero.doublezerod.tunnel.RecordingTunnelBackend;
import doublezero.doublezerod.tunnel.TunnelBackendKind;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/// doublezerod in the test's JVM against a [LocalCliNetwork], as the CLI flow tests run it: its
/// socket at `dir/run/doublezerod.sock` (mode 0600), state in `dir/state`, 1 s reconciler and probe
/// intervals, the chain read over the ledger's JSON-RPC, and the kernel replaced by the recording
/// tunnel, BGP and route ports given. Multicast subscribers are served (PIM through `pim`, group
/// routes through `groupRoutes`); publishing is refused.
final class InProcessDaemon {
  private InProcessDaemon() {}

  /// @param dir the test's directory
  /// @return the daemon's socket
  static Path socket(Path dir) {
    return dir.resolve("run/doublezerod.sock");
  }

  /// @param n the network
  /// @param dir the test's directory
  /// @param clientIp the server's public IP
  /// @param ports the recording ports, the pinger and the multicast stand-ins
  /// @return the running daemon
  static Daemon start(LocalCliNetwork n, Path dir, String clientIp, Ports ports) {
    DaemonConfig config =
        new DaemonConfig(
            socket(dir),
            new SocketAccess(0600, Optional.empty()),
            "localnet",
            LocalCliNetwork.PROGRAM,
            n.net.ledger().rpcUrl(),
            Ipv4Address.parse(clientIp),
            dir.resolve("state"),
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            true,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            true,
            Optional.empty(),
            TunnelBackendKind.USERSPACE);
    RpcClient rpc = new RpcClient(n.net.ledger().rpcUrl(), RpcClientConfig.DEFAULTS);
    return Daemon.start(
        config,
        new DaemonPorts(
            new RpcChainSource(rpc, LocalCliNetwork.PROGRAM),
            ports.tunnels(),
            ports.bgp(),
            ports.routes(),
            ports.pinger(),
            Optional.of(
                new MulticastPorts(
                    ports.tunnels(),
                    ports.bgp(),
                    ports.groupRoutes(),
                    iface -> ports.pim(),
                    (iface, source, groups) -> {
                      throw new IllegalStateException("no publisher in this test");
                    },
                    Thread.ofPlatform().daemon().factory(),
                    Duration.ofMinutes(5),
                    Duration.ZERO))));
  }

  /// The ports a flow test records or stubs.
  ///
  /// @param tunnels the tunnel backend
  /// @param bgp the BGP sessions
  /// @param routes the kernel route table
  /// @param pinger the latency prober's ICMP
  /// @param groupRoutes multicast group routes
  /// @param pim the PIM transport every subscriber tunnel gets
  record Ports(
      RecordingTunnelBackend tunnels,
      RecordingBgpSessions bgp,
      RouteTable routes,
      Pinger pinger,
      GroupRoutes groupRoutes,
      PimTransport pim) {}

  /// @return group routes that are not kept anywhere
  static GroupRoutes noGroupRoutes() {
    return new GroupRoutes() {
      @Override
      public void add(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> src) {}

      @Override
      public void delete(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> src) {}
    };
  }

  /// @return a PIM transport that sends nothing
  static PimTransport noPim() {
    return new PimTransport() {
      @Override
      public void send(byte[] message) {}

      @Override
      public void close() {}
    };
  }
}
