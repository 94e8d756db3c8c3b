package doublezero.cli.telemetry.data;

import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.DeviceLatencySamplesV0;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.TelemetryAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/// Collects each circuit's samples over a [SampleWindow] from the per-epoch accounts (reference
/// `controlplane/telemetry/internal/data/{device,internet}/latencies.go`): one account per circuit
/// and epoch at its PDA; epochs without an account are skipped.
///
/// For [SampleWindow.Recent] the reference estimates the epochs from slot times; here the epochs
/// are walked back from the current one until one holds an account that started at or before the
/// window's start (earlier epochs end before it), epoch 0 is reached, or [#MAX_EMPTY_EPOCHS] epochs
/// in a row hold no account of any circuit. Samples outside the window are dropped.
public final class CircuitSamples {
  /// Consecutive epochs without any account after which a `--recent-time` walk stops.
  public static final int MAX_EMPTY_EPOCHS = 3;

  private CircuitSamples() {}

  /// @param source the accounts
  /// @param circuits the circuits
  /// @param address a circuit's account address in an epoch
  /// @param window the samples to keep
  /// @param <C> the circuit type
  /// @return each circuit's samples (storage order, epochs descending for a recent window), in the
  ///   order of `circuits`; a circuit without any sample maps to an empty list
  public static <C> Map<C, List<LatencySample>> read(
      SampleSource source,
      List<C> circuits,
      BiFunction<C, Long, PublicKey> address,
      SampleWindow window) {
    Map<C, List<LatencySample>> out = new LinkedHashMap<>();
    circuits.forEach(c -> out.put(c, new ArrayList<>()));
    switch (window) {
      case SampleWindow.Epochs(EpochSpan span) -> {
        for (long e = span.from(); e <= span.to(); e++) {
          epoch(source, circuits, address, e, out, Long.MIN_VALUE, Long.MAX_VALUE);
        }
      }
      case SampleWindow.Recent r -> {
        long from = r.fromMicros();
        int empty = 0;
        for (long e = source.currentEpoch(); e >= 0 && empty < MAX_EMPTY_EPOCHS; e--) {
          Found f = epoch(source, circuits, address, e, out, from, r.nowMicros());
          empty = f.accounts == 0 ? empty + 1 : 0;
          if (f.earliestStart <= from) {
            break;
          }
        }
      }
    }
    return out;
  }

  private record Found(int accounts, long earliestStart) {}

  private static <C> Found epoch(
      SampleSource source,
      List<C> circuits,
      BiFunction<C, Long, PublicKey> address,
      long epoch,
      Map<C, List<LatencySample>> out,
      long fromMicros,
      long toMicros) {
    List<PublicKey> keys = circuits.stream().map(c -> address.apply(c, epoch)).toList();
    List<Optional<TelemetryAccount>> accounts = source.read(keys);
    int found = 0;
    long earliest = Long.MAX_VALUE;
    for (int i = 0; i < circuits.size(); i++) {
      Optional<TelemetryAccount> a = accounts.get(i);
      if (a.isEmpty()) {
        continue;
      }
      found++;
      List<LatencySample> samples = samples(a.get());
      if (!samples.isEmpty()) {
        earliest = Math.min(earliest, samples.getFirst().timestampMicros());
      }
      List<LatencySample> into = out.get(circuits.get(i));
      for (LatencySample s : samples) {
        if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros) {
          into.add(s);
        }
      }
    }
    return new Found(found, earliest);
  }

  /// @param account a latency-samples account
  /// @return its samples with their times
  public static List<LatencySample> samples(TelemetryAccount account) {
    return switch (account) {
      case DeviceLatencySamples d ->
          SampleTimeline.expand(
              d.startTimestampMicroseconds(), d.samplingIntervalMicroseconds(), d.samples());
      case DeviceLatencySamplesV0 d ->
          SampleTimeline.expand(
              d.startTimestampMicroseconds(), d.samplingIntervalMicroseconds(), d.samples());
      case InternetLatencySamples d ->
          SampleTimeline.expand(
              d.startTimestampMicroseconds(), d.samplingIntervalMicroseconds(), d.samples());
    };
  }
}
