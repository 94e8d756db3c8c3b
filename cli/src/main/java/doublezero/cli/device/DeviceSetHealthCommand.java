package doublezero.cli.device;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeviceAccounts;
import doublezero.sdk.serviceability.instruction.SetDeviceHealth;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Hidden `doublezero device set-health --pubkey <pk|code> --health <h>` (reference
/// `smartcontract/cli/src/device/sethealth.rs`, SDK `commands/device/sethealth.rs`):
/// SetDeviceHealth (#83) with accounts device and GlobalState. Health: `unknown`, `pending`,
/// `ready-for-links`, `ready-for-users`, `impaired`.
@Command(name = "set-health", hidden = true, description = "Set the health of a device")
final class DeviceSetHealthCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey to update")
  String pubkey;

  @Option(
      names = "--health",
      required = true,
      description = "Device Health to set (pending, ready-for-links, ready-for-users, impaired)")
  String health;

  @Override
  protected void execute(Session s) {
    DeviceHealth h =
        parsed(
                () ->
                    WireEnumArgs.option(
                        DeviceHealth.class, "--health", health, "Invalid DeviceHealth"))
            .orElseThrow();
    Keyed<Device> k = s.ledger().device(pubkey);
    DeviceInstructions.globalState(s.ledger());
    PublicKey programId = s.connection().programId();
    Sender.send(
        s,
        new SetDeviceHealth(h)
            .toInstruction(
                programId,
                new DeviceAccounts(
                    k.key(),
                    DeviceInstructions.globalStateKey(programId),
                    s.signer().publicKey())));
  }
}
