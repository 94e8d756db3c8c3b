package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #97 `CreatePermission` (args `PermissionCreateArgs`, processor
/// `PROC/permission/create.rs`; `serviceability-instructions.md` §1–§3). Creates the permission
/// PDA(user_payer) with the given flags.
///
/// @param userPayer `user_payer`: Pubkey
/// @param permissions `permissions`: u128
public record CreatePermission(PublicKey userPayer, U128 permissions)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreatePermission {
    Objects.requireNonNull(userPayer, "user_payer");
    Objects.requireNonNull(permissions, "permissions");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_PERMISSION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.publicKey(userPayer);
    w.u128(permissions);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreatePermission decodeArgs(BorshReader r) {
    return new CreatePermission(r.publicKey("user_payer"), r.u128("permissions"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [PermissionAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, PermissionAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
