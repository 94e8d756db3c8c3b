package doublezero.cli.link;

import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.WireEnum;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero link list [filters] [--json|--json-compact]` (reference
/// `smartcontract/cli/src/link/list.rs`).
@Command(name = "list", description = "List all links")
final class LinkListCommand extends CliCommand {
  @Option(
      names = {"-c", "--contributor"},
      description = "Filter by contributor (pubkey or code)")
  String contributor;

  @Option(names = "--side-a", description = "Filter by side A device (pubkey or code)")
  String sideA;

  @Option(names = "--side-z", description = "Filter by side Z device (pubkey or code)")
  String sideZ;

  @Option(names = "--link-type", description = "Filter by link type (WAN, DZX)")
  String linkType;

  @Option(
      names = "--status",
      description = "Filter by status (pending, activated, deleting, rejected, drained)")
  String status;

  @Option(
      names = "--health",
      description = "Filter by health (unknown, pending, ready-for-service, impaired)")
  String health;

  @Option(
      names = "--desired-status",
      description = "Filter by desired status (pending, activated, drained)")
  String desiredStatus;

  @Option(names = "--code", description = "Filter by link code (partial match)")
  String code;

  @Option(names = "--wan", description = "List only WAN links.")
  boolean wan;

  @Option(names = "--dzx", description = "List only DXZ links.")
  boolean dzx;

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Predicate<Link> keep = x -> true;
    if (contributor != null) {
      PublicKey pk;
      try {
        pk = l.contributor(contributor).key();
      } catch (CliException e) {
        throw new CliException("Contributor '" + contributor + "' not found");
      }
      keep = keep.and(x -> x.contributorPk().equals(pk));
    }
    if (wan) {
      keep = keep.and(x -> x.linkType() == LinkLinkType.WAN);
    }
    if (dzx) {
      keep = keep.and(x -> x.linkType() == LinkLinkType.DZX);
    }
    if (sideA != null) {
      PublicKey pk = device(l, sideA, "Side A");
      keep = keep.and(x -> x.sideAPk().equals(pk));
    }
    if (sideZ != null) {
      PublicKey pk = device(l, sideZ, "Side Z");
      keep = keep.and(x -> x.sideZPk().equals(pk));
    }
    keep =
        keep.and(
            filter(
                linkType, LinkLinkType.class, false, "link type", "LinkLinkType", Link::linkType));
    keep = keep.and(filter(status, LinkStatus.class, true, "status", "LinkStatus", Link::status));
    keep =
        keep.and(filter(health, LinkHealth.class, true, "health", "LinkHealth", Link::linkHealth));
    keep =
        keep.and(
            filter(
                desiredStatus,
                LinkDesiredStatus.class,
                true,
                "desired status",
                "LinkDesiredStatus",
                Link::desiredStatus));
    if (code != null) {
      keep = keep.and(x -> x.code().contains(code));
    }
    Predicate<Link> f = keep;
    List<Keyed<Link>> links = l.all(Link.class).stream().filter(k -> f.test(k.value())).toList();
    Listing.print(s.out(), LinkDisplays.HEADERS, LinkDisplays.list(l, links), format);
  }

  private static PublicKey device(LedgerView l, String arg, String side) {
    return l.all(Device.class).stream()
        .filter(k -> k.key().toBase58().equals(arg) || k.value().code().equals(arg))
        .map(Keyed::key)
        .findFirst()
        .orElseThrow(() -> new CliException(side + " device '" + arg + "' not found"));
  }

  private static <E extends Enum<E> & WireEnum> Predicate<Link> filter(
      String text,
      Class<E> type,
      boolean ignoreCase,
      String what,
      String rustName,
      Function<Link, E> field) {
    if (text == null) {
      return x -> true;
    }
    E want;
    try {
      want = WireEnumArgs.fromStr(type, text, ignoreCase, "Invalid " + rustName);
    } catch (IllegalArgumentException e) {
      throw new CliException("Invalid " + what + " '" + text + "': " + e.getMessage());
    }
    return x -> field.apply(x) == want;
  }
}
