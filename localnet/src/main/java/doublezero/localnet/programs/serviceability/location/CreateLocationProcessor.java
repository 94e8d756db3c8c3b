package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;

/// `CreateLocation` (#10, `PROC/location/create.rs`; `serviceability-instructions.md` §3.2, §0.6):
/// a foundation member creates a Location, directly Activated, at PDA("location", account_index +
/// 1), and GlobalState's account_index is incremented.
///
/// Accounts: Location PDA (W, asserted), GlobalState (owner checked, W), payer (S), system program.
public final class CreateLocationProcessor {
  private CreateLocationProcessor() {}

  /// Processes one `CreateLocation`.
  ///
  /// @throws ProgramException in the reference's order: a panic for an unsigned payer;
  ///   `InvalidAccountCode` (19); panics for a foreign GlobalState, a wrong system program or a
  ///   read-only Location; `NotAllowed` (8); a panic for the wrong PDA;
  ///   `AccountAlreadyInitialized`; the Location rules' errors (34/39/43/40/41)
  public static void process(Invocation inv, CreateLocation args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount locationAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    String code = AccountCode.require(inv, args.code());
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(locationAccount.isWritable(), "PDA Account is not writable");
    GlobalStateDraft state = GlobalStateDraft.of(inv.globalState(globalStateAccount));
    U128 index = state.nextAccountIndex();
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.location(inv.programId(), index);
    inv.check(locationAccount.key().equals(pda.address()), "Invalid Location PubKey");
    if (locationAccount.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    Location location =
        new Location(
            payer.key(),
            index,
            pda.bump(),
            args.lat(),
            args.lng(),
            args.locId(),
            LocationStatus.ACTIVATED,
            code,
            args.name(),
            args.country(),
            0);
    inv.create(location, locationAccount, payer, pda.signerSeeds());
    inv.write(state.build(), globalStateAccount, payer);
  }
}
