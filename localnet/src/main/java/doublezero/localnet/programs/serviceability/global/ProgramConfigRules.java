package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.ProgramConfig;

/// `impl Validate for ProgramConfig` (`STATE/programconfig.rs`). The account-type rule
/// (`InvalidAccountType`) holds by construction: the SDK record always encodes its own type byte.
public final class ProgramConfigRules {
  private ProgramConfigRules() {}

  /// Checks a ProgramConfig before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, ProgramConfig value) throws ProgramException {
    // The only rule is the account type, which the record type guarantees.
  }
}
