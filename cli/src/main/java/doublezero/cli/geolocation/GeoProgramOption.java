package doublezero.cli.geolocation;

import java.util.Optional;
import picocli.CommandLine.Option;

/// `--geo-program-id`: the geolocation program id (or `mainnet-beta`/`testnet`/`devnet`/`local`),
/// as the reference `doublezero-geolocation` tool's global flag of that name.
public final class GeoProgramOption {
  @Option(
      names = "--geo-program-id",
      paramLabel = "PROGRAM_ID",
      description = "Geolocation program ID (or mainnet-beta, testnet, devnet, local).")
  String geoProgramId;

  /// @return the flag's value, if given
  public Optional<String> value() {
    return Optional.ofNullable(geoProgramId);
  }
}
