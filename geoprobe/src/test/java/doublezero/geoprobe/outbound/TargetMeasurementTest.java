package doublezero.geoprobe.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.offset.OffsetCache;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.trust.OffsetTrust;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/// One outbound cycle over loopback against a real reflector: the cache's usable offsets (one per
/// current parent, still signed with its key, slot fresh) become the references of the composite
/// the target receives; one usable offset gives the reference's 348-byte single-reference
/// composite.
class TargetMeasurementTest {
  private static final long SLOT = 5_000_000L;
  private final InetAddress lo = InetAddress.getLoopbackAddress();
  private final Keypair probeKey = Keypair.generate();
  private final PublicKey probeAccount = Keypair.generate().publicKey();
  private final OffsetCache cache = new OffsetCache(Duration.ofHours(1));
  private final Map<PublicKey, PublicKey> parents = new HashMap<>();

  private LocationOffset cached(long slot, long rttNs, boolean parent) {
    Keypair key = Keypair.generate();
    PublicKey device = Keypair.generate().publicKey();
    if (parent) {
      parents.put(device, key.publicKey());
    }
    LocationOffset o =
        LocationOffset.unsigned(
                key.publicKey(),
                device,
                slot,
                40.0 + rttNs / 1e6,
                -74.0,
                rttNs,
                rttNs,
                Ipv4Address.parse("45.33.10.7"),
                List.of())
            .signedBy(key);
    cache.put(o, Instant.now());
    return o;
  }

  /// Runs one cycle against a loopback target and returns the offset it received.
  private LocationOffset cycle(AtomicReference<OffsetTrust> trust) throws Exception {
    try (PlainReflector reflector = PlainReflector.start(new InetSocketAddress(lo, 0));
        DatagramSocket target = new DatagramSocket(new InetSocketAddress(lo, 0));
        TargetMeasurement m =
            new TargetMeasurement(
                List.of(
                    new ProbeAddress(
                        Ipv4Address.parse("127.0.0.1"), target.getLocalPort(), reflector.port())),
                probeKey,
                probeAccount,
                cache,
                () -> SLOT,
                trust::get,
                Duration.ofSeconds(1),
                Clock.systemUTC())) {
      target.setSoTimeout(5_000);
      m.cycle();
      assertThat(m.sentCount()).isEqualTo(1);
      byte[] buf = new byte[2048];
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      target.receive(p);
      return OffsetDatagram.decode(Arrays.copyOf(p.getData(), p.getLength()));
    }
  }

  @Test
  void twoUsableParentsGiveATwoReferenceCompositeTheVerifierAccepts() throws Exception {
    LocationOffset far = cached(SLOT - 3, 2_000_000, true);
    LocationOffset near = cached(SLOT - 1, 1_000_000, true);
    cached(SLOT - 2, 500_000, false); // a device no longer a parent
    LocationOffset stale = cached(SLOT - 500, 700_000, true); // measured too long ago
    OffsetTrust policy = new OffsetTrust(parents, 100);

    LocationOffset got = cycle(new AtomicReference<>(policy));

    assertThat(got.references()).containsExactly(near, far);
    assertThat(got.references()).doesNotContain(stale);
    assertThat(got.rttNs()).isEqualTo(near.rttNs() + got.measuredRttNs());
    assertThat(got.measuredRttNs()).isPositive();
    assertThat(got.lat()).isEqualTo(near.lat());
    assertThat(got.measurementSlot()).isEqualTo(SLOT);
    assertThat(policy.checkComposite(got.encode(), probeAccount, probeKey.publicKey(), SLOT))
        .isInstanceOf(TrustVerdict.Accepted.class);
  }

  @Test
  void oneUsableParentGivesTheSingleReferenceCompositeAndNoneGivesNothing() throws Exception {
    LocationOffset only = cached(SLOT, 1_000_000, true);
    cached(SLOT, 800_000, false);
    AtomicReference<OffsetTrust> trust = new AtomicReference<>(new OffsetTrust(parents, 100));

    LocationOffset got = cycle(trust);
    assertThat(got.references()).containsExactly(only);
    assertThat(got.encode()).hasSize(348);

    trust.set(new OffsetTrust(Map.of(), 100));
    try (PlainReflector reflector = PlainReflector.start(new InetSocketAddress(lo, 0));
        TargetMeasurement m =
            new TargetMeasurement(
                List.of(new ProbeAddress(Ipv4Address.parse("127.0.0.1"), 9, reflector.port())),
                probeKey,
                probeAccount,
                cache,
                () -> SLOT,
                trust::get,
                Duration.ofSeconds(1),
                Clock.systemUTC())) {
      m.cycle();
      assertThat(m.noOffsetCount()).isEqualTo(1);
      assertThat(m.sentCount()).isZero();
    }
  }
}
