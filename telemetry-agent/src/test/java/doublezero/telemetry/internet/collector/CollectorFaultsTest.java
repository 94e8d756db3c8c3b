package doublezero.telemetry.internet.collector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.internet.exchange.ExchangeDirectory;
import doublezero.telemetry.internet.provider.LatencyProvider;
import doublezero.telemetry.internet.provider.ProviderHttp;
import doublezero.telemetry.internet.ripeatlas.RipeAtlasProvider;
import doublezero.telemetry.internet.wheresitup.WheresitupProvider;
import doublezero.telemetry.ledger.InternetLatencyLedger;
import doublezero.telemetry.metrics.CollectorMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A provider that is down, rate-limits (429) or answers malformed JSON: each failure is counted,
/// the provider's state file stays byte for byte what it was (or advances only past what was
/// journaled), nothing reaches the chain from the failed reads, and once the answers are good the
/// accounts hold each result exactly once however often it is read.
class CollectorFaultsTest {
  @TempDir Path dir;
  WireMockServer wiremock;
  CollectorLedger ledger;
  final CollectorMetrics metrics = new CollectorMetrics("test");
  final EpochClock clock = new EpochClock(400_000);
  long t0;
  ProviderStubs stubs;
  Keypair collector;
  InternetLatencyLedger chain;

  @BeforeEach
  void start() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
    ledger = new CollectorLedger(dir);
    t0 = System.currentTimeMillis() / 1000 - 30;
    stubs = new ProviderStubs(wiremock, t0);
    collector = ledger.fundedKeypair();
    chain =
        new InternetLatencyLedger(
            ledger.rpc,
            CollectorLedger.TELEMETRY,
            collector,
            Commitment.CONFIRMED,
            Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    ledger.close();
    wiremock.stop();
  }

  private ProviderPipeline pipeline(LatencyProvider p) {
    return new ProviderPipeline(
        p, dir.resolve("state"), 3000, chain, clock, metrics, Duration.ofSeconds(5));
  }

  private long submit(ProviderPipeline p) {
    clock.observe(chain.epochInfo(), System.currentTimeMillis() * 1000);
    return p.submit();
  }

  private String base() {
    return "http://127.0.0.1:" + wiremock.port();
  }

