package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteContributor;

/// `DeleteContributor`: not ported yet.
public final class DeleteContributorProcessor {
  private DeleteContributorProcessor() {}

  /// Processes one `DeleteContributor` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteContributor args) throws ProgramException {
    throw inv.panic("DeleteContributor is not ported yet");
  }
}
