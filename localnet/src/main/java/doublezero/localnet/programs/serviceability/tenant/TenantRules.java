package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Tenant;
import java.nio.charset.StandardCharsets;

/// `impl Validate for Tenant` (`STATE/tenant.rs`): the account type (guaranteed by the record
/// type), then the code at most 32 bytes.
public final class TenantRules {
  private TenantRules() {}

  /// Checks a Tenant before it is written.
  ///
  /// @throws ProgramException `CodeTooLong` (34) for a code above 32 UTF-8 bytes
  public static void validate(Invocation inv, Tenant value) throws ProgramException {
    int length = value.code().getBytes(StandardCharsets.UTF_8).length;
    if (length > 32) {
      inv.log("Invalid code length: " + length);
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
  }
}
