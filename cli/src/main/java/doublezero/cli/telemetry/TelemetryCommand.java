package doublezero.cli.telemetry;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero telemetry …`: the latency samples of the telemetry program read back and summarised
/// per circuit (reference `controlplane/telemetry/internal/data/cli`, the `telemetry-data` tool).
@Command(
    name = "telemetry",
    description = "Read latency data from the telemetry program",
    subcommands = {TelemetryDeviceCommand.class, TelemetryInternetCommand.class})
public final class TelemetryCommand extends GroupCommand {}
