package doublezero.geoprobe.outbound;

import doublezero.geoprobe.offset.CompositeOffsets;
import doublezero.geoprobe.offset.OffsetCache;
import doublezero.geoprobe.twamp.TwampPinger;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The outbound flow (reference `runMeasurementLoop`, `cmd/geoprobe-agent/main.go` at v0.12.0,
/// §E.4): each cycle measures every target with [TwampPinger] and, when a verified DZD offset is
/// cached, sends the target a composite offset signed by the probe key: the best DZD offset as its
/// reference, `rtt = dzd.rtt + measured` ([CompositeOffsets#single]). No cached offset, or no reply
/// from a target, means nothing is sent; each case is logged and counted.
public final class TargetMeasurement implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TargetMeasurement.class);

  private final List<ProbeAddress> targets;
  private final Keypair key;
  private final PublicKey geoprobe;
  private final OffsetCache cache;
  private final LongSupplier slot;
  private final Duration timeout;
  private final Clock clock;
  private final DatagramSocket socket;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final AtomicLong noOffset = new AtomicLong();

  /// @param targets the targets (`--additional-targets`)
  /// @param key the probe signing key
  /// @param geoprobe the GeoProbe account (sender of the composite offsets)
  /// @param cache verified DZD offsets
  /// @param slot the latest known ledger slot
  /// @param timeout TWAMP deadline per target
  /// @param clock time source of the cache
  /// @throws SocketException when the sending socket cannot be opened
  public TargetMeasurement(
      List<ProbeAddress> targets,
      Keypair key,
      PublicKey geoprobe,
      OffsetCache cache,
      LongSupplier slot,
      Duration timeout,
      Clock clock)
      throws SocketException {
    this.targets = List.copyOf(targets);
    this.key = key;
    this.geoprobe = geoprobe;
    this.cache = cache;
    this.slot = slot;
    this.timeout = timeout;
    this.clock = clock;
    this.socket = new DatagramSocket();
  }

  /// One measurement cycle over every target, one after another.
  ///
  /// @throws InterruptedException when interrupted
  public void cycle() throws InterruptedException {
    for (ProbeAddress t : targets) {
      measure(t);
    }
  }

  private void measure(ProbeAddress t) throws InterruptedException {
    OptionalLong rtt;
    try {
      rtt = TwampPinger.measure(t.twampAddress(), timeout);
    } catch (IOException e) {
      rtt = OptionalLong.empty();
    }
    if (rtt.isEmpty()) {
      lost.incrementAndGet();
      LOG.info("event=target_lost target={}", t);
      return;
    }
    Optional<LocationOffset> dzd = cache.best(clock.instant());
    if (dzd.isEmpty()) {
      noOffset.incrementAndGet();
      LOG.info("event=target_offset_skipped target={} reason=no_dzd_offset", t);
      return;
    }
    LocationOffset c =
        CompositeOffsets.single(
            dzd.get(), rtt.getAsLong(), t.ip(), slot.getAsLong(), geoprobe, key);
    byte[] bytes = OffsetDatagram.encode(c);
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, t.offsetAddress()));
    } catch (IOException e) {
      LOG.warn("event=target_offset_send_failed target={} error=\"{}\"", t, e.getMessage());
      return;
    }
    sent.incrementAndGet();
    LOG.info(
        "event=target_offset_sent target={} measured_rtt_ns={} rtt_ns={} reference={}",
        t,
        rtt.getAsLong(),
        Long.toUnsignedString(c.rttNs()),
        dzd.get().sender());
  }

  /// @return composite offsets sent
  public long sentCount() {
    return sent.get();
  }

  /// @return target measurements without a reply
  public long lostCount() {
    return lost.get();
  }

  /// @return measured targets left without an offset because no DZD offset was cached
  public long noOffsetCount() {
    return noOffset.get();
  }

  /// Closes the socket.
  @Override
  public void close() {
    socket.close();
  }
}
