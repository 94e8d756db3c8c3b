package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectMulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `RejectMulticastGroup` (#48, `PROC/multicastgroup/reject.rs`; `serviceability-instructions.md`
/// §3.9, §4.4): foundation only, PENDING → REJECTED.
///
/// Accounts: group (W), GlobalState, payer (S), system.
public final class RejectMulticastGroupProcessor {
  private RejectMulticastGroupProcessor() {}

  /// Processes one `RejectMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7)
  ///   unless the group is PENDING
  public static void process(Invocation inv, RejectMulticastGroup args) throws ProgramException {
    FoundationStep.run(
        inv,
        MulticastGroupStatus.PENDING,
        MulticastGroupStatus.REJECTED,
        "Reason: " + args.reason());
  }
}
