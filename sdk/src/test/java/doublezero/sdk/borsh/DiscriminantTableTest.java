package doublezero.sdk.borsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.serviceability.state.LinkLinkType;
import org.junit.jupiter.api.Test;

class DiscriminantTableTest {
  enum Sample {
    A,
    B
  }

  @Test
  void findsVariantsByDiscriminantAndNothingElse() {
    DiscriminantTable<Sample> t = DiscriminantTable.of(Sample.values(), s -> s.ordinal() * 127);
    assertThat(t.get(0)).isEqualTo(Sample.A);
    assertThat(t.get(127)).isEqualTo(Sample.B);
    assertThat(t.get(1)).isNull();
    assertThat(t.get(-1)).isNull();
    assertThat(t.get(256)).isNull();
  }

  @Test
  void rejectsDuplicateAndOutOfRangeDiscriminants() {
    assertThatThrownBy(() -> DiscriminantTable.of(Sample.values(), s -> 3))
        .hasMessageContaining("discriminant 3");
    assertThatThrownBy(() -> DiscriminantTable.of(Sample.values(), s -> 300))
        .hasMessageContaining("300");
  }

  @Test
  void backsTheOnChainEnums() {
    assertThat(LinkLinkType.fromWire(127).variantName()).isEqualTo("DZX");
    assertThat(LinkLinkType.fromWire(0)).isNull();
  }
}
