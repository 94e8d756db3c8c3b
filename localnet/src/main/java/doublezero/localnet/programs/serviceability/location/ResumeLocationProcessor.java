package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeLocation;
import doublezero.sdk.serviceability.state.LocationStatus;

/// `ResumeLocation` (#13, `PROC/location/resume.rs`; `serviceability-instructions.md` §3.2, §4.6):
/// a foundation member moves a Suspended Location back to Activated.
///
/// Accounts: Location (owner checked, W asserted), GlobalState (owner checked), payer (S), system
/// program.
public final class ResumeLocationProcessor {
  private ResumeLocationProcessor() {}

  /// Processes one `ResumeLocation`.
  ///
  /// @throws ProgramException as [LocationGate#open]; `InvalidStatus` (7) unless Suspended
  public static void process(Invocation inv, ResumeLocation args) throws ProgramException {
    LocationGate.open(inv).transition(LocationStatus.SUSPENDED, LocationStatus.ACTIVATED);
  }
}
