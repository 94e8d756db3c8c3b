package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #61 `UpdateContributor` (args `ContributorUpdateArgs`, processor
/// `PROC/contributor/update.rs`; `serviceability-instructions.md` §1–§3). Overwrites contributor
/// fields given as Some.
///
/// @param code `code`: Option<String (u32 length + UTF-8)>
/// @param owner `owner`: Option<Pubkey>
/// @param opsManagerPk `ops_manager_pk`: Option<Pubkey>
public record UpdateContributor(
    Optional<String> code, Optional<PublicKey> owner, Optional<PublicKey> opsManagerPk)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateContributor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(opsManagerPk, "ops_manager_pk");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_CONTRIBUTOR;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, code, (ww, x) -> ww.string(x));
    Args.writeOption(w, owner, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, opsManagerPk, (ww, x) -> ww.publicKey(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateContributor decodeArgs(BorshReader r) {
    return new UpdateContributor(
        Args.readOption(r, "code", x -> x.string("code")),
        Args.readOption(r, "owner", x -> x.publicKey("owner")),
        Args.readOption(r, "ops_manager_pk", x -> x.publicKey("ops_manager_pk")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ContributorAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ContributorAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
