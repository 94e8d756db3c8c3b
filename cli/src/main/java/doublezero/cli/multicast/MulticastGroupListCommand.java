package doublezero.cli.multicast;

import doublezero.cli.command.CliCommand;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.MulticastGroup;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/// `doublezero multicast group list` (reference `smartcontract/cli/src/multicastgroup/list.rs`):
/// columns `account code multicast_ip max_bandwidth publishers subscribers status owner`, sorted by
/// code; `max_bandwidth` is the bandwidth string in both forms.
@Command(name = "list", description = "List multicast groups.")
final class MulticastGroupListCommand extends CliCommand {
  static final List<String> HEADERS =
      List.of(
          "account",
          "code",
          "multicast_ip",
          "max_bandwidth",
          "publishers",
          "subscribers",
          "status",
          "owner");

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    List<Display> rows =
        s.ledger().all(MulticastGroup.class).stream()
            .sorted(Comparator.comparing(k -> k.value().code()))
            .map(
                k ->
                    new Display()
                        .key("account", k.key())
                        .text("code", k.value().code())
                        .text("multicast_ip", k.value().multicastIp().toString())
                        .text("max_bandwidth", Formats.bandwidth(k.value().maxBandwidth()))
                        .number("publishers", k.value().publisherCount())
                        .number("subscribers", k.value().subscriberCount())
                        .variant("status", k.value().status())
                        .key("owner", k.value().owner()))
            .toList();
    Listing.print(s.out(), HEADERS, rows, format);
  }
}
