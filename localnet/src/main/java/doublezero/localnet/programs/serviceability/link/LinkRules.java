package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Link;

/// `impl Validate for Link`: not ported yet (accepts everything).
public final class LinkRules {
  private LinkRules() {}

  /// Checks a Link before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Link value) throws ProgramException {}
}
