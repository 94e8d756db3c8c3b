package doublezero.cli.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import doublezero.cli.error.CliException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/// Where the config file lives and how it is read and written (reference
/// `smartcontract/sdk/rs/src/config.rs`): `$DOUBLEZERO_CONFIG_FILE`, else
/// `~/.config/doublezero/cli/config.yml`; a missing file means the defaults; writing creates the
/// parent directories.
public final class ConfigStore {
  /// The environment variable naming the config file.
  public static final String CONFIG_FILE_VAR = "DOUBLEZERO_CONFIG_FILE";

  private static final ObjectMapper YAML =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final CliEnv env;

  /// @param env the process surroundings (home directory, variables)
  public ConfigStore(CliEnv env) {
    this.env = env;
  }

  /// @return the config file path
  public Path path() {
    return env.var(CONFIG_FILE_VAR)
        .map(Path::of)
        .orElseGet(() -> env.doublezeroDir().resolve("cli").resolve("config.yml"));
  }

  /// @return `~/.config/doublezero/id.json`
  public Path defaultKeypairPath() {
    return env.doublezeroDir().resolve("id.json");
  }

  /// @return the defaults: the default environment's RPC URL, computed WebSocket URL and program id
  public CliConfig defaults() {
    return new CliConfig(
        CliDefaults.ENVIRONMENT.ledgerRpcUrl(),
        null,
        defaultKeypairPath().toString(),
        null,
        null,
        Map.of(),
        null,
        null);
  }

  /// @return the config file's contents, or the defaults when there is no file
  /// @throws CliException naming the file and the reason when it exists but cannot be read (a
  ///   directory, no permission), is not UTF-8, or is not valid config YAML; never falls back to
  ///   the defaults then, so a command cannot silently talk to another ledger and `config set`
  ///   cannot overwrite the file
  public CliConfig read() {
    Path p = path();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      return defaults();
    } catch (IOException e) {
      throw new CliException("cannot read config file " + p + ": " + reason(e), e);
    }
    String text = utf8(p, bytes);
    try {
      CliConfig c = YAML.readValue(text, CliConfig.class);
      if (c == null || c.jsonRpcUrl() == null) {
        throw new CliException("invalid config file " + p + ": missing field `json_rpc_url`");
      }
      return c.keypairPath() == null ? c.withKeypairPath(defaultKeypairPath().toString()) : c;
    } catch (IOException e) {
      throw new CliException(
          "invalid config file " + p + ": " + ConfigStore.firstLine(e.getMessage()), e);
    }
  }

  /// Writes the config, creating parent directories.
  ///
  /// @param config the config
  /// @throws CliException when the file cannot be written
  public void write(CliConfig config) {
    Path p = path();
    try {
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      Files.writeString(p, YAML.writeValueAsString(config));
    } catch (IOException e) {
      throw new CliException("cannot write config file " + p + ": " + e.getMessage(), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /// Decodes strictly: a malformed or truncated UTF-8 sequence is an error naming its byte offset.
  private static String utf8(Path p, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new CliException(
          "cannot read config file " + p + ": not valid UTF-8 (byte offset " + in.position() + ")");
    }
    return out.flip().toString();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
