package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;

/// The prologue shared by the GlobalState administration processors with accounts `[globalstate,
/// payer, system]` (`PROC/globalstate/set{authority,airdrop,featureflags}.rs`,
/// `PROC/allowlist/{foundation,qa}/{add,remove}.rs`), in their order: payer signed, GlobalState
/// owned by the program, system program id, GlobalState writable (not asserted by SetAirdrop and
/// SetFeatureFlags), GlobalState at its PDA, decode, payer in the foundation allowlist.
///
/// @param inv the invocation
/// @param globalState the GlobalState account
/// @param payer the payer account
/// @param state the decoded GlobalState
record FoundationGate(
    Invocation inv, BorrowedAccount globalState, BorrowedAccount payer, GlobalState state) {

  /// Runs the prologue on the first three accounts.
  ///
  /// @param assertWritable whether the processor asserts `globalstate.is_writable`
  /// @throws ProgramException `NotEnoughAccountKeys`; a panic for an unsigned payer, a foreign
  ///   owner, a wrong system program, a read-only GlobalState or a wrong PDA; `InvalidAccountData`
  ///   for another account type; `NotAllowed` (8) for a payer outside the foundation allowlist
  static FoundationGate open(Invocation inv, boolean assertWritable) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalState, "PDA");
    inv.checkSystemProgram(system);
    if (assertWritable) {
      inv.check(globalState.isWritable(), "PDA Account is not writable");
    }
    inv.check(
        globalState.key().equals(ServiceabilityPdas.globalState(inv.programId()).address()),
        "Invalid GlobalState PubKey");
    GlobalState state = inv.globalState(globalState);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return new FoundationGate(inv, globalState, payer, state);
  }

  /// `try_acc_write(&globalstate, ...)` of the edited state.
  ///
  /// @throws ProgramException the GlobalState rules' error, or a panic when the rent top-up fails
  void write(GlobalStateDraft draft) throws ProgramException {
    inv.write(draft.build(), globalState, payer);
  }
}
