package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.GlobalConfig;

/// `impl Validate for GlobalConfig` (`STATE/globalconfig.rs`). The account-type rule
/// (`InvalidAccountType`) holds by construction: the SDK record always encodes its own type byte.
public final class GlobalConfigRules {
  private GlobalConfigRules() {}

  /// Checks a GlobalConfig before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, GlobalConfig value) throws ProgramException {
    if (value.localAsn() == 0 || value.localAsn() > 4294967294L) {
      inv.log("Invalid local ASN: " + value.localAsn());
      throw inv.error(ServiceabilityError.INVALID_LOCAL_ASN);
    }
    if (value.remoteAsn() == 0 || value.remoteAsn() > 4294967294L) {
      inv.log("Invalid remote ASN: " + value.remoteAsn());
      throw inv.error(ServiceabilityError.INVALID_REMOTE_ASN);
    }
  }
}
