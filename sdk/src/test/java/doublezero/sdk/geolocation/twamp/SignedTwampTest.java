package doublezero.sdk.geolocation.twamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.GeoVectors;
import doublezero.sdk.geolocation.offset.OffsetChain;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedTwampTest {
  private static SignedProbe probe() {
    return SignedProbe.sign(1, (int) 3_900_000_000L, 0x80000000, GeoVectors.TARGET);
  }

  private static SignedReply reply() {
    return SignedReply.sign(
        probe(),
        GeoVectors.GEOPROBE,
        123456789L,
        52.3676,
        4.9041,
        250_000L,
        1_750_000L,
        List.of(GeoVectors.dzdOffset()),
        GeoVectors.PROBE);
  }

  @Test
  void goldenVectorsFromAnIndependentEd25519Match() {
    assertThat(probe().encode()).isEqualTo(GeoVectors.hex("signed-probe"));
    assertThat(reply().encode()).hasSize(451).isEqualTo(GeoVectors.hex("signed-reply-1offset"));
    SignedReply decoded = SignedReply.decode(GeoVectors.hex("signed-reply-1offset"));
    assertThat(decoded).isEqualTo(reply());
    assertThat(decoded.signatureValid()).isTrue();
    assertThat(decoded.probe().signatureValid()).isTrue();
    assertThat(OffsetChain.verify(decoded.offsets().getFirst())).isTrue();
    assertThat(Integer.toUnsignedLong(decoded.probe().ntpSeconds())).isEqualTo(3_900_000_000L);
  }

  @Test
  void sizesAre277PlusOffsets() {
    SignedReply none =
        SignedReply.sign(probe(), GeoVectors.GEOPROBE, 0, 0, 0, 0, 0, List.of(), GeoVectors.PROBE);
    assertThat(none.encode()).hasSize(SignedReply.MIN_BYTES).hasSize(277);
    assertThat(SignedReply.MAX_BYTES).isEqualTo(213 + 5 * 174 + 64).isEqualTo(1147);
  }

  @Test
  void truncationAtEveryOffsetIsRefused() {
    byte[] p = probe().encode();
    for (int n = 0; n < p.length; n++) {
      byte[] cut = Arrays.copyOf(p, n);
      assertThatThrownBy(() -> SignedProbe.decode(cut)).isInstanceOf(DecodeException.class);
    }
    byte[] r = reply().encode();
    for (int n = 0; n < r.length; n++) {
      byte[] cut = Arrays.copyOf(r, n);
      assertThatThrownBy(() -> SignedReply.decode(cut))
          .as("length %d", n)
          .isInstanceOf(DecodeException.class);
    }
    assertThatThrownBy(() -> SignedReply.decode(Arrays.copyOf(r, r.length + 1)))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void tamperingAnyByteIsDetected() {
    byte[] good = reply().encode();
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x01;
      boolean refused;
      try {
        refused = !SignedReply.decode(bad).signatureValid();
      } catch (DecodeException e) {
        refused = true;
      }
      assertThat(refused).as("flip at byte %d", i).isTrue();
    }
    byte[] p = probe().encode();
    for (int i = 0; i < p.length; i++) {
      byte[] bad = p.clone();
      bad[i] ^= 0x01;
      assertThat(SignedProbe.decode(bad).signatureValid()).as("flip at byte %d", i).isFalse();
    }
  }

  @Test
  void offsetCountMustMatchLength() {
    byte[] r = reply().encode();
    r[212] = 2;
    assertThatThrownBy(() -> SignedReply.decode(r)).hasMessageContaining("N = 2 needs 625 bytes");
    r[212] = 6;
    assertThatThrownBy(() -> SignedReply.decode(r)).hasMessageContaining("at most 5");
  }
}
