package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateContributor;

/// `UpdateContributor`: not ported yet.
public final class UpdateContributorProcessor {
  private UpdateContributorProcessor() {}

  /// Processes one `UpdateContributor` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateContributor args) throws ProgramException {
    throw inv.panic("UpdateContributor is not ported yet");
  }
}
