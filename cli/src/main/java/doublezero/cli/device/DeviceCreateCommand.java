package doublezero.cli.device;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.NetworksConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.args.Validators;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero device create` (reference `smartcontract/cli/src/device/create.rs`, SDK
/// `commands/device/create.rs`): CreateDevice (#20) at the device PDA of `account_index + 1`; with
/// the `OnChainAllocation` feature flag also GlobalConfig, TunnelIds and one DzPrefixBlock per
/// prefix (`resource_count = 1 + prefixes`). Checks code, public IP and prefix conflicts before
/// sending.
@Command(name = "create", description = "Create a new device")
final class DeviceCreateCommand extends CliCommand {
  @Option(
      names = "--code",
      required = true,
      converter = CodeConverter.class,
      description = "Unique device code")
  String code;

  @Option(
      names = "--contributor",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Contributor (pubkey or code) associated with the device")
  String contributor;

  @Option(
      names = "--device-type",
      defaultValue = "hybrid",
      description = "Device type (hybrid, transit, edge)")
  String deviceType;

  @Option(
      names = "--location",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Location (pubkey or code) associated with the device")
  String location;

  @Option(
      names = "--exchange",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Exchange (pubkey or code) associated with the device")
  String exchange;

  @Option(
      names = "--public-ip",
      required = true,
      converter = Ipv4Converter.class,
      description = "Device public IPv4 address (e.g. 10.0.0.1)")
  Ipv4Address publicIp;

  @Option(
      names = "--dz-prefixes",
      required = true,
      converter = NetworksConverter.class,
      description =
          "List of DZ prefixes in comma-separated CIDR format (e.g. 10.1.0.0/16,10.2.0.0/16)")
  List<NetworkV4> dzPrefixes;

  @Option(
      names = "--metrics-publisher",
      converter = PubkeyOrMeConverter.class,
      description = "Metrics publisher public key or `me` (default: you)")
  String metricsPublisher;

  @Option(
      names = "--mgmt-vrf",
      defaultValue = "default",
      description = "Management VRF name (optional)")
  String mgmtVrf;

  @Option(
      names = "--desired-status",
      hidden = true,
      description = "Desired status for the device (optional)")
  String desiredStatus;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the device to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    Optional<DeviceDesiredStatus> desired =
        parsed(
            () ->
                WireEnumArgs.option(
                    DeviceDesiredStatus.class,
                    "--desired-status",
                    desiredStatus,
                    "Invalid DeviceDesiredStatus"));
    LedgerView l = s.ledger();
    checkConflicts(l.all(Device.class));
    PublicKey contributorPk =
        l.keyOf(contributor, Contributor.class, Contributor::code, "Contributor not found");
    PublicKey locationPk = l.keyOf(location, Location.class, Location::code, "Location not found");
    PublicKey exchangePk = l.keyOf(exchange, Exchange.class, Exchange::code, "Exchange not found");
    PublicKey payer = s.signer().publicKey();
    PublicKey publisher =
        metricsPublisher == null || metricsPublisher.equals("me")
            ? payer
            : PublicKey.fromBase58(metricsPublisher);
    DeviceType type;
    try {
      type = WireEnumArgs.fromStr(DeviceType.class, deviceType, true, "Invalid device type");
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    GlobalState gs = DeviceInstructions.globalState(l);
    PublicKey programId = s.connection().programId();
    PublicKey device =
        ServiceabilityPdas.device(programId, gs.accountIndex().increment()).address();
    boolean onchain = DeviceInstructions.onchain(gs);
    Optional<DeviceAllocationAccounts> alloc =
        onchain
            ? Optional.of(DeviceInstructions.allocation(programId, device, dzPrefixes.size()))
            : Optional.empty();
    CreateDevice args =
        new CreateDevice(
            Validators.asciiLowercase(code),
            type,
            publicIp,
            dzPrefixes,
            publisher,
            mgmtVrf,
            desired,
            onchain ? 1 + dzPrefixes.size() : 0);
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new CreateDevice.Accounts(
                device,
                contributorPk,
                locationPk,
                exchangePk,
                DeviceInstructions.globalStateKey(programId),
                alloc,
                payer)));
    if (wait) {
      ActivationWait.printStatus(s, ActivationWait.device(s, device).status().rustDisplay());
    }
  }

  private void checkConflicts(List<Keyed<Device>> devices) {
    if (devices.stream().anyMatch(k -> k.value().code().equals(code))) {
      throw new CliException("Device with code '" + code + "' already exists");
    }
    if (devices.stream().anyMatch(k -> k.value().publicIp().equals(publicIp))) {
      throw new CliException("Device with public ip '" + publicIp + "' already exists");
    }
    for (Keyed<Device> k : devices) {
      for (NetworkV4 p : k.value().dzPrefixes()) {
        if (p.contains(publicIp)) {
          throw new CliException(
              "Public IP '"
                  + publicIp
                  + "' conflicts with existing device '"
                  + k.value().code()
                  + "' dz_prefix '"
                  + p
                  + "'");
        }
      }
    }
    for (NetworkV4 p : dzPrefixes) {
      if (p.contains(publicIp)) {
        throw new CliException(
            "Public IP '" + publicIp + "' conflicts with device's own dz_prefix '" + p + "'");
      }
    }
  }
}
