package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #98 `UpdatePermission` (args `PermissionUpdateArgs`, processor
/// `PROC/permission/update.rs`; `serviceability-instructions.md` §1–§3). Sets permissions =
/// (permissions | add) & !remove.
///
/// @param add `add`: u128
/// @param remove `remove`: u128
public record UpdatePermission(U128 add, U128 remove) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdatePermission {
    Objects.requireNonNull(add, "add");
    Objects.requireNonNull(remove, "remove");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_PERMISSION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u128(add);
    w.u128(remove);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdatePermission decodeArgs(BorshReader r) {
    return new UpdatePermission(r.u128("add"), r.u128("remove"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [PermissionAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, PermissionAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
