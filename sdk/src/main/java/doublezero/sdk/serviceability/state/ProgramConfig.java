package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import java.util.List;
import java.util.Objects;

/// The deployed program's version (Rust `ProgramConfig`,
/// `smartcontract/programs/doublezero-serviceability/src/state/programconfig.rs`, reference
/// `serviceability-state.md` §4.3).
///
/// Components follow the Rust field order after the `account_type` byte (always 9, implied by the
/// record type). Always [#SIZE] bytes; older accounts of 14 bytes lack `min_compatible_version`
/// (0.0.0).
///
/// Required fields: `bump_seed`, `version` (the account's first layout, reference commit 547dcb639,
/// 2025-06-26). `min_compatible_version` was added in 259292a9d (2025-11-18); the real testnet blob
/// of reference §9 (14 bytes) ends after `version`. Each version is read whole: data ending inside
/// one throws.
///
/// @param bumpSeed `bump_seed`: PDA bump
/// @param version `version`: program version
/// @param minCompatibleVersion `min_compatible_version`: oldest compatible client version
public record ProgramConfig(
    int bumpSeed, ProgramVersion version, ProgramVersion minCompatibleVersion)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public ProgramConfig {
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(minCompatibleVersion, "minCompatibleVersion");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `version` that are missing at the end take
  /// their defaults; extra trailing bytes are ignored. Data that ends before `version` is complete
  /// throws, where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 9
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static ProgramConfig decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.PROGRAM_CONFIG);
    return new ProgramConfig(
        r.u8("bump_seed"),
        ProgramVersion.decode(r, "version"),
        ProgramVersion.decode(r.optionalFromHere(), "min_compatible_version"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.PROGRAM_CONFIG.wireValue());
    w.u8(bumpSeed);
    version.encode(w);
    minCompatibleVersion.encode(w);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.PROGRAM_CONFIG;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.PROGRAM_CONFIG)
        .u8("bump_seed", bumpSeed)
        .add("version", version.toFieldValue())
        .add("min_compatible_version", minCompatibleVersion.toFieldValue())
        .build();
  }

  /// Serialized size in bytes.
  public static final int SIZE = 26;
}
