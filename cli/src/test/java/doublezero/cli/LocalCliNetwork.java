package doublezero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.ExternalLedgerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The network `doublezero-localnet up` runs (ledger with the three programs, e2e bootstrap:
/// GlobalState, GlobalConfig, locations `lax`/`ewr`, exchanges `xlax`/`xewr`), started in-process
/// on an ephemeral port, with a CLI whose home holds the funded, foundation-allowlisted user
/// keypair and whose config points at the ledger. [#admin] is the foundation / activator / sentinel
/// authority, for tests that play the activator.
///
/// In external-ledger mode (`-Dledger.url=…`, [ExternalLedgerConfig]) it connects to that ledger
/// instead (bootstrapped by `solana-test-validator-scripts/bootstrap.sh`): [#net] is null, [#admin]
/// is the bootstrap authority, and the CLI user is a fresh key funded by airdrop and put on the
/// foundation allowlist by the authority.
public final class LocalCliNetwork implements AutoCloseable {
  /// The serviceability program id of `--env local`.
  public static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();

  /// The in-process network; null in external-ledger mode.
  public final LocalNetwork net;

  public final CliRun cli;
  public final RpcClient rpc;
  public final ServiceabilityClient client;
  private final Keypair admin;
  private final PublicKey user;
  private final Activator externalActivator;

  private LocalCliNetwork(LocalNetwork net, CliRun cli) {
    this(net, cli, net.rpc(), net.admin(), net.user(), null);
  }

  private LocalCliNetwork(
      LocalNetwork net,
      CliRun cli,
      RpcClient rpc,
      Keypair admin,
      PublicKey user,
      Activator externalActivator) {
    this.net = net;
    this.cli = cli;
    this.rpc = rpc;
    this.admin = admin;
    this.user = user;
    this.externalActivator = externalActivator;
    this.client =
        new ServiceabilityClient(rpc, PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  /// @param dir a temporary directory (ledger in `dir/ledger`, CLI home in `dir/home`)
  /// @return the running network with the CLI configured for it
  public static LocalCliNetwork start(Path dir) {
    return start(dir, false);
  }

  /// @param dir a temporary directory (ledger in `dir/ledger`, CLI home in `dir/home`)
  /// @param activator whether the activator runs in-process, as `up` runs it (tests that play the
  ///   activator by sending its instructions themselves pass false)
  /// @return the running network with the CLI configured for it
  public static LocalCliNetwork start(Path dir, boolean activator) {
    Path home = dir.resolve("home");
    Optional<ExternalLedgerConfig> external = ExternalLedgerConfig.current();
    if (external.isPresent()) {
      return connect(external.get(), home, activator);
    }
    LocalNetwork net =
        LocalNetwork.start(
            new UpConfig(
                LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
                home.resolve(".config/doublezero/id.json"),
                activator));
    CliRun cli = new CliRun(home);
    CliRun.Result r =
        cli.run("config", "set", "--url", net.ledger().rpcUrl(), "--ws", net.ledger().wsUrl());
    if (r.code() != 0) {
      net.close();
      throw new IllegalStateException("config set failed: " + r.err());
    }
    return new LocalCliNetwork(net, cli);
  }

  /// Connects to a ledger that runs elsewhere (another process, another network namespace) as the
  /// external-ledger mode does, whatever the system properties say; no activator in this JVM.
  ///
  /// @param dir a temporary directory (CLI home in `dir/home`)
  /// @param external the ledger's URLs and its bootstrap authority's keypair file
  /// @return the network with a fresh, funded, allowlisted CLI user
  public static LocalCliNetwork connect(Path dir, ExternalLedgerConfig external) {
    return connect(external, dir.resolve("home"), false);
  }

  /// External-ledger mode: a fresh CLI user in `home`, funded (100 SOL airdrop) and allowlisted by
  /// the authority; the activator, when asked, runs in-process as the authority.
  private static LocalCliNetwork connect(
      ExternalLedgerConfig external, Path home, boolean activator) {
    Keypair admin = KeypairFile.read(external.authority());
    Keypair userKey = Keypair.generate();
    KeypairFile.write(home.resolve(".config/doublezero/id.json"), userKey);
    RpcClient rpc =
        new RpcClient(
            external.rpcUrl(), RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED));
    rpc.confirmTransaction(
        rpc.requestAirdrop(userKey.publicKey(), LocalNetwork.USER_FUNDS),
        Commitment.CONFIRMED,
        Long.MAX_VALUE,
        Duration.ofSeconds(30));
    ServiceabilityClient client =
        new ServiceabilityClient(rpc, PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
    client
        .sender()
        .send(
            List.of(
                new AddFoundationAllowlist(userKey.publicKey())
                    .toInstruction(
                        PROGRAM,
                        new GlobalStateAccounts(
                            ServiceabilityPdas.globalState(PROGRAM).address(), admin.publicKey()))),
            admin,
            List.of());
    CliRun cli = new CliRun(home);
    CliRun.Result r =
        cli.run("config", "set", "--url", external.rpcUrl(), "--ws", external.wsUrl());
    if (r.code() != 0) {
      rpc.close();
      throw new IllegalStateException("config set failed: " + r.err());
    }
    Activator a =
        activator
            ? Activator.start(
                ActivatorConfig.of(external.rpcUrl(), external.wsUrl(), PROGRAM, admin))
            : null;
    return new LocalCliNetwork(null, cli, rpc, admin, userKey.publicKey(), a);
  }

  /// @return the foundation / activator / sentinel authority
  public Keypair admin() {
    return admin;
  }

  /// @return the CLI user's key (funded, on the foundation allowlist)
  public PublicKey user() {
    return user;
  }

  /// Sends instructions as the admin (e.g. to activate what the CLI created, playing the
  /// activator).
  ///
  /// @param ixs the instructions
  /// @return the signature
  public String asAdmin(Instruction... ixs) {
    return client.sender().send(List.of(ixs), admin(), List.of());
  }

  /// @param args the CLI arguments
  /// @return the result
  public CliRun.Result run(String... args) {
    return cli.run(args);
  }

  /// Runs the CLI and requires exit code 0 (the command line and stderr name a failure).
  ///
  /// @param args the CLI arguments
  /// @return the result
  public CliRun.Result ok(String... args) {
    CliRun.Result r = run(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  /// Runs the CLI and requires it to fail with `code`, stderr containing `err`, and the CLI user's
  /// balance unchanged (nothing was sent).
  ///
  /// @param code the exit code, 1 or 2
  /// @param err a fragment of stderr
  /// @param args the CLI arguments
  public void rejected(int code, String err, String... args) {
    long before = rpc.getBalance(user());
    CliRun.Result r = run(args);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
    assertThat(r.err()).contains(err);
    assertThat(rpc.getBalance(user())).as("the CLI user's balance").isEqualTo(before);
  }

  /// Runs the CLI with `stdin` as its standard input, stdin taken for a terminal (so it is read as
  /// answers to prompts, never as a piped keypair).
  ///
  /// @param stdin the text typed
  /// @param args the CLI arguments
  /// @return the result
  public CliRun.Result withStdin(String stdin, String... args) {
    return cli.withStdin(stdin, args);
  }

  @Override
  public void close() {
    if (net != null) {
      net.close();
      return;
    }
    if (externalActivator != null) {
      externalActivator.close();
    }
    rpc.close();
  }
}
