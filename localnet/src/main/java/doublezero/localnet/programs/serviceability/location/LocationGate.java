package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;

/// The prologue of Update/Suspend/Resume/DeleteLocation
/// (`PROC/location/{update,suspend,resume,delete}.rs`), in their order: payer signed, Location and
/// GlobalState owned by the program, system program id, Location writable, GlobalState decoded (its
/// PDA is not checked), payer in the foundation allowlist, Location decoded.
///
/// @param inv the invocation
/// @param account the Location account
/// @param payer the payer account
/// @param location the decoded Location
record LocationGate(
    Invocation inv, BorrowedAccount account, BorrowedAccount payer, Location location) {

  /// @throws ProgramException `NotEnoughAccountKeys`; panics for an unsigned payer, foreign owners,
  ///   a wrong system program or a read-only Location; `InvalidAccountData` for accounts of another
  ///   type; `NotAllowed` (8)
  static LocationGate open(Invocation inv) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount location = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(location, "PDA");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(location.isWritable(), "PDA Account is not writable");
    GlobalState state = inv.globalState(globalState);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return new LocationGate(inv, location, payer, inv.read(location, Location.class));
  }

  /// Requires `from`, then writes the Location with status `to`.
  ///
  /// @throws ProgramException `InvalidStatus` (7) when the status is not `from`; the rules' error
  ///   on write
  void transition(LocationStatus from, LocationStatus to) throws ProgramException {
    if (location.status() != from) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    Location l = location;
    inv.write(
        new Location(
            l.owner(),
            l.index(),
            l.bumpSeed(),
            l.lat(),
            l.lng(),
            l.locId(),
            to,
            l.code(),
            l.name(),
            l.country(),
            l.referenceCount()),
        account,
        payer);
  }
}
