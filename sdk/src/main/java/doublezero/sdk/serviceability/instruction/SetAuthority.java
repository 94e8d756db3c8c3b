package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #2 `SetAuthority` (args `SetAuthorityArgs`, processor
/// `PROC/globalstate/setauthority.rs`; `serviceability-instructions.md` §1–§3). Replaces each
/// authority key given as Some (foundation only).
///
/// @param activatorAuthorityPk `activator_authority_pk`: Option<Pubkey>
/// @param sentinelAuthorityPk `sentinel_authority_pk`: Option<Pubkey>
/// @param healthOraclePk `health_oracle_pk`: Option<Pubkey>
/// @param reservationAuthorityPk `reservation_authority_pk`: Option<Pubkey>
public record SetAuthority(
    Optional<PublicKey> activatorAuthorityPk,
    Optional<PublicKey> sentinelAuthorityPk,
    Optional<PublicKey> healthOraclePk,
    Optional<PublicKey> reservationAuthorityPk)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetAuthority {
    Objects.requireNonNull(activatorAuthorityPk, "activator_authority_pk");
    Objects.requireNonNull(sentinelAuthorityPk, "sentinel_authority_pk");
    Objects.requireNonNull(healthOraclePk, "health_oracle_pk");
    Objects.requireNonNull(reservationAuthorityPk, "reservation_authority_pk");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_AUTHORITY;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, activatorAuthorityPk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, sentinelAuthorityPk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, healthOraclePk, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, reservationAuthorityPk, (ww, x) -> ww.publicKey(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetAuthority decodeArgs(BorshReader r) {
    return new SetAuthority(
        Args.readOption(r, "activator_authority_pk", x -> x.publicKey("activator_authority_pk")),
        Args.readOption(r, "sentinel_authority_pk", x -> x.publicKey("sentinel_authority_pk")),
        Args.readOption(r, "health_oracle_pk", x -> x.publicKey("health_oracle_pk")),
        Args.readOption(
            r, "reservation_authority_pk", x -> x.publicKey("reservation_authority_pk")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [GlobalStateAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, GlobalStateAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
