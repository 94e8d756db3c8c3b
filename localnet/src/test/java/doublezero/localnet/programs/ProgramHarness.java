package doublezero.localnet.programs;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.InitGlobalState;
import doublezero.sdk.serviceability.instruction.ServiceabilityInstruction;
import doublezero.sdk.serviceability.instruction.SetAuthority;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.CustomInstructionError;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.LatestBlockhash;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.SendOptions;
import doublezero.sdk.solana.rpc.SignatureStatus;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.ExternalLedgerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// A localnet running the DoubleZero program ports at [Environment#LOCAL]'s IDs, driven over
/// JSON-RPC with the SDK, for the program scenario suites. Every send is a real transaction;
/// failures are sent with `skipPreflight` so the ledger executes and records them (fee charged,
/// state rolled back), which is what the "state unchanged" checks verify.
///
/// [#connect] drives an external ledger instead (a `solana-test-validator` with the real programs,
/// or a stand-in; `-Dledger.url=…`): then [#net] is null (no seeding, no clock control) and
/// [#foundation] is the bootstrap authority.
public final class ProgramHarness implements AutoCloseable {
  /// The environment whose program IDs the ports run under.
  public static final Environment ENV = Environment.LOCAL;

  /// 100 SOL, what [#funded()] gives each keypair.
  public static final long FUNDING = 100_000_000_000L;

  /// The in-process ledger; null when connected to an external one.
  public final Localnet net;

  public final RpcClient rpc;
  public final ServiceabilityClient serviceability;
  public final PublicKey programId = ENV.serviceabilityProgramId();

  /// The keypair that ran InitGlobalState: foundation, activator, sentinel, health oracle and QA
  /// member.
  public final Keypair foundation;

  private final java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final String rpcUrl;
  private final String wsUrl;

  private ProgramHarness(Localnet net) {
    this(net, net.rpcUrl(), net.wsUrl(), null);
  }

