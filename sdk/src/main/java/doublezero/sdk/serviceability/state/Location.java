package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// A physical location (data centre) (Rust `Location`,
/// `smartcontract/programs/doublezero-serviceability/src/state/location.rs`, reference
/// `serviceability-state.md` §4.4).
///
/// Components follow the Rust field order after the `account_type` byte (always 3, implied by the
/// record type). Size: 87 + UTF-8 lengths of code, name and country.
///
/// Required fields: `owner` … `country`, the layout since `bump_seed` was added (reference commit
/// f5e24b420, 2025-04-30). `reference_count` was added in 7e95d2d94 (2025-07-28); the real testnet
/// blob of reference §9 (97 bytes) ends after `country`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param lat `lat`: latitude in degrees
/// @param lng `lng`: longitude in degrees
/// @param locId `loc_id`: location id
/// @param status `status`: status
/// @param code `code`: short code (≤ 32 bytes)
/// @param name `name`: name (≤ 64 bytes)
/// @param country `country`: 2-letter country code
/// @param referenceCount `reference_count`: number of accounts referring to it
public record Location(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    double lat,
    double lng,
    long locId,
    LocationStatus status,
    String code,
    String name,
    String country,
    long referenceCount)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Location {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Check.u32("locId", locId);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Check.u32("referenceCount", referenceCount);
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `country` that are missing at the end take
  /// their defaults; extra trailing bytes are ignored. Data that ends before `country` is complete
  /// throws, where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 3
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Location decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.LOCATION);
    return new Location(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.f64("lat"),
        r.f64("lng"),
        r.u32("loc_id"),
        r.enumU8("status", LocationStatus::fromWire, LocationStatus.defaultVariant()),
        r.string("code"),
        r.string("name"),
        r.string("country"),
        r.optionalFromHere().u32("reference_count"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.LOCATION.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.f64(lat);
    w.f64(lng);
    w.u32(locId);
    w.u8(status.wireValue());
    w.string(code);
    w.string(name);
    w.string(country);
    w.u32(referenceCount);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.LOCATION;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.LOCATION)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .f64("lat", lat)
        .f64("lng", lng)
        .u32("loc_id", locId)
        .add("status", Check.variant(status))
        .text("code", code)
        .text("name", name)
        .text("country", country)
        .u32("reference_count", referenceCount)
        .build();
  }
}
