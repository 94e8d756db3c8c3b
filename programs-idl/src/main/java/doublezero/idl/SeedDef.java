package doublezero.idl;

import java.util.List;

/// The seeds of a program-derived address (serviceability-state.md §6, telemetry-geolocation.md
/// §A.5, §D.1).
///
/// @param account the account name (an [AccountDef] name)
/// @param variant which derivation, when an account has several (e.g. `V2` for User, `TunnelIds`
///   for ResourceExtension); null when it has one
/// @param seeds the seeds in order: a literal (its UTF-8 bytes) or a placeholder `{name:kind}` with
///   kind `pubkey` (32 bytes), `u128`/`u64`/`u8` (little-endian), `ipv4` (4 octets) or `string`
///   (UTF-8 bytes)
public record SeedDef(String account, String variant, List<String> seeds) {
  /// Normalises a missing seed list to an empty one.
  public SeedDef {
    seeds = seeds == null ? List.of() : List.copyOf(seeds);
  }
}
