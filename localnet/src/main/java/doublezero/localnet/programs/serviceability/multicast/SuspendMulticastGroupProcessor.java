package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendMulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `SuspendMulticastGroup` (#50, `PROC/multicastgroup/suspend.rs`; `serviceability-instructions.md`
/// §3.9, §4.4): foundation only, ACTIVATED → SUSPENDED.
///
/// Accounts: group (W), GlobalState, payer (S), system.
public final class SuspendMulticastGroupProcessor {
  private SuspendMulticastGroupProcessor() {}

  /// Processes one `SuspendMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7)
  ///   unless the group is ACTIVATED
  public static void process(Invocation inv, SuspendMulticastGroup args) throws ProgramException {
    FoundationStep.run(inv, MulticastGroupStatus.ACTIVATED, MulticastGroupStatus.SUSPENDED, null);
  }
}
