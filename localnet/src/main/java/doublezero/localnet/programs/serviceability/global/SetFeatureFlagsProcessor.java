package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.state.FeatureFlags;

/// `SetFeatureFlags` (#94, `PROC/globalstate/setfeatureflags.rs`; `serviceability-instructions.md`
/// §3.1, §6.4): a foundation member replaces `feature_flags` as a whole (bit 0 OnChainAllocation,
/// bit 1 RequirePermissionAccounts; unknown bits are stored as given).
///
/// Accounts: GlobalState PDA (writability not asserted), payer (S), system program.
public final class SetFeatureFlagsProcessor {
  private SetFeatureFlagsProcessor() {}

  /// Processes one `SetFeatureFlags`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned or misplaced
  ///   GlobalState or a wrong system program (see [FoundationGate]); `NotAllowed` (8) outside the
  ///   foundation allowlist
  public static void process(Invocation inv, SetFeatureFlags args) throws ProgramException {
    FoundationGate gate = FoundationGate.open(inv, false);
    gate.write(
        GlobalStateDraft.of(gate.state()).featureFlags(new FeatureFlags(args.featureFlags())));
  }
}
