package doublezero.cli.device;

import doublezero.cli.command.GroupCommand;
import doublezero.cli.deviceinterface.InterfaceCommand;
import picocli.CommandLine.Command;

/// `doublezero device …` (reference `smartcontract/cli/src/device/`).
@Command(
    name = "device",
    description = "Manage devices.",
    subcommands = {
      DeviceCreateCommand.class,
      DeviceUpdateCommand.class,
      DeviceListCommand.class,
      DeviceGetCommand.class,
      DeviceDeleteCommand.class,
      InterfaceCommand.class,
      DeviceSetHealthCommand.class,
      DeviceDrainCommand.Suspend.class,
      DeviceDrainCommand.Resume.class
    })
public final class DeviceCommand extends GroupCommand {}
