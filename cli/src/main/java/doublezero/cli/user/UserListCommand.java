package doublezero.cli.user;

import doublezero.cli.args.Enums;
import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.serviceability.state.WireEnum;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero user list [filters]` (reference `smartcontract/cli/src/user/list.rs`). Without
/// `--tenant` or `--all-tenants`, the config file's `tenant` (when set) filters the list, as in the
/// reference.
@Command(name = "list", description = "List users.")
final class UserListCommand extends CliCommand {
  @Option(names = "--prepaid")
  boolean prepaid;

  @Option(names = "--solana-validator")
  boolean solanaValidator;

  @Option(names = "--solana-identity", split = ",")
  List<String> solanaIdentity;

  @Option(names = "--device", split = ",")
  List<String> device;

  @Option(names = "--location", split = ",")
  List<String> location;

  @Option(names = "--client-ip", split = ",")
  List<String> clientIp;

  @Option(names = "--owner", split = ",")
  List<String> owner;

  @Option(names = "--user-payer", split = ",")
  List<String> userPayer;

  @Option(names = "--user-type", split = ",")
  List<String> userType;

  @Option(names = "--cyoa-type", split = ",")
  List<String> cyoaType;

  @Option(names = "--dz-ip", split = ",")
  List<String> dzIp;

  @Option(names = "--tunnel-id", split = ",")
  List<Integer> tunnelId;

  @Option(names = "--status", split = ",")
  List<String> status;

  @Option(names = "--multicast-group", split = ",")
  List<String> multicastGroup;

  @Option(
      names = {"-t", "--tenant"},
      split = ",")
  List<String> tenant;

  @Option(names = "--all-tenants")
  boolean allTenants;

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    if (tenant != null && allTenants) {
      throw usage("the argument '--tenant' cannot be used with '--all-tenants'");
    }
    LedgerView l = s.ledger();
    Predicate<Keyed<User>> keep = k -> true;
    if (prepaid) {
      keep =
          keep.and(
              k ->
                  pass(l, k)
                      .filter(p -> p.accesspassType() instanceof AccessPassType.Prepaid)
                      .isPresent());
    }
    if (solanaValidator || solanaIdentity != null) {
      List<PublicKey> ids =
          solanaIdentity == null ? null : solanaIdentity.stream().map(Validators::pubkey).toList();
      keep =
          keep.and(
              k ->
                  pass(l, k)
                      .map(AccessPass::accesspassType)
                      .filter(
                          t ->
                              t instanceof AccessPassType.SolanaValidator v
                                  && (ids == null || ids.contains(v.nodeId())))
                      .isPresent());
    }
    keep =
        keep.and(keys(owner, k -> k.value().owner())).and(keys(userPayer, k -> k.value().owner()));
    keep = keep.and(ips(clientIp, k -> k.value().clientIp())).and(ips(dzIp, k -> k.value().dzIp()));
    if (device != null) {
      keep =
          keep.and(
              k ->
                  l.get(k.value().devicePk(), Device.class)
                      .map(d -> device.contains(d.code()))
                      .orElse(false));
    }
    if (location != null) {
      keep =
          keep.and(
              k ->
                  l.get(k.value().devicePk(), Device.class)
                      .flatMap(d -> l.get(d.locationPk(), Location.class))
                      .map(x -> location.contains(x.code()) || location.contains(x.name()))
                      .orElse(false));
    }
    keep =
        keep.and(oneOf(userType, UserType.class, "user type", k -> k.value().userType()))
            .and(oneOf(cyoaType, UserCyoa.class, "cyoa type", k -> k.value().cyoaType()))
            .and(oneOf(status, UserStatus.class, "status", k -> k.value().status()));
    if (tunnelId != null) {
      keep = keep.and(k -> tunnelId.contains(k.value().tunnelId()));
    }
    if (multicastGroup != null) {
      keep =
          keep.and(
              k ->
                  Stream.concat(k.value().publishers().stream(), k.value().subscribers().stream())
                      .anyMatch(
                          pk ->
                              multicastGroup.stream()
                                  .anyMatch(
                                      f ->
                                          f.equals(pk.toBase58())
                                              || l.get(pk, MulticastGroup.class)
                                                  .map(g -> g.code().equals(f))
                                                  .orElse(false))));
    }
    List<String> tenants =
        allTenants
            ? null
            : tenant != null ? tenant : s.config().tenantOpt().map(List::of).orElse(null);
    if (tenants != null) {
      keep =
          keep.and(
              k ->
                  tenants.stream()
                      .anyMatch(
                          f ->
                              Validators.asPubkey(f)
                                  .map(pk -> k.value().tenantPk().equals(pk))
                                  .orElseGet(
                                      () ->
                                          l.get(k.value().tenantPk(), Tenant.class)
                                              .map(t -> t.code().equalsIgnoreCase(f))
                                              .orElse(false))));
    }
    List<Keyed<User>> users = l.all(User.class).stream().filter(keep).toList();
    Listing.print(s.out(), UserDisplays.HEADERS, UserDisplays.list(l, users), format);
  }

  private static Optional<AccessPass> pass(LedgerView l, Keyed<User> k) {
    return l.accessPassOf(k.value());
  }

  private static Predicate<Keyed<User>> keys(List<String> f, Function<Keyed<User>, PublicKey> get) {
    if (f == null) {
      return k -> true;
    }
    List<PublicKey> pks = f.stream().map(Validators::pubkey).toList();
    return k -> pks.contains(get.apply(k));
  }

  private static Predicate<Keyed<User>> ips(
      List<String> f, Function<Keyed<User>, Ipv4Address> get) {
    if (f == null) {
      return k -> true;
    }
    List<Ipv4Address> ips = f.stream().map(Validators::ipv4).toList();
    return k -> ips.contains(get.apply(k));
  }

  /// A filter on an enum field: each value is the variant's display text or Rust name,
  /// case-insensitively (the reference compares lower-cased display texts); an unknown value is an
  /// error naming the valid ones, where the reference silently matched nothing.
  private static <E extends Enum<E> & WireEnum> Predicate<Keyed<User>> oneOf(
      List<String> f, Class<E> type, String what, Function<Keyed<User>, E> get) {
    if (f == null) {
      return k -> true;
    }
    List<E> wanted = f.stream().map(x -> Enums.parse(type, x, what)).toList();
    return k -> wanted.contains(get.apply(k));
  }
}
