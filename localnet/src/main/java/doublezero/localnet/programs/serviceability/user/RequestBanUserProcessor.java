package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RequestBanUser;

/// `RequestBanUser`: not ported yet.
public final class RequestBanUserProcessor {
  private RequestBanUserProcessor() {}

  /// Processes one `RequestBanUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RequestBanUser args) throws ProgramException {
    throw inv.panic("RequestBanUser is not ported yet");
  }
}
