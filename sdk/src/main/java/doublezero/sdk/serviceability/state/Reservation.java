package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// Seats reserved on a device (Rust `Reservation`,
/// `smartcontract/programs/doublezero-serviceability/src/state/reservation.rs`, reference
/// `serviceability-state.md` §4.15).
///
/// Components follow the Rust field order after the `account_type` byte (always 14, implied by the
/// record type). Always [#SIZE] bytes.
///
/// All fields are required: the account has had one layout since its redesign (reference commit
/// ac5990f01, 2026-03-12); the earlier layout (bd8d8e47b, with a `client_ip`) is not a prefix of
/// today's.
///
/// @param owner `owner`: payer that reserved
/// @param bumpSeed `bump_seed`: PDA bump
/// @param devicePk `device_pk`: device
/// @param reservedCount `reserved_count`: seats reserved
public record Reservation(PublicKey owner, int bumpSeed, PublicKey devicePk, int reservedCount)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Reservation {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(devicePk, "devicePk");
    Check.u16("reservedCount", reservedCount);
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2), except
  /// that every field is required (data ending early throws where the program would default the
  /// rest, docs/compatibility.md); extra trailing bytes are ignored.
  ///
  /// @param data the account data, starting with the account-type byte 14
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Reservation decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.RESERVATION);
    return new Reservation(
        r.publicKey("owner"), r.u8("bump_seed"), r.publicKey("device_pk"), r.u16("reserved_count"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.RESERVATION.wireValue());
    w.publicKey(owner);
    w.u8(bumpSeed);
    w.publicKey(devicePk);
    w.u16(reservedCount);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.RESERVATION;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.RESERVATION)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .key("device_pk", devicePk)
        .u16("reserved_count", reservedCount)
        .build();
  }

  /// Serialized size in bytes.
  public static final int SIZE = 68;
}
