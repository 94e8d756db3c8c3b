package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #88 `CreateTenant` (args `TenantCreateArgs`, processor `PROC/tenant/create.rs`;
/// `serviceability-instructions.md` §1–§3). Creates a tenant at PDA(code) with a VRF id from VrfIds
/// (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param administrator `administrator`: Pubkey
/// @param tokenAccount `token_account`: Option<Pubkey>
/// @param metroRouting `metro_routing`: bool
/// @param routeLiveness `route_liveness`: bool
public record CreateTenant(
    String code,
    PublicKey administrator,
    Optional<PublicKey> tokenAccount,
    boolean metroRouting,
    boolean routeLiveness)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateTenant {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(administrator, "administrator");
    Objects.requireNonNull(tokenAccount, "token_account");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_TENANT;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.publicKey(administrator);
    Args.writeOption(w, tokenAccount, (ww, x) -> ww.publicKey(x));
    w.bool(metroRouting);
    w.bool(routeLiveness);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateTenant decodeArgs(BorshReader r) {
    return new CreateTenant(
        r.string("code"),
        r.publicKey("administrator"),
        Args.readOption(r, "token_account", x -> x.publicKey("token_account")),
        r.bool("metro_routing"),
        r.bool("route_liveness"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateTenant`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param tenant the tenant account (writable)
  /// @param globalState the global state account (writable)
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
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writable(vrfIds));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
