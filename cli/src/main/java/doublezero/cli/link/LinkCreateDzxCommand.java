package doublezero.cli.link;

import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.LinkLinkType;
import java.util.Optional;
import picocli.CommandLine.Command;

/// `doublezero link create dzx` (reference `smartcontract/cli/src/link/dzx_create.rs`): only side
/// A's interface is named; the link starts Requested until side Z's contributor runs `link accept`.
@Command(name = "dzx", description = "Create a DZX link to another contributor's device")
final class LinkCreateDzxCommand extends LinkCreateBase {
  @Override
  LinkLinkType linkType() {
    return LinkLinkType.DZX;
  }

  @Override
  Optional<String> sideZInterface(Device z) {
    return Optional.empty();
  }
}
