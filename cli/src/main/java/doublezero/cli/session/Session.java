package doublezero.cli.session;

import doublezero.cli.config.CliConfig;
import doublezero.cli.config.ConfigStore;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.io.PrintWriter;
import java.time.Duration;

/// Everything a command needs, built lazily from the global flags: the config file, the resolved [Connection], the
/// signer, the RPC and serviceability clients and a snapshot of the program's accounts. One per CLI invocation.
public final class Session implements AutoCloseable {
  private final GlobalOptions options;
  private final CliEnv env;
  private final PrintWriter out;
  private final PrintWriter err;
  private CliConfig config;
  private Connection connection;
  private Keypair signer;
  private RpcClient rpc;
  private ServiceabilityClient client;
  private LedgerView ledger;

  /// @param options the global flags
  /// @param env     the process surroundings
  /// @param out     standard output
  /// @param err     standard error
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
  /// @throws doublezero.cli.CliException for an invalid `--env` or program id
  public Connection connection() {
    if (connection == null) {
      connection = Connection.resolve(options, config(), env);
    }
    return connection;
  }

  /// @return the signer (see [KeypairLoader])
  /// @throws doublezero.cli.CliException when no keypair can be loaded
  public Keypair signer() {
    if (signer == null) {
      signer = KeypairLoader.load(options.keypair(), config().keypairPath(), env);
    }
    return signer;
  }

  /// @return the JSON-RPC client (commitment `confirmed`)
  public RpcClient rpc() {
    if (rpc == null) {
      rpc = new RpcClient(connection().rpcUrl(), RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED));
    }
    return rpc;
  }

  /// @return the serviceability client
  public ServiceabilityClient client() {
    if (client == null) {
      client = new ServiceabilityClient(rpc(), connection().programId(), Commitment.CONFIRMED, Duration.ofSeconds(60));
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
  }
}
