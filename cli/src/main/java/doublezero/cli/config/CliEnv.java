package doublezero.cli.config;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/// What the CLI reads from its process surroundings, injected so tests never touch the real home
/// directory or environment: the environment variables, the home directory (`~`), stdin, and
/// whether stdin/stderr are terminals.
///
/// @param vars environment variables (`DOUBLEZERO_CONFIG_FILE`, `DOUBLEZERO_KEYPAIR`,
///   `DZ_LEDGER_RPC_URL`, …)
/// @param home the user's home directory, the base of `~/.config/doublezero/…`
/// @param stdin standard input (a keypair may be piped in, reference `keypair/loader.rs`)
/// @param stdinTty whether stdin is a terminal (then it is never read for a keypair)
/// @param stderrTty whether stderr is a terminal (spinner and colour only then)
public record CliEnv(
    Map<String, String> vars, Path home, InputStream stdin, boolean stdinTty, boolean stderrTty) {
  /// The system property that overrides the home directory (for launchers and tests):
  /// `doublezero.home`.
  public static final String HOME_PROPERTY = "doublezero.home";

  /// @param vars environment variables
  /// @param home home directory
  /// @param stdin standard input
  /// @param stdinTty stdin is a terminal
  /// @param stderrTty stderr is a terminal
  public CliEnv {
    vars = Map.copyOf(vars);
  }

  /// @return the real process surroundings; the home directory is `-Ddoublezero.home` when set,
  ///   else `$HOME` (as the reference's `dirs::home_dir`), else `user.home`
  public static CliEnv system() {
    String envHome = System.getenv("HOME");
    String home =
        System.getProperty(
            HOME_PROPERTY,
            envHome != null && !envHome.isBlank() ? envHome : System.getProperty("user.home"));
    Console console = System.console();
    boolean tty = console != null && console.isTerminal();
    return new CliEnv(System.getenv(), Path.of(home), System.in, tty, tty);
  }

  /// A test environment: the given variables and home, empty non-terminal stdin, no terminals.
  ///
  /// @param vars environment variables
  /// @param home home directory
  /// @return the environment
  public static CliEnv of(Map<String, String> vars, Path home) {
    return new CliEnv(vars, home, InputStream.nullInputStream(), true, false);
  }

  /// @param name variable name
  /// @return its value when set and non-empty
  public Optional<String> var(String name) {
    return Optional.ofNullable(vars.get(name)).filter(v -> !v.isEmpty());
  }

  /// @return `~/.config/doublezero`
  public Path doublezeroDir() {
    return home.resolve(".config").resolve("doublezero");
  }
}
