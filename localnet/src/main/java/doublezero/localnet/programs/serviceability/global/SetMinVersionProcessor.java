package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetMinVersion;

/// `SetMinVersion`: not ported yet.
public final class SetMinVersionProcessor {
  private SetMinVersionProcessor() {}

  /// Processes one `SetMinVersion` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetMinVersion args) throws ProgramException {
    throw inv.panic("SetMinVersion is not ported yet");
  }
}
