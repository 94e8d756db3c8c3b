package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.GlobalState;

/// The prologue of Update/Suspend/Resume/DeleteContributor (`PROC/contributor/*.rs`), in their
/// order: payer signed, Contributor and GlobalState owned by the program, system program id,
/// Contributor writable. The authorization differs (Update decodes both accounts first and may
/// admit the contributor's owner), so it is left to the caller.
///
/// @param inv the invocation
/// @param account the Contributor account
/// @param globalState the GlobalState account
/// @param payer the payer account
record ContributorGate(
    Invocation inv, BorrowedAccount account, BorrowedAccount globalState, BorrowedAccount payer) {

  /// @throws ProgramException `NotEnoughAccountKeys`; panics for an unsigned payer, foreign owners,
  ///   a wrong system program or a read-only Contributor
  static ContributorGate open(Invocation inv) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount contributor = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(contributor, "PDA");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(contributor.isWritable(), "PDA Account is not writable");
    return new ContributorGate(inv, contributor, globalState, payer);
  }

  /// Decodes GlobalState, requires a foundation payer, then decodes the Contributor.
  ///
  /// @throws ProgramException `InvalidAccountData` for accounts of another type; `NotAllowed` (8)
  Contributor foundationOnly() throws ProgramException {
    GlobalState state = inv.globalState(globalState);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return inv.read(account, Contributor.class);
  }

  /// Requires `from`, then writes `contributor` with status `to`.
  ///
  /// @throws ProgramException `InvalidStatus` (7) when the status is not `from`
  void transition(Contributor c, ContributorStatus from, ContributorStatus to)
      throws ProgramException {
    if (c.status() != from) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    inv.write(
        new Contributor(
            c.owner(), c.index(), c.bumpSeed(), to, c.code(), c.referenceCount(), c.opsManagerPk()),
        account,
        payer);
  }
}
