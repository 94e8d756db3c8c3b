package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.metrics.ControllerMetrics;
import doublezero.controller.render.ConfigRenderer;
import doublezero.controller.render.ConfigRendererTest;
import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.E2eScenarios;
import doublezero.controller.state.StateCache;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/// INTERNAL and ABORTED as a client sees them over a real socket (reference `server.go::GetConfig`,
/// §B.3): INTERNAL `device local ASN not configured` when the controller has no local ASN, ABORTED
/// `config rendering for pubkey … failed: …` when the template fails.
class GrpcStatusTest {
  @Test
  void noLocalAsnIsInternal() throws Exception {
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c = TestControllers.start(ledger, 0)) {
      assertThatThrownBy(() -> FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, List.of()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL))
          .hasMessage("INTERNAL: device local ASN not configured");
    }
  }

  @Test
  void aFailingTemplateIsAborted() throws Exception {
    StateCache cache =
        ConfigServiceTest.cache(
            ConfigServiceTest.tunnels(ConfigRendererTest.threeUnicast()), List.of(), List.of());
    String pubkey = "abc123";
    assertThat(cache.devices()).containsKey(pubkey);
    try (ControllerMetrics metrics = new ControllerMetrics("test");
        ControllerServer good = serve(new ConfigRenderer(), cache, metrics);
        ControllerServer failing =
            serve(
                new ConfigRenderer("doublezero/controller/service/failing.peb"), cache, metrics)) {
      assertThat(FullPipelineTest.getConfig(good.port(0), pubkey, List.of()))
          .as("the same state renders with the real template")
          .isEqualTo(RenderFixtures.expected("unicast.tunnel.tmpl"));
      assertThatThrownBy(() -> FullPipelineTest.getConfig(failing.port(0), pubkey, List.of()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
                assertThat(e.getStatus().getDescription())
                    .startsWith("config rendering for pubkey abc123 failed: ")
                    .contains("noSuchAttribute");
              });
    }
  }

  private static ControllerServer serve(
      ConfigRenderer renderer, StateCache cache, ControllerMetrics metrics) {
    ConfigService svc = new ConfigService(renderer, 65342, false, metrics);
    return ControllerServer.start(
        new GrpcControllerService(svc, () -> cache, metrics).bindService(),
        new InetSocketAddress("127.0.0.1", 0),
        null,
        null,
        null);
  }
}
