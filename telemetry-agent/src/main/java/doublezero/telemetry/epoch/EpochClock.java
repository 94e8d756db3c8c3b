package doublezero.telemetry.epoch;

import doublezero.sdk.solana.rpc.EpochInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/// The DZ-ledger epoch as the agent knows it, kept through ledger outages (beyond the reference,
/// which skips a whole tick when `GetEpochInfo` fails, reference #4125/#4143). Each successful
/// [#observe] records the epoch seen at a wall-clock time; epoch start times are estimated from the
/// slot index and the measured slot rate, and kept between the two observations that saw the
/// change. A sample taken while the epoch was unknown is attributed by its timestamp with
/// [#epochAt] once an observation at or after that time exists ([#knownUntilMicros]). The slot rate
/// is measured over at least [#RATE_BASELINE_SLOTS] slots of consecutive observations (over fewer,
/// the ledger's slot granularity and the RPC's latency make it noisy), and a failed refresh
/// ([#observationFailed]) starts a new baseline, so a ledger that stood still meanwhile does not
/// skew it. [#epochForSampleAt] gives a sample the current epoch only while that epoch is fresh and
/// not predicted to be over. Thread-safe.
public final class EpochClock {
  /// Slots the slot rate is measured over, at least (40 s on the DZ ledger, 2 s at 20 ms slots).
  public static final long RATE_BASELINE_SLOTS = 100;

  private final long defaultSlotMicros;
  private final NavigableMap<Long, Long> startMicrosByEpoch = new TreeMap<>();
  private final Deque<long[]> baseline = new ArrayDeque<>();
  private long lastObservedMicros = Long.MIN_VALUE;
  private long lastEpoch = -1;
  private long slotMicros;
  private long slotsInEpoch;
  private long predictedEndMicros = Long.MAX_VALUE;

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
    measureSlotRate(info.absoluteSlot(), atMicros);
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
    if (epoch == lastEpoch) {
      predictedEndMicros =
          atMicros + Math.max(0, info.slotsInEpoch() - info.slotIndex()) * slotMicros;
    }
    lastObservedMicros = Math.max(lastObservedMicros, atMicros);
  }

  /// Keeps the observations since the newest one at least [#RATE_BASELINE_SLOTS] slots back and
  /// measures the slot duration from it.
  private void measureSlotRate(long slot, long atMicros) {
    long[] newest = baseline.peekLast();
    if (newest != null && (slot <= newest[0] || atMicros <= newest[1])) {
      baseline.clear(); // the ledger went back (a new ledger) or the clock did: start again
    }
    baseline.addLast(new long[] {slot, atMicros});
    while (baseline.size() > 2) {
      Iterator<long[]> it = baseline.iterator();
      it.next();
      if (slot - it.next()[0] < RATE_BASELINE_SLOTS) {
        break;
      }
      baseline.removeFirst();
    }
    long[] oldest = baseline.peekFirst();
    if (slot - oldest[0] >= RATE_BASELINE_SLOTS) {
      slotMicros = Math.max(1, (atMicros - oldest[1]) / (slot - oldest[0]));
    }
  }

  /// A refresh failed: the next observation starts a new slot-rate baseline (the ledger may have
  /// stood still meanwhile; until the new baseline is long enough the rate measured before holds).
  public synchronized void observationFailed() {
    baseline.clear();
  }

  /// The epoch a sample taken now gets when it is taken: the current epoch while the latest
  /// observation is at most `maxAgeMicros` old and the epoch is not predicted to have ended (its
  /// remaining slots at the measured rate); otherwise none, and the sample is attributed by its
  /// timestamp later ([#epochAt]).
  ///
  /// @param timestampMicros the sample's time, µs since the UNIX epoch
  /// @param maxAgeMicros how old the latest observation may be
  /// @return the current epoch, or empty
  public synchronized OptionalLong epochForSampleAt(long timestampMicros, long maxAgeMicros) {
    if (lastEpoch < 0
        || timestampMicros - lastObservedMicros > maxAgeMicros
        || timestampMicros >= predictedEndMicros) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(lastEpoch);
  }

  /// @return the slot duration in µs as measured (the default until measured)
  public synchronized long slotMicros() {
    return slotMicros;
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
