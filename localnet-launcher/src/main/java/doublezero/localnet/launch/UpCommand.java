package doublezero.localnet.launch;

import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-localnet up [--ledger DIR] [--rpc-port 8899] [--slot-ms 400] [--keypair FILE]
/// [--no-activator]`: the whole DoubleZero network on one machine ([LocalNetwork]), in the
/// foreground until SIGTERM / SIGINT. Prints what it created and what to run next on stdout.
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description =
        "Start the ledger with the DoubleZero programs and the activator, bootstrapped like the e2e"
            + " network")
final class UpCommand implements Callable<Integer> {
  /// `$HOME` when set (as the CLI and the reference's `dirs::home_dir`), else `user.home`.
  static final String HOME =
      System.getenv("HOME") != null && !System.getenv("HOME").isBlank()
          ? System.getenv("HOME")
          : System.getProperty("user.home");

  @Option(
      names = "--ledger",
      description = "ledger directory (default: ~/.local/share/doublezero/localnet)")
  Path ledger = Path.of(HOME, ".local/share/doublezero/localnet");

  @Option(
      names = "--rpc-port",
      defaultValue = "8899",
      description = "JSON-RPC port; PubSub on port + 1 too")
  int rpcPort;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "address to bind RPC and PubSub (default ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--slot-ms", defaultValue = "400", description = "slot duration in milliseconds")
  long slotMs;

  @Option(
      names = "--keypair",
      description =
          "the CLI user's keypair, created when absent (default: ~/.config/doublezero/id.json)")
  Path keypair = Path.of(HOME, ".config/doublezero/id.json");

  @Option(names = "--no-activator", description = "do not run the activator in-process")
  boolean noActivator;

  @Override
  public Integer call() throws InterruptedException {
    LocalnetConfig cfg =
        LocalnetConfig.ephemeral(ledger).withHost(bind).withRpcPort(rpcPort).withSlotMillis(slotMs);
    LocalNetwork net = LocalNetwork.start(new UpConfig(cfg, keypair, !noActivator));
    printReady(System.out, net);
    LocalnetMain.untilStopped(net);
    return 0;
  }

  private void printReady(PrintStream out, LocalNetwork net) {
    Environment env = Environment.LOCAL;
    out.println("DoubleZero localnet is up.");
    out.println("  ledger         " + ledger.toAbsolutePath());
    out.println("  rpc            " + net.ledger().rpcUrl());
    out.println("  websocket      " + net.ledger().wsUrl());
    out.println("  serviceability " + env.serviceabilityProgramId());
    out.println("  telemetry      " + env.telemetryProgramId());
    out.println("  geolocation    " + env.geolocationProgramId());
    out.println(
        "  activator      "
            + net.activator()
                .map(a -> "running as " + net.admin().publicKey())
                .orElse("not started (--no-activator)"));
    out.println("  your key       " + net.user() + " (" + keypair + ")");
    for (String line : net.report()) {
      out.println("  + " + line);
    }
    out.println();
    out.println("Next, in another terminal (see README, \"Walkthrough\"):");
    if (rpcPort != 8899) {
      out.println(
          "  bin/doublezero config set --url "
              + net.ledger().rpcUrl()
              + " --ws "
              + net.ledger().wsUrl());
    }
    if (!keypair.equals(Path.of(HOME, ".config/doublezero/id.json"))) {
      out.println("  bin/doublezero config set --keypair " + keypair);
    }
    out.println("  bin/doublezero contributor create --code flower_power");
    out.println(
        "  bin/doublezero device create --code la2-dz01 --contributor flower_power --location lax"
            + " --exchange xlax --public-ip \"207.45.216.134\" --dz-prefixes \"100.0.0.0/16\""
            + " --metrics-publisher <pubkey>");
    out.println("  bin/doublezero device list");
    out.println(
        "Stop with Ctrl-C; running `up` again with the same --ledger resumes where it stopped.");
    out.flush();
  }
}
