package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteLocation;

/// `DeleteLocation` (#14, `PROC/location/delete.rs`; `serviceability-instructions.md` §3.2, §4.6):
/// a foundation member closes an unreferenced Location in any status; its lamports go to the payer.
///
/// Accounts: Location (owner checked, W asserted), GlobalState (owner checked), payer (S, W),
/// system program.
public final class DeleteLocationProcessor {
  private DeleteLocationProcessor() {}

  /// Processes one `DeleteLocation`.
  ///
  /// @throws ProgramException as [LocationGate#open]; `ReferenceCountNotZero` (13) while devices
  ///   reference it
  public static void process(Invocation inv, DeleteLocation args) throws ProgramException {
    LocationGate gate = LocationGate.open(inv);
    if (gate.location().referenceCount() > 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    inv.close(gate.account(), gate.payer());
  }
}
