package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddQaAllowlist;

/// `AddQaAllowlist` (#86, `PROC/allowlist/qa/add.rs`; `serviceability-instructions.md` §3.1): a
/// foundation member (not a QA member: the QA list is managed by the foundation) appends a key to
/// the QA allowlist.
///
/// Accounts: GlobalState PDA (W, asserted), payer (S), system program.
public final class AddQaAllowlistProcessor {
  private AddQaAllowlistProcessor() {}

  /// Processes one `AddQaAllowlist`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist; `InvalidArgument` when the key is already listed
  public static void process(Invocation inv, AddQaAllowlist args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, true);
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    if (draft.qaAllowlist().contains(args.pubkey())) {
      throw ProgramException.of(BuiltinError.InvalidArgument);
    }
    draft.qaAllowlist().add(args.pubkey());
    gate.write(draft);
  }
}
