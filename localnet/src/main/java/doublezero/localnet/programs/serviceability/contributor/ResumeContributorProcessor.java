package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeContributor;

/// `ResumeContributor`: not ported yet.
public final class ResumeContributorProcessor {
  private ResumeContributorProcessor() {}

  /// Processes one `ResumeContributor` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ResumeContributor args) throws ProgramException {
    throw inv.panic("ResumeContributor is not ported yet");
  }
}
