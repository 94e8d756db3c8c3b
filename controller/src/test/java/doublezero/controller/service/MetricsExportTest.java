package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.E2eScenarios;
import doublezero.localnet.Localnet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every metric of §B.9 on the controller's `/metrics` (reference
/// `controlplane/controller/internal/controller/metrics.go`), scraped over HTTP from a running
/// controller after real traffic: a refresh of the e2e scenario's ledger (link metrics, cache ops),
/// GetConfig OK and NotFound over gRPC (request counter, size and duration histograms, the
/// grpc-ecosystem series including `grpc_server_handling_seconds`), a refresh against a stopped
/// ledger (fetch errors). The three events this ledger cannot produce (a render error, duplicate
/// tunnels, a link with no delay) are fed to the metrics directly; their triggers are tested in
/// `ConfigServiceTest` and `StateBuilderTest`.
class MetricsExportTest {
  @TempDir Path dir;

  @Test
  void everyReferenceMetricIsServed() throws Exception {
    E2eScenarios.Scenario s = E2eScenarios.all().getFirst();
    try (Localnet net = LedgerAccounts.start(dir.resolve("ledger"));
        ControllerDaemon c =
            FullPipelineTest.controller(net.rpcUrl(), new InetSocketAddress("127.0.0.1", 0))) {
      LedgerAccounts.write(net, s.accounts());
      assertThat(c.refresher().refreshOnce()).isTrue();
      FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, List.of());
      assertThatThrownBy(() -> FullPipelineTest.getConfig(c.port(), "unknown", List.of()))
          .hasMessageContaining("NOT_FOUND");
      c.metrics().renderError("abc");
      c.metrics().linkMetricInvalid("link", "abc01", "Switch1/1/9");
      net.close();
      assertThat(c.refresher().refreshOnce()).isFalse();
      c.metrics().duplicateTunnels(RenderFixtures.device(List.of(), List.of()), 1);
      String text = scrape(c.metrics().port());
      for (String typed :
          List.of(
              "controller_build_info gauge",
              "controller_grpc_getconfig_pubkey_errors_total counter",
              "controller_grpc_getconfig_render_errors_total counter",
              "controller_duplicate_tunnel_pairs_total counter",
              "controller_grpc_getconfig_requests_total counter",
              "controller_grpc_getconfig_msg_size_bytes histogram",
              "controller_grpc_getconfig_duration_seconds histogram",
              "controller_cache_update_errors_total counter",
              "controller_cache_update_fetch_errors_total counter",
              "controller_cache_update_ops_total counter",
              "controller_link_metrics gauge",
              "controller_link_metrics_invalid_total counter",
              "grpc_server_started_total counter",
              "grpc_server_handled_total counter",
              "grpc_server_msg_received_total counter",
              "grpc_server_msg_sent_total counter",
              "grpc_server_handling_seconds histogram")) {
        assertThat(text).as(typed).contains("# TYPE " + typed + "\n");
      }
      String getConfig =
          "grpc_method=\"GetConfig\",grpc_service=\"controller.Controller\",grpc_type=\"unary\"";
      assertThat(
              value(
                  text,
                  "controller_build_info{commit=\"unknown\",date=\"unknown\",version=\"test\"}"))
          .isEqualTo(1);
      assertThat(value(text, "controller_grpc_getconfig_pubkey_errors_total{pubkey=\"unknown\"}"))
          .isEqualTo(1);
      assertThat(value(text, "controller_grpc_getconfig_render_errors_total{pubkey=\"abc\"}"))
          .isEqualTo(1);
      assertThat(
              value(
                  text,
                  "controller_duplicate_tunnel_pairs_total{device_code=\"\",pubkey=\"abc123\"}"))
          .isEqualTo(1);
      assertThat(
              value(
                  text,
                  "controller_grpc_getconfig_requests_total{agent_commit=\"\",agent_date=\"\","
                      + "agent_version=\"\",contributor_code=\"unknown\",device_code=\"abc01\","
                      + "device_status=\"activated\",exchange_code=\"tst\","
                      + "location_code=\"unknown\",pubkey=\""
                      + E2eScenarios.DEVICE
                      + "\"}"))
          .isEqualTo(1);
      assertThat(value(text, "controller_grpc_getconfig_msg_size_bytes_count")).isEqualTo(1);
      assertThat(text).contains("controller_grpc_getconfig_msg_size_bytes_bucket{le=\"16384.0\"}");
      assertThat(value(text, "controller_grpc_getconfig_duration_seconds_bucket{le=\"5.0\"}"))
          .isEqualTo(1);
      assertThat(value(text, "controller_cache_update_fetch_errors_total"))
          .isGreaterThanOrEqualTo(1);
      assertThat(value(text, "controller_cache_update_errors_total")).isGreaterThanOrEqualTo(1);
      assertThat(value(text, "controller_cache_update_ops_total")).isGreaterThanOrEqualTo(2);
      assertThat(
              value(
                  text,
                  "controller_link_metrics{device_code=\"abc01\",device_pubkey=\""
                      + E2eScenarios.DEVICE
                      + "\",interface=\"Switch1/1/1\"}"))
          .isEqualTo(400000);
      assertThat(
              value(
                  text,
                  "controller_link_metrics_invalid_total{device_code=\"abc01\","
                      + "interface=\"Switch1/1/9\",link_pubkey=\"link\"}"))
          .isEqualTo(1);
      assertThat(value(text, "grpc_server_started_total{" + getConfig + "}")).isEqualTo(2);
      assertThat(value(text, "grpc_server_handled_total{grpc_code=\"NotFound\"," + getConfig + "}"))
          .isEqualTo(1);
      assertThat(value(text, "grpc_server_handled_total{grpc_code=\"OK\"," + getConfig + "}"))
          .isEqualTo(1);
      assertThat(value(text, "grpc_server_msg_received_total{" + getConfig + "}")).isEqualTo(2);
      assertThat(value(text, "grpc_server_msg_sent_total{" + getConfig + "}")).isEqualTo(1);
      assertThat(value(text, "grpc_server_handling_seconds_count{" + getConfig + "}")).isEqualTo(2);
      assertThat(value(text, "grpc_server_handling_seconds_bucket{" + getConfig + ",le=\"+Inf\"}"))
          .isEqualTo(2);
      assertThat(text)
          .contains("grpc_server_handling_seconds_bucket{" + getConfig + ",le=\"0.01\"}");
    }
  }

  /// @return the value of the sample line `series value`
  static double value(String text, String series) {
    return text.lines()
        .filter(l -> l.startsWith(series + " "))
        .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + series + " in\n" + text));
  }

  static String scrape(int port) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      return r.body();
    }
  }
}
