package doublezero.doublezerod;

import doublezero.doublezerod.api.SocketAccess;
import doublezero.doublezerod.peering.RecordingBgpSessions;
import doublezero.doublezerod.peering.SessionStatus;
import doublezero.doublezerod.routes.RecordingRouteTable;
import doublezero.doublezerod.tunnel.RecordingTunnelBackend;
import doublezero.doublezerod.tunnel.TunnelBackendKind;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// A daemon on a temporary socket with recording ports and an in-memory ledger.
public final class TestDaemon implements AutoCloseable {
  public static final String CLIENT_IP = "64.86.249.80";
  public final ChainFixture chain;
  public final RecordingTunnelBackend tunnels = new RecordingTunnelBackend();
  public final RecordingBgpSessions bgp =
      new RecordingBgpSessions(SessionStatus.UP, Clock.systemUTC());
  public final RecordingRouteTable routes = new RecordingRouteTable(Ipv4Address.parse(CLIENT_IP));
  public final Path socket;
  public final Path stateDir;
  public Daemon daemon;

  public TestDaemon(Path dir) {
    this(dir, new ChainFixture());
  }

  public TestDaemon(Path dir, ChainFixture chain) {
    this.chain = chain;
    this.socket = dir.resolve("run/doublezerod.sock");
    this.stateDir = dir.resolve("state");
  }

  public TestDaemon start() {
    daemon = Daemon.start(config(), ports());
    return this;
  }

  /// @return a new daemon (fresh ports) on the same directory and ledger, not started
  public TestDaemon restarted() {
    return new TestDaemon(socket.getParent().getParent(), chain);
  }

  DaemonConfig config() {
    return new DaemonConfig(
        socket,
        new SocketAccess(0600, Optional.empty()),
        "localnet",
        Environment.LOCAL.serviceabilityProgramId(),
        "http://localhost:8899",
        Ipv4Address.parse(CLIENT_IP),
        stateDir,
        Duration.ofMillis(200),
        Duration.ofSeconds(5),
        true,
        Duration.ofMillis(200),
        Duration.ofMillis(200),
        true,
        Optional.empty(),
        TunnelBackendKind.USERSPACE);
  }

  DaemonPorts ports() {
    return new DaemonPorts(
        chain,
        tunnels,
        bgp,
        routes,
        (target, count, timeout) -> List.of(1_000_000L, 2_000_000L, 3_000_000L));
  }

  @Override
  public void close() {
    if (daemon != null) {
      daemon.close();
    }
  }
}
