package doublezero.cli.configcommand;

import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.config.CliConfig;
import doublezero.cli.config.CliDefaults;
import doublezero.cli.config.ConfigStore;
import doublezero.cli.config.UrlMonikers;
import doublezero.cli.session.Connection;
import doublezero.cli.session.GlobalOptions;
import doublezero.cli.session.Session;
import doublezero.sdk.environment.Environment;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero config get|set` (reference `smartcontract/cli/src/config/{get,set}.rs`,
/// `cli-doublezerod.md` §B).
@Command(
    name = "config",
    description = "Get or set the CLI configuration.",
    subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class})
public final class ConfigCommand extends GroupCommand {

  /// Prints the config block: file, RPC URL, WebSocket URL (or computed), keypair path, program id
  /// (or computed), tenant, the ledger timeout when the file sets one (this CLI's own line), then a
  /// blank line.
  ///
  /// @param out where to print
  /// @param store the config file location
  /// @param config the config
  static void print(PrintWriter out, ConfigStore store, CliConfig config) {
    String ws =
        config.websocket().orElseGet(() -> UrlMonikers.toWs(config.jsonRpcUrl()) + " (computed)");
    String program =
        config
            .program()
            .orElseGet(
                () -> CliDefaults.ENVIRONMENT.serviceabilityProgramId().toBase58() + " (computed)");
    out.print(
        "Config File: "
            + store.path()
            + "\nRPC URL: "
            + config.jsonRpcUrl()
            + "\nWebSocket URL: "
            + ws
            + "\nKeypair Path: "
            + config.keypairPath()
            + "\nProgram ID: "
            + program
            + "\nTenant: "
            + config.tenantOpt().orElse("(not set)")
            + "\n"
            + config.timeoutSeconds().map(t -> "Timeout: " + t + " s\n").orElse("")
            + "\n");
    out.flush();
  }

  @Command(name = "get", description = "Print the configuration.")
  static final class Get extends CliCommand {
    @Override
    protected void execute(Session s) {
      print(s.out(), s.store(), s.config());
    }
  }

  /// `config set`: `--env`, `--url`, `--ws`, `--keypair` and `--program-id` are the global flags
  /// (same names as the reference's `config set` flags), read here instead of applied to the
  /// connection; `--tenant`/`--no-tenant` are this command's own, and the global `--timeout` (this
  /// CLI's own) is stored as `timeout`. At least one is required (reference clap `ArgGroup`). A
  /// config file that exists but cannot be read is an error and is left as it is.
  @Command(
      name = "set",
      description =
          "Change the configuration: --env, --url, --ws, --keypair, --program-id, --tenant,"
              + " --no-tenant or --timeout.")
  static final class Set extends CliCommand {
    @Option(
        names = "--tenant",
        paramLabel = "TENANT",
        description = "Default tenant code or pubkey.")
    String tenant;

    @Option(names = "--no-tenant", description = "Clear the default tenant.")
    boolean noTenant;

    @Override
    protected void execute(Session s) {
      GlobalOptions g = s.options();
      if (tenant != null && noTenant) {
        throw usage("the argument '--tenant <TENANT>' cannot be used with '--no-tenant'");
      }
      if (g.env().isEmpty()
          && g.url().isEmpty()
          && g.ws().isEmpty()
          && g.keypair().isEmpty()
          && g.programId().isEmpty()
          && tenant == null
          && !noTenant
          && g.timeout().isEmpty()) {
        throw usage(
            "at least one of --env, --url, --ws, --keypair, --program-id, --tenant, --no-tenant,"
                + " --timeout is required");
      }
      if (g.env().isPresent()
          && (g.url().isPresent() || g.ws().isPresent() || g.programId().isPresent())) {
        s.out()
            .println(
                "Invalid flag combination: Use either --env for environment shortcuts OR individual"
                    + " --url/--ws/--program-id flags, but not both.");
        return;
      }
      CliConfig cfg = s.config();
      if (g.env().isPresent()) {
        Environment e = Connection.parseEnvironment(g.env().get());
        cfg =
            cfg.withRpcUrl(e.ledgerRpcUrl())
                .withWebsocketUrl(e.ledgerWsUrl())
                .withProgramId(e.serviceabilityProgramId().toBase58())
                .withGeoProgramId(e.geolocationProgramId().toBase58());
      }
      cfg = g.url().map(UrlMonikers::rpc).map(cfg::withRpcUrl).orElse(cfg);
      cfg = g.ws().map(UrlMonikers::ws).map(cfg::withWebsocketUrl).orElse(cfg);
      cfg = g.keypair().map(cfg::withKeypairPath).orElse(cfg);
      cfg = g.programId().map(UrlMonikers::program).map(cfg::withProgramId).orElse(cfg);
      if (tenant != null) {
        cfg = cfg.withTenant(tenant);
      }
      if (noTenant) {
        cfg = cfg.withTenant(null);
      }
      if (g.timeout().isPresent()) {
        cfg = cfg.withTimeout(g.timeout().get().toSeconds());
      }
      s.store().write(cfg);
      print(s.out(), s.store(), cfg);
    }
  }
}
