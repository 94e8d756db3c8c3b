package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupSubAllowlist;

/// `RemoveMulticastGroupSubAllowlist` (#57, `PROC/multicastgroup/allowlist/subscriber/remove.rs`;
/// `serviceability-instructions.md` §3.9, §7). Rules and account list: [Allowlists].
public final class RemoveMulticastGroupSubAllowlistProcessor {
  private RemoveMulticastGroupSubAllowlistProcessor() {}

  /// Processes one `RemoveMulticastGroupSubAllowlist`.
  ///
  /// @throws ProgramException see [Allowlists]
  public static void process(Invocation inv, RemoveMulticastGroupSubAllowlist args)
      throws ProgramException {
    Allowlists.remove(inv, Allowlists.Side.SUBSCRIBER, args.clientIp(), args.userPayer());
  }
}
