package doublezero.cli.session;

import doublezero.cli.args.SecondsConverter;
import doublezero.cli.config.CliConfig;
import doublezero.cli.config.CliEnv;
import doublezero.cli.config.ConfigStore;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;

/// Everything a command needs, built lazily from the global flags: the config file, the resolved
/// [Connection], the signer, the RPC and serviceability clients and a snapshot of the program's
/// accounts. One per CLI invocation.
public final class Session implements AutoCloseable {
  /// How long the CLI waits for each answer of the ledger unless `--timeout` or the config's
  /// `timeout` says otherwise.
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private final GlobalOptions options;
  private final CliEnv env;
  private final PrintWriter out;
  private final PrintWriter err;
  private CliConfig config;
  private Connection connection;
  private Keypair signer;
  private RpcClient rpc;
  private LedgerHttpClient http;
  private ServiceabilityClient client;
  private LedgerView ledger;

  /// @param options the global flags
  /// @param env the process surroundings
  /// @param out standard output
  /// @param err standard error
  public Session(GlobalOptions options, CliEnv env, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /// @return the global flags
  public GlobalOptions options() {
    return options;
  }

  /// @return the process surroundings
  public CliEnv env() {
    return env;
  }

  /// @return standard output
  public PrintWriter out() {
    return out;
  }

  /// @return standard error
  public PrintWriter err() {
    return err;
  }

  /// @return the config store (file location)
  public ConfigStore store() {
    return new ConfigStore(env);
  }

  /// @return the config file (or defaults), read once
  public CliConfig config() {
    if (config == null) {
      config = store().read();
    }
    return config;
  }

  /// @return the ledger connection
  /// @throws doublezero.cli.error.CliException for an invalid `--env` or program id
  public Connection connection() {
    if (connection == null) {
      connection = Connection.resolve(options, config(), env);
    }
    return connection;
  }

  /// @return the signer (see [KeypairLoader])
  /// @throws doublezero.cli.error.CliException when no keypair can be loaded
  public Keypair signer() {
    if (signer == null) {
      signer = KeypairLoader.load(options.keypair(), config().keypairPath(), env);
    }
    return signer;
  }

  /// @return how long to wait for each ledger answer: `--timeout`, else the config file's
  ///   `timeout`, else [#DEFAULT_TIMEOUT]
  /// @throws CliException when the config file's `timeout` is not 1..=86400 seconds
  public Duration timeout() {
    if (options.timeout().isPresent()) {
      return options.timeout().get();
    }
    Long configured = config().timeout();
    if (configured == null) {
      return DEFAULT_TIMEOUT;
    }
    try {
      return SecondsConverter.seconds(configured, configured.toString());
    } catch (IllegalArgumentException e) {
      throw new CliException("invalid config file " + store().path() + ": " + e.getMessage());
    }
  }

  /// @return the JSON-RPC client (commitment `confirmed`); a request the ledger does not answer
  ///   within [#timeout] ends the command (see [LedgerHttpClient])
  /// @throws IllegalArgumentException for an RPC URL that is not a valid http(s) URL
  public RpcClient rpc() {
    if (rpc == null) {
      String url = connection().rpcUrl();
      Duration t = timeout();
      URI uri = URI.create(url);
      http = new LedgerHttpClient(url, t);
      rpc =
          new RpcClient(
              uri,
              RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED).withTimeout(t),
              http);
    }
    return rpc;
  }

  /// @return the serviceability client
  public ServiceabilityClient client() {
    if (client == null) {
      client =
          new ServiceabilityClient(
              rpc(), connection().programId(), Commitment.CONFIRMED, Duration.ofSeconds(60));
    }
    return client;
  }

  /// @return every serviceability account, fetched once per invocation
  public LedgerView ledger() {
    if (ledger == null) {
      ledger = LedgerView.load(rpc(), connection().programId());
    }
    return ledger;
  }

  /// Forgets the account snapshot (after a send, so a later read sees the change).
  public void refresh() {
    ledger = null;
  }

  @Override
  public void close() {
    if (rpc != null) {
      rpc.close();
    }
    if (http != null) {
      http.close();
    }
  }
}
