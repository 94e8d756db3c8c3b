package doublezero.localnet;

import doublezero.localnet.bootstrap.Bootstrap;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Builtins;
import doublezero.localnet.ledger.Rent;
import doublezero.localnet.node.LedgerNode;
import doublezero.localnet.node.NodeConfig;
import doublezero.localnet.pubsub.PubSubHub;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.localnet.rpc.RpcContext;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.localnet.runtime.ProgramRegistry;
import doublezero.localnet.server.RpcServer;
import doublezero.localnet.system.SystemProcessor;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/// A running embedded ledger: `Localnet.start(config)` recovers or creates the ledger in
/// `config.ledgerDir()`, serves JSON-RPC on {@link #rpcUrl()} and PubSub on {@link #wsUrl()} (and
/// on the RPC port), and stops on {@link #close()}. The faucet keypair lives in
/// `<ledger>/faucet-keypair.json` and holds 500,000,000 SOL at genesis.
public final class Localnet implements AutoCloseable {
  /// Faucet balance at genesis: 500,000,000 SOL.
  public static final long FAUCET_LAMPORTS = 500_000_000L * 1_000_000_000L;

  private final LedgerNode node;
  private final RpcServer server;
  private final PubSubHub hub;
  private final Keypair faucet;
  private final String host;

  private static final String BOOTSTRAP_PENDING = "bootstrap-pending";

  private Localnet(LedgerNode node, RpcServer server, PubSubHub hub, Keypair faucet, String host) {
    this.node = node;
    this.server = server;
    this.hub = hub;
    this.faucet = faucet;
    this.host = host;
  }

  /// Starts a ledger.
  ///
  /// @throws doublezero.localnet.journal.LedgerCorruptException when the ledger directory is
  ///   damaged
  /// @throws IllegalStateException when a port cannot be bound or the bootstrap fails
  /// @throws UncheckedIOException on I/O failure
  public static Localnet start(LocalnetConfig config) {
    try {
      Files.createDirectories(config.ledgerDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create ledger directory " + config.ledgerDir(), e);
    }
    Keypair faucet = keypair(config.ledgerDir().resolve("faucet-keypair.json"));
    Keypair identity = keypair(config.ledgerDir().resolve("validator-keypair.json"));
    Bootstrap bootstrap = config.bootstrap() == null ? null : Bootstrap.read(config.bootstrap());
    Map<PublicKey, ProgramProcessor> programs = new LinkedHashMap<>(config.programs());
    if (bootstrap != null) {
      programs.putAll(bootstrap.processors());
    }
    ProgramRegistry registry =
        new ProgramRegistry().register(Builtins.SYSTEM_PROGRAM, new SystemProcessor(), true);
    programs.forEach((id, p) -> registry.register(id, p, false));
    LedgerNode node =
        new LedgerNode(
            new NodeConfig(
                config.ledgerDir(),
                config.slotMillis(),
                config.slotsPerEpoch(),
                config.snapshotEvery(),
                config.retainStatuses()),
            registry,
            genesis(faucet, programs.keySet()));
    RpcContext ctx = new RpcContext(node, faucet, identity);
    PubSubHub hub = new PubSubHub(ctx);
    node.start(hub);
    RpcServer server;
    try {
      node.writeAccounts(missingPrograms(node, programs.keySet())).join();
      int ws =
          config.wsPort() >= 0 ? config.wsPort() : config.rpcPort() == 0 ? 0 : config.rpcPort() + 1;
      server =
          new RpcServer(
              config.host(),
              config.rpcPort(),
              ws,
              new JsonRpcDispatcher(ctx),
              hub,
              config.pubsubQueueBytes());
    } catch (RuntimeException e) {
      node.close();
      hub.close();
      throw e;
    }
    Localnet net = new Localnet(node, server, hub, faucet, config.host());
    try {
      runBootstrap(bootstrap, node.fresh(), config.ledgerDir(), net);
    } catch (RuntimeException e) {
      net.close();
      throw e;
    }
    return net;
  }

  /// Runs the bootstrap once, on a fresh ledger. A marker file is present while it runs, so a
  /// bootstrap that failed part-way is refused at the next start instead of leaving a half-seeded
  /// ledger that looks complete.
  private static void runBootstrap(
      Bootstrap bootstrap, boolean fresh, Path ledgerDir, Localnet net) {
    Path pending = ledgerDir.resolve(BOOTSTRAP_PENDING);
    if (Files.exists(pending)) {
      throw new IllegalStateException(
          "ledger "
              + ledgerDir
              + " holds a bootstrap that did not complete;"
              + " remove the directory and start again");
    }
    if (bootstrap == null || !fresh) {
      return;
    }
    try {
      Files.writeString(pending, "bootstrap started\n");
      bootstrap.run(net.node(), net.faucet());
      Files.delete(pending);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pending, e);
    }
  }

  private static Keypair keypair(Path file) {
    if (Files.exists(file)) {
      return KeypairFile.read(file);
    }
    Keypair k = Keypair.generate();
    KeypairFile.write(file, k);
    return k;
  }

  static Account programAccount() {
    byte[] data = "java-program".getBytes(StandardCharsets.US_ASCII);
    return new Account(
        Rent.minimumBalance(data.length),
        Builtins.BPF_LOADER_UPGRADEABLE,
        data,
        true,
        Account.RENT_EXEMPT_EPOCH);
  }

  private static Map<PublicKey, Account> genesis(Keypair faucet, Iterable<PublicKey> programs) {
    Map<PublicKey, Account> g = new LinkedHashMap<>();
    g.put(
        Builtins.SYSTEM_PROGRAM,
        new Account(
            1,
            Builtins.NATIVE_LOADER,
            "system_program".getBytes(StandardCharsets.US_ASCII),
            true,
            Account.RENT_EXEMPT_EPOCH));
    g.put(faucet.publicKey(), Account.system(FAUCET_LAMPORTS));
    programs.forEach(id -> g.put(id, programAccount()));
    return g;
  }

  private static Map<PublicKey, Account> missingPrograms(
      LedgerNode node, Iterable<PublicKey> programs) {
    Map<PublicKey, Account> out = new HashMap<>();
    programs.forEach(
        id -> {
          if (node.bank().accounts().getOrNull(id) == null) {
            out.put(id, programAccount());
          }
        });
    return out;
  }

  /// `http://host:port` of the JSON-RPC endpoint.
  public String rpcUrl() {
    return "http://" + host + ":" + server.rpcPort();
  }

  /// `ws://host:port` of the PubSub endpoint (RPC port + 1 unless configured otherwise).
  public String wsUrl() {
    return "ws://" + host + ":" + server.wsPort();
  }

  /// The faucet keypair (funds airdrops; tests may sign with it).
  public Keypair faucet() {
    return faucet;
  }

  /// The ledger core (bank, submit) for in-process use.
  public LedgerNode node() {
    return node;
  }

  /// Live PubSub subscriptions.
  public int subscriptions() {
    return hub.size();
  }

  /// Stops serving, finishes queued work and closes the journal.
  @Override
  public void close() {
    server.close();
    node.close();
    hub.close();
  }
}
