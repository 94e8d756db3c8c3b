package doublezero.geoprobe.outbound;

import doublezero.geoprobe.offset.CompositeOffsets;
import doublezero.geoprobe.offset.OffsetCache;
import doublezero.geoprobe.twamp.TwampPinger;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The outbound flow (reference `runMeasurementLoop`, `cmd/geoprobe-agent/main.go` at v0.12.0,
/// §E.4): each cycle measures every target with [TwampPinger] and, when verified DZD offsets are
/// cached, sends the target a composite offset signed by the probe key
/// ([CompositeOffsets#forTarget]). The usable offsets are the cache's unexpired ones (the latest of
/// each parent) that still pass the listener's rules at send time: the sender is still a parent,
/// signing with the same key, and the `measurement_slot` is within the policy's `maxAgeSlots` of
/// the current slot (so a parent removed on chain, or one that stopped sending, does not make a
/// verifier refuse the whole composite). One usable offset gives the reference's single-reference
/// composite, `rtt = dzd.rtt + measured`; several (our extension, RFC 1 "Multi-reference offsets")
/// give one reference per parent, the 5 smallest rtts, smallest first. No usable offset, or no
/// reply from a target, means nothing is sent; each case is logged and counted.
public final class TargetMeasurement implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TargetMeasurement.class);

  private final List<ProbeAddress> targets;
  private final Keypair key;
  private final PublicKey geoprobe;
  private final OffsetCache cache;
  private final LongSupplier slot;
  private final Supplier<OffsetTrust> trust;
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
  /// @param trust the current parent policy (the offset listener's)
  /// @param timeout TWAMP deadline per target
  /// @param clock time source of the cache
  /// @throws SocketException when the sending socket cannot be opened
  public TargetMeasurement(
      List<ProbeAddress> targets,
      Keypair key,
      PublicKey geoprobe,
      OffsetCache cache,
      LongSupplier slot,
      Supplier<OffsetTrust> trust,
      Duration timeout,
      Clock clock)
      throws SocketException {
    this.targets = List.copyOf(targets);
    this.key = key;
    this.geoprobe = geoprobe;
    this.cache = cache;
    this.slot = slot;
    this.trust = trust;
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
    long now = slot.getAsLong();
    List<LocationOffset> dzds = usable(now);
    if (dzds.isEmpty()) {
      noOffset.incrementAndGet();
      LOG.info("event=target_offset_skipped target={} reason=no_dzd_offset", t);
      return;
    }
    LocationOffset c =
        CompositeOffsets.forTarget(dzds, rtt.getAsLong(), t.ip(), now, geoprobe, key);
    byte[] bytes = OffsetDatagram.encode(c);
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, t.offsetAddress()));
    } catch (IOException e) {
      LOG.warn("event=target_offset_send_failed target={} error=\"{}\"", t, e.getMessage());
      return;
    }
    sent.incrementAndGet();
    LOG.info(
        "event=target_offset_sent target={} measured_rtt_ns={} rtt_ns={} references={}"
            + " reference={} bytes={}",
        t,
        rtt.getAsLong(),
        Long.toUnsignedString(c.rttNs()),
        c.references().size(),
        c.references().getFirst().sender(),
        bytes.length);
  }

  /// The cache's unexpired offsets still from a parent with its key and within the policy's slot
  /// age of `now`, smallest rtt first.
  private List<LocationOffset> usable(long now) {
    OffsetTrust policy = trust.get();
    return cache.fresh(clock.instant()).stream()
        .filter(o -> o.authority().equals(policy.parents().get(o.sender())))
        .filter(
            o -> {
              long age = now - o.measurementSlot();
              return age <= policy.maxAgeSlots() && -age <= policy.maxAgeSlots();
            })
        .toList();
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
