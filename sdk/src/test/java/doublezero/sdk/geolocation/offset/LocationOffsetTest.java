package doublezero.sdk.geolocation.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationOffsetTest {
  private static LocationOffset leaf(Keypair k, long rtt) {
    return LocationOffset.unsigned(
            k.publicKey(),
            GeoVectors.DEVICE,
            7,
            1.0,
            2.0,
            rtt,
            rtt,
            Ipv4Address.parse("192.0.2.1"),
            List.of())
        .signedBy(k);
  }

  private static LocationOffset over(Keypair k, List<LocationOffset> refs) {
    return LocationOffset.unsigned(
            k.publicKey(),
            GeoVectors.GEOPROBE,
            8,
            1.0,
            2.0,
            10,
            20,
            Ipv4Address.parse("192.0.2.2"),
            refs)
        .signedBy(k);
  }

  private static LocationOffset chain(int depth) {
    LocationOffset o = leaf(GeoVectors.DZD, 100);
    for (int i = 0; i < depth; i++) {
      o = over(GeoVectors.PROBE, List.of(o));
    }
    return o;
  }

  @Test
  void goldenVectorsFromAnIndependentEd25519Match() {
    assertThat(GeoVectors.dzdOffset().encode())
        .hasSize(174)
        .isEqualTo(GeoVectors.hex("offset-0ref"));
    assertThat(GeoVectors.probeOffset().encode())
        .hasSize(348)
        .isEqualTo(GeoVectors.hex("offset-1ref"));
    LocationOffset decoded = LocationOffset.decode(GeoVectors.hex("offset-1ref"));
    assertThat(decoded).isEqualTo(GeoVectors.probeOffset());
    assertThat(decoded.rttNs()).isEqualTo(3_500_000L);
    assertThat(decoded.references().getFirst().sender()).isEqualTo(GeoVectors.DEVICE);
    assertThat(OffsetChain.verify(decoded)).isTrue();
  }

  @Test
  void fieldOrderIsSlotLatLngMeasuredRtt() {
    byte[] b = GeoVectors.hex("offset-0ref");
    assertThat(b[64]).isEqualTo((byte) 1);
    assertThat(Arrays.copyOfRange(b, 97, 129)).isEqualTo(GeoVectors.DEVICE.toBytes());
    assertThat(b[129] & 0xFF).isEqualTo(123456789 & 0xFF);
    assertThat(Arrays.copyOfRange(b, 169, 173)).containsExactly(198, 51, 100, 7);
    assertThat(GeoVectors.dzdOffset().signingBytes()).isEqualTo(Arrays.copyOfRange(b, 64, 174));
  }

  @Test
  void truncationAtEveryOffsetAndTrailingBytesAreRefused() {
    byte[] full = chain(2).encode();
    for (int n = 0; n < full.length; n++) {
      byte[] cut = Arrays.copyOf(full, n);
      assertThatThrownBy(() -> LocationOffset.decode(cut))
          .as("length %d", n)
          .isInstanceOf(DecodeException.class);
    }
    assertThatThrownBy(() -> LocationOffset.decode(Arrays.copyOf(full, full.length + 1)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void tamperingAnyByteOfAnyLevelFailsDecodeOrVerification() {
    LocationOffset twoRefs =
        over(GeoVectors.PROBE, List.of(leaf(GeoVectors.DZD, 5), leaf(GeoVectors.TARGET, 6)));
    for (LocationOffset o : List.of(chain(2), twoRefs)) {
      byte[] good = o.encode();
      for (int i = 0; i < good.length; i++) {
        byte[] bad = good.clone();
        bad[i] ^= 0x01;
        boolean refused;
        try {
          refused = !OffsetChain.verify(LocationOffset.decode(bad));
        } catch (DecodeException e) {
          refused = true;
        }
        assertThat(refused).as("flip at byte %d", i).isTrue();
      }
    }
  }

  @Test
  void firstInvalidNamesTheBrokenLevel() {
    LocationOffset inner = leaf(GeoVectors.DZD, 100);
    LocationOffset forged =
        new LocationOffset(
            inner.signature(),
            1,
            inner.authority(),
            inner.sender(),
            7,
            1.0,
            2.0,
            1,
            1,
            inner.targetIp(),
            List.of());
    LocationOffset top = over(GeoVectors.PROBE, List.of(inner, forged));
    assertThat(OffsetChain.firstInvalid(top)).contains("offset.references[1]");
  }

  @Test
  void depthTwoAcceptedDepthThreeRefused() {
    assertThat(LocationOffset.decode(chain(2).encode()).depth()).isEqualTo(2);
    assertThatThrownBy(() -> LocationOffset.decode(chain(3).encode()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("reference chain depth 3 exceeds the maximum of 2");
  }

  @Test
  void fiveReferencesAcceptedSixRefused() {
    List<LocationOffset> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(leaf(GeoVectors.DZD, 100 + i));
    }
    LocationOffset ok = over(GeoVectors.PROBE, five);
    assertThat(ok.encode()).hasSize(174 * 6);
    assertThat(OffsetChain.verify(LocationOffset.decode(ok.encode()))).isTrue();
    List<LocationOffset> mids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mids.add(over(GeoVectors.TARGET, List.of(leaf(GeoVectors.DZD, i))));
    }
    assertThatThrownBy(() -> LocationOffset.decode(over(GeoVectors.PROBE, mids).encode()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("total reference count 6 exceeds the maximum of 5");
  }

  @Test
  void wrongVersionRefused() {
    byte[] b = GeoVectors.hex("offset-0ref");
    b[64] = 2;
    assertThatThrownBy(() -> LocationOffset.decode(b))
        .hasMessageContaining("unsupported location offset version 2");
  }

  @Test
  void datagramLimitIs1232Bytes() {
    assertThatThrownBy(() -> OffsetDatagram.decode(new byte[1233]))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("1233 bytes is over the 1232-byte limit");
    List<LocationOffset> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(leaf(GeoVectors.DZD, i));
    }
    assertThatThrownBy(() -> OffsetDatagram.encode(over(GeoVectors.PROBE, seven)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1392 bytes");
    assertThat(OffsetDatagram.decode(OffsetDatagram.encode(chain(1)))).isEqualTo(chain(1));
  }
}
