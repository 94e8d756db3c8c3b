package doublezero.sdk.telemetry.error;

import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorVariant;

/// Custom errors of the telemetry program, `ProgramError::Custom(code)`
/// (`reference/telemetry-geolocation.md` §A.9, `src/error.rs`). Messages are the program's
/// `Display` strings.
public enum TelemetryError implements ProgramErrorVariant {
  /// 1001
  UNAUTHORIZED_AGENT(
      1001, "UnauthorizedAgent", "Agent is not authorized to write telemetry for this device"),
  /// 1002
  DEVICE_NOT_ACTIVATED(1002, "DeviceNotActivated", "Device is not activated"),
  /// 1003
  LINK_NOT_ACTIVATED(1003, "LinkNotActivated", "Link is not activated"),
  /// 1004
  INVALID_LINK(1004, "InvalidLink", "Link does not connect the specified devices"),
  /// 1005 (defined, never raised at v0.12.0)
  EPOCH_MISMATCH(1005, "EpochMismatch", "Epoch mismatch between account and instruction"),
  /// 1006
  SAMPLES_ACCOUNT_FULL(1006, "SamplesAccountFull", "Samples account is full"),
  /// 1007
  INVALID_ACCOUNT_TYPE(1007, "InvalidAccountType", "Invalid account type"),
  /// 1008
  INVALID_ACCOUNT_OWNER(1008, "InvalidAccountOwner", "Account owner mismatch"),
  /// 1009
  INVALID_PDA(1009, "InvalidPDA", "Invalid PDA"),
  /// 1010
  ACCOUNT_ALREADY_EXISTS(1010, "AccountAlreadyExists", "Account already exists"),
  /// 1011
  ACCOUNT_DOES_NOT_EXIST(1011, "AccountDoesNotExist", "Account does not exist"),
  /// 1012
  INVALID_SAMPLING_INTERVAL(1012, "InvalidSamplingInterval", "Invalid sampling interval"),
  /// 1013
  SAMPLES_BATCH_TOO_LARGE(1013, "SamplesBatchTooLarge", "Samples batch too large"),
  /// 1014
  EXCHANGE_NOT_ACTIVE_OR_SUSPENDED(
      1014, "ExchangeNotActiveOrSuspended", "Exchange does not have activated status"),
  /// 1015
  DATA_PROVIDER_NAME_TOO_LONG(
      1015, "DataProviderNameTooLong", "Data provider name exceeds 32 bytes"),
  /// 1016
  SAME_TARGET_AS_ORIGIN(1016, "SameTargetAsOrigin", "Origin and target are the same exchange"),
  /// 1017
  EMPTY_LATENCY_SAMPLES(1017, "EmptyLatencySamples", "Write transaction contains no samples");

  private final ProgramError error;

  TelemetryError(int code, String variantName, String message) {
    this.error = new ProgramError(code, variantName, message);
  }

  /// @param code a custom error code
  /// @return the error, or null when the telemetry program defines no such code
  public static TelemetryError fromCode(long code) {
    return ProgramErrorVariant.find(values(), code);
  }

  /// @return this error as a generic [ProgramError]
  @Override
  public ProgramError toProgramError() {
    return error;
  }

  /// @return the program's message
  @Override
  public String toString() {
    return error.message();
  }
}
