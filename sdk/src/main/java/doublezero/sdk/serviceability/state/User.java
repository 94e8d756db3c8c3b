package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// A user's connection to a device (Rust `User`,
/// `smartcontract/programs/doublezero-serviceability/src/state/user.rs`, reference
/// `serviceability-state.md` §4.9).
///
/// Components follow the Rust field order after the `account_type` byte (always 7, implied by the
/// record type). Size: 176 + 32 × (publishers + subscribers). A missing `tunnel_endpoint` is
/// 0.0.0.0 (use the device's public IP).
///
/// Required fields: `owner` … `status`, the layout since `bump_seed` was added (reference commit
/// f5e24b420, 2025-04-30). Added since: `publishers`/`subscribers` (d371e8fbb, 2025-06-02),
/// `validator_pubkey` (6609600a5, 2025-07-14), `tunnel_endpoint` (b04763a88, 2026-02-11). The real
/// testnet blobs of reference §9 (172 bytes) end after `validator_pubkey`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index (0 for users created with the V2 PDA)
/// @param bumpSeed `bump_seed`: PDA bump
/// @param userType `user_type`: kind
/// @param tenantPk `tenant_pk`: tenant (zero = none)
/// @param devicePk `device_pk`: device
/// @param cyoaType `cyoa_type`: customer-owned access mode
/// @param clientIp `client_ip`: client address
/// @param dzIp `dz_ip`: DoubleZero address
/// @param tunnelId `tunnel_id`: tunnel id
/// @param tunnelNet `tunnel_net`: tunnel /31
/// @param status `status`: status
/// @param publishers `publishers`: multicast groups published to
/// @param subscribers `subscribers`: multicast groups subscribed to
/// @param validatorPubkey `validator_pubkey`: validator identity
/// @param tunnelEndpoint `tunnel_endpoint`: device-side tunnel endpoint (0.0.0.0 = device public
///   IP)
public record User(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    UserType userType,
    PublicKey tenantPk,
    PublicKey devicePk,
    UserCyoa cyoaType,
    Ipv4Address clientIp,
    Ipv4Address dzIp,
    int tunnelId,
    NetworkV4 tunnelNet,
    UserStatus status,
    List<PublicKey> publishers,
    List<PublicKey> subscribers,
    PublicKey validatorPubkey,
    Ipv4Address tunnelEndpoint)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public User {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(userType, "userType");
    Objects.requireNonNull(tenantPk, "tenantPk");
    Objects.requireNonNull(devicePk, "devicePk");
    Objects.requireNonNull(cyoaType, "cyoaType");
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(dzIp, "dzIp");
    Check.u16("tunnelId", tunnelId);
    Objects.requireNonNull(tunnelNet, "tunnelNet");
    Objects.requireNonNull(status, "status");
    publishers = List.copyOf(publishers);
    subscribers = List.copyOf(subscribers);
    Objects.requireNonNull(validatorPubkey, "validatorPubkey");
    Objects.requireNonNull(tunnelEndpoint, "tunnelEndpoint");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `status` that are missing at the end take
  /// their defaults; extra trailing bytes are ignored. Data that ends before `status` is complete
  /// throws, where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 7
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static User decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.USER);
    return new User(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.enumU8("user_type", UserType::fromWire, UserType.defaultVariant()),
        r.publicKey("tenant_pk"),
        r.publicKey("device_pk"),
        r.enumU8("cyoa_type", UserCyoa::fromWire, UserCyoa.defaultVariant()),
        r.ipv4("client_ip"),
        r.ipv4("dz_ip"),
        r.u16("tunnel_id"),
        r.networkV4("tunnel_net"),
        r.enumU8("status", UserStatus::fromWire, UserStatus.defaultVariant()),
        r.optionalFromHere().vec("publishers", e -> e.publicKey("publishers")),
        r.vec("subscribers", e -> e.publicKey("subscribers")),
        r.publicKey("validator_pubkey"),
        r.ipv4("tunnel_endpoint"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.USER.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.u8(userType.wireValue());
    w.publicKey(tenantPk);
    w.publicKey(devicePk);
    w.u8(cyoaType.wireValue());
    w.ipv4(clientIp);
    w.ipv4(dzIp);
    w.u16(tunnelId);
    w.networkV4(tunnelNet);
    w.u8(status.wireValue());
    w.vec(publishers, BorshWriter::publicKey);
    w.vec(subscribers, BorshWriter::publicKey);
    w.publicKey(validatorPubkey);
    w.ipv4(tunnelEndpoint);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.USER;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.USER)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .add("user_type", Check.variant(userType))
        .key("tenant_pk", tenantPk)
        .key("device_pk", devicePk)
        .add("cyoa_type", Check.variant(cyoaType))
        .ip("client_ip", clientIp)
        .ip("dz_ip", dzIp)
        .u16("tunnel_id", tunnelId)
        .net("tunnel_net", tunnelNet)
        .add("status", Check.variant(status))
        .list("publishers", publishers, FieldValue.Key::new)
        .list("subscribers", subscribers, FieldValue.Key::new)
        .key("validator_pubkey", validatorPubkey)
        .ip("tunnel_endpoint", tunnelEndpoint)
        .build();
  }
}
