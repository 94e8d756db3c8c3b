package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Tenant;

/// `impl Validate for Tenant`: not ported yet (accepts everything).
public final class TenantRules {
  private TenantRules() {}

  /// Checks a Tenant before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Tenant value) throws ProgramException {}
}
