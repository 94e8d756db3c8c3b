package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Contributor;

/// `impl Validate for Contributor`: not ported yet (accepts everything).
public final class ContributorRules {
  private ContributorRules() {}

  /// Checks a Contributor before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Contributor value) throws ProgramException {}
}
