package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Exchange;

/// `impl Validate for Exchange`: not ported yet (accepts everything).
public final class ExchangeRules {
  private ExchangeRules() {}

  /// Checks a Exchange before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Exchange value) throws ProgramException {}
}
