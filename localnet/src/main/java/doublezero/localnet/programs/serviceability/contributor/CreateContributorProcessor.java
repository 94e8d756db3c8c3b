package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateContributor;

/// `CreateContributor`: not ported yet.
public final class CreateContributorProcessor {
  private CreateContributorProcessor() {}

  /// Processes one `CreateContributor` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateContributor args) throws ProgramException {
    throw inv.panic("CreateContributor is not ported yet");
  }
}
