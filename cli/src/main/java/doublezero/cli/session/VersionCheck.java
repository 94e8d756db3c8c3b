package doublezero.cli.session;

import doublezero.cli.error.CliException;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.sdk.solana.client.DecodedAccount;
import java.util.Optional;
import java.util.Set;

/// The program-version check the reference CLI runs before a command
/// (`smartcontract/cli/src/checkversion.rs`, `client/doublezero/src/main.rs`): reads the
/// ProgramConfig account; a client older than `min_compatible_version` fails, a client older than
/// `version` gets a warning on stderr; when the account cannot be read, nothing happens.
public final class VersionCheck {
  /// The program version this CLI speaks (the reference release it is built against).
  public static final ProgramVersion CLIENT = new ProgramVersion(0, 12, 0);

  /// Top-level commands the reference skips (`status`, `enable`, `disable`, `address`, `balance`,
  /// `export`, `completion`), plus this CLI's local-only commands that never touch the ledger
  /// (`config`, `keygen`, `shell`, `help`, `account decode`).
  private static final Set<String> SKIPPED =
      Set.of(
          "status",
          "enable",
          "disable",
          "address",
          "balance",
          "export",
          "completion",
          "config",
          "keygen",
          "shell",
          "help",
          "account decode",
          "geolocation config get",
          "geolocation config set");

  private VersionCheck() {}

  /// @param commandPath the command's words after `doublezero`, e.g. `device list`
  /// @return whether the check runs before it
  public static boolean appliesTo(String commandPath) {
    String top = commandPath.split(" ", 2)[0];
    return !SKIPPED.contains(top) && !SKIPPED.contains(commandPath);
  }

  /// Runs the check.
  ///
  /// @param session the invocation
  /// @throws CliException when this client is older than the program's `min_compatible_version`
  public static void run(Session session) {
    Optional<ProgramConfig> config = read(session);
    if (config.isEmpty()) {
      return;
    }
    ProgramConfig pc = config.get();
    if (CLIENT.compareTo(pc.minCompatibleVersion()) < 0) {
      throw new CliException(
          "A new version of the client is available: "
              + CLIENT
              + " → "
              + pc.minCompatibleVersion()
              + "\n"
              + "Your client version is no longer up to date. Please update it before continuing to"
              + " use the client.");
    }
    if (CLIENT.compareTo(pc.version()) < 0) {
      session
          .err()
          .println(
              "A new version of the client is available: "
                  + CLIENT
                  + " → "
                  + pc.version()
                  + "\nWe recommend updating to the latest version for the best experience.");
      session.err().flush();
    }
  }

  private static Optional<ProgramConfig> read(Session session) {
    try {
      return session
          .client()
          .get(
              ServiceabilityPdas.programConfig(session.connection().programId()).address(),
              ProgramConfig.class)
          .map(DecodedAccount::state);
    } catch (RuntimeException e) {
      return Optional.empty(); // as the reference: an unreadable ProgramConfig skips the check
    }
  }
}
