package doublezero.cli.geolocation;

import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.config.CliConfig;
import doublezero.cli.config.CliDefaults;
import doublezero.cli.config.ConfigStore;
import doublezero.cli.config.UrlMonikers;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Connection;
import doublezero.cli.session.GlobalOptions;
import doublezero.cli.session.Session;
import doublezero.sdk.environment.Environment;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/// `doublezero geolocation config get|set` (reference
/// `smartcontract/cli/src/geolocation/config/{get,set}.rs`): the CLI config file seen from the
/// geolocation side: RPC and WebSocket URLs, keypair, the serviceability and the geolocation
/// program ids (`(computed)` when the file does not set them). `set` takes the global `--env`,
/// `--url`, `--ws`, `--keypair`, `--program-id` and its own `--geo-program-id`; `--env` excludes
/// the URL and id flags.
@Command(
    name = "config",
    description = "Display or update CLI configuration.",
    subcommands = {GeoConfigCommand.Get.class, GeoConfigCommand.Set.class})
final class GeoConfigCommand extends GroupCommand {

  static void print(PrintWriter out, ConfigStore store, CliConfig config) {
    String ws =
        config.websocket().orElseGet(() -> UrlMonikers.toWs(config.jsonRpcUrl()) + " (computed)");
    String program =
        config
            .program()
            .orElseGet(
                () -> CliDefaults.ENVIRONMENT.serviceabilityProgramId().toBase58() + " (computed)");
    String geo =
        config.geoProgramId() != null
            ? config.geoProgramId()
            : CliDefaults.ENVIRONMENT.geolocationProgramId().toBase58() + " (computed)";
    out.print(
        "Config File: "
            + store.path()
            + "\nRPC URL: "
            + config.jsonRpcUrl()
            + "\nWebSocket URL: "
            + ws
            + "\nKeypair Path: "
            + config.keypairPath()
            + "\nServiceability Program ID: "
            + program
            + "\nGeolocation Program ID: "
            + geo
            + "\n\n");
    out.flush();
  }

  @Command(name = "get", description = "Display current configuration.")
  static final class Get extends CliCommand {
    @Override
    protected void execute(Session s) {
      print(s.out(), s.store(), s.config());
    }
  }

  @Command(
      name = "set",
      description =
          "Update configuration values: --env, --url, --ws, --keypair, --program-id or"
              + " --geo-program-id.")
  static final class Set extends CliCommand {
    @Mixin GeoProgramOption program;

    @Override
    protected void execute(Session s) {
      GlobalOptions g = s.options();
      if (g.env().isEmpty()
          && g.url().isEmpty()
          && g.ws().isEmpty()
          && g.keypair().isEmpty()
          && g.programId().isEmpty()
          && program.value().isEmpty()) {
        throw usage(
            "at least one of --env, --url, --ws, --keypair, --program-id, --geo-program-id is"
                + " required");
      }
      if (g.env().isPresent()
          && (g.url().isPresent()
              || g.ws().isPresent()
              || g.programId().isPresent()
              || program.value().isPresent())) {
        throw new CliException(
            "Invalid flag combination: Use either --env for environment shortcuts OR individual"
                + " flags, but not both.");
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
      cfg = program.value().map(GeoContext::moniker).map(cfg::withGeoProgramId).orElse(cfg);
      s.store().write(cfg);
      print(s.out(), s.store(), cfg);
    }
  }
}
