package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #39 `UpdateUser` (args `UserUpdateArgs`, processor `PROC/user/update.rs`;
/// `serviceability-instructions.md` §1–§3). Overwrites user fields given as Some, re-allocating on
/// chain when dz_prefix_count > 0 (foundation only).
///
/// @param userType `user_type`: Option<UserType>
/// @param cyoaType `cyoa_type`: Option<UserCyoa>
/// @param dzIp `dz_ip`: Option<Ipv4Addr>
/// @param tunnelId `tunnel_id`: Option<u16>
/// @param tunnelNet `tunnel_net`: Option<NetworkV4>
/// @param validatorPubkey `validator_pubkey`: Option<Pubkey>
/// @param tenantPk `tenant_pk`: Option<Pubkey>
/// @param dzPrefixCount `dz_prefix_count`: u8
/// @param multicastPublisherCount `multicast_publisher_count`: u8
public record UpdateUser(
    Optional<UserType> userType,
    Optional<UserCyoa> cyoaType,
    Optional<Ipv4Address> dzIp,
    Optional<Integer> tunnelId,
    Optional<NetworkV4> tunnelNet,
    Optional<PublicKey> validatorPubkey,
    Optional<PublicKey> tenantPk,
    int dzPrefixCount,
    int multicastPublisherCount)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateUser {
    Objects.requireNonNull(userType, "user_type");
    Objects.requireNonNull(cyoaType, "cyoa_type");
    Objects.requireNonNull(dzIp, "dz_ip");
    Objects.requireNonNull(tunnelId, "tunnel_id");
    tunnelId.ifPresent(x -> Args.u16(x, "tunnel_id"));
    Objects.requireNonNull(tunnelNet, "tunnel_net");
    Objects.requireNonNull(validatorPubkey, "validator_pubkey");
    Objects.requireNonNull(tenantPk, "tenant_pk");
    Args.u8(dzPrefixCount, "dz_prefix_count");
    Args.u8(multicastPublisherCount, "multicast_publisher_count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_USER;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    Args.writeOption(w, userType, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, cyoaType, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, dzIp, (ww, x) -> ww.ipv4(x));
    Args.writeOption(w, tunnelId, (ww, x) -> ww.u16(x));
    Args.writeOption(w, tunnelNet, (ww, x) -> ww.networkV4(x));
    Args.writeOption(w, validatorPubkey, (ww, x) -> ww.publicKey(x));
    Args.writeOption(w, tenantPk, (ww, x) -> ww.publicKey(x));
    w.u8(dzPrefixCount);
    w.u8(multicastPublisherCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateUser decodeArgs(BorshReader r) {
    return new UpdateUser(
        Args.readOption(
            r,
            "user_type",
            x -> x.enumU8("user_type", UserType::fromWire, UserType.defaultVariant())),
        Args.readOption(
            r,
            "cyoa_type",
            x -> x.enumU8("cyoa_type", UserCyoa::fromWire, UserCyoa.defaultVariant())),
        Args.readOption(r, "dz_ip", x -> x.ipv4("dz_ip")),
        Args.readOption(r, "tunnel_id", x -> x.u16("tunnel_id")),
        Args.readOption(r, "tunnel_net", x -> x.networkV4("tunnel_net")),
        Args.readOption(r, "validator_pubkey", x -> x.publicKey("validator_pubkey")),
        Args.readOption(r, "tenant_pk", x -> x.publicKey("tenant_pk")),
        r.u8("dz_prefix_count"),
        r.u8("multicast_publisher_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateUser`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param user the user account (writable)
  /// @param globalState the global state account (writable)
  /// @param resources the [UserResourceAccounts] group (absent → not sent)
  /// @param tenants the [TenantSwapAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey user,
      PublicKey globalState,
      Optional<UserResourceAccounts> resources,
      Optional<TenantSwapAccounts> tenants,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(tenants, "tenants");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(user));
      m.add(AccountMeta.writable(globalState));
      resources.ifPresent(g -> m.addAll(g.metas()));
      tenants.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
