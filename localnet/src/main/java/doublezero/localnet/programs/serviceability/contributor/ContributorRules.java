package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Contributor;
import java.nio.charset.StandardCharsets;

/// `impl Validate for Contributor` (`STATE/contributor.rs`; `serviceability-instructions.md` §3.4).
/// The account-type rule holds by construction.
public final class ContributorRules {
  private ContributorRules() {}

  /// Checks a Contributor before it is written.
  ///
  /// @throws ProgramException `CodeTooLong` (34) for a code over 32 UTF-8 bytes
  public static void validate(Invocation inv, Contributor value) throws ProgramException {
    int length = value.code().getBytes(StandardCharsets.UTF_8).length;
    if (length > 32) {
      inv.log("Invalid code length: " + length);
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
  }
}
