package doublezero.cli.command;

import doublezero.cli.config.CliEnv;
import doublezero.cli.session.Session;
import java.io.PrintWriter;
import picocli.CommandLine;

/// What a command sees of the root of the command tree (the `doublezero` command object, picocli's
/// `spec.root().userObject()`): the invocation's session and global flags, and, for `shell` and
/// `completion`, the whole tree. Commands reach the root through this interface, so no command
/// package depends on the package that assembles the tree.
public interface RootCommand {
  /// @return the invocation's session, created on first use from the parsed global flags
  Session session();

  /// @return the daemon socket path (`--sock-file`)
  String sockFile();

  /// @return whether `--no-version-warning` was given
  boolean noVersionWarning();

  /// @return whether `--verbose` was given (stack traces and program logs on failure)
  boolean verbose();

  /// @return a fresh picocli model of the whole command tree (completion scripts, the shell's
  ///   completer)
  CommandLine fullTree();

  /// Runs one more `doublezero` command line in this process (the shell's lines), with its own
  /// session.
  ///
  /// @param out standard output
  /// @param err standard error
  /// @param env environment variables, home directory, stdin
  /// @param args the command line, global flags included
  /// @return the exit code
  int runNested(PrintWriter out, PrintWriter err, CliEnv env, String... args);
}
