package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupPubAllowlist;

/// `RemoveMulticastGroupPubAllowlist` (#55, `PROC/multicastgroup/allowlist/publisher/remove.rs`;
/// `serviceability-instructions.md` §3.9, §7). Rules and account list: [Allowlists].
public final class RemoveMulticastGroupPubAllowlistProcessor {
  private RemoveMulticastGroupPubAllowlistProcessor() {}

  /// Processes one `RemoveMulticastGroupPubAllowlist`.
  ///
  /// @throws ProgramException see [Allowlists]
  public static void process(Invocation inv, RemoveMulticastGroupPubAllowlist args)
      throws ProgramException {
    Allowlists.remove(inv, Allowlists.Side.PUBLISHER, args.clientIp(), args.userPayer());
  }
}
