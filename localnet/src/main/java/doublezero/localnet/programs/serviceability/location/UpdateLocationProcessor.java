package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateLocation;
import doublezero.sdk.serviceability.state.Location;

/// `UpdateLocation` (#11, `PROC/location/update.rs`; `serviceability-instructions.md` §3.2): a
/// foundation member overwrites each field given as `Some` (a new code is validated first); any
/// status; the whole Location is re-validated on write.
///
/// Accounts: Location (owner checked, W asserted), GlobalState (owner checked), payer (S), system
/// program.
public final class UpdateLocationProcessor {
  private UpdateLocationProcessor() {}

  /// Processes one `UpdateLocation`.
  ///
  /// @throws ProgramException as [LocationGate#open]; `InvalidAccountCode` (19); the Location
  ///   rules' errors
  public static void process(Invocation inv, UpdateLocation args) throws ProgramException {
    LocationGate gate = LocationGate.open(inv);
    Location l = gate.location();
    String code = l.code();
    if (args.code().isPresent()) {
      code = AccountCode.require(inv, args.code().get());
    }
    Location updated =
        new Location(
            l.owner(),
            l.index(),
            l.bumpSeed(),
            args.lat().orElse(l.lat()),
            args.lng().orElse(l.lng()),
            args.locId().orElse(l.locId()),
            l.status(),
            code,
            args.name().orElse(l.name()),
            args.country().orElse(l.country()),
            l.referenceCount());
    inv.write(updated, gate.account(), gate.payer());
  }
}
