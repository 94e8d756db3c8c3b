package doublezero.sdk.serviceability.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// [ServiceabilityInstruction#decodeIncremental]: the program's `borsh-incremental` rule (fields
/// missing at a boundary default; partial fields throw), next to the strict client decoder.
class IncrementalDecodeTest {
  private static final CreateDevice FULL =
      new CreateDevice(
          "la2-dz01",
          DeviceType.defaultVariant(),
          Ipv4Address.parse("207.45.216.134"),
          List.of(NetworkV4.parse("100.0.0.0/16")),
          PublicKey.DEFAULT,
          "mgmt",
          Optional.empty(),
          0);

  @Test
  void fieldsMissingAtABoundaryTakeTheirDefaults() {
    byte[] full = FULL.encode();
    // cut before mgmt_vrf: code, device_type, public_ip, dz_prefixes, metrics_publisher_pk remain
    int cut = 1 + 4 + 8 + 1 + 4 + 4 + 5 + 32;
    var decoded =
        (CreateDevice) ServiceabilityInstruction.decodeIncremental(Arrays.copyOf(full, cut));
    assertThat(decoded.code()).isEqualTo("la2-dz01");
    assertThat(decoded.mgmtVrf()).isEmpty();
    assertThat(decoded.desiredStatus()).isEmpty();
    assertThat(decoded.resourceCount()).isZero();
    assertThatThrownBy(() -> ServiceabilityInstruction.decode(Arrays.copyOf(full, cut)))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void aPartlyPresentFieldStillThrows() {
    byte[] full = FULL.encode();
    assertThatThrownBy(() -> ServiceabilityInstruction.decodeIncremental(Arrays.copyOf(full, 3)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("code");
  }

  @Test
  void reserveConnectionCountDefaultsToOneAndDeallocateStaysStrict() {
    var r = (ReserveConnection) ServiceabilityInstruction.decodeIncremental(new byte[] {95});
    assertThat(r.count()).isEqualTo(1);
    assertThatThrownBy(() -> ServiceabilityInstruction.decodeIncremental(new byte[] {82}))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void everyFullEncodingDecodesTheSameBothWays() {
    for (ServiceabilityInstruction ix : InstructionSamples.all()) {
      assertThat(ServiceabilityInstruction.decodeIncremental(ix.encode()))
          .as(ix.variantName())
          .isEqualTo(ix);
    }
  }
}
