package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupPubAllowlist;

/// `AddMulticastGroupPubAllowlist` (#54, `PROC/multicastgroup/allowlist/publisher/add.rs`;
/// `serviceability-instructions.md` §3.9, §7). Rules and account list: [Allowlists].
public final class AddMulticastGroupPubAllowlistProcessor {
  private AddMulticastGroupPubAllowlistProcessor() {}

  /// Processes one `AddMulticastGroupPubAllowlist`.
  ///
  /// @throws ProgramException see [Allowlists]
  public static void process(Invocation inv, AddMulticastGroupPubAllowlist args)
      throws ProgramException {
    Allowlists.add(inv, Allowlists.Side.PUBLISHER, args.clientIp(), args.userPayer());
  }
}
