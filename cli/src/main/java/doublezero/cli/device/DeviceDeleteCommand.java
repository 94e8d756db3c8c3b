package doublezero.cli.device;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.instruction.DeviceTeardownAccounts;
import doublezero.sdk.serviceability.instruction.ResourceRefundAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero device delete --pubkey <pk|code>` (reference
/// `smartcontract/cli/src/device/delete.rs`, SDK `commands/device/delete.rs`): DeleteDevice (#26).
/// When every resource account of the device exists (TunnelIds(device, 0), DzPrefixBlock(device,
/// i)), the atomic path: `resource_count` = their number, and the accounts add location, exchange,
/// the resources, their owners and the device owner; otherwise the legacy path (device,
/// contributor, GlobalState; `resource_count` 0).
@Command(name = "delete", description = "Delete a device")
final class DeviceDeleteCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey to delete")
  String pubkey;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Keyed<Device> k;
    try {
      k = l.device(pubkey);
    } catch (CliException e) {
      throw new CliException("Device not found");
    }
    DeviceInstructions.globalState(l);
    PublicKey programId = s.connection().programId();
    Device d = k.value();
    List<PublicKey> resources = new ArrayList<>();
    List<PublicKey> owners = new ArrayList<>();
    for (int i = 0; i <= d.dzPrefixes().size(); i++) {
      PublicKey pda =
          i == 0
              ? ServiceabilityPdas.tunnelIds(programId, k.key(), 0).address()
              : ServiceabilityPdas.dzPrefixBlock(programId, k.key(), i - 1).address();
      Optional<ResourceExtension> r = l.get(pda, ResourceExtension.class);
      if (r.isEmpty()) {
        resources.clear();
        owners.clear();
        break;
      }
      resources.add(pda);
      owners.add(r.get().owner());
    }
    Optional<DeviceTeardownAccounts> teardown =
        resources.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new DeviceTeardownAccounts(
                    d.locationPk(),
                    d.exchangePk(),
                    new ResourceRefundAccounts(resources, owners),
                    d.owner()));
    Sender.send(
        s,
        new DeleteDevice(resources.size())
            .toInstruction(
                programId,
                new DeleteDevice.Accounts(
                    k.key(),
                    d.contributorPk(),
                    DeviceInstructions.globalStateKey(programId),
                    teardown,
                    s.signer().publicKey())));
  }
}
