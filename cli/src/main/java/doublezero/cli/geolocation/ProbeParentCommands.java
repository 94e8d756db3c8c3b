package doublezero.cli.geolocation;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Session;
import doublezero.sdk.geolocation.instruction.AddParentDevice;
import doublezero.sdk.geolocation.instruction.AddParentDeviceAccounts;
import doublezero.sdk.geolocation.instruction.GeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.RemoveParentDevice;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero geolocation probe add-parent|remove-parent` (reference
/// `smartcontract/cli/src/geolocation/probe/{add_parent,remove_parent}.rs`): AddParentDevice (tag
/// 5, the device passed as an account) and RemoveParentDevice (tag 6, the device key as the
/// argument). The program's rules are checked first so a mistake is named before anything is sent:
/// the probe exists, the device is a Device and is Activated, not already a parent (or, for
/// removal, is one), at most [GeoProbe#MAX_PARENT_DEVICES] parents.
final class ProbeParentCommands {
  private ProbeParentCommands() {}

  @Command(name = "add-parent", description = "Add a parent device to a probe.")
  static final class AddParent extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Probe code.")
    String code;

    @Option(
        names = "--device",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Device account pubkey (or code) to add as parent.")
    String device;

    @Override
    protected void execute(Session s) {
      GeoContext geo = GeoContext.of(s, program);
      PublicKey pda = ProbeCommand.existing(geo, code);
      GeoProbe probe = geo.probe(pda, code).state();
      Keyed<Device> d = s.ledger().device(device);
      if (d.value().status() != DeviceStatus.ACTIVATED) {
        throw new CliException(
            "Device "
                + d.value().code()
                + " is not activated (status: "
                + d.value().status().rustDisplay()
                + "); only an activated device can be a parent");
      }
      if (probe.parentDevices().contains(d.key())) {
        throw new CliException(
            "Device " + d.value().code() + " is already a parent of probe '" + code + "'");
      }
      if (probe.parentDevices().size() >= GeoProbe.MAX_PARENT_DEVICES) {
        throw new CliException(
            "Probe '"
                + code
                + "' already has the maximum of "
                + GeoProbe.MAX_PARENT_DEVICES
                + " parent devices");
      }
      geo.send(
          new AddParentDevice()
              .toInstruction(
                  geo.programId(),
                  AddParentDeviceAccounts.derive(
                      geo.programId(), code, d.key(), geo.globalState(), s.signer().publicKey())));
    }
  }

  @Command(name = "remove-parent", description = "Remove a parent device from a probe.")
  static final class RemoveParent extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Probe code.")
    String code;

    @Option(
        names = "--device",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Device account pubkey (or code) to remove as parent.")
    String device;

    @Override
    protected void execute(Session s) {
      GeoContext geo = GeoContext.of(s, program);
      PublicKey pda = ProbeCommand.existing(geo, code);
      GeoProbe probe = geo.probe(pda, code).state();
      PublicKey key =
          s.ledger()
              .keyOf(
                  device, Device.class, Device::code, "Device with code " + device + " not found");
      if (!probe.parentDevices().contains(key)) {
        throw new CliException("Device " + device + " is not a parent of probe '" + code + "'");
      }
      geo.send(
          new RemoveParentDevice(key)
              .toInstruction(
                  geo.programId(),
                  GeoProbeAccounts.derive(
                      geo.programId(), code, geo.globalState(), s.signer().publicKey())));
    }
  }
}
