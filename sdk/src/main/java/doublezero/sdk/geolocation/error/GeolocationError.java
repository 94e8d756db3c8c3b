package doublezero.sdk.geolocation.error;

import doublezero.sdk.solana.rpc.ProgramError;
import doublezero.sdk.solana.rpc.ProgramErrorVariant;

/// Custom errors of the geolocation program, `ProgramError::Custom(code)`
/// (`reference/telemetry-geolocation.md` §D.6, `src/error.rs`). Messages are the program's
/// `#[error]` strings.
public enum GeolocationError implements ProgramErrorVariant {
  /// 1
  INVALID_ACCOUNT_TYPE(1, "InvalidAccountType", "Invalid account type"),
  /// 2
  NOT_ALLOWED(2, "NotAllowed", "Not allowed"),
  /// 4
  INVALID_CODE_LENGTH(4, "InvalidCodeLength", "Invalid code length (max 32 bytes)"),
  /// 5
  INVALID_IP_ADDRESS(5, "InvalidIpAddress", "Invalid IP address: not publicly routable"),
  /// 6
  MAX_PARENT_DEVICES_REACHED(6, "MaxParentDevicesReached", "Maximum parent devices reached"),
  /// 7
  PARENT_DEVICE_ALREADY_EXISTS(
      7, "ParentDeviceAlreadyExists", "Parent device already exists in probe"),
  /// 8
  PARENT_DEVICE_NOT_FOUND(8, "ParentDeviceNotFound", "Parent device not found in probe"),
  /// 11
  INVALID_SERVICEABILITY_PROGRAM_ID(
      11, "InvalidServiceabilityProgramId", "Invalid serviceability program ID"),
  /// 12
  INVALID_ACCOUNT_CODE(12, "InvalidAccountCode", "Invalid account code"),
  /// 15
  REFERENCE_COUNT_NOT_ZERO(15, "ReferenceCountNotZero", "Reference count is not zero"),
  /// 17
  UNAUTHORIZED_INITIALIZER(
      17, "UnauthorizedInitializer", "Unauthorized: payer is not the upgrade authority"),
  /// 18
  INVALID_MIN_COMPATIBLE_VERSION(
      18, "InvalidMinCompatibleVersion", "min_compatible_version cannot exceed version");

  private final ProgramError error;

  GeolocationError(int code, String variantName, String message) {
    this.error = new ProgramError(code, variantName, message);
  }

  /// @param code a custom error code
  /// @return the error, or null when the geolocation program defines no such code
  public static GeolocationError fromCode(long code) {
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
