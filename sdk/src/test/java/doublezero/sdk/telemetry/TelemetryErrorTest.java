package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.error.TelemetryErrorResolver;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/// Telemetry error table (`reference/telemetry-geolocation.md` §A.9) and its resolver.
class TelemetryErrorTest {
  @Test
  void codesAreTheReferenceTable() {
    String[] names = {
      "UnauthorizedAgent",
      "DeviceNotActivated",
      "LinkNotActivated",
      "InvalidLink",
      "EpochMismatch",
      "SamplesAccountFull",
      "InvalidAccountType",
      "InvalidAccountOwner",
      "InvalidPDA",
      "AccountAlreadyExists",
      "AccountDoesNotExist",
      "InvalidSamplingInterval",
      "SamplesBatchTooLarge",
      "ExchangeNotActiveOrSuspended",
      "DataProviderNameTooLong",
      "SameTargetAsOrigin",
      "EmptyLatencySamples"
    };
    assertThat(TelemetryError.values()).hasSize(names.length);
    for (int i = 0; i < names.length; i++) {
      TelemetryError e = TelemetryError.fromCode(1001 + i);
      assertThat(e).isNotNull();
      assertThat(e.variantName()).isEqualTo(names[i]);
    }
    assertThat(TelemetryError.fromCode(1000)).isNull();
    assertThat(TelemetryError.fromCode(1018)).isNull();
    assertThat(TelemetryError.SAMPLES_ACCOUNT_FULL.message()).isEqualTo("Samples account is full");
    assertThat(TelemetryError.DATA_PROVIDER_NAME_TOO_LONG.message())
        .isEqualTo("Data provider name exceeds 32 bytes");
    assertThat(Arrays.stream(TelemetryError.values()).map(TelemetryError::message))
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @Test
  void resolverAnswersOnlyForTelemetryProgramIds() {
    TelemetryErrorResolver all = TelemetryErrorResolver.allEnvironments();
    for (Environment env : Environment.values()) {
      assertThat(all.resolve(env.telemetryProgramId(), 1011))
          .contains(new ProgramError(1011, "AccountDoesNotExist", "Account does not exist"));
      assertThat(all.resolve(env.serviceabilityProgramId(), 1011)).isEmpty();
    }
    assertThat(all.resolve(Environment.DEVNET.telemetryProgramId(), 7)).isEmpty();
    TelemetryErrorResolver one =
        TelemetryErrorResolver.of(Environment.TESTNET.telemetryProgramId());
    assertThat(one.resolve(Environment.MAINNET_BETA.telemetryProgramId(), 1006)).isEmpty();
    assertThat(one.resolve(Environment.TESTNET.telemetryProgramId(), 1006))
        .map(ProgramError::name)
        .contains("SamplesAccountFull");
    assertThat(
            one.or((p, c) -> java.util.Optional.of(new ProgramError(c, "X", "x")))
                .resolve(PublicKey.DEFAULT, 1))
        .isPresent();
  }
}
