package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #67 `SetAccessPass` (args `SetAccessPassArgs`, processor `PROC/accesspass/set.rs`;
/// `serviceability-instructions.md` §1–§3). Creates or updates the access pass PDA(client_ip,
/// user_payer) and airdrops the user payer.
///
/// @param accesspassType `accesspass_type`: AccessPassType
/// @param clientIp `client_ip`: Ipv4Addr
/// @param lastAccessEpoch `last_access_epoch`: u64, unsigned
/// @param allowMultipleIp `allow_multiple_ip`: bool
public record SetAccessPass(
    AccessPassType accesspassType,
    Ipv4Address clientIp,
    long lastAccessEpoch,
    boolean allowMultipleIp)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetAccessPass {
    Objects.requireNonNull(accesspassType, "accesspass_type");
    Objects.requireNonNull(clientIp, "client_ip");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_ACCESS_PASS;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    accesspassType.encode(w);
    w.ipv4(clientIp);
    w.u64(lastAccessEpoch);
    w.bool(allowMultipleIp);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetAccessPass decodeArgs(BorshReader r) {
    return new SetAccessPass(
        AccessPassType.decode(r, "accesspass_type"),
        r.ipv4("client_ip"),
        r.u64("last_access_epoch"),
        r.bool("allow_multiple_ip"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `SetAccessPass`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param accessPass the access pass account (writable)
  /// @param globalState the global state account (read-only)
  /// @param userPayer the user payer account (writable)
  /// @param tenants the [TenantSwapAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey accessPass,
      PublicKey globalState,
      PublicKey userPayer,
      Optional<TenantSwapAccounts> tenants,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(userPayer, "userPayer");
      Objects.requireNonNull(tenants, "tenants");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.readonly(globalState));
      m.add(AccountMeta.writable(userPayer));
      tenants.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
