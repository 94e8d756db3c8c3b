package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetAirdrop;

/// `SetAirdrop` (#68, `PROC/globalstate/setairdrop.rs`; `serviceability-instructions.md` §3.1): a
/// foundation member sets the contributor and/or user airdrop (lamports) given as `Some`.
///
/// Accounts: GlobalState PDA (writability not asserted), payer (S), system program.
public final class SetAirdropProcessor {
  private SetAirdropProcessor() {}

  /// Processes one `SetAirdrop`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist
  public static void process(Invocation inv, SetAirdrop args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, false);
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    args.contributorAirdropLamports().ifPresent(draft::contributorAirdropLamports);
    args.userAirdropLamports().ifPresent(draft::userAirdropLamports);
    gate.write(draft);
  }
}
