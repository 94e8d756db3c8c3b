package doublezero.localnet.programs.serviceability;

import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;

/// The program's per-account validation run before every create and write (`try_acc_create` /
/// `try_acc_write` call `Validate::validate`; `serviceability-instructions.md` §0.4). Supplied to
/// [Invocation] by the dispatcher, so the base types of this package do not depend on the entity
/// packages that implement the rules.
@FunctionalInterface
public interface AccountValidator {
  /// @param inv the running invocation (for logs and errors)
  /// @param value the account about to be written
  /// @throws ProgramException the account type's validation error
  void validate(Invocation inv, ServiceabilityAccount value) throws ProgramException;
}
