package doublezero.geoprobe.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.geolocation.region.DistanceBound;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The composite a probe sends a target: the reference's single-reference offset with one parent,
/// one reference per parent (the 5 smallest rtts, smallest first) with several, accepted by the
/// SDK's verifier ([OffsetTrust#checkComposite]) and giving one disk per reference.
class CompositeOffsetsTest {
  private static final long SLOT = 2_000_000L;
  private static final long MEASURED = 400_000L;
  private static final Ipv4Address TARGET = Ipv4Address.parse("192.0.2.9");
  private final Keypair probeKey = Keypair.generate();
  private final PublicKey probeAccount = Keypair.generate().publicKey();
  private final Map<PublicKey, PublicKey> parents = new HashMap<>();

  /// A DZD offset from a fresh parent at (`lat`, 5.0), registered in [#parents].
  private LocationOffset parent(double lat, long rttNs) {
    Keypair key = Keypair.generate();
    PublicKey device = Keypair.generate().publicKey();
    parents.put(device, key.publicKey());
    return LocationOffset.unsigned(
            key.publicKey(),
            device,
            SLOT - 2,
            lat,
            5.0,
            rttNs,
            rttNs,
            Ipv4Address.parse("45.33.10.7"),
            List.of())
        .signedBy(key);
  }

  private TrustVerdict verify(LocationOffset c) {
    return new OffsetTrust(parents, 100)
        .checkComposite(OffsetDatagram.encode(c), probeAccount, probeKey.publicKey(), SLOT);
  }

  @Test
  void oneParentGivesTheReferencesSingleReferenceComposite() {
    LocationOffset dzd = parent(52.0, 1_500_000);
    LocationOffset c =
        CompositeOffsets.forTarget(List.of(dzd), MEASURED, TARGET, SLOT, probeAccount, probeKey);
    assertThat(c)
        .isEqualTo(CompositeOffsets.single(dzd, MEASURED, TARGET, SLOT, probeAccount, probeKey));
    assertThat(c.encode()).hasSize(348);
    assertThat(verify(c)).isInstanceOf(TrustVerdict.Accepted.class);
  }

  @Test
  void threeParentsGiveOneCompositeWithAReferenceEachSmallestFirst() {
    LocationOffset far = parent(50.0, 3_000_000);
    LocationOffset near = parent(52.0, 1_000_000);
    LocationOffset mid = parent(51.0, 2_000_000);
    LocationOffset c =
        CompositeOffsets.forTarget(
            List.of(far, near, mid), MEASURED, TARGET, SLOT, probeAccount, probeKey);

    assertThat(c.references()).containsExactly(near, mid, far);
    assertThat(c.encode()).hasSize(174 * 4);
    assertThat(c.sender()).isEqualTo(probeAccount);
    assertThat(c.authority()).isEqualTo(probeKey.publicKey());
    assertThat(c.lat()).isEqualTo(52.0);
    assertThat(c.measuredRttNs()).isEqualTo(MEASURED);
    assertThat(c.rttNs()).isEqualTo(1_000_000 + MEASURED);
    assertThat(c.targetIp()).isEqualTo(TARGET);
    assertThat(OffsetChain.verify(c)).isTrue();
    assertThat(verify(c)).isInstanceOf(TrustVerdict.Accepted.class);

    FeasibleRegion region = FeasibleRegion.of(c);
    assertThat(region.disks()).hasSize(3);
    assertThat(region.disks().get(2).center()).isEqualTo(new GeoPoint(50.0, 5.0));
    assertThat(region.disks().get(2).radiusKm())
        .isEqualTo(DistanceBound.maxKm(3_000_000 + MEASURED));
  }

  @Test
  void sixParentsGiveTheFiveSmallestRttsWithinTheDatagramLimit() {
    List<LocationOffset> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // rtts 6, 1, 5, 2, 4, 3 ms: the 6 ms one is left out
      long ms = new long[] {6, 1, 5, 2, 4, 3}[i];
      six.add(parent(48.0 + i, ms * 1_000_000));
    }
    LocationOffset c =
        CompositeOffsets.forTarget(six, MEASURED, TARGET, SLOT, probeAccount, probeKey);

    assertThat(c.references()).hasSize(OffsetLimits.MAX_TOTAL_REFERENCES);
    assertThat(c.references())
        .extracting(LocationOffset::rttNs)
        .containsExactly(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 5_000_000L);
    assertThat(c.references()).doesNotContain(six.getFirst());
    byte[] bytes = OffsetDatagram.encode(c);
    assertThat(bytes).hasSize(1044);
    assertThat(bytes.length).isLessThanOrEqualTo(OffsetLimits.MAX_DATAGRAM_BYTES);
    assertThat(verify(c)).isInstanceOf(TrustVerdict.Accepted.class);
    assertThat(FeasibleRegion.of(c).disks()).hasSize(5);
  }

  @Test
  void badReferenceListsAreRefused() {
    LocationOffset a = parent(52.0, 1_000_000);
    LocationOffset b = parent(51.0, 2_000_000);
    assertThatThrownBy(
            () ->
                CompositeOffsets.forTarget(
                    List.of(), MEASURED, TARGET, SLOT, probeAccount, probeKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one DZD offset");
    assertThatThrownBy(
            () ->
                CompositeOffsets.multi(
                    List.of(b, a), MEASURED, TARGET, SLOT, probeAccount, probeKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smallest rtt");
    List<LocationOffset> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(parent(50.0, 1_000_000));
    }
    assertThatThrownBy(
            () -> CompositeOffsets.multi(six, MEASURED, TARGET, SLOT, probeAccount, probeKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5 references, got 6");
  }
}
