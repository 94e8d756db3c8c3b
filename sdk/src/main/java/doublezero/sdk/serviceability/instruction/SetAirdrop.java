package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #68 `SetAirdrop` (args `SetAirdropArgs`, processor `PROC/globalstate/setairdrop.rs`;
/// `serviceability-instructions.md` §1–§3). Sets the contributor and user airdrop amounts given as
/// Some (foundation only).
///
/// @param contributorAirdropLamports `contributor_airdrop_lamports`: Option<u64, unsigned>
/// @param userAirdropLamports `user_airdrop_lamports`: Option<u64, unsigned>
public record SetAirdrop(
    Optional<Long> contributorAirdropLamports, Optional<Long> userAirdropLamports)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetAirdrop {
    Objects.requireNonNull(contributorAirdropLamports, "contributor_airdrop_lamports");
    Objects.requireNonNull(userAirdropLamports, "user_airdrop_lamports");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_AIRDROP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, contributorAirdropLamports, (ww, x) -> ww.u64(x));
    Args.writeOption(w, userAirdropLamports, (ww, x) -> ww.u64(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetAirdrop decodeArgs(BorshReader r) {
    return new SetAirdrop(
        Args.readOption(
            r, "contributor_airdrop_lamports", x -> x.u64("contributor_airdrop_lamports")),
        Args.readOption(r, "user_airdrop_lamports", x -> x.u64("user_airdrop_lamports")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [GlobalStateAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, GlobalStateAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
