package doublezero.sdk.solana.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.testkit.Hex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2p.solanaj.utils.ShortvecEncoding;

class CompactU16Test {
  /// The table of solana `short_vec` tests (`test_short_vec_encode_len`).
  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "127, 7f",
    "128, 8001",
    "255, ff01",
    "256, 8002",
    "16383, ff7f",
    "16384, 808001",
    "32767, ffff01",
    "65535, ffff03"
  })
  void goldenEncodings(int value, String hex) {
    assertThat(CompactU16.encode(value)).isEqualTo(Hex.bytes(hex));
    assertThat(CompactU16.decode(Hex.bytes(hex))).isEqualTo(value);
    assertThat(CompactU16.encodedLength(value)).isEqualTo(hex.length() / 2);
  }

  @Test
  void everyValueRoundTripsAndMatchesSolanaj() {
    for (int v = 0; v <= CompactU16.MAX_VALUE; v++) {
      byte[] enc = CompactU16.encode(v);
      assertThat(CompactU16.decode(enc)).isEqualTo(v);
      assertThat(enc).isEqualTo(ShortvecEncoding.encodeLength(v));
    }
  }

  /// The reference's rejected inputs: aliases (zero continuation byte), a continuing third byte,
  /// overflow.
  @ParameterizedTest
  @CsvSource({
    "8000, non-canonical",
    "808000, non-canonical",
    "ff00, non-canonical",
    "808080, longer than 3 bytes",
    "ffff83, longer than 3 bytes",
    "808004, above 65535",
    "ffff04, above 65535",
    "ffff7f, above 65535",
    "80, ends after 1 bytes",
    "ff80, ends after 2 bytes",
    "'', ends after 0 bytes"
  })
  void rejectsMalformed(String hex, String reason) {
    assertThatThrownBy(() -> CompactU16.decode(Hex.bytes(hex)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(reason)
        .hasMessageStartingWith("CompactU16.value at offset 0");
  }

  @Test
  void rejectsTrailingBytesAndOutOfRangeValues() {
    assertThatThrownBy(() -> CompactU16.decode(Hex.bytes("0100")))
        .isInstanceOf(DecodeException.class);
    assertThatThrownBy(() -> CompactU16.encode(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompactU16.encode(65536)).isInstanceOf(IllegalArgumentException.class);
  }

  /// Any 1..3 byte input either fails to decode or is the unique canonical encoding of its value.
  @Property(tries = 2000)
  void acceptedInputsAreCanonical(@ForAll @Size(min = 1, max = 3) byte[] input) {
    int value;
    try {
      value = CompactU16.decode(input);
    } catch (DecodeException rejected) {
      return;
    }
    assertThat(CompactU16.encode(value)).isEqualTo(input);
  }
}
