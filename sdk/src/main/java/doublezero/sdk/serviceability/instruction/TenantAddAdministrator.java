package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #91 `TenantAddAdministrator` (args `TenantAddAdministratorArgs`, processor
/// `PROC/tenant/add_administrator.rs`; `serviceability-instructions.md` §1–§3). Adds a tenant
/// administrator (foundation only).
///
/// @param administrator `administrator`: Pubkey
public record TenantAddAdministrator(PublicKey administrator) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public TenantAddAdministrator {
    Objects.requireNonNull(administrator, "administrator");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.TENANT_ADD_ADMINISTRATOR;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.publicKey(administrator);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static TenantAddAdministrator decodeArgs(BorshReader r) {
    return new TenantAddAdministrator(r.publicKey("administrator"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [TenantAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, TenantAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
