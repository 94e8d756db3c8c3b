package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import java.util.List;

/// The geolocation program's config account (type 1, 10 bytes; `reference/telemetry-geolocation.md`
/// §D.3, `src/state/program_config.rs`).
///
/// The program parses it incrementally (lenient): fields missing exactly at the end are 0, a partly
/// present field is an error, trailing bytes are ignored; then the type byte must be
/// `ProgramConfig`. Same here, except that every field is required: the account has had one layout
/// since it was added (reference commit 1431d0324, 2026-03-02), so no program version wrote a
/// shorter one (docs/compatibility.md).
///
/// @param bumpSeed the config PDA's bump seed (u8)
/// @param version program config version (u32; 1 at init)
/// @param minCompatibleVersion lowest compatible client version (u32; 1 at init)
public record GeolocationProgramConfig(int bumpSeed, long version, long minCompatibleVersion)
    implements GeolocationAccount {
  /// Encoded size in bytes.
  public static final int SIZE = 10;

  private static final String TYPE = "GeolocationProgramConfig";

  /// @throws IllegalArgumentException when a value is out of its unsigned range
  public GeolocationProgramConfig {
    if (bumpSeed < 0 || bumpSeed > 255) {
      throw new IllegalArgumentException("bump_seed is not a u8: " + bumpSeed);
    }
    if (version < 0
        || version > 0xFFFF_FFFFL
        || minCompatibleVersion < 0
        || minCompatibleVersion > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("version and min_compatible_version must be u32");
    }
  }

  /// @return [GeolocationAccountType#PROGRAM_CONFIG]
  @Override
  public GeolocationAccountType accountType() {
    return GeolocationAccountType.PROGRAM_CONFIG;
  }

  /// @param data the account data
  /// @return the config
  /// @throws DecodeException when the data is empty or shorter than 10 bytes, or the type is not
  ///   `ProgramConfig`
  public static GeolocationProgramConfig decode(byte[] data) {
    BorshReader r = BorshReader.lenient(data, TYPE);
    GeolocationAccounts.expect(r, GeolocationAccountType.PROGRAM_CONFIG);
    int bump = r.u8("bump_seed");
    long version = r.u32("version");
    return new GeolocationProgramConfig(bump, version, r.u32("min_compatible_version"));
  }

  /// The program's own parse (`BorshDeserializeIncremental`, `src/state/program_config.rs`): fields
  /// missing exactly at the end of the data are 0, a partly present field is an error, trailing
  /// bytes are ignored. Only data no program version wrote (shorter than 10 bytes) decodes
  /// differently from [#decode].
  ///
  /// @param data the account data
  /// @return the config
  /// @throws DecodeException when the type byte is not `ProgramConfig` or a field is partly present
  public static GeolocationProgramConfig decodeIncremental(byte[] data) {
    BorshReader r = BorshReader.lenient(data, TYPE);
    GeolocationAccounts.expect(r, GeolocationAccountType.PROGRAM_CONFIG);
    r.optionalFromHere();
    int bump = r.u8("bump_seed");
    long version = r.u32("version");
    return new GeolocationProgramConfig(bump, version, r.u32("min_compatible_version"));
  }

  /// @return the 10 account bytes
  @Override
  public byte[] encode() {
    return new BorshWriter(SIZE)
        .u8(accountType().wireValue())
        .u8(bumpSeed)
        .u32(version)
        .u32(minCompatibleVersion)
        .toByteArray();
  }

  /// @return `account_type`, `bump_seed`, `version`, `min_compatible_version`
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .variant("account_type", accountType().variantName(), accountType().wireValue())
        .u8("bump_seed", bumpSeed)
        .u32("version", version)
        .u32("min_compatible_version", minCompatibleVersion)
        .build();
  }
}
