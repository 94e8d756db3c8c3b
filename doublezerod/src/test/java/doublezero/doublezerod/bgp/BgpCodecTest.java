package doublezero.doublezerod.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// Golden bytes (written from RFC 4271 §4, RFC 5492, RFC 6793 and RFC 4760 by hand), round trips,
/// truncation at every offset and a mutation fuzz for [BgpCodec].
class BgpCodecTest {
  static final String MARKER = "ffffffffffffffffffffffffffffffff";
  static final Open OUR_OPEN =
      new Open(
          4,
          65000,
          90,
          Ipv4Address.parse("1.1.1.1"),
          List.of(Capability.Multiprotocol.IPV4_UNICAST, new Capability.FourOctetAs(65000)));
  static final String OUR_OPEN_HEX =
      MARKER + "002b 01" + "04 fde8 005a 01010101 0e" + " 02 0c 01 04 0001 00 01 41 04 0000fde8";
  static final Update DZ_IP_UPDATE =
      new Update(
          List.of(),
          List.of(
              PathAttribute.Origin.IGP,
              PathAttribute.AsPath.sequence(List.of(65000L)),
              new PathAttribute.NextHop(Ipv4Address.parse("169.254.0.1"))),
          List.of(NetworkV4.parse("10.0.0.5/32")));
  static final String DZ_IP_UPDATE_HEX =
      MARKER
          + "0030 02"
          + "0000 0014"
          + " 40 01 01 00"
          + " 40 02 06 02 01 0000fde8"
          + " 40 03 04 a9fe0001"
          + " 20 0a000005";

  @Test
  void encodesOurOpenAsGolden() {
    assertThat(Hex.of(BgpCodec.encode(OUR_OPEN, true))).isEqualTo(Hex.of(Hex.bytes(OUR_OPEN_HEX)));
    Open back = (Open) BgpCodec.decode(Hex.bytes(OUR_OPEN_HEX), false);
    assertThat(back).isEqualTo(OUR_OPEN);
    assertThat(back.autonomousSystem()).isEqualTo(65000);
    assertThat(back.supportsFourOctetAs()).isTrue();
  }

  @Test
  void encodesTheDzIpAdvertisementAsGolden() {
    assertThat(Hex.of(BgpCodec.encode(DZ_IP_UPDATE, true)))
        .isEqualTo(Hex.of(Hex.bytes(DZ_IP_UPDATE_HEX)));
    Update back = (Update) BgpCodec.decode(Hex.bytes(DZ_IP_UPDATE_HEX), true);
    assertThat(back).isEqualTo(DZ_IP_UPDATE);
    assertThat(back.nextHop()).contains(Ipv4Address.parse("169.254.0.1"));
    assertThat(back.reachable()).containsExactly(NetworkV4.parse("10.0.0.5/32"));
  }

  @Test
  void keepaliveNotificationAndEndOfRib() {
    assertThat(BgpCodec.encode(Keepalive.INSTANCE, true)).isEqualTo(Hex.bytes(MARKER + "0013 04"));
    Notification hold = Notification.of(BgpError.HOLD_TIMER_EXPIRED, new byte[0]);
    assertThat(BgpCodec.encode(hold, true)).isEqualTo(Hex.bytes(MARKER + "0015 03 04 00"));
    Notification cease = new Notification(6, 2, new byte[] {1, 2});
    assertThat(BgpCodec.decode(BgpCodec.encode(cease, true), true)).isEqualTo(cease);
    byte[] eor = Hex.bytes(MARKER + "0017 02 0000 0000");
    assertThat(BgpCodec.encode(Update.END_OF_RIB, true)).isEqualTo(eor);
    assertThat(((Update) BgpCodec.decode(eor, true)).isEndOfRib()).isTrue();
  }

