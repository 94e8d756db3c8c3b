package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// A multicast group (Rust `MulticastGroup`,
/// `smartcontract/programs/doublezero-serviceability/src/state/multicastgroup.rs`, reference
/// `serviceability-state.md` §4.10).
///
/// Components follow the Rust field order after the `account_type` byte (always 8, implied by the
/// record type). Size: 107 + UTF-8 length of code (some old accounts carry 8 more bytes, ignored).
///
/// All fields are required. The first layout (reference commit d371e8fbb, 2025-06-02) had four
/// `Vec<Pubkey>` after `code` (at least 16 bytes), replaced by the two u32 counts in 5d24a1ca0
/// (2025-10-07), which read the first 8 of those bytes: every version wrote them. The real testnet
/// blob of reference §9 is 119 bytes, 8 more than today's layout (ignored).
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param tenantPk `tenant_pk`: tenant
/// @param multicastIp `multicast_ip`: group address
/// @param maxBandwidth `max_bandwidth`: bits per second
/// @param status `status`: status
/// @param code `code`: short code
/// @param publisherCount `publisher_count`: publishers
/// @param subscriberCount `subscriber_count`: subscribers
public record MulticastGroup(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    PublicKey tenantPk,
    Ipv4Address multicastIp,
    long maxBandwidth,
    MulticastGroupStatus status,
    String code,
    long publisherCount,
    long subscriberCount)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public MulticastGroup {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(tenantPk, "tenantPk");
    Objects.requireNonNull(multicastIp, "multicastIp");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Check.u32("publisherCount", publisherCount);
    Check.u32("subscriberCount", subscriberCount);
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2), except
  /// that every field is required (data ending early throws where the program would default the
  /// rest, docs/compatibility.md); extra trailing bytes are ignored.
  ///
  /// @param data the account data, starting with the account-type byte 8
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static MulticastGroup decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.MULTICAST_GROUP);
    return new MulticastGroup(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.publicKey("tenant_pk"),
        r.ipv4("multicast_ip"),
        r.u64("max_bandwidth"),
        r.enumU8("status", MulticastGroupStatus::fromWire, MulticastGroupStatus.defaultVariant()),
        r.string("code"),
        r.u32("publisher_count"),
        r.u32("subscriber_count"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.MULTICAST_GROUP.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.publicKey(tenantPk);
    w.ipv4(multicastIp);
    w.u64(maxBandwidth);
    w.u8(status.wireValue());
    w.string(code);
    w.u32(publisherCount);
    w.u32(subscriberCount);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.MULTICAST_GROUP;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.MULTICAST_GROUP)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .key("tenant_pk", tenantPk)
        .ip("multicast_ip", multicastIp)
        .u64("max_bandwidth", maxBandwidth)
        .add("status", Check.variant(status))
        .text("code", code)
        .u32("publisher_count", publisherCount)
        .u32("subscriber_count", subscriberCount)
        .build();
  }
}
