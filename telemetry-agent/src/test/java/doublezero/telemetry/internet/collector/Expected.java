package doublezero.telemetry.internet.collector;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.telemetry.internet.exchange.ExchangeDirectory;
import java.util.List;

/// What the recorded answers must become on chain, worked out by hand from the recordings: RTT ms ×
/// 1000 truncated to µs, results without a positive RTT left out, codes in alphabetical order (the
/// RIPE Atlas measurement's target Exchange is the origin), start = the earliest result.
final class Expected {
  record Series(
      String provider, String origin, String target, long startOffset, List<Long> micros) {}

  static final List<Series> RIPE =
      List.of(
          new Series("ripeatlas", "xams", "xewr", 0, List.of(82_125L, 81_750L)),
          new Series("ripeatlas", "xams", "xlax", 1, List.of(140_500L)),
          new Series("ripeatlas", "xewr", "xlax", 1, List.of(61_500L, 62_250L)));

  static final List<Series> WHERESITUP =
      List.of(
          new Series("wheresitup", "xams", "xewr", 0, List.of(74_125L)),
          new Series("wheresitup", "xams", "xlax", 1, List.of(141_500L)));

  private Expected() {}

  static PublicKey address(Keypair collector, Series s, ExchangeDirectory d, long epoch) {
    return TelemetryPda.internetLatencySamples(
            CollectorLedger.TELEMETRY,
            collector.publicKey(),
            s.provider(),
            d.key(s.origin()).orElseThrow(),
            d.key(s.target()).orElseThrow(),
            epoch)
        .address();
  }

  /// Asserts every series' account decodes to exactly the expected header and samples.
  static void onChain(
      CollectorLedger ledger,
      Keypair collector,
      List<Series> series,
      long t0,
      long intervalMicros,
      long epoch) {
    ExchangeDirectory d = ledger.exchanges();
    for (Series s : series) {
      InternetLatencySamples a = ledger.samples(address(collector, s, d, epoch)).orElseThrow();
      assertThat(a.dataProviderName()).isEqualTo(s.provider());
      assertThat(a.epoch()).isEqualTo(epoch);
      assertThat(a.oracleAgentPk()).isEqualTo(collector.publicKey());
      assertThat(a.originExchangePk()).isEqualTo(d.key(s.origin()).orElseThrow());
      assertThat(a.targetExchangePk()).isEqualTo(d.key(s.target()).orElseThrow());
      assertThat(a.samplingIntervalMicroseconds()).isEqualTo(intervalMicros);
      assertThat(a.startTimestampMicroseconds()).isEqualTo((t0 + s.startOffset()) * 1_000_000);
      assertThat(a.samples().asList()).as(s.toString()).isEqualTo(s.micros());
    }
  }

  static boolean landed(
      CollectorLedger ledger, Keypair collector, List<Series> series, long epoch) {
    ExchangeDirectory d = ledger.exchanges();
    return series.stream()
        .allMatch(
            s ->
                ledger
                    .samples(address(collector, s, d, epoch))
                    .map(a -> a.samples().size() == s.micros().size())
                    .orElse(false));
  }
}
