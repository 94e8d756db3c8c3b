package doublezero.sdk.serviceability.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Every one of the 104 instructions: encode → decode → equal, discriminant byte, truncation at
/// every offset, trailing bytes ignored (as the program does, `serviceability-instructions.md`
/// §0.1, §1).
class InstructionRoundTripTest {
  static Stream<ServiceabilityInstruction> samples() {
    return InstructionSamples.all().stream();
  }

  @Test
  void samplesCoverEveryKindInDeclarationOrder() {
    List<ServiceabilityInstruction> all = InstructionSamples.all();
    assertThat(all).hasSize(104);
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).kind().discriminant()).isEqualTo(i);
      assertThat(all.get(i).kind()).isEqualTo(InstructionKind.values()[i]);
      assertThat(all.get(i).variantName()).isEqualTo(all.get(i).getClass().getSimpleName());
    }
    assertThat(ServiceabilityInstruction.class.getPermittedSubclasses()).hasSize(104);
  }

  @Test
  void deprecatedVariantsAreTheElevenOfTheIndexTable() {
    Set<InstructionKind> deprecated = EnumSet.noneOf(InstructionKind.class);
    Arrays.stream(InstructionKind.values())
        .filter(InstructionKind::deprecated)
        .forEach(deprecated::add);
    assertThat(deprecated)
        .extracting(InstructionKind::discriminant)
        .containsExactlyInAnyOrder(6, 7, 8, 9, 24, 25, 32, 33, 40, 41);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void roundTrips(ServiceabilityInstruction sample) {
    byte[] data = sample.encode();
    assertThat(data[0] & 0xFF).isEqualTo(sample.kind().discriminant());
    ServiceabilityInstruction back = ServiceabilityInstruction.decode(data);
    assertThat(back).isEqualTo(sample);
    assertThat(back.encode()).isEqualTo(data);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void truncationAtEveryOffsetThrows(ServiceabilityInstruction sample) {
    byte[] data = sample.encode();
    for (int len = 0; len < data.length; len++) {
      byte[] cut = Arrays.copyOf(data, len);
      assertThatThrownBy(() -> ServiceabilityInstruction.decode(cut))
          .as("%s cut to %d of %d bytes", sample.variantName(), len, data.length)
          .isInstanceOf(DecodeException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void trailingBytesAreIgnoredLikeTheProgram(ServiceabilityInstruction sample) {
    byte[] data = sample.encode();
    byte[] longer = Arrays.copyOf(data, data.length + 3);
    longer[data.length] = (byte) 0xAB;
    assertThat(ServiceabilityInstruction.decode(longer)).isEqualTo(sample);
  }

  @Test
  void unknownDiscriminantsThrow() {
    for (int d = 104; d <= 255; d++) {
      byte[] data = {(byte) d, 0, 0, 0};
      assertThatThrownBy(() -> ServiceabilityInstruction.decode(data))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("unknown instruction " + d);
    }
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(new byte[0]))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("empty");
    assertThat(InstructionKind.fromDiscriminant(104)).isNull();
    assertThat(InstructionKind.fromDiscriminant(-1)).isNull();
  }
}
