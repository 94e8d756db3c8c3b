package doublezero.sdk.geolocation.pda;

import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// Program-derived addresses of the geolocation program (`reference/telemetry-geolocation.md` §D.1,
/// `src/seeds.rs`, `src/pda.rs`).
public final class GeolocationPda {
  private GeolocationPda() {}

  /// First seed: `"doublezero"`.
  public static final byte[] SEED_PREFIX = ascii("doublezero");

  /// Program config seed: `"programconfig"`.
  public static final byte[] SEED_PROGRAM_CONFIG = ascii("programconfig");

  /// GeoProbe seed: `"probe"`.
  public static final byte[] SEED_PROBE = ascii("probe");

  /// GeolocationUser seed: `"geouser"`.
  public static final byte[] SEED_GEOUSER = ascii("geouser");

  /// The upgradeable BPF loader, owner of every program's program-data account.
  public static final PublicKey BPF_LOADER_UPGRADEABLE =
      PublicKey.fromBase58("BPFLoaderUpgradeab1e11111111111111111111111");

  /// @param programId the geolocation program
  /// @return the config PDA: seeds `"doublezero"`, `"programconfig"`
  public static ProgramDerivedAddress programConfig(PublicKey programId) {
    return PublicKey.findProgramAddress(List.of(SEED_PREFIX, SEED_PROGRAM_CONFIG), programId);
  }

  /// @param programId the geolocation program
  /// @param code the probe code (UTF-8 bytes are the seed)
  /// @return the GeoProbe PDA: seeds `"doublezero"`, `"probe"`, code
  /// @throws IllegalArgumentException when the code is longer than 32 bytes
  public static ProgramDerivedAddress geoProbe(PublicKey programId, String code) {
    return PublicKey.findProgramAddress(
        List.of(SEED_PREFIX, SEED_PROBE, code.getBytes(StandardCharsets.UTF_8)), programId);
  }

  /// @param programId the geolocation program
  /// @param code the user code
  /// @return the GeolocationUser PDA: seeds `"doublezero"`, `"geouser"`, code
  /// @throws IllegalArgumentException when the code is longer than 32 bytes
  public static ProgramDerivedAddress geolocationUser(PublicKey programId, String code) {
    return PublicKey.findProgramAddress(
        List.of(SEED_PREFIX, SEED_GEOUSER, code.getBytes(StandardCharsets.UTF_8)), programId);
  }

  /// The program's program-data account (needed by the config instructions to check the upgrade
  /// authority).
  ///
  /// @param programId the geolocation program
  /// @return the PDA with seed `[programId]` under [#BPF_LOADER_UPGRADEABLE]
  public static ProgramDerivedAddress programData(PublicKey programId) {
    return PublicKey.findProgramAddress(List.of(programId.toBytes()), BPF_LOADER_UPGRADEABLE);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
