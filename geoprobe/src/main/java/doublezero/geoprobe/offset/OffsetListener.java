package doublezero.geoprobe.offset;

import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.Refusal;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The probe's DZD offset listener (reference `runOffsetListener`, port 8923): every datagram goes
/// through [OffsetTrust#checkDzdOffset]; accepted offsets enter the [OffsetCache], every refusal is
/// logged (`event=offset_refused reason=<key> from=<addr> detail=...`) and counted per [Refusal].
public final class OffsetListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OffsetListener.class);

  private final DatagramSocket socket;
  private final Supplier<OffsetTrust> trust;
  private final LongSupplier currentSlot;
  private final OffsetCache cache;
  private final Clock clock;
  private final Map<Refusal, AtomicLong> refused = new EnumMap<>(Refusal.class);
  private final AtomicLong accepted = new AtomicLong();
  private final Thread thread;

  /// Binds `bind` and starts receiving on a virtual thread.
  ///
  /// @param bind the address to listen on (port 0 picks one)
  /// @param trust the current trust policy (parents change as discovery runs)
  /// @param currentSlot the latest known ledger slot
  /// @param cache where accepted offsets go
  /// @param clock receive-time source
  /// @throws SocketException when the port cannot be bound
  public OffsetListener(
      InetSocketAddress bind,
      Supplier<OffsetTrust> trust,
      LongSupplier currentSlot,
      OffsetCache cache,
      Clock clock)
      throws SocketException {
    this.socket = new DatagramSocket(bind);
    this.trust = trust;
    this.currentSlot = currentSlot;
    this.cache = cache;
    this.clock = clock;
    for (Refusal r : Refusal.values()) {
      refused.put(r, new AtomicLong());
    }
    this.thread = Thread.ofVirtual().name("offset-listener").start(this::run);
  }

  /// @return the bound port
  public int port() {
    return socket.getLocalPort();
  }

  /// @param reason a refusal reason
  /// @return how many datagrams were refused for it
  public long refusedCount(Refusal reason) {
    return refused.get(reason).get();
  }

  /// @return how many offsets were accepted
  public long acceptedCount() {
    return accepted.get();
  }

  private void run() {
    // One byte more than the limit so an oversized datagram is seen as such rather than silently
    // truncated.
    byte[] buf = new byte[OffsetLimits.MAX_DATAGRAM_BYTES + 1];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
      } catch (IOException e) {
        if (!socket.isClosed()) {
          LOG.warn("event=offset_receive_failed error=\"{}\"", e.getMessage());
        }
        continue;
      }
      byte[] data = Arrays.copyOf(p.getData(), p.getLength());
      handle(data, String.valueOf(p.getSocketAddress()));
    }
  }

  private void handle(byte[] data, String from) {
    switch (trust.get().checkDzdOffset(data, currentSlot.getAsLong())) {
      case TrustVerdict.Accepted a -> {
        cache.put(a.offset(), clock.instant());
        accepted.incrementAndGet();
        LOG.info(
            "event=offset_accepted from={} sender={} rtt_ns={} slot={}",
            from,
            a.offset().sender(),
            Long.toUnsignedString(a.offset().rttNs()),
            Long.toUnsignedString(a.offset().measurementSlot()));
      }
      case TrustVerdict.Refused r -> {
        refused.get(r.reason()).incrementAndGet();
        LOG.warn(
            "event=offset_refused reason={} from={} bytes={} detail=\"{}\"",
            r.reason().key(),
            from,
            data.length,
            r.detail());
      }
    }
  }

  /// Closes the socket and waits for the receive thread.
  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join();
  }
}
