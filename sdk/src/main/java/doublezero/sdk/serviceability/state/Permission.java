package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// Roles granted to a key (Rust `Permission`,
/// `smartcontract/programs/doublezero-serviceability/src/state/permission.rs`, reference
/// `serviceability-state.md` §4.14). No `index`.
///
/// Components follow the Rust field order after the `account_type` byte (always 15, implied by the
/// record type). Always [#SIZE] bytes.
///
/// All fields are required: the account has had one layout (reference commit 716df7735,
/// 2026-03-10).
///
/// @param owner `owner`: owner
/// @param bumpSeed `bump_seed`: PDA bump
/// @param status `status`: status
/// @param userPayer `user_payer`: the key granted the roles (PDA seed)
/// @param permissions `permissions`: bitmask of [PermissionFlag]
public record Permission(
    PublicKey owner, int bumpSeed, PermissionStatus status, PublicKey userPayer, U128 permissions)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Permission {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(userPayer, "userPayer");
    Objects.requireNonNull(permissions, "permissions");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2), except
  /// that every field is required (data ending early throws where the program would default the
  /// rest, docs/compatibility.md); extra trailing bytes are ignored.
  ///
  /// @param data the account data, starting with the account-type byte 15
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Permission decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.PERMISSION);
    return new Permission(
        r.publicKey("owner"),
        r.u8("bump_seed"),
        r.enumU8("status", PermissionStatus::fromWire, PermissionStatus.defaultVariant()),
        r.publicKey("user_payer"),
        r.u128("permissions"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.PERMISSION.wireValue());
    w.publicKey(owner);
    w.u8(bumpSeed);
    w.u8(status.wireValue());
    w.publicKey(userPayer);
    w.u128(permissions);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.PERMISSION;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.PERMISSION)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .add("status", Check.variant(status))
        .key("user_payer", userPayer)
        .u128("permissions", permissions)
        .build();
  }

  /// Serialized size in bytes.
  public static final int SIZE = 83;

  /// @param flag a role
  /// @return whether its bit is set
  public boolean has(PermissionFlag flag) {
    return flag.isSet(permissions);
  }
}
