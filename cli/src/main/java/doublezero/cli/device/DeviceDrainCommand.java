package doublezero.cli.device;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Optional;
import picocli.CommandLine.Option;

/// Project addition: `device suspend|resume --pubkey <pk|code>` drain and undrain a device. The
/// v0.12.0 program rejects the old SuspendDevice/ResumeDevice instructions; draining there is
/// UpdateDevice (#23) with `status = Drained` and `desired_status = Drained` (resume: both
/// `Activated`), what the reference's `device update --status drained --desired-status drained`
/// sends (`smartcontract/cli/src/device/update.rs`; the program lets the owner move Activated ↔
/// Drained, `processors/device/update.rs`).
abstract class DeviceDrainCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device pubkey or code.")
  String pubkey;

  /// @return the desired status this command sets
  abstract DeviceDesiredStatus target();

  @Override
  protected void execute(Session s) {
    Keyed<Device> d = s.ledger().device(pubkey);
    Sender.send(s, instruction(s.connection().programId(), d, target(), s.signer().publicKey()));
  }

  /// @param programId the program
  /// @param d the device
  /// @param desired the desired status
  /// @param payer the signer
  /// @return UpdateDevice with only `status` and `desired_status` set
  static Instruction instruction(
      PublicKey programId, Keyed<Device> d, DeviceDesiredStatus desired, PublicKey payer) {
    UpdateDevice args =
        new UpdateDevice(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                desired == DeviceDesiredStatus.DRAINED
                    ? DeviceStatus.DRAINED
                    : DeviceStatus.ACTIVATED),
            Optional.of(desired),
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    Device v = d.value();
    return args.toInstruction(
        programId,
        new UpdateDevice.Accounts(
            d.key(),
            v.contributorPk(),
            v.locationPk(),
            v.locationPk(),
            ServiceabilityPdas.globalState(programId).address(),
            Optional.empty(),
            payer));
  }

  @picocli.CommandLine.Command(
      name = "suspend",
      description = "Drain a device (status and desired status drained).")
  static final class Suspend extends DeviceDrainCommand {
    @Override
    DeviceDesiredStatus target() {
      return DeviceDesiredStatus.DRAINED;
    }
  }

  @picocli.CommandLine.Command(
      name = "resume",
      description = "Undrain a device (status and desired status activated).")
  static final class Resume extends DeviceDrainCommand {
    @Override
    DeviceDesiredStatus target() {
      return DeviceDesiredStatus.ACTIVATED;
    }
  }
}
