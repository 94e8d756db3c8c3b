package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveFoundationAllowlist;

/// `RemoveFoundationAllowlist` (#5, `PROC/allowlist/foundation/remove.rs`;
/// `serviceability-instructions.md` §3.1): a foundation member removes another key. Removing a key
/// that is not listed succeeds and changes nothing (the account is still rewritten).
///
/// Accounts: GlobalState PDA (W, asserted), payer (S), system program.
public final class RemoveFoundationAllowlistProcessor {
  private RemoveFoundationAllowlistProcessor() {}

  /// Processes one `RemoveFoundationAllowlist`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist; a panic when the key is the payer itself or the list holds a single
  ///   key
  public static void process(Invocation inv, RemoveFoundationAllowlist args)
      throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, true);
    inv.check(
        !args.pubkey().equals(gate.payer().key()),
        "Unable to remove the payer from the foundation allowlist");
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    inv.check(
        draft.foundationAllowlist().size() > 1,
        "Unable to remove the last pubkey from the foundation allowlist");
    draft.foundationAllowlist().removeIf(k -> k.equals(args.pubkey()));
    gate.write(draft);
  }
}
