package doublezero.sdk.geolocation.trust;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.geolocation.offset.GeoVectors;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The held attacks of issue 14, each refused with its reason.
class OffsetTrustTest {
  private static final long NOW = 123456800L;
  private static final OffsetTrust TRUST =
      new OffsetTrust(Map.of(GeoVectors.DEVICE, GeoVectors.DZD.publicKey()), 9000);

  private static LocationOffset dzd(PublicKey device, Keypair key, long slot) {
    return LocationOffset.unsigned(
            key.publicKey(),
            device,
            slot,
            52.37,
            4.90,
            1_000_000,
            1_000_000,
            Ipv4Address.parse("203.0.113.9"),
            List.of())
        .signedBy(key);
  }

  private static LocationOffset composite(LocationOffset ref) {
    return LocationOffset.unsigned(
            GeoVectors.PROBE.publicKey(),
            GeoVectors.GEOPROBE,
            NOW,
            ref.lat(),
            ref.lng(),
            500_000,
            ref.rttNs() + 500_000,
            Ipv4Address.parse("192.0.2.5"),
            List.of(ref))
        .signedBy(GeoVectors.PROBE);
  }

  private static Refusal dzdRefusal(byte[] datagram) {
    return switch (TRUST.checkDzdOffset(datagram, NOW)) {
      case TrustVerdict.Accepted a -> null;
      case TrustVerdict.Refused r -> r.reason();
    };
  }

  private static Refusal compositeRefusal(LocationOffset o) {
    return switch (TRUST.checkComposite(
        o.encode(), GeoVectors.GEOPROBE, GeoVectors.PROBE.publicKey(), NOW)) {
      case TrustVerdict.Accepted a -> null;
      case TrustVerdict.Refused r -> r.reason();
    };
  }

  @Test
  void aParentsOffsetIsAccepted() {
    assertThat(dzdRefusal(dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW - 10).encode())).isNull();
    assertThat(compositeRefusal(composite(dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW - 10))))
        .isNull();
  }

  @Test
  void heldAttacksOnTheProbeAreRefused() {
    Keypair mallory = Keypair.generate();
    assertThat(dzdRefusal(dzd(mallory.publicKey(), mallory, NOW).encode()))
        .isEqualTo(Refusal.NOT_A_PARENT);
    assertThat(dzdRefusal(dzd(GeoVectors.DEVICE, mallory, NOW).encode()))
        .isEqualTo(Refusal.WRONG_AUTHORITY);
    assertThat(dzdRefusal(dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW - 9001).encode()))
        .isEqualTo(Refusal.STALE);
    assertThat(dzdRefusal(new byte[1233])).isEqualTo(Refusal.OVERSIZED);
    assertThat(dzdRefusal(new byte[] {1, 2, 3})).isEqualTo(Refusal.GARBAGE);
    byte[] forged = dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW).encode();
    forged[150] ^= 1;
    assertThat(dzdRefusal(forged)).isEqualTo(Refusal.BAD_SIGNATURE);
    assertThat(dzdRefusal(composite(dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW)).encode()))
        .isEqualTo(Refusal.UNEXPECTED_REFERENCES);
  }

  @Test
  void heldAttacksOnTheTargetAreRefused() {
    LocationOffset good = dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW);
    Keypair mallory = Keypair.generate();
    LocationOffset resigned = dzd(GeoVectors.DEVICE, mallory, NOW);
    assertThat(compositeRefusal(composite(resigned))).isEqualTo(Refusal.RESIGNED_REFERENCE);
    assertThat(compositeRefusal(composite(dzd(mallory.publicKey(), mallory, NOW))))
        .isEqualTo(Refusal.NOT_A_PARENT);
    assertThat(compositeRefusal(composite(dzd(GeoVectors.DEVICE, GeoVectors.DZD, NOW - 20_000))))
        .isEqualTo(Refusal.STALE);
    LocationOffset byMallory =
        LocationOffset.unsigned(
                mallory.publicKey(),
                GeoVectors.GEOPROBE,
                NOW,
                0,
                0,
                1,
                2,
                Ipv4Address.parse("192.0.2.5"),
                List.of(good))
            .signedBy(mallory);
    assertThat(compositeRefusal(byMallory)).isEqualTo(Refusal.WRONG_AUTHORITY);
    byte[] tampered = composite(good).encode();
    tampered[174 + 140] ^= 1;
    assertThat(
            TRUST.checkComposite(tampered, GeoVectors.GEOPROBE, GeoVectors.PROBE.publicKey(), NOW))
        .isInstanceOf(TrustVerdict.Refused.class);
  }
}
