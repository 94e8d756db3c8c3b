package doublezero.testkit.external;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// The external ledger the integration suite runs against, from the system properties `ledger.url`
/// (JSON-RPC, e.g. `http://127.0.0.1:8899`), `ledger.ws` (PubSub; default: the RPC port + 1 over
/// `ws`, as `solana-test-validator` serves it) and `ledger.authority` (a Solana keypair file: the
/// key that ran the bootstrap, GlobalState's foundation and activator authority). Set by
/// `solana-test-validator-scripts/run-suite.sh`.
///
/// @param rpcUrl the JSON-RPC URL
/// @param wsUrl the PubSub URL
/// @param authority the bootstrap authority's keypair file
public record ExternalLedgerConfig(String rpcUrl, String wsUrl, Path authority) {
  /// The system property that switches the suite to external-ledger mode.
  public static final String URL_PROPERTY = "ledger.url";

  /// The PubSub URL property.
  public static final String WS_PROPERTY = "ledger.ws";

  /// The authority keypair file property.
  public static final String AUTHORITY_PROPERTY = "ledger.authority";

  /// @return whether `ledger.url` is set (non-blank)
  public static boolean active() {
    String url = System.getProperty(URL_PROPERTY);
    return url != null && !url.isBlank();
  }

  /// Called by the harnesses that connect to the ledger; records the running test class for
  /// [ExternalLedgerReport].
  ///
  /// @return the configuration when [#active()], else empty
  /// @throws IllegalStateException when `ledger.url` is set but `ledger.authority` is missing or
  ///   not a file
  public static Optional<ExternalLedgerConfig> current() {
    if (!active()) {
      return Optional.empty();
    }
    String url = System.getProperty(URL_PROPERTY).strip();
    String ws = System.getProperty(WS_PROPERTY, "").strip();
    String authority = System.getProperty(AUTHORITY_PROPERTY, "").strip();
    if (authority.isEmpty() || !Files.isRegularFile(Path.of(authority))) {
      throw new IllegalStateException(
          "-D"
              + URL_PROPERTY
              + " is set, so -D"
              + AUTHORITY_PROPERTY
              + " must name the bootstrap authority's keypair file (got '"
              + authority
              + "')");
    }
    ExternalLedgerReport.connected();
    return Optional.of(
        new ExternalLedgerConfig(url, ws.isEmpty() ? defaultWs(url) : ws, Path.of(authority)));
  }

  /// @param rpcUrl `http(s)://host:port`
  /// @return `ws(s)://host:(port+1)`, the validator's PubSub default
  static String defaultWs(String rpcUrl) {
    URI u = URI.create(rpcUrl);
    String scheme = "https".equals(u.getScheme()) ? "wss" : "ws";
    int port = u.getPort() < 0 ? ("https".equals(u.getScheme()) ? 443 : 80) : u.getPort() + 1;
    return scheme + "://" + u.getHost() + ":" + port;
  }
}
