package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeContributor;
import doublezero.sdk.serviceability.state.ContributorStatus;

/// `ResumeContributor` (#63, `PROC/contributor/resume.rs`; `serviceability-instructions.md` §3.4,
/// §4.5): a foundation member moves a Suspended Contributor back to Activated.
///
/// Accounts: Contributor (owner checked, W asserted), GlobalState (owner checked), payer (S),
/// system program.
public final class ResumeContributorProcessor {
  private ResumeContributorProcessor() {}

  /// Processes one `ResumeContributor`.
  ///
  /// @throws ProgramException as [ContributorGate]; `InvalidStatus` (7) unless Suspended
  public static void process(Invocation inv, ResumeContributor args) throws ProgramException {
    ContributorGate gate = ContributorGate.open(inv);
    gate.transition(
        gate.foundationOnly(), ContributorStatus.SUSPENDED, ContributorStatus.ACTIVATED);
  }
}
