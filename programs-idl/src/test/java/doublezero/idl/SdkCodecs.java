package doublezero.idl;

import doublezero.sdk.fields.HasFields;
import doublezero.sdk.geolocation.instruction.GeolocationInstruction;
import doublezero.sdk.geolocation.state.GeolocationAccount;
import doublezero.sdk.geolocation.state.GeolocationAccounts;
import doublezero.sdk.serviceability.instruction.ServiceabilityInstruction;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.telemetry.instruction.TelemetryInstruction;
import doublezero.sdk.telemetry.state.TelemetryAccount;
import doublezero.sdk.telemetry.state.TelemetryAccounts;

/// Test-only entry points into the hand-written SDK codecs of each program, by IDL program name.
final class SdkCodecs {
  private SdkCodecs() {}

  /// @return the SDK's decoded account (`ServiceabilityAccounts`, `TelemetryAccounts`,
  ///   `GeolocationAccounts`)
  static HasFields decodeAccount(String program, byte[] data) {
    return switch (program) {
      case "serviceability" -> ServiceabilityAccounts.decode(data);
      case "telemetry" -> TelemetryAccounts.decode(data);
      case "geolocation" -> GeolocationAccounts.decode(data);
      default -> throw new IllegalArgumentException(program);
    };
  }

  /// @return the account data the SDK writes for a decoded account
  static byte[] encodeAccount(HasFields account) {
    return switch (account) {
      case ServiceabilityAccount a -> a.encode();
      case TelemetryAccount a -> a.encode();
      case GeolocationAccount a -> a.encode();
      default -> throw new IllegalArgumentException(account.getClass().getName());
    };
  }

  /// @return the SDK's decoded instruction (a record of the program's sealed instruction interface)
  static Record decodeInstruction(String program, byte[] data) {
    return switch (program) {
      case "serviceability" -> (Record) ServiceabilityInstruction.decode(data);
      case "telemetry" -> (Record) TelemetryInstruction.decode(data);
      case "geolocation" -> (Record) GeolocationInstruction.decode(data);
      default -> throw new IllegalArgumentException(program);
    };
  }

  /// @return the instruction data the SDK writes for a decoded instruction
  static byte[] encodeInstruction(Object instruction) {
    return switch (instruction) {
      case ServiceabilityInstruction i -> i.encode();
      case TelemetryInstruction i -> i.encode();
      case GeolocationInstruction i -> i.encode();
      default -> throw new IllegalArgumentException(instruction.getClass().getName());
    };
  }
}
