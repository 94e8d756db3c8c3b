package doublezero.cli.accesspass;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero access-pass list [filters] [--json|--json-compact]` (reference
/// `smartcontract/cli/src/accesspass/ list.rs`): filters by type, identity, client IP, payer,
/// tenant code and multicast-group allowlists (codes compared exactly), sorted by client IP.
@Command(name = "list", description = "List access passes")
final class AccessPassListCommand extends CliCommand {
  @Option(names = "--prepaid", description = "List prepaid access passes")
  boolean prepaid;

  @Option(names = "--solana-validator", description = "List Solana validator access passes")
  boolean solanaValidator;

  @Option(
      names = "--solana-identity",
      converter = PubkeyConverter.class,
      description = "Solana identity public key")
  PublicKey solanaIdentity;

  @Option(names = "--client-ip", converter = Ipv4Converter.class, description = "Client IP address")
  Ipv4Address clientIp;

  @Option(
      names = "--user-payer",
      converter = PubkeyConverter.class,
      description = "User payer public key")
  PublicKey userPayer;

  @Option(names = "--tenant", description = "Tenant code")
  String tenant;

  @Option(names = "--multicast-group-publisher")
  String mgPublisher;

  @Option(names = "--not-multicast-group-publisher")
  String notMgPublisher;

  @Option(names = "--multicast-group-subscriber")
  String mgSubscriber;

  @Option(names = "--not-multicast-group-subscriber")
  String notMgSubscriber;

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    long epoch = s.rpc().getEpochInfo().epoch();
    LedgerView l = s.ledger();
    Predicate<AccessPass> keep = p -> true;
    if (prepaid) {
      keep = keep.and(p -> p.accesspassType() instanceof AccessPassType.Prepaid);
    }
    if (solanaValidator) {
      keep = keep.and(p -> p.accesspassType() instanceof AccessPassType.SolanaValidator);
    }
    if (solanaIdentity != null) {
      keep =
          keep.and(
              p ->
                  p.accesspassType() instanceof AccessPassType.SolanaValidator v
                      && v.nodeId().equals(solanaIdentity));
    }
    if (clientIp != null) {
      keep = keep.and(p -> p.clientIp().equals(clientIp));
    }
    if (userPayer != null) {
      keep = keep.and(p -> p.userPayer().equals(userPayer));
    }
    if (tenant != null) {
      PublicKey t =
          l.all(Tenant.class).stream()
              .filter(k -> k.value().code().equals(tenant))
              .findFirst()
              .map(Keyed::key)
              .orElse(PublicKey.DEFAULT);
      keep = keep.and(p -> p.tenantAllowlist().contains(t));
    }
    keep =
        keep.and(allowlisted(l, mgPublisher, true, true))
            .and(allowlisted(l, mgSubscriber, false, true))
            .and(allowlisted(l, notMgPublisher, true, false))
            .and(allowlisted(l, notMgSubscriber, false, false));
    Predicate<AccessPass> f = keep;
    List<Keyed<AccessPass>> passes =
        l.all(AccessPass.class).stream().filter(k -> f.test(k.value())).toList();
    Listing.print(
        s.out(), AccessPassDisplays.HEADERS, AccessPassDisplays.list(l, passes, epoch), format);
  }

  private static Predicate<AccessPass> allowlisted(
      LedgerView l, String code, boolean pub, boolean want) {
    if (code == null) {
      return p -> true;
    }
    return p ->
        (pub ? p.mgroupPubAllowlist() : p.mgroupSubAllowlist())
                .stream()
                    .anyMatch(
                        g ->
                            l.get(g, MulticastGroup.class)
                                .map(m -> m.code().equals(code))
                                .orElse(false))
            == want;
  }
}
