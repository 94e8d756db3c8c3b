package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendContributor;

/// `SuspendContributor`: not ported yet.
public final class SuspendContributorProcessor {
  private SuspendContributorProcessor() {}

  /// Processes one `SuspendContributor` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SuspendContributor args) throws ProgramException {
    throw inv.panic("SuspendContributor is not ported yet");
  }
}
