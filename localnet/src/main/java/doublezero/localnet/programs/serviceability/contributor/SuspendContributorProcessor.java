package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendContributor;
import doublezero.sdk.serviceability.state.ContributorStatus;

/// `SuspendContributor` (#62, `PROC/contributor/suspend.rs`; `serviceability-instructions.md` §3.4,
/// §4.5): a foundation member moves an Activated Contributor to Suspended.
///
/// Accounts: Contributor (owner checked, W asserted), GlobalState (owner checked), payer (S),
/// system program.
public final class SuspendContributorProcessor {
  private SuspendContributorProcessor() {}

  /// Processes one `SuspendContributor`.
  ///
  /// @throws ProgramException as [ContributorGate]; `InvalidStatus` (7) unless Activated
  public static void process(Invocation inv, SuspendContributor args) throws ProgramException {
    ContributorGate gate = ContributorGate.open(inv);
    gate.transition(
        gate.foundationOnly(), ContributorStatus.ACTIVATED, ContributorStatus.SUSPENDED);
  }
}
