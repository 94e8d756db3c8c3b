package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #36 `CreateUser` (args `UserCreateArgs`, processor `PROC/user/create.rs`;
/// `serviceability-instructions.md` §1–§3). Creates a user at its V2 PDA (Pending, or activated at
/// once when dz_prefix_count > 0); the payer must hold the access pass.
///
/// @param userType `user_type`: UserType
/// @param cyoaType `cyoa_type`: UserCyoa
/// @param clientIp `client_ip`: Ipv4Addr
/// @param tunnelEndpoint `tunnel_endpoint`: Ipv4Addr
/// @param dzPrefixCount `dz_prefix_count`: u8
public record CreateUser(
    UserType userType,
    UserCyoa cyoaType,
    Ipv4Address clientIp,
    Ipv4Address tunnelEndpoint,
    int dzPrefixCount)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateUser {
    Objects.requireNonNull(userType, "user_type");
    Objects.requireNonNull(cyoaType, "cyoa_type");
    Objects.requireNonNull(clientIp, "client_ip");
    Objects.requireNonNull(tunnelEndpoint, "tunnel_endpoint");
    Args.u8(dzPrefixCount, "dz_prefix_count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_USER;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(userType.wireValue());
    w.u8(cyoaType.wireValue());
    w.ipv4(clientIp);
    w.ipv4(tunnelEndpoint);
    w.u8(dzPrefixCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateUser decodeArgs(BorshReader r) {
    return new CreateUser(
        r.enumU8("user_type", UserType::fromWire, UserType.defaultVariant()),
        r.enumU8("cyoa_type", UserCyoa::fromWire, UserCyoa.defaultVariant()),
        r.ipv4("client_ip"),
        r.ipv4("tunnel_endpoint"),
        r.u8("dz_prefix_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateUser`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param user the user account (writable)
  /// @param device the device account (writable)
  /// @param accessPass the access pass account (writable)
  /// @param globalState the global state account (writable)
  /// @param resources the [UserResourceAccounts] group (absent → not sent)
  /// @param tenant the tenant account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey user,
      PublicKey device,
      PublicKey accessPass,
      PublicKey globalState,
      Optional<UserResourceAccounts> resources,
      Optional<PublicKey> tenant,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(user));
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.writable(globalState));
      resources.ifPresent(g -> m.addAll(g.metas()));
      tenant.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
