package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetAuthority;

/// `SetAuthority`: not ported yet.
public final class SetAuthorityProcessor {
  private SetAuthorityProcessor() {}

  /// Processes one `SetAuthority` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetAuthority args) throws ProgramException {
    throw inv.panic("SetAuthority is not ported yet");
  }
}
