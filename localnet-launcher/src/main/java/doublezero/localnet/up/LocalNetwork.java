package doublezero.localnet.up;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.localnet.Localnet;
import doublezero.localnet.ledger.UpgradeableProgramData;
import doublezero.localnet.programs.DoubleZeroPrograms;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The whole network on one machine, the composition root of `doublezero-localnet up`: the embedded
/// ledger with the serviceability, telemetry and geolocation ports at the `--env local` program
/// IDs, bootstrapped like the reference e2e network ([NetworkBootstrap]), the user's keypair funded
/// and on the foundation allowlist and made the geolocation program's upgrade authority, and the
/// activator running in-process as the admin key (when asked).
///
/// The admin key (foundation, activator and sentinel authority) lives in the ledger directory as
/// `doublezero-admin.json` (mode 0600), so a restarted `up` on the same ledger keeps its authority.
public final class LocalNetwork implements AutoCloseable {
  /// Lamports the user's key is topped up to when it holds less than half of it (100 SOL).
  public static final long USER_FUNDS = 100_000_000_000L;

  private static final long ADMIN_FUNDS = 1_000_000_000_000L;

  private final Localnet ledger;
  private final RpcClient rpc;
  private final Keypair admin;
  private final PublicKey user;
  private final List<String> report;
  private final Activator activator;

  private LocalNetwork(
      Localnet ledger,
      RpcClient rpc,
      Keypair admin,
      PublicKey user,
      List<String> report,
      Activator activator) {
    this.ledger = ledger;
    this.rpc = rpc;
    this.admin = admin;
    this.user = user;
    this.report = report;
    this.activator = activator;
  }

  /// Starts the ledger, bootstraps it, funds and allowlists the user.
  ///
  /// @param config what to start
  /// @return the running network; close it to stop
  /// @throws IllegalArgumentException when the user's keypair file exists but is not a keypair
  ///   (naming the file)
  /// @throws doublezero.localnet.journal.LedgerCorruptException when the ledger directory is
  ///   damaged
  /// @throws IllegalStateException when a port cannot be bound
  /// @throws doublezero.activator.ActivatorException when the activator refuses to start
  public static LocalNetwork start(UpConfig config) {
    List<String> report = new ArrayList<>();
    Keypair userKey = userKeypair(config.userKeypair(), report);
    Localnet net = Localnet.start(DoubleZeroPrograms.install(config.ledger(), Environment.LOCAL));
    RpcClient rpc =
        new RpcClient(net.rpcUrl(), RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED));
    try {
      Keypair admin = adminKeypair(config.ledger().ledgerDir());
      fund(rpc, admin.publicKey(), ADMIN_FUNDS);
      if (fund(rpc, userKey.publicKey(), USER_FUNDS)) {
        report.add(
            "funded " + userKey.publicKey() + " with " + USER_FUNDS / 1_000_000_000L + " SOL");
      }
      ServiceabilityClient client =
          new ServiceabilityClient(
              rpc,
              Environment.LOCAL.serviceabilityProgramId(),
              Commitment.CONFIRMED,
              Duration.ofSeconds(30));
      report.addAll(new NetworkBootstrap(client, admin).run(userKey.publicKey()));
      deployGeolocation(net, rpc, userKey.publicKey()).ifPresent(report::add);
      Activator activator =
          config.activator()
              ? Activator.start(
                  ActivatorConfig.of(
                      net.rpcUrl(),
                      net.wsUrl(),
                      Environment.LOCAL.serviceabilityProgramId(),
                      admin))
              : null;
      return new LocalNetwork(net, rpc, admin, userKey.publicKey(), report, activator);
    } catch (RuntimeException e) {
      rpc.close();
      net.close();
      throw e;
    }
  }

  /// Gives the geolocation program the program-data account `solana program deploy` leaves (the
  /// reference e2e deploys it upgradeable, `e2e/internal/devnet/smartcontract_geolocation.go`), its
  /// upgrade authority the user: InitProgramConfig and UpdateProgramConfig accept only the upgrade
  /// authority, so `doublezero geolocation init-config` works from the CLI (and
  /// UpdateProgramConfig, which has no CLI command, from the user's key). An existing account (a
  /// restart, whoever the user is now) is kept.
  ///
  /// @return the report line, empty when the account was there
  private static Optional<String> deployGeolocation(Localnet net, RpcClient rpc, PublicKey user) {
    PublicKey key = GeolocationPda.programData(Environment.LOCAL.geolocationProgramId()).address();
    if (rpc.getAccountInfo(key).isPresent()) {
      return Optional.empty();
    }
    long slot = rpc.getSlot(Commitment.CONFIRMED);
    net.node().writeAccounts(Map.of(key, UpgradeableProgramData.account(slot, user))).join();
    return Optional.of(
        "geolocation program upgrade authority "
            + user
            + " (`doublezero geolocation init-config` initialises its config)");
  }

  private static Keypair userKeypair(Path file, List<String> report) {
    boolean existed = Files.exists(file);
    Keypair k = readOrCreate(file);
    if (!existed) {
      report.add("created keypair " + file + " (" + k.publicKey() + ")");
    }
    return k;
  }

  private static Keypair adminKeypair(Path ledgerDir) {
    return readOrCreate(ledgerDir.resolve("doublezero-admin.json"));
  }

  /// @return the keypair in `file`, generated and written (mode 0600) when the file is absent
  private static Keypair readOrCreate(Path file) {
    if (Files.exists(file)) {
      return KeypairFile.read(file);
    }
    Keypair k = Keypair.generate();
    KeypairFile.write(file, k);
    return k;
  }

  /// Airdrops up to `target` when the balance is below half of it; waits for confirmation.
  private static boolean fund(RpcClient rpc, PublicKey key, long target) {
    long balance = rpc.getBalance(key);
    if (balance >= target / 2) {
      return false;
    }
    String sig = rpc.requestAirdrop(key, target - balance);
    rpc.confirmTransaction(sig, Commitment.CONFIRMED, Long.MAX_VALUE, Duration.ofSeconds(30));
    return true;
  }

  /// @return the ledger
  public Localnet ledger() {
    return ledger;
  }

  /// @return a JSON-RPC client of the ledger at `confirmed`
  public RpcClient rpc() {
    return rpc;
  }

  /// @return the foundation / activator / sentinel authority
  public Keypair admin() {
    return admin;
  }

  /// @return the user's public key
  public PublicKey user() {
    return user;
  }

  /// @return one line per thing this start created or sent (empty on a restart with nothing to do)
  public List<String> report() {
    return List.copyOf(report);
  }

  /// @return the in-process activator, when [UpConfig#activator] asked for it
  public Optional<Activator> activator() {
    return Optional.ofNullable(activator);
  }

  @Override
  public void close() {
    if (activator != null) {
      activator.close();
    }
    rpc.close();
    ledger.close();
  }
}
