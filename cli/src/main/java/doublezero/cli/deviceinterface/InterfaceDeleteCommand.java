package doublezero.cli.deviceinterface;

import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeleteDeviceInterface;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.InterfaceAllocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `doublezero device interface delete <DEVICE> <NAME>` (reference
/// `smartcontract/cli/src/device/interface/ delete.rs`, SDK `commands/device/interface/delete.rs`):
/// DeleteDeviceInterface (#74); refused for an Activated physical interface (it belongs to a link).
@Command(name = "delete", description = "Delete a device interface")
final class InterfaceDeleteCommand extends CliCommand {
  @Parameters(
      index = "0",
      paramLabel = "DEVICE",
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey or Code")
  String device;

  @Parameters(
      index = "1",
      paramLabel = "NAME",
      converter = IfaceConverter.class,
      description = "Interface name")
  String name;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Keyed<Device> d;
    try {
      d = l.device(device);
    } catch (CliException e) {
      throw new CliException("Device not found");
    }
    InterfaceV2 iface = InterfaceSupport.find(d.value(), name);
    if (iface.interfaceType() == InterfaceType.PHYSICAL
        && iface.status() == InterfaceStatus.ACTIVATED) {
      throw new CliException(
          "Cannot delete physical interface '"
              + iface.name()
              + "' with status "
              + iface.status().rustDisplay());
    }
    PublicKey programId = s.connection().programId();
    Optional<InterfaceAllocationAccounts> alloc =
        InterfaceSupport.allocation(InterfaceSupport.globalState(l), programId);
    Sender.send(
        s,
        new DeleteDeviceInterface(name, alloc.isPresent())
            .toInstruction(
                programId,
                new DeviceContributorInterfaceAccounts(
                    d.key(),
                    d.value().contributorPk(),
                    ServiceabilityPdas.globalState(programId).address(),
                    alloc,
                    s.signer().publicKey())));
  }
}
