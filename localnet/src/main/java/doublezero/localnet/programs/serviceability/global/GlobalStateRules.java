package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.GlobalState;

/// `impl Validate for GlobalState` (`STATE/globalstate.rs`). The account-type rule
/// (`InvalidAccountType`) holds by construction: the SDK record always encodes its own type byte.
public final class GlobalStateRules {
  private GlobalStateRules() {}

  /// Checks a GlobalState before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, GlobalState value) throws ProgramException {
    if (value.foundationAllowlist().isEmpty()) {
      inv.log("Foundation allowlist cannot be empty");
      throw inv.error(ServiceabilityError.INVALID_FOUNDATION_ALLOWLIST);
    }
  }
}
