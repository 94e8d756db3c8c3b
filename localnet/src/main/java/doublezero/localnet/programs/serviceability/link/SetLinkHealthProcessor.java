package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetLinkHealth;

/// `SetLinkHealth`: not ported yet.
public final class SetLinkHealthProcessor {
  private SetLinkHealthProcessor() {}

  /// Processes one `SetLinkHealth` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetLinkHealth args) throws ProgramException {
    throw inv.panic("SetLinkHealth is not ported yet");
  }
}
