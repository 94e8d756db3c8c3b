package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteContributor;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;

/// `DeleteContributor` (#64, `PROC/contributor/delete.rs`; `serviceability-instructions.md` §3.4,
/// §4.5): a foundation member closes an unreferenced Contributor in any status but Deleting (which
/// no instruction sets); its lamports go to the payer.
///
/// Accounts: Contributor (owner checked, W asserted), GlobalState (owner checked), payer (S, W),
/// system program.
public final class DeleteContributorProcessor {
  private DeleteContributorProcessor() {}

  /// Processes one `DeleteContributor`.
  ///
  /// @throws ProgramException as [ContributorGate]; `InvalidStatus` (7) when Deleting;
  ///   `ReferenceCountNotZero` (13) while devices or links reference it
  public static void process(Invocation inv, DeleteContributor args) throws ProgramException {
    ContributorGate gate = ContributorGate.open(inv);
    Contributor contributor = gate.foundationOnly();
    if (contributor.status() == ContributorStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (contributor.referenceCount() > 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    inv.close(gate.account(), gate.payer());
  }
}
