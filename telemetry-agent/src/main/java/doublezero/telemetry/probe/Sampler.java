package doublezero.telemetry.probe;

import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.journal.SampleValue;
import doublezero.telemetry.metrics.AgentMetrics;
import doublezero.telemetry.peer.Peer;
import doublezero.telemetry.twamp.ProbeOutcome;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One probe tick (`reference/telemetry-geolocation.md` §B.5): every peer is probed concurrently
/// ([Prober]) and yields exactly one sample, taken with the probe's start time: the RTT, or a loss
/// (no tunnel, no reply, socket failure). The sample carries the epoch when the epoch is fresh and
/// [Sample#UNKNOWN_EPOCH] otherwise; the tick's samples are written to the journal when the tick
/// ends. A sample that does not fit in the journal's per-circuit buffer is counted and logged.
public final class Sampler {
  private static final Logger LOG = LoggerFactory.getLogger(Sampler.class);

  private final SampleJournal<Circuit> journal;
  private final Prober prober;
  private final AgentMetrics metrics;

  /// @param journal the journal
  /// @param prober probes the peers that have a tunnel ([SenderPool])
  /// @param metrics metrics
  public Sampler(SampleJournal<Circuit> journal, Prober prober, AgentMetrics metrics) {
    this.journal = journal;
    this.prober = prober;
    this.metrics = metrics;
  }

  /// Probes every peer once and journals the samples; returns when all are journaled.
  ///
  /// @param peers the peers
  /// @param epoch the fresh epoch, or [Sample#UNKNOWN_EPOCH]
  /// @return samples journaled
  public int tick(List<Peer> peers, long epoch) {
    List<Peer> withTunnel = peers.stream().filter(p -> p.tunnel().isPresent()).toList();
    long noTunnelTs = nowMicros();
    List<Probed> probed = prober.probeAll(withTunnel);
    int taken = 0;
    try {
      int k = 0;
      for (Peer p : peers) {
        Probed r =
            p.tunnel().isPresent()
                ? probed.get(k++)
                : new Probed(noTunnelTs, new ProbeOutcome.Lost());
        if (record(p, epoch, r)) {
          taken++;
        }
      }
    } finally {
      try {
        journal.flush();
      } catch (UncheckedIOException e) {
        LOG.error("event=journal-write-failed pending_in_memory=true error=\"{}\"", e.getMessage());
      }
    }
    return taken;
  }

  private boolean record(Peer p, long epoch, Probed r) {
    long value =
        switch (r.outcome()) {
          case ProbeOutcome.Reply reply -> SampleValue.of(false, reply.nanos());
          case ProbeOutcome.Lost l -> SampleValue.LOSS;
          case ProbeOutcome.Failed f -> {
            LOG.debug("event=probe-failed peer=\"{}\" error=\"{}\"", p.key(), f.reason());
            yield SampleValue.LOSS;
          }
        };
    try {
      if (journal.append(p.circuit(), epoch, r.timestampMicros(), value).isEmpty()) {
        metrics.dropped("buffer_full", 1);
        LOG.warn("event=samples-dropped reason=buffer_full {} count=1", p.circuit());
        return false;
      }
    } catch (UncheckedIOException e) {
      metrics.dropped("journal_write_failed", 1);
      LOG.error(
          "event=samples-dropped reason=journal_write_failed {} error=\"{}\"",
          p.circuit(),
          e.getMessage());
      return false;
    }
    metrics.taken();
    return true;
  }

  static long nowMicros() {
    Instant i = Instant.now();
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  /// @return a clock for callers that need the same time base (µs since the UNIX epoch)
  public static LongSupplier wallMicros() {
    return Sampler::nowMicros;
  }
}
