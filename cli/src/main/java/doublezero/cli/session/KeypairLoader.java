package doublezero.cli.session;

import doublezero.cli.config.CliEnv;
import doublezero.cli.error.CliException;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Finds the signer keypair in the reference order (`smartcontract/sdk/rs/src/keypair/loader.rs`):
/// `--keypair`, then `DOUBLEZERO_KEYPAIR` (JSON text when it looks like `[…]`, else a path), then
/// stdin when it is not a terminal and not empty, then the config's `keypair_path`. Error messages
/// name the origin, never a secret byte.
public final class KeypairLoader {
  /// The environment variable holding a keypair path or JSON.
  public static final String KEYPAIR_VAR = "DOUBLEZERO_KEYPAIR";

  private KeypairLoader() {}

  /// @param flag `--keypair`, when given
  /// @param configPath the config file's `keypair_path`
  /// @param env the process surroundings
  /// @return the keypair
  /// @throws CliException when the chosen source holds no valid keypair; for a missing default file
  ///   the reference hint (`DoubleZero keypair not found at default location …`)
  public static Keypair load(Optional<String> flag, String configPath, CliEnv env) {
    if (flag.isPresent()) {
      return fromFile(expand(flag.get(), env));
    }
    Optional<String> var = env.var(KEYPAIR_VAR);
    if (var.isPresent()) {
      String v = var.get().trim();
      if (v.startsWith("[") && v.endsWith("]")) {
        return parse(v, "environment variable " + KEYPAIR_VAR);
      }
      return fromFile(expand(v, env));
    }
    if (!env.stdinTty()) {
      String piped = readStdin(env);
      if (!piped.isBlank()) {
        return parse(piped.trim(), "stdin");
      }
    }
    Path path = expand(configPath, env);
    if (!Files.exists(path)) {
      throw new CliException(
          "DoubleZero keypair not found at "
              + path
              + "\nProvide keypair via:\n"
              + "  - doublezero --keypair /path/to/key.json\n  - cat key.json | doublezero ...\n"
              + "  - export DOUBLEZERO_KEYPAIR=/path/to/key.json\n  - doublezero keygen");
    }
    return fromFile(path);
  }

  /// @param path a path, possibly starting with `~/`
  /// @param env the process surroundings (home directory)
  /// @return the path with `~` expanded
  public static Path expand(String path, CliEnv env) {
    if (path.equals("~")) {
      return env.home();
    }
    if (path.startsWith("~/")) {
      return env.home().resolve(path.substring(2));
    }
    return Path.of(path);
  }

  private static Keypair fromFile(Path path) {
    try {
      return KeypairFile.read(path);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static Keypair parse(String json, String origin) {
    try {
      return KeypairFile.parse(json, "keypair from " + origin);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static String readStdin(CliEnv env) {
    try {
      return new String(env.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
