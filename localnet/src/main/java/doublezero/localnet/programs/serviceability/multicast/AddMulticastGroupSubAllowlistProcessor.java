package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupSubAllowlist;

/// `AddMulticastGroupSubAllowlist` (#56, `PROC/multicastgroup/allowlist/subscriber/add.rs`;
/// `serviceability-instructions.md` §3.9, §7). Rules and account list: [Allowlists].
public final class AddMulticastGroupSubAllowlistProcessor {
  private AddMulticastGroupSubAllowlistProcessor() {}

  /// Processes one `AddMulticastGroupSubAllowlist`.
  ///
  /// @throws ProgramException see [Allowlists]
  public static void process(Invocation inv, AddMulticastGroupSubAllowlist args)
      throws ProgramException {
    Allowlists.add(inv, Allowlists.Side.SUBSCRIBER, args.clientIp(), args.userPayer());
  }
}
