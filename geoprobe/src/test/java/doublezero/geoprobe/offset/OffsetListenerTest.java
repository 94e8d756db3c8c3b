package doublezero.geoprobe.offset;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.Refusal;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/// Held attacks sent over loopback to a real listener: each refused, logged and counted; a parent's
/// offset cached.
class OffsetListenerTest {
  private static final long SLOT = 1_000_000L;
  private final Keypair dzdKey = Keypair.generate();
  private final PublicKey device = Keypair.generate().publicKey();

  private LocationOffset offset(PublicKey sender, Keypair key, long slot, long rtt) {
    return LocationOffset.unsigned(
            key.publicKey(),
            sender,
            slot,
            52.0,
            5.0,
            rtt,
            rtt,
            Ipv4Address.parse("127.0.0.1"),
            List.of())
        .signedBy(key);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void attacksAreRefusedAndCountedAndTheParentsBestOffsetIsCached() throws Exception {
    OffsetCache cache = new OffsetCache(Duration.ofHours(1));
    OffsetTrust trust = new OffsetTrust(Map.of(device, dzdKey.publicKey()), 9000);
    Keypair mallory = Keypair.generate();
    Logger log = (Logger) LoggerFactory.getLogger(OffsetListener.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    try (var listener =
            new OffsetListener(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> trust,
                () -> SLOT,
                cache,
                Clock.systemUTC());
        var out = new DatagramSocket()) {
      InetSocketAddress to =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.port());
      List<byte[]> attacks =
          List.of(
              offset(mallory.publicKey(), mallory, SLOT, 1).encode(),
              offset(device, mallory, SLOT, 1).encode(),
              offset(device, dzdKey, SLOT - 10_000, 1).encode(),
              new byte[1300],
              "not an offset".getBytes());
      for (byte[] a : attacks) {
        out.send(new DatagramPacket(a, a.length, to));
      }
      byte[] good = offset(device, dzdKey, SLOT - 5, 2_000_000).encode();
      out.send(new DatagramPacket(good, good.length, to));
      await(() -> listener.acceptedCount() == 1 && listener.refusedCount(Refusal.GARBAGE) == 1);
      await(() -> listener.refusedCount(Refusal.OVERSIZED) == 1);
      assertThat(listener.refusedCount(Refusal.NOT_A_PARENT)).isEqualTo(1);
      assertThat(listener.refusedCount(Refusal.WRONG_AUTHORITY)).isEqualTo(1);
      assertThat(listener.refusedCount(Refusal.STALE)).isEqualTo(1);
      assertThat(cache.best(Instant.now()).orElseThrow().rttNs()).isEqualTo(2_000_000L);
      // the counter moves just before the line is logged: wait for the five lines
      await(() -> refusedLines(lines).size() == 5);
      List<String> refused = refusedLines(lines);
      assertThat(refused)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .startsWith("event=offset_refused reason=not_a_parent from=/127.0.0.1:")
                      .contains(" bytes=174 detail=\"offset sender " + mallory.publicKey()))
          .anySatisfy(
              m -> assertThat(m).startsWith("event=offset_refused reason=wrong_authority from="))
          .anySatisfy(m -> assertThat(m).startsWith("event=offset_refused reason=stale from="))
          .anySatisfy(
              m ->
                  assertThat(m)
                      .startsWith("event=offset_refused reason=oversized from=")
                      .contains(" bytes=1233 "))
          .anySatisfy(
              m ->
                  assertThat(m)
                      .startsWith("event=offset_refused reason=garbage from=")
                      .contains(" bytes=13 "));
    } finally {
      log.detachAppender(lines);
    }
  }

  /// The appender's `event=offset_refused` lines (read under its lock: the listener thread
  /// appends).
  private static List<String> refusedLines(ListAppender<ILoggingEvent> appender) {
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = List.copyOf(appender.list);
    }
    return events.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.startsWith("event=offset_refused "))
        .toList();
  }

  @Test
  void cacheBestIsTheSmallestUnexpiredRtt() {
    OffsetCache cache = new OffsetCache(Duration.ofMinutes(10));
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    PublicKey other = Keypair.generate().publicKey();
    cache.put(offset(device, dzdKey, SLOT, 3_000), t0);
    cache.put(offset(other, dzdKey, SLOT, 1_000), t0.minus(Duration.ofMinutes(11)));
    assertThat(cache.best(t0).orElseThrow().rttNs()).isEqualTo(3_000L);
    cache.put(offset(other, dzdKey, SLOT, 1_000), t0);
    assertThat(cache.best(t0).orElseThrow().sender()).isEqualTo(other);
    assertThat(cache.evict(t0.plus(Duration.ofMinutes(11)))).isEqualTo(2);
    assertThat(cache.best(t0)).isEmpty();
  }

  @Test
  void compositeRttIsTheSumAndChainVerifies() {
    Keypair probe = Keypair.generate();
    PublicKey account = Keypair.generate().publicKey();
    LocationOffset dzd = offset(device, dzdKey, SLOT, 1_500_000);
    LocationOffset c =
        CompositeOffsets.single(
            dzd, 700_000, Ipv4Address.parse("192.0.2.4"), SLOT + 3, account, probe);
    assertThat(c.rttNs()).isEqualTo(2_200_000L);
    assertThat(c.encode()).hasSize(348);
    OffsetTrust trust = new OffsetTrust(Map.of(device, dzdKey.publicKey()), 100);
    assertThat(trust.checkComposite(c.encode(), account, probe.publicKey(), SLOT + 3))
        .isInstanceOf(TrustVerdict.Accepted.class);
  }
}