  @Test
  void twoOctetSessionsUseAsTransAndAs4Path() {
    Update big =
        new Update(
            List.of(),
            List.of(
                PathAttribute.Origin.IGP,
                PathAttribute.AsPath.sequence(List.of(200L, 4200000000L)),
                new PathAttribute.NextHop(Ipv4Address.parse("192.0.2.1"))),
            List.of(NetworkV4.parse("10.1.0.0/16")));
    byte[] wire = BgpCodec.encode(big, false);
    assertThat(Hex.of(wire)).contains("400206020200c85ba0").contains("c0110a0202000000c8fa56ea00");
    assertThat(BgpCodec.decode(wire, false)).isEqualTo(big);
    Update withAs4 =
        new Update(
            List.of(),
            List.of(
                PathAttribute.Origin.IGP,
                PathAttribute.AsPath.sequence(List.of(1L)),
                new PathAttribute.As4Path(List.of(new AsPathSegment(2, List.of(9L))))),
            List.of());
    assertThat(((Update) BgpCodec.decode(BgpCodec.encode(withAs4, true), true)).attributes())
        .doesNotHaveAnyElementsOfTypes(PathAttribute.As4Path.class)
        .hasSize(2);
  }

  @Test
  void as4PathLongerThanAsPathIsIgnored() {
    var path = PathAttribute.AsPath.sequence(List.of(100L));
    var as4 = new PathAttribute.As4Path(List.of(new AsPathSegment(2, List.of(1L, 2L))));
    assertThat(AsPaths.merge(path, as4)).isEqualTo(path);
    var two = PathAttribute.AsPath.sequence(List.of(Long.valueOf(Open.AS_TRANS), 100L));
    var four = new PathAttribute.As4Path(List.of(new AsPathSegment(2, List.of(4200000000L, 100L))));
    assertThat(AsPaths.merge(two, four))
        .isEqualTo(PathAttribute.AsPath.sequence(List.of(4200000000L, 100L)));
  }

  @Test
  void mpReachIpv4IsReadAsReachable() {
    Update mp =
        new Update(
            List.of(),
            List.of(
                PathAttribute.Origin.IGP,
                PathAttribute.AsPath.sequence(List.of(1L)),
                new PathAttribute.MpReachIpv4(
                    Ipv4Address.parse("192.0.2.1"), List.of(NetworkV4.parse("10.9.0.0/16")))),
            List.of());
    Update back = (Update) BgpCodec.decode(BgpCodec.encode(mp, true), true);
    assertThat(back.reachable()).containsExactly(NetworkV4.parse("10.9.0.0/16"));
    assertThat(back.nextHop()).contains(Ipv4Address.parse("192.0.2.1"));
  }

  @Test
  void everyTruncationIsRejectedWithANotificationNeverACrash() {
    for (String hex : List.of(OUR_OPEN_HEX, DZ_IP_UPDATE_HEX, MARKER + "0017 03 06 02 01 02")) {
      byte[] whole = Hex.bytes(hex);
      for (int n = 0; n < whole.length; n++) {
        byte[] cut = Arrays.copyOf(whole, n);
        assertThatThrownBy(() -> BgpCodec.decode(cut, true))
            .isInstanceOf(RuntimeException.class)
            .isNotInstanceOf(ArrayIndexOutOfBoundsException.class);
        if (n >= BgpCodec.HEADER_LENGTH) {
          cut[16] = (byte) (n >> 8);
          cut[17] = (byte) n;
          decodeCleanly(cut);
        }
      }
    }
  }

  @Test
  void mutatedMessagesNeverEscapeAsAnythingButBgpErrors() {
    Random random = new Random(4271);
    byte[][] seeds = {Hex.bytes(OUR_OPEN_HEX), Hex.bytes(DZ_IP_UPDATE_HEX)};
    for (int i = 0; i < 50_000; i++) {
      byte[] m = seeds[i % 2].clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        m[19 + random.nextInt(m.length - 19)] = (byte) random.nextInt(256);
      }
      decodeCleanly(m);
    }
  }

  private static void decodeCleanly(byte[] m) {
    try {
      BgpCodec.decode(m, m[18] == 2 && (m.length & 1) == 0);
    } catch (BgpException expected) {
      assertThat(expected.notification().code()).isBetween(1, 6);
    }
  }
}
