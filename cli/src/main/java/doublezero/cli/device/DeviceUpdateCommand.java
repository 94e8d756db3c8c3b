package doublezero.cli.device;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.NetworksConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.args.U32Converter;
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
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero device update` (reference `smartcontract/cli/src/device/update.rs`, SDK
/// `commands/device/update.rs`): UpdateDevice (#23) with the given fields; accounts device, its
/// contributor, its location, the new location (or the old one), GlobalState, and with
/// `--dz-prefixes` GlobalConfig plus TunnelIds and DzPrefixBlock(0..max(old, new)-1)
/// (`resource_count = max + 1`).
@Command(name = "update", description = "Update an existing device")
final class DeviceUpdateCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey to update")
  String pubkey;

  @Option(
      names = "--code",
      converter = CodeConverter.class,
      description = "Updated code for the device")
  String code;

  @Option(
      names = "--public-ip",
      converter = Ipv4Converter.class,
      description = "Updated public IPv4 address")
  Ipv4Address publicIp;

  @Option(
      names = "--dz-prefixes",
      converter = NetworksConverter.class,
      description = "Updated DZ prefixes (CIDR list)")
  List<NetworkV4> dzPrefixes;

  @Option(
      names = "--metrics-publisher",
      converter = PubkeyOrMeConverter.class,
      description = "Metrics publisher Pubkey")
  String metricsPublisher;

  @Option(
      names = "--contributor",
      converter = PubkeyOrMeConverter.class,
      description = "Contributor Pubkey")
  String contributor;

  @Option(
      names = "--location",
      converter = PubkeyOrMeConverter.class,
      description = "Location Pubkey")
  String location;

  @Option(names = "--mgmt-vrf", description = "Management VRF name")
  String mgmtVrf;

  @Option(
      names = "--max-users",
      converter = U16Converter.class,
      description = "Maximum number of users")
  Integer maxUsers;

  @Option(
      names = "--users-count",
      converter = U16Converter.class,
      description = "Number of users connected")
  Integer usersCount;

  @Option(names = "--status", description = "Updated status for the device")
  String status;

  @Option(names = "--device-type", description = "Device type")
  String deviceType;

  @Option(names = "--desired-status", hidden = true, description = "Desired status for the device")
  String desiredStatus;

  @Option(
      names = "--reference-count",
      converter = U32Converter.class,
      description = "Reference count (foundation only)")
  Long referenceCount;

  @Option(
      names = "--max-unicast-users",
      converter = U16Converter.class,
      description = "Maximum unicast users")
  Integer maxUnicastUsers;

  @Option(
      names = "--max-multicast-subscribers",
      converter = U16Converter.class,
      description = "Maximum multicast subscribers")
  Integer maxMulticastSubscribers;

  @Option(
      names = "--unicast-users-count",
      converter = U16Converter.class,
      description = "Unicast users count (foundation only)")
  Integer unicastUsersCount;

  @Option(
      names = "--max-multicast-publishers",
      converter = U16Converter.class,
      description = "Maximum multicast publishers")
  Integer maxMulticastPublishers;

  @Option(
      names = "--multicast-subscribers-count",
      converter = U16Converter.class,
      description = "Multicast subscribers (foundation only)")
  Integer multicastSubscribersCount;

  @Option(
      names = "--multicast-publishers-count",
      converter = U16Converter.class,
      description = "Multicast publishers (foundation only)")
  Integer multicastPublishersCount;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the device to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    Optional<DeviceStatus> st =
        parsed(
            () ->
                WireEnumArgs.option(
                    DeviceStatus.class, "--status", status, "Invalid DeviceStatus"));
    Optional<DeviceType> type =
        parsed(
            () ->
                WireEnumArgs.option(
                    DeviceType.class, "--device-type", deviceType, "Invalid device type"));
    Optional<DeviceDesiredStatus> desired =
        parsed(
            () ->
                WireEnumArgs.option(
                    DeviceDesiredStatus.class,
                    "--desired-status",
                    desiredStatus,
                    "Invalid DeviceDesiredStatus"));
    LedgerView l = s.ledger();
    Keyed<Device> target = l.device(pubkey);
    checkConflicts(l.all(Device.class), target);
    PublicKey payer = s.signer().publicKey();
    Optional<PublicKey> newLocation = Optional.ofNullable(location).map(x -> key(x, payer));
    DeviceInstructions.globalState(l);
    if (l.globalConfig().isEmpty()) {
      throw new CliException("Globalconfig not initialized");
    }
    PublicKey programId = s.connection().programId();
    Device d = target.value();
    Optional<DeviceAllocationAccounts> alloc = Optional.empty();
    long resourceCount = 0;
    if (dzPrefixes != null) {
      int max = Math.max(d.dzPrefixes().size(), dzPrefixes.size());
      alloc = Optional.of(DeviceInstructions.allocation(programId, target.key(), max));
      resourceCount = max + 1;
    }
    UpdateDevice args =
        new UpdateDevice(
            Optional.ofNullable(code).map(Validators::asciiLowercase),
            type,
            Optional.ofNullable(contributor).map(x -> key(x, payer)),
            Optional.ofNullable(publicIp),
            Optional.ofNullable(dzPrefixes),
            Optional.ofNullable(metricsPublisher).map(x -> key(x, payer)),
            Optional.ofNullable(mgmtVrf),
            Optional.ofNullable(maxUsers),
            Optional.ofNullable(usersCount),
            st,
            desired,
            resourceCount,
            Optional.ofNullable(referenceCount),
            Optional.ofNullable(maxUnicastUsers),
            Optional.ofNullable(maxMulticastSubscribers),
            Optional.ofNullable(unicastUsersCount),
            Optional.ofNullable(maxMulticastPublishers),
            Optional.ofNullable(multicastSubscribersCount),
            Optional.ofNullable(multicastPublishersCount));
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new UpdateDevice.Accounts(
                target.key(),
                d.contributorPk(),
                d.locationPk(),
                newLocation.orElse(d.locationPk()),
                DeviceInstructions.globalStateKey(programId),
                alloc,
                payer)));
    if (wait) {
      ActivationWait.printStatus(s, ActivationWait.device(s, target.key()).status().rustDisplay());
    }
  }

  private static PublicKey key(String arg, PublicKey payer) {
    if (arg.equals("me")) {
      return payer;
    }
    return PublicKey.fromBase58(arg);
  }

  private void checkConflicts(List<Keyed<Device>> devices, Keyed<Device> target) {
    if (code != null
        && devices.stream()
            .anyMatch(k -> k.value().code().equals(code) && !k.key().equals(target.key()))) {
      throw new CliException("Device with code '" + code + "' already exists");
    }
    if (publicIp == null) {
      return;
    }
    if (devices.stream()
        .anyMatch(k -> k.value().publicIp().equals(publicIp) && !k.key().equals(target.key()))) {
      throw new CliException("Device with public ip '" + publicIp + "' already exists");
    }
    for (NetworkV4 p : dzPrefixes != null ? dzPrefixes : target.value().dzPrefixes()) {
      if (p.contains(publicIp)) {
        throw new CliException(
            "Public IP '" + publicIp + "' conflicts with device's own dz_prefix '" + p + "'");
      }
    }
    for (Keyed<Device> k : devices) {
      if (k.key().equals(target.key())) {
        continue;
      }
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
  }
}
