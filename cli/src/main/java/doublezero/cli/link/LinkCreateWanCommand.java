package doublezero.cli.link;

import doublezero.cli.args.IfaceConverter;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.LinkLinkType;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero link create wan` (reference `smartcontract/cli/src/link/wan_create.rs`): both ends
/// named; the link starts Pending. Project addition: without `--side-z-interface` side Z's one
/// eligible interface is used.
@Command(
    name = "wan",
    description = "Create a WAN link between two devices of the same contributor")
final class LinkCreateWanCommand extends LinkCreateBase {
  @Option(
      names = "--side-z-interface",
      converter = IfaceConverter.class,
      description = "Device interface name for side Z (default: its only eligible interface).")
  String sideZInterface;

  @Override
  LinkLinkType linkType() {
    return LinkLinkType.WAN;
  }

  @Override
  Optional<String> sideZInterface(Device z) {
    String name =
        sideZInterface != null ? sideZInterface : LinkInterfaces.pick(z, "--side-z-interface");
    LinkInterfaces.checkUsable(LinkInterfaces.find(z, name, "Z"), name, "Z", "WAN");
    return Optional.of(name);
  }
}
