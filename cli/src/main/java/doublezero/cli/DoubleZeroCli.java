package doublezero.cli;

import doublezero.cli.args.SecondsConverter;
import doublezero.cli.command.RootCommand;
import doublezero.cli.config.CliEnv;
import doublezero.cli.session.GlobalOptions;
import doublezero.cli.session.Session;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/// Entry point of the `doublezero` command (reference: `client/doublezero/src/main.rs`, see
/// `cli-doublezerod.md` §A). Global flags are valid before or after any subcommand; `-h`/`--help`
/// is one of them, so every command and subcommand prints its usage (as clap's). Exit codes: 0
/// success, 1 failure, 2 usage error. Only the command the arguments name is built
/// ([CommandTree#register]).
@Command(
    name = "doublezero",
    versionProvider = CliVersion.class,
    description = "DoubleZero client tool")
public final class DoubleZeroCli implements Runnable, RootCommand {
  /// Exit code for a failed command.
  public static final int EXIT_FAILURE = 1;

  /// Exit code for a usage error.
  public static final int EXIT_USAGE = 2;

  @Option(
      names = {"-e", "--env"},
      scope = ScopeType.INHERIT,
      paramLabel = "ENV",
      description =
          "DZ env shortcut: mainnet-beta, testnet, devnet or local (overrides --url, --ws,"
              + " --program-id).")
  String env;

  @Option(
      names = "--url",
      scope = ScopeType.INHERIT,
      paramLabel = "RPC_URL",
      description = "DZ ledger RPC URL.")
  String url;

  @Option(
      names = "--ws",
      scope = ScopeType.INHERIT,
      paramLabel = "WEBSOCKET_URL",
      description = "DZ ledger WebSocket URL.")
  String ws;

  @Option(
      names = "--program-id",
      scope = ScopeType.INHERIT,
      paramLabel = "PROGRAM_ID",
      description = "DZ serviceability program id (or devnet, testnet).")
  String programId;

  @Option(
      names = "--keypair",
      scope = ScopeType.INHERIT,
      paramLabel = "KEYPAIR",
      description = "Keypair file of the signer.")
  String keypair;

  @Option(
      names = "--no-version-warning",
      scope = ScopeType.INHERIT,
      description = "Skip the program version check.")
  boolean noVersionWarning;

  @Option(
      names = "--sock-file",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description = "doublezerod's API socket (default /var/run/doublezerod/doublezerod.sock).")
  String sockFile = "/var/run/doublezerod/doublezerod.sock";

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces and program logs on failure.")
  boolean verbose;

  @Option(
      names = "--timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "SECONDS",
      converter = SecondsConverter.class,
      description =
          "Seconds to wait for each answer of the ledger (default 15, or `timeout` in the config"
              + " file).")
  Duration timeout;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Print help.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print version.")
  boolean version;

  @Spec CommandSpec spec;

  private final CliEnv cliEnv;
  private final PrintWriter out;
  private final PrintWriter err;
  private Session session;

  DoubleZeroCli(CliEnv cliEnv, PrintWriter out, PrintWriter err) {
    this.cliEnv = cliEnv;
    this.out = out;
    this.err = err;
  }

  /// Without a subcommand: a usage error (exit code 2).
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  @Override
  public Session session() {
    if (session == null) {
      GlobalOptions options =
          new GlobalOptions(
              Optional.ofNullable(env),
              Optional.ofNullable(url),
              Optional.ofNullable(ws),
              Optional.ofNullable(programId),
              Optional.ofNullable(keypair),
              verbose,
              Optional.ofNullable(timeout));
      session = new Session(options, cliEnv, out, err);
    }
    return session;
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public String sockFile() {
    return sockFile;
  }

  @Override
  public boolean noVersionWarning() {
    return noVersionWarning;
  }

  @Override
  public CommandLine fullTree() {
    return model();
  }

  @Override
  public int runNested(PrintWriter out, PrintWriter err, CliEnv env, String... args) {
    return run(out, err, env, args);
  }

  /// Runs the CLI with the process's streams and surroundings and exits with its code.
  ///
  /// @param args command-line arguments
  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            CliEnv.system(),
            args));
  }

  /// Runs the CLI with the given streams and the real process surroundings.
  ///
  /// @param out standard output
  /// @param err standard error
  /// @param args command-line arguments
  /// @return the exit code
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, CliEnv.system(), args);
  }

  /// Runs the CLI with the given streams and surroundings (tests inject home directory and
  /// variables here).
  ///
  /// @param out standard output
  /// @param err standard error
  /// @param env environment variables, home directory, stdin
  /// @param args command-line arguments
  /// @return the exit code
  public static int run(PrintWriter out, PrintWriter err, CliEnv env, String... args) {
    DoubleZeroCli root = new DoubleZeroCli(env, out, err);
    CommandLine cmd = new CommandLine(root);
    CommandTree.register(cmd, args);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler(env.stderrTty()));
    // A usage error is its message and a pointer to --help (as clap prints it), not the whole help
    // text.
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println(ex.getMessage());
          e.println("For more information, try '--help'.");
          e.flush();
          return EXIT_USAGE;
        });
    cmd.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    try {
      return cmd.execute(args);
    } finally {
      if (root.session != null) {
        root.session.close();
      }
      out.flush();
      err.flush();
    }
  }

  /// @param root the root command object
  /// @return the picocli model of the whole command tree
  static CommandLine commandLine(DoubleZeroCli root) {
    CommandLine cmd = new CommandLine(root);
    CommandTree.registerAll(cmd);
    return cmd;
  }

  /// @return the picocli model of the whole tree, for completion scripts and the shell
  public static CommandLine model() {
    return commandLine(
        new DoubleZeroCli(
            CliEnv.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }
}
