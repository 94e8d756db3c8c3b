package doublezero.telemetry.epoch;

import doublezero.sdk.solana.rpc.EpochInfo;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/// The DZ-ledger epoch as the agent knows it, kept through ledger outages (beyond the reference,
/// which skips a whole tick when `GetEpochInfo` fails, reference #4125/#4143). Each successful
/// [#observe] records the epoch seen at a wall-clock time; epoch start times are estimated from the
/// slot index and the measured slot rate, and kept between the two observations that saw the
/// change. A sample taken while the epoch was unknown is attributed by its timestamp with
/// [#epochAt] once an observation at or after that time exists ([#knownUntilMicros]). Thread-safe.
public final class EpochClock {
  private final long defaultSlotMicros;
  private final NavigableMap<Long, Long> startMicrosByEpoch = new TreeMap<>();
  private long lastObservedMicros = Long.MIN_VALUE;
  private long lastSlot;
  private long lastEpoch = -1;
  private long slotMicros;
  private long slotsInEpoch;

  /// @param defaultSlotMicros slot duration assumed until two observations measure it (400 000 on
  ///   the DZ ledger)
  public EpochClock(long defaultSlotMicros) {
    this.defaultSlotMicros = defaultSlotMicros;
    this.slotMicros = defaultSlotMicros;
  }

  /// Records a successful `getEpochInfo`.
  ///
  /// @param info the answer
  /// @param atMicros wall-clock µs when it was received
  public synchronized void observe(EpochInfo info, long atMicros) {
    long epoch = info.epoch();
    slotsInEpoch = info.slotsInEpoch();
    if (lastEpoch >= 0 && info.absoluteSlot() > lastSlot && atMicros > lastObservedMicros) {
      slotMicros = Math.max(1, (atMicros - lastObservedMicros) / (info.absoluteSlot() - lastSlot));
    }
    if (epoch > lastEpoch) {
      long estimate = atMicros - info.slotIndex() * slotMicros;
      long floor = lastEpoch >= 0 ? lastObservedMicros + 1 : Long.MIN_VALUE / 2;
      long start = Math.min(atMicros, Math.max(floor, estimate));
      startMicrosByEpoch.put(epoch, start);
      for (long e = epoch - 1; lastEpoch >= 0 && e > lastEpoch; e--) {
        long s = Math.max(floor, start - (epoch - e) * info.slotsInEpoch() * slotMicros);
        startMicrosByEpoch.put(e, Math.min(s, startMicrosByEpoch.get(e + 1)));
      }
      lastEpoch = epoch;
    }
    lastSlot = info.absoluteSlot();
    lastObservedMicros = Math.max(lastObservedMicros, atMicros);
  }

  /// @return the latest epoch observed, or empty before the first observation
  public synchronized OptionalLong current() {
    return lastEpoch < 0 ? OptionalLong.empty() : OptionalLong.of(lastEpoch);
  }

  /// @return wall-clock µs of the latest observation: samples up to this time can be attributed
  public synchronized long knownUntilMicros() {
    return lastObservedMicros;
  }

  /// @param timestampMicros a sample's time, at or before [#knownUntilMicros]
  /// @return the epoch that time falls in, or empty when it is after the latest observation; a time
  ///   before every known start is counted back in whole epochs of the measured length (as the
  ///   reference collector's `epoch.Finder.ApproximateAtTime` does, never below epoch 0)
  public synchronized OptionalLong epochAt(long timestampMicros) {
    if (timestampMicros > lastObservedMicros) {
      return OptionalLong.empty();
    }
    Map.Entry<Long, Long> e = null;
    for (Map.Entry<Long, Long> x : startMicrosByEpoch.entrySet()) {
      if (x.getValue() <= timestampMicros) {
        e = x;
      }
    }
    if (e == null) {
      if (startMicrosByEpoch.isEmpty()) {
        return OptionalLong.empty();
      }
      long first = startMicrosByEpoch.firstKey();
      long epochMicros = Math.max(1, slotsInEpoch * slotMicros);
      long back =
          Math.ceilDiv(startMicrosByEpoch.firstEntry().getValue() - timestampMicros, epochMicros);
      return OptionalLong.of(Math.max(0, first - back));
    }
    return OptionalLong.of(e.getKey());
  }

  /// @return the slot duration assumed until measured
  public long defaultSlotMicros() {
    return defaultSlotMicros;
  }
}
