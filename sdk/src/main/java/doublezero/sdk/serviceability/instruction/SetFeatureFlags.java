package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #94 `SetFeatureFlags` (args `SetFeatureFlagsArgs`, processor
/// `PROC/globalstate/setfeatureflags.rs`; `serviceability-instructions.md` §1–§3). Replaces
/// GlobalState.feature_flags (foundation only).
///
/// @param featureFlags `feature_flags`: u128
public record SetFeatureFlags(U128 featureFlags) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetFeatureFlags {
    Objects.requireNonNull(featureFlags, "feature_flags");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_FEATURE_FLAGS;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u128(featureFlags);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetFeatureFlags decodeArgs(BorshReader r) {
    return new SetFeatureFlags(r.u128("feature_flags"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [GlobalStateAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, GlobalStateAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
