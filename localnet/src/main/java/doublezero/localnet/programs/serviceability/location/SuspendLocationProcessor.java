package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendLocation;
import doublezero.sdk.serviceability.state.LocationStatus;

/// `SuspendLocation` (#12, `PROC/location/suspend.rs`; `serviceability-instructions.md` §3.2,
/// §4.6): a foundation member moves an Activated Location to Suspended.
///
/// Accounts: Location (owner checked, W asserted), GlobalState (owner checked), payer (S), system
/// program.
public final class SuspendLocationProcessor {
  private SuspendLocationProcessor() {}

  /// Processes one `SuspendLocation`.
  ///
  /// @throws ProgramException as [LocationGate#open]; `InvalidStatus` (7) unless Activated
  public static void process(Invocation inv, SuspendLocation args) throws ProgramException {
    LocationGate.open(inv).transition(LocationStatus.ACTIVATED, LocationStatus.SUSPENDED);
  }
}
