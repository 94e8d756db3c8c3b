package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveQaAllowlist;

/// `RemoveQaAllowlist` (#87, `PROC/allowlist/qa/remove.rs`; `serviceability-instructions.md` §3.1):
/// a foundation member removes a key from the QA allowlist; an absent key is no error, and the list
/// may become empty.
///
/// Accounts: GlobalState PDA (W, asserted), payer (S), system program.
public final class RemoveQaAllowlistProcessor {
  private RemoveQaAllowlistProcessor() {}

  /// Processes one `RemoveQaAllowlist`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist
  public static void process(Invocation inv, RemoveQaAllowlist args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, true);
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    draft.qaAllowlist().removeIf(k -> k.equals(args.pubkey()));
    gate.write(draft);
  }
}
