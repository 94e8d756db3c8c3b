package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ReactivateMulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `ReactivateMulticastGroup` (#51, `PROC/multicastgroup/reactivate.rs`;
/// `serviceability-instructions.md` §3.9, §4.4): foundation only, SUSPENDED → ACTIVATED.
///
/// Accounts: group (W), GlobalState, payer (S), system.
public final class ReactivateMulticastGroupProcessor {
  private ReactivateMulticastGroupProcessor() {}

  /// Processes one `ReactivateMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7)
  ///   unless the group is SUSPENDED
  public static void process(Invocation inv, ReactivateMulticastGroup args)
      throws ProgramException {
    FoundationStep.run(inv, MulticastGroupStatus.SUSPENDED, MulticastGroupStatus.ACTIVATED, null);
  }
}
