package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetAirdrop;

/// `SetAirdrop`: not ported yet.
public final class SetAirdropProcessor {
  private SetAirdropProcessor() {}

  /// Processes one `SetAirdrop` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetAirdrop args) throws ProgramException {
    throw inv.panic("SetAirdrop is not ported yet");
  }
}
