package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;

/// `AddFoundationAllowlist` (#4, `PROC/allowlist/foundation/add.rs`;
/// `serviceability-instructions.md` §3.1): a foundation member appends a key to the foundation
/// allowlist.
///
/// Accounts: GlobalState PDA (W, asserted), payer (S), system program.
public final class AddFoundationAllowlistProcessor {
  private AddFoundationAllowlistProcessor() {}

  /// Processes one `AddFoundationAllowlist`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist; `InvalidArgument` when the key is already listed
  public static void process(Invocation inv, AddFoundationAllowlist args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, true);
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    if (draft.foundationAllowlist().contains(args.pubkey())) {
      throw ProgramException.of(BuiltinError.InvalidArgument);
    }
    draft.foundationAllowlist().add(args.pubkey());
    gate.write(draft);
  }
}
