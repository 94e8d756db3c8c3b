package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #90 `DeleteTenant` (args `TenantDeleteArgs`, processor `PROC/tenant/delete.rs`;
/// `serviceability-instructions.md` §1–§3). Closes a tenant whose reference count is 0, freeing its
/// VRF id (foundation only).
public record DeleteTenant() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_TENANT;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static DeleteTenant decodeArgs(BorshReader r) {
    return new DeleteTenant();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `DeleteTenant`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param tenant the tenant account (writable)
  /// @param globalState the global state account (read-only)
  /// @param vrfIds the vrf ids account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey tenant, PublicKey globalState, PublicKey vrfIds, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(vrfIds, "vrfIds");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(tenant));
      m.add(AccountMeta.readonly(globalState));
      m.add(AccountMeta.writable(vrfIds));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
