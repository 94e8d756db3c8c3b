package doublezero.cli.ledger;

import doublezero.cli.args.Validators;
import doublezero.cli.error.CliException;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/// Every serviceability account at one moment (one `getProgramAccounts` call), decoded and indexed
/// by address, with the reference CLI's lookups: code-or-pubkey resolution and "code or pubkey when
/// unknown" display names. Accounts that do not decode (e.g. a layout this SDK does not know) are
/// skipped, as the reference's `gets` does.
public final class LedgerView {
  private final PublicKey programId;
  private final Map<PublicKey, ServiceabilityAccount> accounts;

  /// @param programId the serviceability program id
  /// @param accounts decoded accounts by address
  public LedgerView(PublicKey programId, Map<PublicKey, ServiceabilityAccount> accounts) {
    this.programId = programId;
    this.accounts = accounts;
  }

  /// @param rpc the ledger
  /// @param programId the serviceability program id
  /// @return the snapshot
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger cannot be reached
  public static LedgerView load(RpcClient rpc, PublicKey programId) {
    Map<PublicKey, ServiceabilityAccount> out = new LinkedHashMap<>();
    for (KeyedAccount k : rpc.getProgramAccounts(programId, List.of())) {
      try {
        out.put(k.pubkey(), ServiceabilityAccounts.decode(k.account().data()));
      } catch (DecodeException | IllegalArgumentException e) {
        // an account this SDK cannot decode is not listed (reference `gets` skips errors too)
      }
    }
    return new LedgerView(programId, out);
  }

  /// @return the program id
  public PublicKey programId() {
    return programId;
  }

  /// @param type the record class
  /// @param <T> the record type
  /// @return every account of the type, in ledger order
  public <T extends ServiceabilityAccount> List<Keyed<T>> all(Class<T> type) {
    List<Keyed<T>> out = new ArrayList<>();
    accounts.forEach(
        (k, v) -> {
          if (type.isInstance(v)) {
            out.add(new Keyed<>(k, type.cast(v)));
          }
        });
    return out;
  }

  /// @param key an address
  /// @param type the expected record class
  /// @param <T> the record type
  /// @return the account when it exists and is of that type
  public <T extends ServiceabilityAccount> Optional<T> get(PublicKey key, Class<T> type) {
    return Optional.ofNullable(accounts.get(key)).filter(type::isInstance).map(type::cast);
  }

  /// @return the GlobalState when initialised
  public Optional<GlobalState> globalState() {
    return all(GlobalState.class).stream().findFirst().map(Keyed::value);
  }

  /// @return the GlobalConfig when set
  public Optional<GlobalConfig> globalConfig() {
    return all(GlobalConfig.class).stream().findFirst().map(Keyed::value);
  }

  /// Resolves a code-or-pubkey argument as the reference SDK's `Get*Command` does: a 43–44
  /// character base58 string is an address (the account must be of the type), anything else is a
  /// code compared case-insensitively.
  ///
  /// @param type the record class
  /// @param arg the argument
  /// @param code the record's code
  /// @param noun the reference's type name in messages (`Location`, `Device`, `MulticastGroup`, …)
  /// @param <T> the record type
  /// @return the account
  /// @throws CliException `<Noun> with code <arg> not found`, or `<Noun> <arg> not found` for an
  ///   address
  public <T extends ServiceabilityAccount> Keyed<T> resolve(
      Class<T> type, String arg, Function<T, String> code, String noun) {
    Optional<PublicKey> pk = Validators.asPubkey(arg);
    if (pk.isPresent()) {
      return get(pk.get(), type)
          .map(v -> new Keyed<>(pk.get(), v))
          .orElseThrow(() -> new CliException(noun + " " + arg + " not found"));
    }
    return all(type).stream()
        .filter(k -> code.apply(k.value()).equalsIgnoreCase(arg))
        .findFirst()
        .orElseThrow(() -> new CliException(noun + " with code " + arg + " not found"));
  }

  /// @param arg location code or address
  /// @return the location
  public Keyed<Location> location(String arg) {
    return resolve(Location.class, arg, Location::code, "Location");
  }

  /// @param arg exchange code or address
  /// @return the exchange
  public Keyed<Exchange> exchange(String arg) {
    return resolve(Exchange.class, arg, Exchange::code, "Exchange");
  }

  /// @param arg contributor code or address
  /// @return the contributor
  public Keyed<Contributor> contributor(String arg) {
    return resolve(Contributor.class, arg, Contributor::code, "Contributor");
  }

  /// @param arg device code or address
  /// @return the device
  public Keyed<Device> device(String arg) {
    return resolve(Device.class, arg, Device::code, "Device");
  }

  /// @param arg link code or address
  /// @return the link
  public Keyed<Link> link(String arg) {
    return resolve(Link.class, arg, Link::code, "Link");
  }

  /// @param arg multicast group code or address
  /// @return the group
  public Keyed<MulticastGroup> multicastGroup(String arg) {
    return resolve(MulticastGroup.class, arg, MulticastGroup::code, "MulticastGroup");
  }

  /// @param arg tenant code or address
  /// @return the tenant
  public Keyed<Tenant> tenant(String arg) {
    return resolve(Tenant.class, arg, Tenant::code, "Tenant");
  }

  /// @param key an address
  /// @param name the display name of the account when it is known
  /// @param <T> the record type
  /// @param type the record class
  /// @return the name, or the address in base58 when there is no such account
  public <T extends ServiceabilityAccount> String nameOf(
      PublicKey key, Class<T> type, Function<T, String> name) {
    return get(key, type).map(name).orElse(key.toBase58());
  }

  /// @param user a user
  /// @return its access pass: first at PDA(0.0.0.0, owner), then at PDA(client_ip, owner)
  ///   (reference `user/list.rs`)
  public Optional<AccessPass> accessPassOf(User user) {
    var dynamicPass =
        ServiceabilityPdas.accessPass(programId, Ipv4Address.parse("0.0.0.0"), user.owner())
            .address();
    return get(dynamicPass, AccessPass.class)
        .or(
            () ->
                get(
                    ServiceabilityPdas.accessPass(programId, user.clientIp(), user.owner())
                        .address(),
                    AccessPass.class));
  }

  /// @return permission accounts
  public List<Keyed<Permission>> permissions() {
    return all(Permission.class);
  }

  /// The reference CLI's `match parse_pubkey(arg) { Some(pk) => pk, None => get_x(code)…map_err(…)
  /// }`: an address argument is taken as is (not checked), a code is looked up.
  ///
  /// @param arg code or address
  /// @param type the record class
  /// @param code the record's code
  /// @param notFound the message when no account has the code (e.g. `Contributor not found`)
  /// @param <T> the record type
  /// @return the address
  /// @throws CliException `notFound`
  public <T extends ServiceabilityAccount> PublicKey keyOf(
      String arg, Class<T> type, Function<T, String> code, String notFound) {
    Optional<PublicKey> pk = Validators.asPubkey(arg);
    if (pk.isPresent()) {
      return pk.get();
    }
    return all(type).stream()
        .filter(k -> code.apply(k.value()).equalsIgnoreCase(arg))
        .findFirst()
        .map(Keyed::key)
        .orElseThrow(() -> new CliException(notFound));
  }
}
