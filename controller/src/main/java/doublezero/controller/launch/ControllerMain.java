package doublezero.controller.launch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `doublezero-controller start|agent …` (reference
/// `controlplane/controller/cmd/controller/main.go`, §B.2). Flags take the reference's single dash
/// (`-listen-port 7000`) or a double dash. A user mistake prints one `Error: …` line and exits 1; a
/// usage error exits 2.
@Command(
    name = "doublezero-controller",
    mixinStandardHelpOptions = true,
    version = "doublezero-controller " + ControllerMain.VERSION,
    description =
        "Renders each DoubleZero device's Arista EOS configuration from chain state and serves it"
            + " over gRPC",
    subcommands = {StartCommand.class, AgentCommand.class})
public final class ControllerMain implements Runnable {
  /// Build version reported by `-version` and `controller_build_info`.
  public static final String VERSION = "0.1.0";

  /// Entry point.
  ///
  /// @param args command line
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /// @param args command line
  /// @return the exit code
  public static int run(String[] args) {
    CommandLine cmd = new CommandLine(new ControllerMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    return cmd.execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }
}
