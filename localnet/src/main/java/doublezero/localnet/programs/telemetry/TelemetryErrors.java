package doublezero.localnet.programs.telemetry;

import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.telemetry.error.TelemetryError;

/// `TelemetryError` as the program returns it: `ProgramError::Custom(code)` (`src/error.rs`).
final class TelemetryErrors {
  private TelemetryErrors() {}

  /// @return `Custom(error.code)`, to throw
  static ProgramException of(TelemetryError error) {
    return ProgramException.custom(error.toProgramError().code());
  }
}
