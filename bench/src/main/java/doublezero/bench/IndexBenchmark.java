package doublezero.bench;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/// Time to build the `Map<PublicKey, ServiceabilityAccount>` index from a `getProgramAccounts`
/// response of `accounts` accounts (see [ProgramAccountsResponse]):
/// - `build`: response bytes → `List<KeyedAccount>` → index, the SDK client's parse path without
///   the network;
/// - `parse`: response bytes → `List<KeyedAccount>` only;
/// - `decode`: `List<KeyedAccount>` → index only;
/// - `endToEnd`: `RpcClient.getProgramAccounts` against a local HTTP server on 127.0.0.1, then the
///   index.
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {
  /// Number of accounts in the response.
  @Param("10000")
  public int accounts;

  private byte[] body;
  private List<KeyedAccount> parsed;
  private LocalRpcServer server;
  private HttpClient http;
  private RpcClient rpc;
  private PublicKey programId;

  /// Builds the response body, checks it parses to `accounts` accounts, and starts the local
  /// server.
  @Setup(Level.Trial)
  public void setUp() {
    body = ProgramAccountsResponse.build(SampleAccounts.load(), accounts, 42);
    parsed = AccountIndex.parse(body);
    if (AccountIndex.index(parsed).size() != accounts) {
      throw new IllegalStateException("expected " + accounts + " distinct accounts");
    }
    server = new LocalRpcServer(body);
    http = HttpClient.newHttpClient();
    rpc =
        new RpcClient(
            server.uri(),
            RpcClientConfig.DEFAULTS.withRetries(0, Duration.ZERO, Duration.ZERO),
            http);
    programId = Environment.MAINNET_BETA.serviceabilityProgramId();
  }

  /// Stops the server and the HTTP client.
  @TearDown(Level.Trial)
  public void tearDown() {
    rpc.close();
    http.close();
    server.close();
  }

  /// @return the index built from the response bytes
  @Benchmark
  public Map<PublicKey, ServiceabilityAccount> build() {
    return AccountIndex.build(body);
  }

  /// @return the parsed accounts
  @Benchmark
  public List<KeyedAccount> parse() {
    return AccountIndex.parse(body);
  }

  /// @return the index built from already parsed accounts
  @Benchmark
  public Map<PublicKey, ServiceabilityAccount> decode() {
    return AccountIndex.index(parsed);
  }

  /// @return the index built from an HTTP `getProgramAccounts` call
  @Benchmark
  public Map<PublicKey, ServiceabilityAccount> endToEnd() {
    return AccountIndex.index(rpc.getProgramAccounts(programId, List.of()));
  }
}
