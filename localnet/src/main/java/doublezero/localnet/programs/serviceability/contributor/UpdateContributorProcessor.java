package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateContributor;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.GlobalState;

/// `UpdateContributor` (#61, `PROC/contributor/update.rs`; `serviceability-instructions.md` §3.4):
/// sets code (validated), owner and ops_manager_pk given as `Some`. A foundation member may change
/// anything; the contributor's owner may change `ops_manager_pk` alone (code and owner both None).
/// No status check.
///
/// Accounts: Contributor (owner checked, W asserted), GlobalState (owner checked), payer (S),
/// system program.
public final class UpdateContributorProcessor {
  private UpdateContributorProcessor() {}

  /// Processes one `UpdateContributor`.
  ///
  /// @throws ProgramException as [ContributorGate]; `InvalidAccountData` for accounts of another
  ///   type (the Contributor is decoded before GlobalState); `NotAllowed` (8); `InvalidAccountCode`
  ///   (19); `CodeTooLong` (34)
  public static void process(Invocation inv, UpdateContributor args) throws ProgramException {
    ContributorGate gate = ContributorGate.open(inv);
    Contributor c = inv.read(gate.account(), Contributor.class);
    GlobalState state = inv.globalState(gate.globalState());
    boolean foundation = state.foundationAllowlist().contains(gate.payer().key());
    boolean onlyOpsManager =
        args.code().isEmpty() && args.owner().isEmpty() && args.opsManagerPk().isPresent();
    boolean authorized =
        onlyOpsManager ? foundation || c.owner().equals(gate.payer().key()) : foundation;
    if (!authorized) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    String code = c.code();
    if (args.code().isPresent()) {
      code = AccountCode.require(inv, args.code().get());
    }
    Contributor updated =
        new Contributor(
            args.owner().orElse(c.owner()),
            c.index(),
            c.bumpSeed(),
            c.status(),
            code,
            c.referenceCount(),
            args.opsManagerPk().orElse(c.opsManagerPk()));
    inv.write(updated, gate.account(), gate.payer());
  }
}
