package doublezero.controller.service;

import doublezero.controller.metrics.ControllerMetrics;
import doublezero.controller.metrics.GrpcServerMetrics;
import doublezero.controller.render.ConfigRenderer;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A running controller: metrics endpoint, state refresher, gRPC listeners (reference
/// `server.go::Run`).
public final class ControllerDaemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerDaemon.class);
  private final ControllerMetrics metrics;
  private final RpcClient rpc;
  private final StateRefresher refresher;
  private final ControllerServer server;

  private ControllerDaemon(
      ControllerMetrics metrics, RpcClient rpc, StateRefresher refresher, ControllerServer server) {
    this.metrics = metrics;
    this.rpc = rpc;
    this.refresher = refresher;
    this.server = server;
  }

  /// Starts everything; the first refresh runs in the background.
  ///
  /// @param c the configuration
  /// @param version build version (metrics)
  /// @return the daemon
  /// @throws UncheckedIOException when a port cannot be bound (nothing is left running)
  public static ControllerDaemon start(ControllerConfig c, String version) {
    ControllerMetrics metrics = new ControllerMetrics(version);
    RpcClient rpc = new RpcClient(c.rpcUrl(), RpcClientConfig.DEFAULTS);
    StateRefresher refresher =
        new StateRefresher(rpc, c.programId(), metrics, new LoggingStateEvents(metrics));
    ControllerServer server;
    try {
      if (c.metricsAddress() != null) {
        metrics.serve(c.metricsAddress());
      }
      ConfigService svc =
          new ConfigService(new ConfigRenderer(), c.localAsn(), c.noHardware(), metrics);
      ServerCredentials tls =
          c.tlsCert() == null
              ? null
              : ControllerServer.tls(c.tlsCert().toFile(), c.tlsKey().toFile());
      boolean separateTls = c.tlsListen() != null;
      server =
          ControllerServer.start(
              ServerInterceptors.intercept(
                  new GrpcControllerService(svc, refresher::current, metrics),
                  new GrpcServerMetrics(metrics.registry())),
              c.listen(),
              separateTls ? null : tls,
              c.tlsListen(),
              tls);
    } catch (IOException | RuntimeException e) {
      metrics.close();
      rpc.close();
      throw e instanceof IOException io
          ? new UncheckedIOException("cannot serve metrics: " + io.getMessage(), io)
          : (RuntimeException) e;
    }
    LOG.info(
        "event=controller-started program={} listen={} tls_listen={} no_hardware={} local_asn={}",
        c.programId().toBase58(),
        c.listen(),
        c.tlsListen(),
        c.noHardware(),
        c.localAsn());
    refresher.start(c.refreshInterval());
    return new ControllerDaemon(metrics, rpc, refresher, server);
  }

  /// @return the main gRPC port
  public int port() {
    return server.port(0);
  }

  /// @return the refresher (tests wait on it)
  public StateRefresher refresher() {
    return refresher;
  }

  /// @return the metrics
  public ControllerMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    server.close();
    refresher.close();
    metrics.close();
    rpc.close();
  }
}