  private ProgramHarness(Localnet net, String rpcUrl, String wsUrl, Keypair foundation) {
    this.net = net;
    this.rpcUrl = rpcUrl;
    this.wsUrl = wsUrl;
    this.rpc = new RpcClient(rpcUrl, RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED));
    this.serviceability =
        new ServiceabilityClient(rpc, programId, Commitment.CONFIRMED, Duration.ofSeconds(20));
    this.foundation = foundation == null ? funded() : foundation;
  }

  /// Connects to an external ledger already bootstrapped by
  /// `solana-test-validator-scripts/bootstrap.sh`; nothing is initialised and [#close()] leaves the
  /// ledger running.
  ///
  /// @param external the ledger's URLs and the bootstrap authority's keypair file
  /// @return the harness, [#foundation] = the authority
  /// @throws IllegalArgumentException when the keypair file is unreadable
  public static ProgramHarness connect(ExternalLedgerConfig external) {
    return new ProgramHarness(
        null, external.rpcUrl(), external.wsUrl(), KeypairFile.read(external.authority()));
  }

  /// @return whether this harness drives an external ledger ([#connect])
  public boolean external() {
    return net == null;
  }

  /// @return the ledger's JSON-RPC URL
  public String rpcUrl() {
    return rpcUrl;
  }

  /// @return the ledger's PubSub URL
  public String wsUrl() {
    return wsUrl;
  }

  /// Starts a ledger in `dir` with the program ports and a funded [#foundation] keypair (nothing
  /// initialised).
  public static ProgramHarness start(Path dir) {
    return start(dir, c -> c);
  }

  /// [#start(Path)] with a changed ledger configuration (slot time, epoch length, ...); the default
  /// slot is 20 ms.
  public static ProgramHarness start(
      Path dir, java.util.function.UnaryOperator<LocalnetConfig> tweak) {
    if (ExternalLedgerConfig.active()) {
      throw new IllegalStateException(
          "ProgramHarness.start needs a fresh in-process ledger; in external-ledger mode the test"
              + " must be marked @NeedsLedgerInternals or use initialized(dir)");
    }
    return new ProgramHarness(
        Localnet.start(
            DoubleZeroPrograms.install(
                tweak.apply(LocalnetConfig.ephemeral(dir).withSlotMillis(20)), ENV)));
  }

  /// Starts, then runs InitGlobalState and SetGlobalConfig with the reference tests' values
  /// (`TST/test_helpers.rs`: ASNs 65000/65001, device tunnel block 10.100.0.0/24, user tunnel block
  /// 10.200.0.0/24, multicast 239.0.0.0/24, publisher block 148.51.120.0/21). In external-ledger
  /// mode ([ExternalLedgerConfig#current()]) connects to that ledger instead, bootstrapped by
  /// `bootstrap.sh` with its own GlobalConfig ([#connect]).
  public static ProgramHarness initialized(Path dir) {
    Optional<ExternalLedgerConfig> external = ExternalLedgerConfig.current();
    if (external.isPresent()) {
      return connect(external.get());
    }
    return initialized(dir, c -> c);
  }

  /// [#initialized(Path)] with a changed ledger configuration.
  public static ProgramHarness initialized(
      Path dir, java.util.function.UnaryOperator<LocalnetConfig> tweak) {
    ProgramHarness h = start(dir, tweak);
    h.ok(h.foundation, h.initGlobalState());
    h.ok(
        h.foundation,
        h.setGlobalConfig(
            h.foundation,
            new SetGlobalConfig(
                65000,
                65001,
                NetworkV4.parse("10.100.0.0/24"),
                NetworkV4.parse("10.200.0.0/24"),
                NetworkV4.parse("239.0.0.0/24"),
                Optional.empty(),
                NetworkV4.parse("148.51.120.0/21"))));
    return h;
  }

  /// @return the InitGlobalState instruction paid by [#foundation]
  public Instruction initGlobalState() {
    return new InitGlobalState()
        .toInstruction(
            programId,
            new doublezero.sdk.serviceability.instruction.ProgramConfigAccounts(
                ServiceabilityPdas.programConfig(programId).address(),
                globalState(),
                foundation.publicKey()));
  }

  /// @return a SetGlobalConfig instruction with the standard PDAs, paid by `payer`
  public Instruction setGlobalConfig(Keypair payer, SetGlobalConfig args) {
    return args.toInstruction(
        programId, SetGlobalConfig.Accounts.derive(programId, payer.publicKey()));
  }

  /// @return the GlobalState PDA
  public PublicKey globalState() {
    return ServiceabilityPdas.globalState(programId).address();
  }

  /// @return the GlobalConfig PDA
  public PublicKey globalConfig() {
    return ServiceabilityPdas.globalConfig(programId).address();
  }

  /// @return a fresh keypair holding [#FUNDING] lamports
  public Keypair funded() {
    Keypair k = Keypair.generate();
    String sig = rpc.requestAirdrop(k.publicKey(), FUNDING);
    rpc.confirmTransaction(sig, Commitment.CONFIRMED, Long.MAX_VALUE, Duration.ofSeconds(20));
    return k;
  }

  /// Sends the instructions in one transaction paid and signed by `payer` (and `others`) and
  /// requires success.
  ///
  /// @return the signature
  public String ok(Keypair payer, List<Keypair> others, Instruction... ixs) {
    Outcome o = send(payer, others, ixs);
    assertThat(o.error()).as("transaction error; logs:\n%s", String.join("\n", o.logs())).isEmpty();
    return o.signature();
  }

  /// [#ok(Keypair, List, Instruction...)] with the payer as only signer.
  public String ok(Keypair payer, Instruction... ixs) {
    return ok(payer, List.of(), ixs);
  }

  /// Sends and requires failure, then requires every account of the programs to be unchanged. On an
  /// external ledger, which other runs may share, only the accounts the instructions name are
  /// compared (a transaction can write no other account).
  ///
  /// @return the transaction error
  public TransactionError fail(Keypair payer, List<Keypair> others, Instruction... ixs) {
    Map<PublicKey, String> before = external() ? touchedState(ixs) : programState();
    Outcome o = send(payer, others, ixs);
    assertThat(o.error()).as("expected the transaction to fail").isPresent();
    assertThat(external() ? touchedState(ixs) : programState())
        .as("program accounts after a failed transaction")
        .isEqualTo(before);
    return o.error().get();
  }

  /// @return the accounts the instructions name that the hosted programs own (absent ones as "-")
  private Map<PublicKey, String> touchedState(Instruction... ixs) {
    Map<PublicKey, String> out = new TreeMap<>((a, b) -> a.toBase58().compareTo(b.toBase58()));
    java.util.Set<PublicKey> programs =
        java.util.Set.of(
            ENV.serviceabilityProgramId(), ENV.telemetryProgramId(), ENV.geolocationProgramId());
    for (Instruction ix : ixs) {
      for (var meta : ix.accounts()) {
        out.computeIfAbsent(
            meta.publicKey(),
            k ->
                rpc.getAccountInfo(k)
                    .filter(a -> programs.contains(a.owner()))
                    .map(a -> a.lamports() + ":" + java.util.HexFormat.of().formatHex(a.data()))
                    .orElse("-"));
      }
    }
    return out;
  }

  /// [#fail(Keypair, List, Instruction...)] with the payer as only signer.
  public TransactionError fail(Keypair payer, Instruction... ixs) {
    return fail(payer, List.of(), ixs);
  }

  /// Requires `Custom(code)` of `expected` from the failing instruction.
  public static void assertError(TransactionError error, ServiceabilityError expected) {
    assertCustom(error, expected.code());
  }

  /// Requires `InstructionError(_, Custom(code))`.
  public static void assertCustom(TransactionError error, long code) {
    assertThat(error).isInstanceOf(InstructionFailed.class);
    assertThat(((InstructionFailed) error).error())
        .isInstanceOfSatisfying(
            CustomInstructionError.class,
            c ->
                assertThat(c.code())
                    .as("custom error code of %s", error.describe())
                    .isEqualTo(code));
  }

  /// Requires a builtin instruction error by its name, e.g. `ProgramFailedToComplete` (a Rust
  /// panic), `InvalidAccountData`, `NotEnoughAccountKeys`.
  public static void assertBuiltin(TransactionError error, String name) {
    assertThat(error).isInstanceOf(InstructionFailed.class);
    assertThat(((InstructionFailed) error).error().name()).as(error.describe()).isEqualTo(name);
  }

  /// Requires the failure of a Rust panic (`assert!`, `unwrap`): `ProgramFailedToComplete`.
  public static void assertPanic(TransactionError error) {
    assertBuiltin(error, "ProgramFailedToComplete");
  }

  /// Writes a serviceability account straight into the ledger (rent-exempt, owned by the program),
  /// as `solana-test-validator --account` would: for fixtures that the instructions under test need
  /// but cannot create themselves (e.g. accounts in layouts of older program versions).
  public void seed(PublicKey address, ServiceabilityAccount value) {
    seedRaw(address, programId, value.encode());
  }

  /// Writes raw account data owned by `owner`, rent-exempt.
  public void seedRaw(PublicKey address, PublicKey owner, byte[] data) {
    if (net == null) {
      throw new IllegalStateException(
          "seeding accounts needs the in-process ledger: mark the test @NeedsLedgerInternals");
    }
    net.node()
        .writeAccounts(
            Map.of(
                address,
                new doublezero.localnet.ledger.Account(
                    doublezero.localnet.ledger.Rent.minimumBalance(data.length),
                    owner,
                    data,
                    false,
                    doublezero.localnet.ledger.Account.RENT_EXEMPT_EPOCH)))
        .join();
  }

  /// @return the account's data, or empty when it does not exist
  public Optional<byte[]> data(PublicKey account) {
    return rpc.getAccountInfo(account).map(AccountInfo::data);
  }

  /// @return the account's lamports (0 when it does not exist)
  public long lamports(PublicKey account) {
    return rpc.getAccountInfo(account).map(AccountInfo::lamports).orElse(0L);
  }

  /// @return the account's decoded state
  /// @throws AssertionError when absent or of another type
  public <T extends ServiceabilityAccount> T account(PublicKey account, Class<T> type) {
    byte[] d = data(account).orElseThrow(() -> new AssertionError("no account " + account));
    return type.cast(ServiceabilityAccounts.decode(d));
  }

  /// @return every account owned by the hosted programs: address → lamports and hex data
  public Map<PublicKey, String> programState() {
    Map<PublicKey, String> out = new TreeMap<>((a, b) -> a.toBase58().compareTo(b.toBase58()));
    for (PublicKey program :
        List.of(
            ENV.serviceabilityProgramId(), ENV.telemetryProgramId(), ENV.geolocationProgramId())) {
      for (KeyedAccount k : rpc.getProgramAccounts(program, List.of())) {
        out.put(
            k.pubkey(),
            k.account().lamports() + ":" + java.util.HexFormat.of().formatHex(k.account().data()));
      }
    }
    return out;
  }

  /// The result of one transaction.
  public record Outcome(String signature, Optional<TransactionError> error, List<String> logs) {}

  /// Sends without preflight and waits for confirmation.
  public Outcome send(Keypair payer, List<Keypair> others, Instruction... ixs) {
    if (external()) {
      refuseLedgerWide(ixs);
    }
    List<Keypair> signers = new ArrayList<>();
    signers.add(payer);
    others.stream().filter(k -> !k.publicKey().equals(payer.publicKey())).forEach(signers::add);
    LatestBlockhash latest;
    Transaction tx;
    while (true) {
      // A transaction identical to one already sent under the same blockhash has the same signature
      // and would be
      // answered with the earlier result: wait for the next blockhash instead.
      latest = rpc.getLatestBlockhash(Commitment.CONFIRMED);
      Message message =
          Message.compile(
              Arrays.asList(ixs), payer.publicKey(), Blockhash.fromBase58(latest.blockhash()));
      tx = Transaction.unsigned(message).sign(signers);
      if (sent.add(tx.signatureBase58())) {
        break;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    String sig =
        rpc.sendTransaction(
            tx.serialize(), new SendOptions(true, Optional.empty(), java.util.OptionalInt.empty()));
    SignatureStatus status =
        rpc.confirmTransaction(
            sig, Commitment.CONFIRMED, latest.lastValidBlockHeight(), Duration.ofSeconds(20));
    List<String> logs =
        rpc.getTransaction(sig).flatMap(t -> t.meta()).map(m -> m.logMessages()).orElse(List.of());
    return new Outcome(sig, status.err(), logs);
  }

  /// On an external ledger, refuses the instructions whose effect every other test (and the next
  /// run) would see: InitGlobalState, SetGlobalConfig, SetAuthority and SetFeatureFlags. A test
  /// that sends them must be marked `@NeedsLedgerInternals`.
  private void refuseLedgerWide(Instruction... ixs) {
    for (Instruction ix : ixs) {
      if (!ix.programId().equals(programId) || ix.data().length == 0) {
        continue;
      }
      ServiceabilityInstruction decoded;
      try {
        decoded = ServiceabilityInstruction.decodeIncremental(ix.data());
      } catch (RuntimeException e) {
        continue; // malformed on purpose: the program refuses it, nothing ledger-wide happens
      }
      if (decoded instanceof InitGlobalState
          || decoded instanceof SetGlobalConfig
          || decoded instanceof SetAuthority
          || decoded instanceof SetFeatureFlags) {
        throw new IllegalStateException(
            decoded.getClass().getSimpleName()
                + " changes ledger-wide state that every other test on the external ledger would"
                + " see: mark the test @NeedsLedgerInternals");
      }
    }
  }

  @Override
  public void close() {
    rpc.close();
    if (net != null) {
      net.close();
    }
  }
}
