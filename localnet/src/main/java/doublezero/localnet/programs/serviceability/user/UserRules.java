package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.User;

/// `impl Validate for User`: not ported yet (accepts everything).
public final class UserRules {
  private UserRules() {}

  /// Checks a User before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, User value) throws ProgramException {}
}
