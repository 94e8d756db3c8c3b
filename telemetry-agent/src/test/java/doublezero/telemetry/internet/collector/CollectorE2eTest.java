package doublezero.telemetry.internet.collector;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.internet.provider.ProviderHttp;
import doublezero.telemetry.internet.ripeatlas.RipeAtlasProvider;
import doublezero.telemetry.internet.wheresitup.WheresitupProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The whole collector against recorded RIPE Atlas and Wheresitup answers (WireMock) and a real
/// localnet over HTTP: measurements and jobs are created for the nearest probes, results become
/// InternetLatencySamples accounts that decode equal to the expectations worked out from the
/// recordings, and repeated reads of the same answers add nothing.
class CollectorE2eTest {
  @TempDir Path dir;
  WireMockServer wiremock;
  CollectorLedger ledger;

  @BeforeEach
  void start() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
    ledger = new CollectorLedger(dir);
  }

  @AfterEach
  void stop() {
    ledger.close();
    wiremock.stop();
  }

  @Test
  void recordedAnswersBecomeTheExpectedAccountsAndRepeatedReadsAddNothing() throws Exception {
    long t0 = System.currentTimeMillis() / 1000 - 30;
    ProviderStubs stubs = new ProviderStubs(wiremock, t0);
    stubs.ripePlan();
    stubs.ripeResults();
    stubs.wheresitupPlan();
    stubs.wheresitupResults();
    Keypair collector = ledger.fundedKeypair();
    Path state = dir.resolve("state");
    CollectorConfig config =
        new CollectorConfig(
            ledger.url(),
            CollectorLedger.SERVICEABILITY,
            CollectorLedger.TELEMETRY,
            collector,
            state,
            null,
            false,
            Duration.ofMillis(300),
            Commitment.CONFIRMED,
            Duration.ofSeconds(5),
            3000,
            null);
    String base = "http://127.0.0.1:" + wiremock.port();
    List<ProviderSchedule> schedules =
        List.of(
            new ProviderSchedule(
                new RipeAtlasProvider(
                    new ProviderHttp(base + "/ripe", Map.of(), Duration.ofSeconds(5)),
                    state,
                    "local",
                    1,
                    Duration.ofMinutes(10)),
                Duration.ofHours(1),
                Duration.ofMillis(300)),
            new ProviderSchedule(
                new WheresitupProvider(
                    new ProviderHttp(base + "/wiu", Map.of(), Duration.ofSeconds(5)),
                    state.resolve(WheresitupProvider.STATE_FILE),
                    Duration.ofMinutes(6)),
                Duration.ofHours(1),
                Duration.ofMillis(300)));
    long epoch = ledger.epoch();
    try (InternetLatencyCollector c = InternetLatencyCollector.start(config, schedules)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!(Expected.landed(ledger, collector, Expected.RIPE, epoch)
          && Expected.landed(ledger, collector, Expected.WHERESITUP, epoch))) {
        assertThat(System.nanoTime()).as("samples on chain in time").isLessThan(deadline);
        Thread.sleep(200);
      }
      Thread.sleep(1500); // several more collect and submit cycles over the same answers
      assertThat(c.metrics().count("ripeatlas", "collected")).isEqualTo(5);
      assertThat(c.metrics().count("ripeatlas", "skipped")).isEqualTo(2);
      assertThat(c.metrics().count("wheresitup", "collected")).isEqualTo(2);
      assertThat(c.metrics().count("wheresitup", "skipped")).isEqualTo(1);
    }
    assertThat(ledger.epoch()).as("no epoch boundary during the test").isEqualTo(epoch);
    Expected.onChain(ledger, collector, Expected.RIPE, t0, 600_000_000L, epoch);
    Expected.onChain(ledger, collector, Expected.WHERESITUP, t0, 360_000_000L, epoch);
    var d = ledger.exchanges();
    assertThat(
            ledger.samples(
                Expected.address(
                    collector,
                    new Expected.Series("wheresitup", "xewr", "xlax", 0, List.of()),
                    d,
                    epoch)))
        .as("a job without an RTT writes nothing")
        .isEmpty();
    RipeAtlasProvider ripe = (RipeAtlasProvider) schedules.get(0).provider();
    assertThat(ripe.state().metadata()).containsOnlyKeys(5001L, 5002L);
    assertThat(ripe.state().metadata().get(5001L).targetProbeId())
        .as("nearest public probe")
        .isEqualTo(6002);
    assertThat(((WheresitupProvider) schedules.get(1).provider()).state().jobs()).isEmpty();
  }
}
