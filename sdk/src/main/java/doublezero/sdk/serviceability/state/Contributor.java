package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// An organisation contributing devices and links (Rust `Contributor`,
/// `smartcontract/programs/doublezero-serviceability/src/state/contributor.rs`, reference
/// `serviceability-state.md` §4.6).
///
/// Components follow the Rust field order after the `account_type` byte (always 10, implied by the
/// record type). Size: 91 + UTF-8 length of code.
///
/// Required fields: `owner` … `code`, the layout since `ata_owner_pk` was removed (reference commit
/// 7284867ef, 2025-07-21; the first layout, with that key before `status`, is not a prefix of
/// today's). Added since: `reference_count` (7e95d2d94, 2025-07-28), `ops_manager_pk` (e419c82a9,
/// 2025-11-27). The real testnet blob of reference §9 (63 bytes) ends after `reference_count`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param status `status`: status
/// @param code `code`: short code
/// @param referenceCount `reference_count`: number of accounts referring to it
/// @param opsManagerPk `ops_manager_pk`: operations manager key
public record Contributor(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    ContributorStatus status,
    String code,
    long referenceCount,
    PublicKey opsManagerPk)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Contributor {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Check.u32("referenceCount", referenceCount);
    Objects.requireNonNull(opsManagerPk, "opsManagerPk");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `code` that are missing at the end take their
  /// defaults; extra trailing bytes are ignored. Data that ends before `code` is complete throws,
  /// where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 10
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Contributor decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.CONTRIBUTOR);
    return new Contributor(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.enumU8("status", ContributorStatus::fromWire, ContributorStatus.defaultVariant()),
        r.string("code"),
        r.optionalFromHere().u32("reference_count"),
        r.publicKey("ops_manager_pk"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.CONTRIBUTOR.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.u8(status.wireValue());
    w.string(code);
    w.u32(referenceCount);
    w.publicKey(opsManagerPk);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.CONTRIBUTOR;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.CONTRIBUTOR)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .add("status", Check.variant(status))
        .text("code", code)
        .u32("reference_count", referenceCount)
        .key("ops_manager_pk", opsManagerPk)
        .build();
  }
}
