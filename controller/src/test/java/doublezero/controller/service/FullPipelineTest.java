package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.api.ConfigRequest;
import doublezero.controller.api.ControllerGrpc;
import doublezero.controller.render.GoFixture;
import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.Accounts;
import doublezero.controller.state.E2eScenarios;
import doublezero.localnet.Localnet;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference's `TestEndToEnd` through the whole pipeline (§B.10, issue acceptance): accounts in
/// a real localnet ledger → `getProgramAccounts` over JSON-RPC → state cache → gRPC over a TCP
/// socket → config, compared byte for byte with `e2e.tmpl`, `e2e.peer.removal.tmpl`,
/// `e2e.last.user.tmpl` and `e2e.multi.vrf.tmpl`. Also the bad ledgers: nothing, garbage,
/// unreachable.
class FullPipelineTest {
  @TempDir Path dir;

  static ControllerDaemon controller(String rpcUrl) {
    return controller(rpcUrl, null);
  }

  /// @param metrics where to serve `/metrics`, null for nowhere
  static ControllerDaemon controller(String rpcUrl, InetSocketAddress metrics) {
    return ControllerDaemon.start(
        new ControllerConfig(
            rpcUrl,
            LedgerAccounts.PROGRAM,
            65342,
            false,
            new InetSocketAddress("127.0.0.1", 0),
            null,
            null,
            null,
            metrics,
            Duration.ofHours(1)),
        "test");
  }

  static String getConfig(int port, String pubkey, List<String> peers) throws InterruptedException {
    ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    try {
      return ControllerGrpc.newBlockingStub(ch)
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .getConfig(ConfigRequest.newBuilder().setPubkey(pubkey).addAllBgpPeers(peers).build())
          .getConfig();
    } finally {
      ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void everyEndToEndFixtureOverRpcAndGrpc() throws Exception {
    int n = 0;
    for (E2eScenarios.Scenario s : E2eScenarios.all()) {
      try (Localnet net = LedgerAccounts.start(dir.resolve("ledger" + n++))) {
        LedgerAccounts.write(net, s.accounts());
        try (ControllerDaemon c = controller(net.rpcUrl())) {
          assertThat(c.refresher().refreshOnce()).isTrue();
          String got = getConfig(c.port(), E2eScenarios.DEVICE, s.peers());
          assertThat(got)
              .as(s.name())
              .isEqualTo(
                  GoFixture.render(
                      RenderFixtures.DIR + s.fixture(),
                      Map.of("StartTunnel", 500, "EndTunnel", 627)));
          if (s.name().equals("remove_unknown_peers_successfully")) {
            String abc02 = Accounts.pk(2).toBase58();
            assertThatThrownBy(() -> getConfig(c.port(), abc02, List.of()))
                .isInstanceOfSatisfying(
                    StatusRuntimeException.class,
                    e ->
                        assertThat(e.getStatus().getCode())
                            .isEqualTo(Status.Code.FAILED_PRECONDITION))
                .hasMessage(
                    "FAILED_PRECONDITION: cannot render config for device "
                        + abc02
                        + ": [no or invalid IPv4 loopback interface found for device device"
                        + " exchange bgp_community=0]");
          }
        }
      }
    }
  }

  @Test
  void emptyGarbageAndUnreachableLedgersKeepTheOldCache() throws Exception {
    E2eScenarios.Scenario s = E2eScenarios.all().getFirst();
    try (Localnet net = LedgerAccounts.start(dir.resolve("ledger"));
        ControllerDaemon c = controller(net.rpcUrl())) {
      assertThat(c.refresher().refreshOnce()).as("no accounts at all").isFalse();
      assertThatThrownBy(() -> getConfig(c.port(), E2eScenarios.DEVICE, List.of()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND))
          .hasMessage("NOT_FOUND: pubkey " + E2eScenarios.DEVICE + " not found");
      LedgerAccounts.writeRaw(net, Accounts.pk(77), new byte[] {5, 1, 2});
      assertThat(c.refresher().refreshOnce()).as("only garbage: no device").isFalse();
      LedgerAccounts.write(net, s.accounts());
      assertThat(c.refresher().refreshOnce()).as("garbage is skipped, the rest is read").isTrue();
      String good = getConfig(c.port(), E2eScenarios.DEVICE, List.of());
      assertThatThrownBy(() -> getConfig(c.port(), "", List.of()))
          .hasMessage("NOT_FOUND: pubkey  not found");
      net.close();
      assertThat(c.refresher().refreshOnce()).as("ledger down").isFalse();
      assertThat(getConfig(c.port(), E2eScenarios.DEVICE, List.of())).isEqualTo(good);
      assertThat(
              c.metrics().registry().scrape().stream()
                  .filter(
                      m ->
                          m.getMetadata()
                              .getPrometheusName()
                              .equals("controller_cache_update_fetch_errors"))
                  .findFirst()
                  .orElseThrow()
                  .getDataPoints())
          .isNotEmpty();
      // the grpc-ecosystem series (§B.9): two NotFound, two OK, four started, by Go's code names
      assertThat(grpcHandled(c, "NotFound")).isEqualTo(2);
      assertThat(grpcHandled(c, "OK")).isEqualTo(2);
      assertThat(grpcSeries(c, "grpc_server_started")).isEqualTo(4);
      assertThat(grpcSeries(c, "grpc_server_msg_received")).isEqualTo(4);
      assertThat(grpcSeries(c, "grpc_server_msg_sent")).isEqualTo(2);
    }
  }

  private static List<CounterDataPointSnapshot> getConfigPoints(ControllerDaemon c, String name) {
    return c.metrics().registry().scrape().stream()
        .filter(m -> m.getMetadata().getPrometheusName().equals(name))
        .flatMap(m -> ((CounterSnapshot) m).getDataPoints().stream())
        .filter(
            d ->
                "GetConfig".equals(d.getLabels().get("grpc_method"))
                    && "controller.Controller".equals(d.getLabels().get("grpc_service"))
                    && "unary".equals(d.getLabels().get("grpc_type")))
        .toList();
  }

  private static double grpcHandled(ControllerDaemon c, String code) {
    return getConfigPoints(c, "grpc_server_handled").stream()
        .filter(d -> code.equals(d.getLabels().get("grpc_code")))
        .mapToDouble(CounterDataPointSnapshot::getValue)
        .sum();
  }

  private static double grpcSeries(ControllerDaemon c, String name) {
    return getConfigPoints(c, name).stream().mapToDouble(CounterDataPointSnapshot::getValue).sum();
  }
}
