package doublezero.cli.session;

import doublezero.cli.config.CliConfig;
import doublezero.cli.config.CliDefaults;
import doublezero.cli.config.CliEnv;
import doublezero.cli.config.UrlMonikers;
import doublezero.cli.error.CliException;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/// The ledger a command talks to, resolved with the reference precedence
/// (`smartcontract/sdk/rs/src/client.rs` `DZClient::new`, `client/doublezero/src/main.rs`): `--env`
/// supplies all three values and makes `--url`, `--ws` and `--program-id` ignored; otherwise each
/// flag beats the config file, which beats the default environment;
/// `DZ_LEDGER_RPC_URL`/`DZ_LEDGER_WS_RPC_URL` override an environment preset's URLs.
///
/// @param rpcUrl JSON-RPC URL
/// @param wsUrl PubSub URL
/// @param programId serviceability program id
public record Connection(String rpcUrl, String wsUrl, PublicKey programId) {

  /// @param options global flags
  /// @param config the config file (or defaults)
  /// @param env the process surroundings
  /// @return the connection
  /// @throws CliException for an unknown `--env` or a malformed program id
  public static Connection resolve(GlobalOptions options, CliConfig config, CliEnv env) {
    if (options.env().isPresent()) {
      Environment e = parseEnvironment(options.env().get());
      return new Connection(
          env.var("DZ_LEDGER_RPC_URL").orElse(e.ledgerRpcUrl()),
          env.var("DZ_LEDGER_WS_RPC_URL").orElse(e.ledgerWsUrl()),
          e.serviceabilityProgramId());
    }
    String rpc = options.url().map(UrlMonikers::rpc).orElse(config.jsonRpcUrl());
    String ws =
        options
            .ws()
            .map(UrlMonikers::ws)
            .or(() -> options.url().isPresent() ? Optional.empty() : config.websocket())
            .orElseGet(() -> computedWs(rpc));
    String program =
        options
            .programId()
            .map(UrlMonikers::program)
            .or(config::program)
            .orElse(CliDefaults.ENVIRONMENT.serviceabilityProgramId().toBase58());
    return new Connection(rpc, ws, parseProgramId(program));
  }

  /// Parses an environment name as the reference CLI does: only `mainnet-beta`, `testnet`,
  /// `devnet`, `local` and their one-letter forms (not `mainnet` or `localnet`).
  ///
  /// @param name the name
  /// @return the environment
  /// @throws CliException `Invalid environment X, must be one of: mainnet-beta, testnet, devnet,
  ///   local`
  public static Environment parseEnvironment(String name) {
    for (Environment e : Environment.values()) {
      if (e.displayName().equals(name) || e.shortName().equals(name)) {
        return e;
      }
    }
    throw new CliException(
        "Invalid environment "
            + name
            + ", must be one of: "
            + Arrays.stream(Environment.values())
                .map(Environment::displayName)
                .collect(Collectors.joining(", ")));
  }

  private static String computedWs(String rpc) {
    try {
      return UrlMonikers.toWs(rpc);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static PublicKey parseProgramId(String s) {
    try {
      return PublicKey.fromBase58(s);
    } catch (IllegalArgumentException e) {
      throw new CliException("invalid program id " + s + ": " + e.getMessage());
    }
  }

  /// @return the environment this program id belongs to (unknown ids count as devnet, as in the
  ///   reference)
  public Environment environment() {
    return Environment.fromProgramId(programId).orElse(Environment.DEFAULT);
  }
}