  /// `path` answers 429, then malformed JSON, then resets every connection (the JDK client retries
  /// a GET once, so "down" lasts until [#providerBack]), then the recording.
  private void faultyThenGood(String path, String good) {
    String s = "faults";
    wiremock.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(s)
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withBody("{\"error\": \"slow down\"}"))
            .willSetStateTo("malformed"));
    wiremock.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(s)
            .whenScenarioStateIs("malformed")
            .willReturn(okJson("[{\"prb_id\": 6101, \"timestamp\": 17"))
            .willSetStateTo("down"));
    wiremock.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(s)
            .whenScenarioStateIs("down")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wiremock.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(s)
            .whenScenarioStateIs("good")
            .willReturn(okJson(stubs.body(good))));
  }

  private void providerBack() {
    wiremock.setScenarioState("faults", "good");
  }

  @Test
  void ripeAtlasFailuresLeaveTheStateFileAndTheChainUntouched() throws Exception {
    stubs.ripePlan();
    faultyThenGood("/ripe/measurements/5001/results/", "ripeatlas/results-5001.json");
    wiremock.stubFor(
        get(urlPathEqualTo("/ripe/measurements/5002/results/")).willReturn(okJson("[]")));
    RipeAtlasProvider ripe =
        new RipeAtlasProvider(
            new ProviderHttp(base() + "/ripe", Map.of(), Duration.ofSeconds(5)),
            dir.resolve("state"),
            "local",
            1,
            Duration.ofMinutes(10));
    ExchangeDirectory exchanges = ledger.exchanges();
    try (ProviderPipeline p = pipeline(ripe)) {
      p.plan(exchanges.sites(), false);
      Path file = dir.resolve("state").resolve(RipeAtlasProvider.STATE_FILE);
      byte[] planned = Files.readAllBytes(file);
      for (String kind : new String[] {"rate_limited", "malformed", "unreachable"}) {
        p.collect(exchanges, System.currentTimeMillis() * 1000);
        assertThat(metrics.providerErrors("ripeatlas", kind)).as(kind).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).as("state after " + kind).isEqualTo(planned);
        assertThat(p.journal().pendingCount()).as("journaled after " + kind).isZero();
        assertThat(submit(p)).as("submitted after " + kind).isZero();
      }
      providerBack();
      wiremock.stubFor(
          get(urlPathEqualTo("/ripe/measurements/5002/results/"))
              .willReturn(okJson(stubs.body("ripeatlas/results-5002.json"))));
      for (int round = 0; round < 3; round++) { // the same answers, read three times
        p.collect(exchanges, System.currentTimeMillis() * 1000);
        submit(p);
      }
      assertThat(metrics.count("ripeatlas", "collected")).isEqualTo(5);
      Expected.onChain(ledger, collector, Expected.RIPE, t0, 600_000_000L, ledger.epoch());
      var m = ripe.state().metadata().get(5001L);
      assertThat(m.sources())
          .extracting(s -> s.probeId() + "@" + (s.lastResponseAt() - t0))
          .containsExactly("6101@4", "6201@3");
    }
  }

  @Test
  void wheresitupFailuresKeepTheJobUntilItsResultIsRead() throws Exception {
    stubs.wheresitupPlan();
    stubs.wheresitupResults();
    faultyThenGood("/wiu/jobs/job-ams-ewr", "wheresitup/job-ams-ewr.json");
    WheresitupProvider wiu =
        new WheresitupProvider(
            new ProviderHttp(base() + "/wiu", Map.of(), Duration.ofSeconds(5)),
            dir.resolve("state").resolve(WheresitupProvider.STATE_FILE),
            Duration.ofMinutes(6));
    ExchangeDirectory exchanges = ledger.exchanges();
    try (ProviderPipeline p = pipeline(wiu)) {
      p.plan(exchanges.sites(), false);
      Path file = dir.resolve("state").resolve(WheresitupProvider.STATE_FILE);
      byte[] planned = Files.readAllBytes(file);
      assertThat(wiu.state().jobs())
          .extracting(j -> j.jobId() + ":" + j.source() + "-" + j.target())
          .containsExactly(
              "job-ams-ewr:xams-xewr", "job-ams-lax:xams-xlax", "job-ewr-lax:xewr-xlax");
      p.collect(exchanges, System.currentTimeMillis() * 1000); // 429: the whole read is dropped
      assertThat(metrics.providerErrors("wheresitup", "rate_limited")).isEqualTo(1);
      assertThat(Files.readAllBytes(file)).isEqualTo(planned);
      assertThat(p.journal().pendingCount()).isZero();
      p.collect(exchanges, System.currentTimeMillis() * 1000); // malformed: that job stays
      assertThat(metrics.providerErrors("wheresitup", "malformed")).isEqualTo(1);
      assertThat(wiu.state().jobs()).extracting(j -> j.jobId()).containsExactly("job-ams-ewr");
      byte[] afterMalformed = Files.readAllBytes(file);
      p.collect(exchanges, System.currentTimeMillis() * 1000); // down
      assertThat(metrics.providerErrors("wheresitup", "unreachable")).isEqualTo(1);
      assertThat(Files.readAllBytes(file)).isEqualTo(afterMalformed);
      providerBack();
      p.collect(exchanges, System.currentTimeMillis() * 1000); // good
      p.collect(exchanges, System.currentTimeMillis() * 1000); // nothing left to read
      assertThat(wiu.state().jobs()).isEmpty();
      submit(p);
      Expected.onChain(ledger, collector, Expected.WHERESITUP, t0, 360_000_000L, ledger.epoch());
      assertThat(metrics.count("wheresitup", "collected")).isEqualTo(2);
      assertThat(metrics.count("wheresitup", "skipped")).isEqualTo(1);
    }
  }
}
