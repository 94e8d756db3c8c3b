package doublezero.sdk.geolocation.trust;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// A multi-reference composite carries the smallest-rtt reference plus the probe's hop on its top
/// level, so references with larger rtts exceed the top's rtt: that is accepted; a top rtt below
/// the smallest reference is not.
class MultiReferenceTrustTest {
  private static final long SLOT = 5_000;
  private static final Keypair A = Keypair.generate();
  private static final Keypair B = Keypair.generate();
  private static final Keypair PROBE = Keypair.generate();
  private static final PublicKey DEV_A = Keypair.generate().publicKey();
  private static final PublicKey DEV_B = Keypair.generate().publicKey();
  private static final PublicKey ACCOUNT = Keypair.generate().publicKey();
  private static final Ipv4Address IP = Ipv4Address.parse("45.33.32.156");
  private static final OffsetTrust TRUST =
      new OffsetTrust(Map.of(DEV_A, A.publicKey(), DEV_B, B.publicKey()), 100);

  private static LocationOffset dzd(Keypair k, PublicKey dev, long rtt) {
    return LocationOffset.unsigned(k.publicKey(), dev, SLOT, 41, -87, rtt, rtt, IP, List.of())
        .signedBy(k);
  }

  private static TrustVerdict check(long topRtt) {
    LocationOffset top =
        LocationOffset.unsigned(
                PROBE.publicKey(),
                ACCOUNT,
                SLOT,
                41,
                -87,
                100_000,
                topRtt,
                IP,
                List.of(dzd(A, DEV_A, 400_000), dzd(B, DEV_B, 9_000_000)))
            .signedBy(PROBE);
    return TRUST.checkComposite(top.encode(), ACCOUNT, PROBE.publicKey(), SLOT);
  }

  @Test
  void largerReferencesMayExceedTheTopRtt() {
    assertThat(check(500_000)).isInstanceOf(TrustVerdict.Accepted.class);
    assertThat(check(399_999))
        .isInstanceOfSatisfying(
            TrustVerdict.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(Refusal.GARBAGE);
              assertThat(r.detail()).contains("below the smallest reference rtt");
            });
  }
}
