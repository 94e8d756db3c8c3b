package doublezero.sdk.borsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class U128Test {
  @Property
  void roundTripsThroughBigIntegerAndBorsh(@ForAll long high, @ForAll long low) {
    U128 v = new U128(high, low);
    assertThat(U128.of(v.toBigInteger())).isEqualTo(v);
    assertThat(U128.parse(v.toString())).isEqualTo(v);
    byte[] bytes = new BorshWriter().u128(v).toByteArray();
    assertThat(BorshReader.strict(bytes, "T").u128("v")).isEqualTo(v);
  }

  @Test
  void incrementsAcrossTheLowWord() {
    assertThat(new U128(0, -1L).increment()).isEqualTo(new U128(1, 0));
    assertThatThrownBy(() -> new U128(-1L, -1L).increment())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsOutOfRange() {
    assertThatThrownBy(() -> U128.of(BigInteger.ONE.shiftLeft(128)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> U128.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> U128.parse("x")).hasMessageContaining("not a u128: x");
  }
}
