package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// An exchange (metro) grouping devices (Rust `Exchange`,
/// `smartcontract/programs/doublezero-serviceability/src/state/exchange.rs`, reference
/// `serviceability-state.md` §4.5).
///
/// Components follow the Rust field order after the `account_type` byte (always 4, implied by the
/// record type). Size: 147 + UTF-8 lengths of code and name. `unused` is the padding left from the
/// old u32 `loc_id`.
///
/// Required fields: `owner` … `name`, the layout since `bump_seed` was added (reference commit
/// f5e24b420, 2025-04-30), whose `loc_id: u32` occupies the bytes of today's `bgp_community` +
/// `unused` (4ea933471, 9fd94450c). Added since: `reference_count` (7e95d2d94, 2025-07-28),
/// `device1_pk`/`device2_pk` (fbd816944, 2025-08-06). The real testnet blob of reference §9 (92
/// bytes) ends after `name`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param lat `lat`: latitude in degrees
/// @param lng `lng`: longitude in degrees
/// @param bgpCommunity `bgp_community`: BGP community (0 or 10000..10999)
/// @param unused `unused`: padding
/// @param status `status`: status
/// @param code `code`: short code (≤ 32 bytes)
/// @param name `name`: name (≤ 64 bytes)
/// @param referenceCount `reference_count`: number of accounts referring to it
/// @param device1Pk `device1_pk`: first switch (Display `switcha_pk`)
/// @param device2Pk `device2_pk`: second switch (Display `switchb_pk`)
public record Exchange(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    double lat,
    double lng,
    int bgpCommunity,
    int unused,
    ExchangeStatus status,
    String code,
    String name,
    long referenceCount,
    PublicKey device1Pk,
    PublicKey device2Pk)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Exchange {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Check.u16("bgpCommunity", bgpCommunity);
    Check.u16("unused", unused);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Check.u32("referenceCount", referenceCount);
    Objects.requireNonNull(device1Pk, "device1Pk");
    Objects.requireNonNull(device2Pk, "device2Pk");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `name` that are missing at the end take their
  /// defaults; extra trailing bytes are ignored. Data that ends before `name` is complete throws,
  /// where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 4
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Exchange decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.EXCHANGE);
    return new Exchange(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.f64("lat"),
        r.f64("lng"),
        r.u16("bgp_community"),
        r.u16("unused"),
        r.enumU8("status", ExchangeStatus::fromWire, ExchangeStatus.defaultVariant()),
        r.string("code"),
        r.string("name"),
        r.optionalFromHere().u32("reference_count"),
        r.publicKey("device1_pk"),
        r.publicKey("device2_pk"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.EXCHANGE.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.f64(lat);
    w.f64(lng);
    w.u16(bgpCommunity);
    w.u16(unused);
    w.u8(status.wireValue());
    w.string(code);
    w.string(name);
    w.u32(referenceCount);
    w.publicKey(device1Pk);
    w.publicKey(device2Pk);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.EXCHANGE;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.EXCHANGE)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .f64("lat", lat)
        .f64("lng", lng)
        .u16("bgp_community", bgpCommunity)
        .u16("unused", unused)
        .add("status", Check.variant(status))
        .text("code", code)
        .text("name", name)
        .u32("reference_count", referenceCount)
        .key("device1_pk", device1Pk)
        .key("device2_pk", device2Pk)
        .build();
  }
}
