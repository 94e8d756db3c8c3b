package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetAuthority;

/// `SetAuthority` (#2, `PROC/globalstate/setauthority.rs`; `serviceability-instructions.md` §3.1):
/// a foundation member replaces each authority given as `Some` (activator, sentinel, health oracle,
/// reservation).
///
/// Accounts: GlobalState PDA (W, asserted), payer (S), system program.
public final class SetAuthorityProcessor {
  private SetAuthorityProcessor() {}

  /// Processes one `SetAuthority`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist
  public static void process(Invocation inv, SetAuthority args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, true);
    GlobalStateDraft draft = GlobalStateDraft.of(gate.state());
    args.activatorAuthorityPk().ifPresent(draft::activatorAuthority);
    args.sentinelAuthorityPk().ifPresent(draft::sentinelAuthority);
    args.healthOraclePk().ifPresent(draft::healthOracle);
    args.reservationAuthorityPk().ifPresent(draft::reservationAuthority);
    gate.write(draft);
  }
}
