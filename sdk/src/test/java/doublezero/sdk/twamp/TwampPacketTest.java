package doublezero.sdk.twamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.testkit.Hex;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TwampPacketTest {
  private static final String PADDING = "00".repeat(36);

  @Test
  void encodesTheReferenceExample() {
    // §B.4: seq 1 at 2024-01-01T00:00:00.5Z
    TwampPacket p = TwampPacket.of(1, Instant.parse("2024-01-01T00:00:00.5Z"));
    assertThat(Hex.of(p.encode())).isEqualTo("00000001" + "e93c7f00" + "80000000" + PADDING);
    assertThat(TwampPacket.decode(p.encode())).isEqualTo(p);
  }

  @Test
  void ntpSecondsCountFrom1900AndWrapAtTheEraBoundary() {
    assertThat(NtpTimestamp.of(Instant.EPOCH)).isEqualTo(new NtpTimestamp(0x83AA7E80L, 0));
    // 2036-02-07T06:28:16Z is 2^32 s after 1900: era 1 starts again at 0
    assertThat(NtpTimestamp.of(Instant.parse("2036-02-07T06:28:16Z")))
        .isEqualTo(new NtpTimestamp(0, 0));
    assertThat(NtpTimestamp.of(Instant.parse("2036-02-07T06:28:15Z")))
        .isEqualTo(new NtpTimestamp(0xFFFF_FFFFL, 0));
    TwampPacket p = TwampPacket.of(0xFFFF_FFFFL, Instant.parse("2036-02-07T06:28:17Z"));
    assertThat(Hex.of(p.encode())).isEqualTo("ffffffff" + "00000001" + "00000000" + PADDING);
  }

  @Test
  void fractionIsTruncatedNotRounded() {
    assertThat(NtpTimestamp.of(Instant.ofEpochSecond(0, 1)).fraction()).isEqualTo(4); // 4.29 -> 4
    assertThat(NtpTimestamp.of(Instant.ofEpochSecond(0, 1_000_000)).fraction())
        .isEqualTo(0x418937L); // 4294967.296
    assertThat(NtpTimestamp.of(Instant.ofEpochSecond(0, 999_999_999)).fraction())
        .isEqualTo(0xFFFF_FFFBL);
    assertThat(NtpTimestamp.of(Instant.ofEpochSecond(0, 250_000_000)).fraction())
        .isEqualTo(0x4000_0000L);
  }

  @Test
  void refusesEveryTruncationAndOverlength() {
    byte[] good = TwampPacket.of(7, Instant.parse("2024-01-01T00:00:00Z")).encode();
    for (int len = 0; len < TwampPacket.SIZE; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThatThrownBy(() -> TwampPacket.decode(cut))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("got " + len);
      assertThat(TwampPacket.isValid(cut, len)).isFalse();
    }
    byte[] longer = Arrays.copyOf(good, 49);
    assertThatThrownBy(() -> TwampPacket.decode(longer)).hasMessageContaining("got 49");
  }

  @Test
  void refusesNonZeroPaddingAtEveryOffset() {
    for (int i = TwampPacket.PADDING_OFFSET; i < TwampPacket.SIZE; i++) {
      byte[] bad = TwampPacket.of(1, Instant.EPOCH).encode();
      bad[i] = 1;
      int at = i;
      assertThatThrownBy(() -> TwampPacket.decode(bad))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("offset " + at);
      assertThat(TwampPacket.isValid(bad, bad.length)).isFalse();
    }
  }

  @Property
  void roundTrips(
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long seq,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long sec,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long frac) {
    TwampPacket p = new TwampPacket(seq, new NtpTimestamp(sec, frac));
    byte[] wire = p.encode();
    assertThat(wire).hasSize(48);
    assertThat(TwampPacket.decode(wire)).isEqualTo(p);
  }

  @Test
  void rejectsOutOfRangeFields() {
    assertThatThrownBy(() -> new TwampPacket(1L << 32, new NtpTimestamp(0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NtpTimestamp(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
