package doublezero.localnet.up;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.InitGlobalState;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.instruction.ProgramConfigAccounts;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// Brings a fresh serviceability program to the state the reference e2e bootstrap leaves it in
/// (`activator-controller-agent.md` §E.3, `e2e/internal/devnet/smartcontract_init.go`):
/// InitGlobalState (the admin becomes foundation, activator and sentinel authority),
/// SetGlobalConfig (local ASN 65000, remote ASN 65342, device tunnel block 172.16.0.0/16, user
/// tunnel block 169.254.0.0/16, multicast group block 233.84.178.0/24, multicast publisher block
/// 148.51.120.0/21), the locations `lax`, `ewr` and exchanges `xlax`, `xewr`, and the user on the
/// foundation allowlist. Each step is skipped when the ledger already has its result, so running it
/// again on an existing ledger sends nothing.
public final class NetworkBootstrap {
  /// A location and its exchange, with the e2e coordinates (degrees).
  public record Site(
      String location,
      String locationName,
      String country,
      double lat,
      double lng,
      String exchange) {}

  /// The two sites `up` creates.
  public static final List<Site> SITES =
      List.of(
          new Site("lax", "Los Angeles", "US", 34.0496, -118.2594, "xlax"),
          new Site("ewr", "New York", "US", 40.7357, -74.1724, "xewr"));

  /// The e2e `global-config set` values (§E.3): ASNs 65000/65342, device tunnels 172.16.0.0/16,
  /// user tunnels 169.254.0.0/16, multicast groups 233.84.178.0/24, no next BGP community,
  /// publishers 148.51.120.0/21.
  public static final SetGlobalConfig E2E_CONFIG =
      new SetGlobalConfig(
          65000,
          65342,
          NetworkV4.parse("172.16.0.0/16"),
          NetworkV4.parse("169.254.0.0/16"),
          NetworkV4.parse("233.84.178.0/24"),
          Optional.empty(),
          NetworkV4.parse("148.51.120.0/21"));

  private final ServiceabilityClient client;
  private final Keypair admin;

  /// @param client the serviceability client of the ledger
  /// @param admin the key that initialises the program (foundation and activator authority)
  public NetworkBootstrap(ServiceabilityClient client, Keypair admin) {
    this.client = client;
    this.admin = admin;
  }

  /// Runs every missing step.
  ///
  /// @param user the key to put on the foundation allowlist (the person running the CLI)
  /// @return one line per step that sent a transaction (empty when everything was there)
  /// @throws doublezero.sdk.solana.client.TransactionFailedException when the program rejects a
  ///   step
  public List<String> run(PublicKey user) {
    List<String> done = new ArrayList<>();
    PublicKey program = client.programId();
    PublicKey gsKey = ServiceabilityPdas.globalState(program).address();
    if (client.globalState().isEmpty()) {
      send(
          new InitGlobalState()
              .toInstruction(
                  program,
                  new ProgramConfigAccounts(
                      ServiceabilityPdas.programConfig(program).address(),
                      gsKey,
                      admin.publicKey())));
      done.add(
          "InitGlobalState: foundation, activator and sentinel authority " + admin.publicKey());
    }
    if (client.globalConfig().isEmpty()) {
      send(setGlobalConfig(program));
      done.add(
          "SetGlobalConfig: local ASN 65000, remote ASN 65342, device tunnels 172.16.0.0/16, "
              + "user tunnels 169.254.0.0/16, multicast 233.84.178.0/24");
    }
    Set<String> locations =
        client.getAll(AccountType.LOCATION, Location.class).stream()
            .map(d -> d.state().code())
            .collect(Collectors.toSet());
    Set<String> exchanges =
        client.getAll(AccountType.EXCHANGE, Exchange.class).stream()
            .map(d -> d.state().code())
            .collect(Collectors.toSet());
    for (Site s : SITES) {
      if (!locations.contains(s.location())) {
        PublicKey pda =
            ServiceabilityPdas.location(program, globalState().accountIndex().increment())
                .address();
        send(
            new CreateLocation(s.location(), s.locationName(), s.country(), s.lat(), s.lng(), 0)
                .toInstruction(program, new LocationAccounts(pda, gsKey, admin.publicKey())));
        done.add("location " + s.location() + " (" + s.locationName() + ")");
      }
      if (!exchanges.contains(s.exchange())) {
        PublicKey pda =
            ServiceabilityPdas.exchange(program, globalState().accountIndex().increment())
                .address();
        send(
            new CreateExchange(s.exchange(), s.locationName(), s.lat(), s.lng(), 0)
                .toInstruction(
                    program,
                    new ExchangeGlobalConfigAccounts(
                        pda,
                        ServiceabilityPdas.globalConfig(program).address(),
                        gsKey,
                        admin.publicKey())));
        done.add("exchange " + s.exchange() + " (" + s.locationName() + ")");
      }
    }
    if (!globalState().foundationAllowlist().contains(user)) {
      send(
          new AddFoundationAllowlist(user)
              .toInstruction(program, new GlobalStateAccounts(gsKey, admin.publicKey())));
      done.add("foundation allowlist += " + user);
    }
    return done;
  }

  private Instruction setGlobalConfig(PublicKey program) {
    return E2E_CONFIG.toInstruction(
        program, SetGlobalConfig.Accounts.derive(program, admin.publicKey()));
  }

  private GlobalState globalState() {
    return client
        .globalState()
        .orElseThrow(() -> new IllegalStateException("GlobalState missing after InitGlobalState"));
  }

  private void send(Instruction ix) {
    client.sender().send(List.of(ix), admin, List.of());
  }
}
