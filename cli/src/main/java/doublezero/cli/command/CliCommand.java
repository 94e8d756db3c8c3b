package doublezero.cli.command;

import doublezero.cli.session.Session;
import doublezero.cli.session.VersionCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/// Base of every leaf command: gives it the invocation's [Session] (global flags, config, ledger)
/// and maps a validation failure found after parsing to a usage error (exit code 2). Runs the
/// program-version check first ([VersionCheck]) unless `--no-version-warning` is given or the
/// command is exempt.
public abstract class CliCommand implements Callable<Integer> {
  /// The picocli model of this command.
  @Spec protected CommandSpec spec;

  /// @return the invocation's session
  protected Session session() {
    return root().session();
  }

  /// @return the daemon socket path (`--sock-file`, default the reference's
  ///   `/var/run/doublezerod/doublezerod.sock`)
  protected Path daemonSocket() {
    return Path.of(root().sockFile());
  }

  /// @return the root of the command tree this command runs in
  protected RootCommand root() {
    return (RootCommand) spec.root().userObject();
  }

  /// Runs the command.
  ///
  /// @param session the invocation's session
  /// @throws Exception any failure; the CLI's error handler turns it into one `Error:` line
  protected abstract void execute(Session session) throws Exception;

  @Override
  public final Integer call() throws Exception {
    RootCommand root = root();
    String path = spec.qualifiedName(" ").substring(spec.root().name().length()).trim();
    if (!root.noVersionWarning() && VersionCheck.appliesTo(path)) {
      VersionCheck.run(session());
    }
    execute(session());
    session().out().flush();
    return 0;
  }

  /// @param message what was wrong with the arguments
  /// @return a usage error for this command (exit code 2)
  protected ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /// Runs an argument parser that reports mistakes as [IllegalArgumentException] and turns them
  /// into usage errors (exit code 2), as clap does for `FromStr`/`ValueEnum` arguments.
  ///
  /// @param parse the parser
  /// @param <T> the parsed type
  /// @return the parsed value
  protected <T> T parsed(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }
}
