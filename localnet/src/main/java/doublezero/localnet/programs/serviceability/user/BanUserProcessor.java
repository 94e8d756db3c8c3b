package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.BanUser;

/// `BanUser`: not ported yet.
public final class BanUserProcessor {
  private BanUserProcessor() {}

  /// Processes one `BanUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, BanUser args) throws ProgramException {
    throw inv.panic("BanUser is not ported yet");
  }
}
