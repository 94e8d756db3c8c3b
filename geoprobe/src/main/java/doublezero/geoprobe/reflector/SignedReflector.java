package doublezero.geoprobe.reflector;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.twamp.SignedProbe;
import doublezero.sdk.geolocation.twamp.SignedReply;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The geoprobe's signed-TWAMP reflector, inbound flow (reference
/// `tools/twamp/pkg/signed/reflector_linux.go` at v0.12.0, port 8924). A probe is answered when it
/// is exactly 108 bytes, its sender key is on `allowed` (target keys only — never the parents'
/// keys, unlike v0.12.0), its own signature verifies (v0.12.0 does not check it) and the
/// [PairLimiter] admits it. The reply embeds the best cached DZD offset (or none) and is signed by
/// the probe key; for the second probe of a pair `since_last_rx_ns` = its receive time − the send
/// time of the first reply (userspace `System.nanoTime`, not kernel timestamps) and `rtt_ns` = DZD
/// rtt + that. Every dropped probe is logged and counted per [Drop].
public final class SignedReflector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SignedReflector.class);

  /// Why a probe was not answered.
  public enum Drop {
    /// Not a 108-byte signed probe.
    GARBAGE,
    /// Sender key not on the allowlist.
    UNLISTED,
    /// The probe's own signature does not verify.
    BAD_SIGNATURE,
    /// The sender's pair for this interval is complete.
    RATE_LIMITED,
    /// The second probe of a pair came from another address.
    SOURCE_CHANGED
  }

  private final DatagramSocket socket;
  private final Keypair key;
  private final PublicKey geoprobe;
  private final Set<PublicKey> allowed;
  private final Supplier<Optional<LocationOffset>> bestOffset;
  private final PairLimiter limiter;
  private final Clock clock;
  private final Map<PublicKey, Long> lastReplySentNanos = new HashMap<>();
  private final Map<Drop, AtomicLong> drops = new EnumMap<>(Drop.class);
  private final AtomicLong answered = new AtomicLong();
  private final Thread thread;

  /// Binds and starts receiving on a virtual thread.
  ///
  /// @param bind listen address (port 0 picks one)
  /// @param key the probe signing key
  /// @param geoprobe the GeoProbe account
  /// @param allowed target keys allowed to send signed probes
  /// @param bestOffset the best cached DZD offset, if any
  /// @param limiter the pair rate limit
  /// @param clock time source for the limiter
  /// @throws SocketException when the port cannot be bound
  public SignedReflector(
      InetSocketAddress bind,
      Keypair key,
      PublicKey geoprobe,
      Set<PublicKey> allowed,
      Supplier<Optional<LocationOffset>> bestOffset,
      PairLimiter limiter,
      Clock clock)
      throws SocketException {
    this.socket = new DatagramSocket(bind);
    this.key = key;
    this.geoprobe = geoprobe;
    this.allowed = Set.copyOf(allowed);
    this.bestOffset = bestOffset;
    this.limiter = limiter;
    this.clock = clock;
    for (Drop d : Drop.values()) {
      drops.put(d, new AtomicLong());
    }
    this.thread = Thread.ofVirtual().name("signed-reflector").start(this::run);
  }

  /// @return the bound port
  public int port() {
    return socket.getLocalPort();
  }

  /// @return how many probes were answered
  public long answeredCount() {
    return answered.get();
  }

  /// @param d a drop reason
  /// @return how many probes were dropped for it
  public long dropCount(Drop d) {
    return drops.get(d).get();
  }

  private void run() {
    byte[] buf = new byte[SignedProbe.BYTES + 1];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
        long rxNanos = System.nanoTime();
        handle(Arrays.copyOf(p.getData(), p.getLength()), p, rxNanos);
      } catch (IOException e) {
        if (!socket.isClosed()) {
          LOG.warn("event=signed_probe_io_failed error=\"{}\"", e.getMessage());
        }
      }
    }
  }

  private void handle(byte[] data, DatagramPacket from, long rxNanos) throws IOException {
    SignedProbe probe;
    try {
      probe = SignedProbe.decode(data);
    } catch (DecodeException e) {
      drop(Drop.GARBAGE, from, "bytes=" + data.length);
      return;
    }
    if (!allowed.contains(probe.sender())) {
      drop(Drop.UNLISTED, from, "sender=" + probe.sender());
      return;
    }
    if (!probe.signatureValid()) {
      drop(Drop.BAD_SIGNATURE, from, "sender=" + probe.sender());
      return;
    }
    PairLimiter.Admission admission =
        limiter.admit(probe.sender(), from.getAddress(), clock.instant());
    long since =
        switch (admission) {
          case FIRST_OF_PAIR -> 0L;
          case SECOND_OF_PAIR ->
              Math.max(0L, rxNanos - lastReplySentNanos.getOrDefault(probe.sender(), rxNanos));
          case RATE_LIMITED -> {
            drop(Drop.RATE_LIMITED, from, "sender=" + probe.sender());
            yield -1L;
          }
          case SOURCE_CHANGED -> {
            drop(Drop.SOURCE_CHANGED, from, "sender=" + probe.sender());
            yield -1L;
          }
        };
    if (since < 0) {
      return;
    }
    Optional<LocationOffset> dzd = bestOffset.get();
    List<LocationOffset> offsets = dzd.map(List::of).orElse(List.of());
    long slot = dzd.map(LocationOffset::measurementSlot).orElse(0L);
    double lat = dzd.map(LocationOffset::lat).orElse(0.0);
    double lng = dzd.map(LocationOffset::lng).orElse(0.0);
    long rtt = dzd.map(LocationOffset::rttNs).orElse(0L) + since;
    byte[] reply =
        SignedReply.sign(probe, geoprobe, slot, lat, lng, since, rtt, offsets, key).encode();
    lastReplySentNanos.put(probe.sender(), System.nanoTime());
    socket.send(new DatagramPacket(reply, reply.length, from.getSocketAddress()));
    answered.incrementAndGet();
    LOG.info(
        "event=signed_probe_answered from={} sender={} seq={} since_last_rx_ns={} offsets={}",
        from.getSocketAddress(),
        probe.sender(),
        Integer.toUnsignedString(probe.seq()),
        since,
        offsets.size());
  }

  private void drop(Drop reason, DatagramPacket from, String detail) {
    drops.get(reason).incrementAndGet();
    LOG.warn(
        "event=signed_probe_dropped reason={} from={} {}",
        reason.name().toLowerCase(Locale.ROOT),
        from.getSocketAddress(),
        detail);
  }

  /// Closes the socket and waits for the receive thread.
  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join();
  }
}
