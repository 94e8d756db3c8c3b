package doublezero.sdk.solana.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Base58Test {
  @Test
  void encodesKnownVectors() {
    // Bitcoin base58 test vectors (leading zeros become '1').
    assertThat(Base58.encode(new byte[0])).isEmpty();
    assertThat(Base58.encode(new byte[] {0})).isEqualTo("1");
    assertThat(Base58.encode(new byte[] {0, 0, 1})).isEqualTo("112");
    assertThat(Base58.encode("Hello World!".getBytes())).isEqualTo("2NEpo7TZRRrLZSi2U");
    assertThat(Base58.encode(new byte[32])).isEqualTo("11111111111111111111111111111111");
  }

  @Test
  void rejectsCharactersOutsideTheAlphabetNamingThePosition() {
    assertThatThrownBy(() -> Base58.decode("abc0def"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'")
        .hasMessageContaining("position 3");
    assertThatThrownBy(() -> Base58.decode("éa")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void agreesWithSolanajAndRoundTrips(@ForAll @Size(max = 80) byte[] data) {
    String ours = Base58.encode(data);
    assertThat(ours).isEqualTo(org.p2p.solanaj.utils.Base58.encode(data));
    assertThat(Base58.decode(ours)).isEqualTo(data);
  }

  @Property(tries = 300)
  void agreesWithSolanajWithLeadingZeros(
      @ForAll @Size(max = 8) byte[] prefix, @ForAll @Size(max = 70) byte[] rest) {
    byte[] data = new byte[prefix.length + rest.length];
    System.arraycopy(rest, 0, data, prefix.length, rest.length);
    assertThat(Base58.encode(data)).isEqualTo(org.p2p.solanaj.utils.Base58.encode(data));
    assertThat(Base58.decode(Base58.encode(data))).isEqualTo(data);
  }

  @Test
  void encodesLongAllOnesInputLikeSolanaj() {
    byte[] max = new byte[64];
    java.util.Arrays.fill(max, (byte) 0xFF);
    assertThat(Base58.encode(max)).isEqualTo(org.p2p.solanaj.utils.Base58.encode(max));
  }
}
