package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #37 `ActivateUser` (args `UserActivateArgs`, processor `PROC/user/activate.rs`;
/// `serviceability-instructions.md` §1–§3). Pending or Updating → Activated (or OutOfCredits), with
/// given or on-chain allocated tunnel and IPs (activator or foundation).
///
/// @param tunnelId `tunnel_id`: u16
/// @param tunnelNet `tunnel_net`: NetworkV4
/// @param dzIp `dz_ip`: Ipv4Addr
/// @param dzPrefixCount `dz_prefix_count`: u8
/// @param tunnelEndpoint `tunnel_endpoint`: Ipv4Addr
public record ActivateUser(
    int tunnelId,
    NetworkV4 tunnelNet,
    Ipv4Address dzIp,
    int dzPrefixCount,
    Ipv4Address tunnelEndpoint)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ActivateUser {
    Args.u16(tunnelId, "tunnel_id");
    Objects.requireNonNull(tunnelNet, "tunnel_net");
    Objects.requireNonNull(dzIp, "dz_ip");
    Args.u8(dzPrefixCount, "dz_prefix_count");
    Objects.requireNonNull(tunnelEndpoint, "tunnel_endpoint");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_USER;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u16(tunnelId);
    w.networkV4(tunnelNet);
    w.ipv4(dzIp);
    w.u8(dzPrefixCount);
    w.ipv4(tunnelEndpoint);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateUser decodeArgs(BorshReader r) {
    return new ActivateUser(
        r.u16("tunnel_id"),
        r.networkV4("tunnel_net"),
        r.ipv4("dz_ip"),
        r.u8("dz_prefix_count"),
        r.ipv4("tunnel_endpoint"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `ActivateUser`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param user the user account (writable)
  /// @param accessPass the access pass account (writable)
  /// @param globalState the global state account (writable)
  /// @param resources the [UserResourceAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey user,
      PublicKey accessPass,
      PublicKey globalState,
      Optional<UserResourceAccounts> resources,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(user));
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.writable(globalState));
      resources.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
