package doublezero.doublezerod.gre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.InternetChecksum;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/// RFC 2784 framing: the 4-byte header a kernel `gre` link without key or checksum sends, optional
/// RFC 2890 fields skipped, truncation at every offset refused.
class GreCodecTest {
  static final HexFormat HEX = HexFormat.of();

  /// An ICMP echo request 169.254.0.1 -> 169.254.0.0 (20-byte IPv4 header + 8-byte ICMP header).
  static final byte[] INNER =
      HEX.parseHex("4500001c000040004001a6d1a9fe0001a9fe00000800f7ff00000000");

  @Test
  void encodesTheFourByteHeader() {
    byte[] pkt = GreCodec.encode(INNER);
    assertThat(HEX.formatHex(pkt)).isEqualTo("00000800" + HEX.formatHex(INNER));
  }

  @Test
  void decodesWhatItEncodes() {
    byte[] pkt = GreCodec.encode(INNER);
    GreFrame f = GreCodec.decode(pkt, 0, pkt.length);
    assertThat(f).isEqualTo(new GreFrame(0x0800, 4, INNER.length));
  }

  @Test
  void skipsTheIpv4HeaderOfARawSocketRead() {
    byte[] outer =
        HEX.parseHex(
            "45000030000040003f2f0000c0a80102c0a80101" + "00000800" + HEX.formatHex(INNER));
    GreFrame f = GreCodec.decodeIpv4(outer, outer.length);
    assertThat(f).isEqualTo(new GreFrame(0x0800, 24, INNER.length));
  }

  @Test
  void skipsKeyAndSequenceAndChecksOptionalChecksum() {
    byte[] keyed = HEX.parseHex("30000800" + "0000002a" + "00000001" + HEX.formatHex(INNER));
    assertThat(GreCodec.decode(keyed, 0, keyed.length))
        .isEqualTo(new GreFrame(0x0800, 12, INNER.length));
    byte[] summed = HEX.parseHex("80000800" + "00000000" + HEX.formatHex(INNER));
    int sum = InternetChecksum.of(summed, 0, summed.length);
    summed[4] = (byte) (sum >>> 8);
    summed[5] = (byte) sum;
    assertThat(GreCodec.decode(summed, 0, summed.length))
        .isEqualTo(new GreFrame(0x0800, 8, INNER.length));
    summed[10] ^= 1;
    assertThatThrownBy(() -> GreCodec.decode(summed, 0, summed.length))
        .hasMessageContaining("checksum");
  }

  @Test
  void refusesVersionRoutingAndTruncation() {
    assertThatThrownBy(() -> GreCodec.decode(HEX.parseHex("00010800"), 0, 4))
        .hasMessageContaining("version 1");
    assertThatThrownBy(() -> GreCodec.decode(HEX.parseHex("40000800"), 0, 4))
        .hasMessageContaining("reserved");
    byte[] keyed = HEX.parseHex("20000800" + "0000002a");
    for (int len = 0; len < keyed.length; len++) {
      int l = len;
      assertThatThrownBy(() -> GreCodec.decode(keyed, 0, l)).isInstanceOf(GreFormatException.class);
    }
    byte[] outer = HEX.parseHex("45000018000040003f2f0000c0a80102c0a80101" + "00000800");
    for (int len = 0; len < 24; len++) {
      int l = len;
      assertThatThrownBy(() -> GreCodec.decodeIpv4(outer, l))
          .isInstanceOf(GreFormatException.class);
    }
  }
}
