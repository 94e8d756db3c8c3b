package doublezero.doublezerod.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import doublezero.doublezerod.Daemon;
import doublezero.doublezerod.DaemonConfig;
import doublezero.doublezerod.DaemonPorts;
import doublezero.doublezerod.api.SocketAccess;
import doublezero.doublezerod.chain.RpcChainSource;
import doublezero.doublezerod.clientip.ClientIpDiscovery;
import doublezero.doublezerod.gre.UserspaceGreBackend;
import doublezero.doublezerod.latency.IcmpPinger;
import doublezero.doublezerod.multicast.HeartbeatSender;
import doublezero.doublezerod.multicast.MulticastPorts;
import doublezero.doublezerod.multicast.NetlinkGroupRoutes;
import doublezero.doublezerod.multicast.PimJoiner;
import doublezero.doublezerod.multicast.PimSocket;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.RouteInstaller;
import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.peering.SpeakerBgpSessions;
import doublezero.doublezerod.routes.NetlinkRouteTable;
import doublezero.doublezerod.tunnel.KernelTunnelBackend;
import doublezero.doublezerod.tunnel.TunnelBackend;
import doublezero.doublezerod.tunnel.TunnelBackendKind;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/// `bin/doublezerod` (reference `client/doublezerod/cmd/doublezerod/main.go`, §D.1): parses the
/// flags (single- or double-dash, as Go's `flag` package accepts), discovers the client IP, starts
/// the [Daemon] and runs until SIGTERM or SIGINT, which tear every tunnel and BGP peer down and
/// unlink the socket. A bad flag or a failed start prints one `Error: …` line to stderr and exits
/// 1.
public final class DoublezerodMain {
  private static final Logger LOG = LoggerFactory.getLogger(DoublezerodMain.class);

  private DoublezerodMain() {}

  /// Entry point.
  ///
  /// @param args the flags
  public static void main(String[] args) {
    DaemonFlags flags;
    try {
      flags = DaemonFlags.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("Error: " + e.getMessage());
      System.exit(e instanceof DaemonFlags.HelpRequested ? 0 : 1);
      return;
    }
    if (flags.version) {
      System.out.println("build: unknown");
      System.out.println("version: 0.1.0");
      System.out.println("date: unknown");
      return;
    }
    configureLogging(flags.verbose);
    Daemon daemon;
    try {
      daemon = Daemon.start(config(flags), ports(flags));
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("error", String.valueOf(e.getMessage()))
          .log("doublezerod: start failed");
      System.err.println("Error: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Signal.handle(new Signal("TERM"), s -> stop.countDown());
    Signal.handle(new Signal("INT"), s -> stop.countDown());
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.atInfo().log("doublezerod: signal received, shutting down");
    daemon.close();
    System.exit(0);
  }

  static DaemonConfig config(DaemonFlags f) {
    EnvPreset env =
        EnvPreset.resolve(
            f.env,
            Optional.ofNullable(f.rpcEndpoint).filter(s -> !s.isEmpty()),
            Optional.ofNullable(f.programId).filter(s -> !s.isEmpty()),
            System.getenv());
    if (f.reconcilerPollSeconds < 1) {
      throw new IllegalArgumentException(
          "-reconciler-poll-interval must be at least 1, got " + f.reconcilerPollSeconds);
    }
    if (f.probeIntervalSeconds < 1 || f.cacheUpdateSeconds < 1) {
      throw new IllegalArgumentException(
          "-probe-interval and -cache-update-interval must be at least 1");
    }
    ClientIpDiscovery.Discovered ip =
        ClientIpDiscovery.discover(
            Optional.ofNullable(f.clientIp).filter(s -> !s.isEmpty()),
            URI.create("https://ifconfig.me/ip"));
    LOG.atInfo()
        .addKeyValue("client_ip", ip.ip())
        .addKeyValue("method", ip.method())
        .log("reconciler: discovered client IP");
    Optional<InetSocketAddress> metrics =
        f.metricsEnable || f.metricsAddrGiven
            ? Optional.of(hostPort(f.metricsAddr))
            : Optional.empty();
    return new DaemonConfig(
        Path.of(f.sockFile),
        SocketAccess.resolve(Optional.ofNullable(f.sockMode)),
        env.network(),
        env.programId(),
        env.rpcUrl(),
        ip.ip(),
        Path.of(f.stateDir),
        Duration.ofSeconds(f.reconcilerPollSeconds),
        Duration.ofSeconds(f.fetchTimeoutSeconds),
        f.latencyProbing,
        Duration.ofSeconds(f.probeIntervalSeconds),
        Duration.ofSeconds(f.cacheUpdateSeconds),
        f.probeTunnelEndpoints,
        metrics,
        TunnelBackendKind.parse(f.tunnelBackend));
  }

  static DaemonPorts ports(DaemonFlags f) {
    EnvPreset env =
        EnvPreset.resolve(
            f.env,
            Optional.ofNullable(f.rpcEndpoint).filter(s -> !s.isEmpty()),
            Optional.ofNullable(f.programId).filter(s -> !s.isEmpty()),
            System.getenv());
    RpcClient rpc =
        new RpcClient(
            env.rpcUrl(),
            RpcClientConfig.DEFAULTS.withTimeout(Duration.ofSeconds(f.fetchTimeoutSeconds)));
    Netlink netlink = Netlink.open();
    RouteInstaller routes = new RouteInstaller(netlink);
    routes.startMonitor(Thread.ofPlatform().daemon().name("route-monitor").factory());
    TunnelBackend tunnels =
        switch (TunnelBackendKind.parse(f.tunnelBackend)) {
          case KERNEL -> new KernelTunnelBackend(netlink);
          case USERSPACE -> new UserspaceGreBackend(netlink);
        };
    BgpSessions bgp = SpeakerBgpSessions.of(routes);
    ThreadFactory timers = Thread.ofPlatform().daemon().name("multicast-", 0).factory();
    MulticastPorts multicast =
        new MulticastPorts(
            tunnels,
            bgp,
            new NetlinkGroupRoutes(netlink),
            PimSocket::open,
            (iface, source, groups) ->
                HeartbeatSender.start(iface, source, groups, HeartbeatSender.INTERVAL, timers),
            timers,
            PimJoiner.REFRESH,
            Duration.ofSeconds(1));
    return new DaemonPorts(
        new RpcChainSource(rpc, env.programId()),
        tunnels,
        bgp,
        new NetlinkRouteTable(netlink),
        new IcmpPinger(),
        Optional.of(multicast));
  }

  static InetSocketAddress hostPort(String text) {
    int colon = text.lastIndexOf(':');
    try {
      return new InetSocketAddress(
          text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("-metrics-addr must be host:port, got " + text);
    }
  }

  static void configureLogging(boolean verbose) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
      ctx.reset();
      JoranConfigurator jc = new JoranConfigurator();
      jc.setContext(ctx);
      try {
        jc.doConfigure(
            DoublezerodMain.class.getResource("/doublezero/doublezerod/logback-doublezerod.xml"));
      } catch (JoranException e) {
        System.err.println("logging configuration failed: " + e.getMessage());
      }
      ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.DEBUG : Level.INFO);
    }
  }
}
