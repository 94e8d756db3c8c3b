package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import doublezero.controller.state.E2eScenarios;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/// A ledger that returns garbage (issue 13 acceptance, §B.4): a JSON-RPC endpoint whose
/// `getProgramAccounts` answer is not JSON, has the wrong shape, or is an HTTP error page. Each
/// such refresh fails, is counted (`controller_cache_update_fetch_errors_total`) and logged on one
/// line, and the controller keeps serving the configuration of its previous cache over gRPC.
class MalformedLedgerTest {
  static final E2eScenarios.Scenario SCENARIO = TestControllers.SCENARIO;

  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  final Logger refresherLog = (Logger) LoggerFactory.getLogger(StateRefresher.class);

  @BeforeEach
  void captureLog() {
    log.start();
    refresherLog.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    refresherLog.detachAppender(log);
  }

  static double fetchErrors(ControllerDaemon c) {
    return c.metrics().registry().scrape().stream()
        .filter(
            m -> m.getMetadata().getPrometheusName().equals("controller_cache_update_fetch_errors"))
        .flatMap(m -> ((CounterSnapshot) m).getDataPoints().stream())
        .mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue)
        .sum();
  }

  @Test
  void garbageAnswersKeepTheOldCacheAndAreCountedAndLogged() throws Exception {
    String pk = SCENARIO.accounts().getFirst().address().toBase58();
    String[][] garbage = {
      {"200", "<html><body>502 Bad Gateway</body></html>", "answered without a result"},
      {
        "200", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"pubkey\":", "answered without a result"
      },
      {"200", "{\"jsonrpc\":\"2.0\",\"id\":1}", "answered without a result"},
      {"200", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"value\":[]}}", "must be an array"},
      {"200", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"pubkey\":\"" + pk + "\"}]}", "data"},
      {
        "200",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"pubkey\":\""
            + pk
            + "\",\"account\":{\"data\":"
            + "[\"!!not base64!!\",\"base64\"],\"executable\":false,\"lamports\":1,\"owner\":\""
            + LedgerAccounts.PROGRAM.toBase58()
            + "\",\"rentEpoch\":0}}]}",
        "not base64"
      },
      {"200", "[1,2,3]", "answered without a result"},
    };
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c = TestControllers.start(ledger, 65342)) {
      assertThat(c.refresher().refreshOnce()).isTrue();
      String good = FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, SCENARIO.peers());
      assertThat(good).isEqualTo(TestControllers.expected());
      double errorsBefore = fetchErrors(c);
      for (String[] g : garbage) {
        log.list.clear();
        ledger.answer(Integer.parseInt(g[0]), g[1]);
        assertThat(c.refresher().refreshOnce()).as(g[1]).isFalse();
        assertThat(log.list)
            .as(g[1])
            .singleElement()
            .satisfies(
                e ->
                    assertThat(e.getFormattedMessage())
                        .startsWith("event=cache-update-failed reason=fetch error=")
                        .contains(g[2])
                        .doesNotContain("\n"));
        assertThat(FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, SCENARIO.peers()))
            .as("old cache still served after " + g[1])
            .isEqualTo(good);
      }
      assertThat(fetchErrors(c) - errorsBefore).isEqualTo(garbage.length);
      ledger.accounts(SCENARIO.accounts());
      assertThat(c.refresher().refreshOnce()).as("recovers").isTrue();
    }
  }

  @Test
  void anHttpErrorPageIsRetriedThenCounted() throws Exception {
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c = TestControllers.start(ledger, 65342)) {
      assertThat(c.refresher().refreshOnce()).isTrue();
      int before = ledger.requests();
      ledger.answer(502, "<html><body>502 Bad Gateway</body></html>");
      log.list.clear();
      assertThat(c.refresher().refreshOnce()).isFalse();
      assertThat(ledger.requests() - before).as("the first try and 3 retries").isEqualTo(4);
      assertThat(log.list)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.getFormattedMessage())
                      .startsWith("event=cache-update-failed reason=fetch error=")
                      .contains("HTTP 502"));
      assertThat(fetchErrors(c)).isEqualTo(1);
      assertThat(FullPipelineTest.getConfig(c.port(), E2eScenarios.DEVICE, SCENARIO.peers()))
          .isEqualTo(TestControllers.expected());
    }
  }
}
