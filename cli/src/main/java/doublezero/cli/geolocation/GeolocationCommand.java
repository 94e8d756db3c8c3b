package doublezero.cli.geolocation;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero geolocation`: the reference's separate `doublezero-geolocation` tool
/// (`client/doublezero-geolocation-cli` at v0.12.0: `probe`, `init-config`, `config`) as a
/// subcommand of `doublezero`, plus this project's `verify` (RFC 1). Each command takes
/// `--geo-program-id`; the serviceability program (for the foundation allowlist in GlobalState)
/// comes from the global `--env`/`--program-id`/config as for every other command.
@Command(
    name = "geolocation",
    description = "Manage geolocation probes and verify location offsets.",
    subcommands = {
      ProbeCommand.class,
      InitConfigCommand.class,
      GeoConfigCommand.class,
      VerifyCommand.class
    })
public final class GeolocationCommand extends GroupCommand {}
