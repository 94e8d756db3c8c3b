package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// Permission for a client IP and payer to connect (Rust `AccessPass`,
/// `smartcontract/programs/doublezero-serviceability/src/state/accesspass.rs`, reference
/// `serviceability-state.md` §4.11).
///
/// Components follow the Rust field order after the `account_type` byte (always 11, implied by the
/// record type). Size: 94 + size of the type's payload + 32 × (keys in the three lists).
///
/// Required fields: `owner` … `status`, the layout since `connection_count` was inserted before
/// `status` (reference commits 4b61dfafb and fa60587dc, 2025-08-19; the first layout, b790b6f84, is
/// not a prefix of today's). Added since: the multicast allowlists (5d24a1ca0, 2025-10-07), `flags`
/// (3b13effb5, 2025-10-08), `tenant_allowlist` (10a67ed4b, 2026-02-10). The real testnet blobs of
/// reference §9 end after `status` (114 bytes) and after `flags` (91 bytes).
///
/// @param owner `owner`: the signer that created it
/// @param bumpSeed `bump_seed`: PDA bump
/// @param accesspassType `accesspass_type`: kind with payload
/// @param clientIp `client_ip`: client address (0.0.0.0 = dynamic)
/// @param userPayer `user_payer`: payer
/// @param lastAccessEpoch `last_access_epoch`: last epoch allowed (u64::MAX = unlimited)
/// @param connectionCount `connection_count`: connections
/// @param status `status`: status
/// @param mgroupPubAllowlist `mgroup_pub_allowlist`: multicast groups it may publish to
/// @param mgroupSubAllowlist `mgroup_sub_allowlist`: multicast groups it may subscribe to
/// @param flags `flags`: bit 0 IS_DYNAMIC, bit 1 ALLOW_MULTIPLE_IP
/// @param tenantAllowlist `tenant_allowlist`: tenants it may use
public record AccessPass(
    PublicKey owner,
    int bumpSeed,
    AccessPassType accesspassType,
    Ipv4Address clientIp,
    PublicKey userPayer,
    long lastAccessEpoch,
    int connectionCount,
    AccessPassStatus status,
    List<PublicKey> mgroupPubAllowlist,
    List<PublicKey> mgroupSubAllowlist,
    int flags,
    List<PublicKey> tenantAllowlist)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public AccessPass {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(accesspassType, "accesspassType");
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(userPayer, "userPayer");
    Check.u16("connectionCount", connectionCount);
    Objects.requireNonNull(status, "status");
    mgroupPubAllowlist = List.copyOf(mgroupPubAllowlist);
    mgroupSubAllowlist = List.copyOf(mgroupSubAllowlist);
    Check.u8("flags", flags);
    tenantAllowlist = List.copyOf(tenantAllowlist);
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `status` that are missing at the end take
  /// their defaults; extra trailing bytes are ignored. Data that ends before `status` is complete
  /// throws, where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 11
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static AccessPass decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.ACCESS_PASS);
    return new AccessPass(
        r.publicKey("owner"),
        r.u8("bump_seed"),
        AccessPassType.decode(r, "accesspass_type"),
        r.ipv4("client_ip"),
        r.publicKey("user_payer"),
        r.u64("last_access_epoch"),
        r.u16("connection_count"),
        r.enumU8("status", AccessPassStatus::fromWire, AccessPassStatus.defaultVariant()),
        r.optionalFromHere().vec("mgroup_pub_allowlist", e -> e.publicKey("mgroup_pub_allowlist")),
        r.vec("mgroup_sub_allowlist", e -> e.publicKey("mgroup_sub_allowlist")),
        r.u8("flags"),
        r.vec("tenant_allowlist", e -> e.publicKey("tenant_allowlist")));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.ACCESS_PASS.wireValue());
    w.publicKey(owner);
    w.u8(bumpSeed);
    accesspassType.encode(w);
    w.ipv4(clientIp);
    w.publicKey(userPayer);
    w.u64(lastAccessEpoch);
    w.u16(connectionCount);
    w.u8(status.wireValue());
    w.vec(mgroupPubAllowlist, BorshWriter::publicKey);
    w.vec(mgroupSubAllowlist, BorshWriter::publicKey);
    w.u8(flags);
    w.vec(tenantAllowlist, BorshWriter::publicKey);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.ACCESS_PASS;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.ACCESS_PASS)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .add("accesspass_type", accesspassType.toFieldValue())
        .ip("client_ip", clientIp)
        .key("user_payer", userPayer)
        .u64("last_access_epoch", lastAccessEpoch)
        .u16("connection_count", connectionCount)
        .add("status", Check.variant(status))
        .list("mgroup_pub_allowlist", mgroupPubAllowlist, FieldValue.Key::new)
        .list("mgroup_sub_allowlist", mgroupSubAllowlist, FieldValue.Key::new)
        .u8("flags", flags)
        .list("tenant_allowlist", tenantAllowlist, FieldValue.Key::new)
        .build();
  }

  /// `flags` bit 0: the pass is not tied to a client IP (created with 0.0.0.0).
  public static final int FLAG_IS_DYNAMIC = 0x01;

  /// `flags` bit 1: the payer may connect from several IPs.
  public static final int FLAG_ALLOW_MULTIPLE_IP = 0x02;

  /// `last_access_epoch` of a pass that never expires (u64::MAX).
  public static final long UNLIMITED_EPOCH = -1L;

  /// @return whether [#FLAG_IS_DYNAMIC] is set
  public boolean isDynamic() {
    return (flags & FLAG_IS_DYNAMIC) != 0;
  }

  /// @return whether [#FLAG_ALLOW_MULTIPLE_IP] is set
  public boolean allowsMultipleIp() {
    return (flags & FLAG_ALLOW_MULTIPLE_IP) != 0;
  }

  /// @return whether `last_access_epoch` is u64::MAX
  public boolean isUnlimited() {
    return lastAccessEpoch == UNLIMITED_EPOCH;
  }
}
