package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdatePaymentStatus;

/// `UpdatePaymentStatus`: not ported yet.
public final class UpdatePaymentStatusProcessor {
  private UpdatePaymentStatusProcessor() {}

  /// Processes one `UpdatePaymentStatus` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdatePaymentStatus args) throws ProgramException {
    throw inv.panic("UpdatePaymentStatus is not ported yet");
  }
}
