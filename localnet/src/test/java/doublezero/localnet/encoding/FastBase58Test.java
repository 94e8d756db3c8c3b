package doublezero.localnet.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Base58;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FastBase58Test {
  @Property(tries = 2000)
  void matchesTheSdkEncoder(@ForAll @Size(max = 100) byte[] data) {
    assertThat(FastBase58.encode(data)).isEqualTo(Base58.encode(data));
  }

  @Property(tries = 300)
  void matchesWithLeadingZeros(@ForAll @Size(max = 8) byte[] prefix, @ForAll @Size(max = 40) byte[] rest) {
    byte[] data = new byte[prefix.length + rest.length];
    System.arraycopy(rest, 0, data, prefix.length, rest.length);
    assertThat(FastBase58.encode(data)).isEqualTo(Base58.encode(data));
  }

  @Test
  void knownValues() {
    assertThat(FastBase58.encode(new byte[0])).isEmpty();
    assertThat(FastBase58.encode(new byte[32])).isEqualTo("11111111111111111111111111111111");
    assertThat(FastBase58.encode(new byte[] {0, 0, 1})).isEqualTo("112");
    assertThat(FastBase58.encode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
        .isEqualTo(Base58.encode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
    byte[] max = new byte[64];
    java.util.Arrays.fill(max, (byte) 0xFF);
    assertThat(FastBase58.encode(max)).isEqualTo(Base58.encode(max));
  }
}
