package doublezero.doublezerod.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/// The daemon's persisted state, `<state-dir>/state.json` = `{"reconciler_enabled":true|false}`
/// (reference `client/doublezerod/internal/manager/state.go`, `cli-doublezerod.md` §D.4). Written
/// atomically: the bytes go to `state.json.tmp`, are forced to disk, then renamed over `state.json`
/// (file 0644, directory 0755). No tunnel state is kept: after a restart tunnels are rebuilt from
/// chain.
public final class StateStore {
  static final String FILE = "state.json";
  static final String LEGACY = "doublezerod.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  /// @param dir the state directory (created 0755 when missing)
  public StateStore(Path dir) {
    this.dir = dir;
  }

  /// Reads the state at start-up. Missing `state.json` with a legacy `doublezerod.json` (a JSON
  /// array of provision requests): enabled iff that array is non-empty; the legacy file is deleted
  /// and `state.json` written. Fresh install: `false` is written.
  ///
  /// @return whether the reconciler is enabled
  /// @throws UncheckedIOException when the directory or file cannot be read or written, or
  ///   `state.json` is not the expected JSON object
  public boolean load() {
    Path file = dir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        JsonNode node = JSON.readTree(file.toFile());
        if (node == null || !node.path("reconciler_enabled").isBoolean()) {
          throw new IOException(file + ": expected {\"reconciler_enabled\":true|false}");
        }
        return node.get("reconciler_enabled").asBoolean();
      }
      boolean enabled = false;
      Path legacy = dir.resolve(LEGACY);
      if (Files.exists(legacy)) {
        JsonNode node = JSON.readTree(legacy.toFile());
        enabled = node != null && node.isArray() && !node.isEmpty();
        save(enabled);
        Files.delete(legacy);
        return enabled;
      }
      save(enabled);
      return enabled;
    } catch (IOException e) {
      throw new UncheckedIOException("state: " + e.getMessage(), e);
    }
  }

  /// Writes `{"reconciler_enabled":<enabled>}` atomically.
  ///
  /// @param enabled whether the reconciler is enabled
  /// @throws UncheckedIOException when the file cannot be written (the old file is left as it was)
  public void save(boolean enabled) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      }
      Path tmp = dir.resolve(FILE + ".tmp");
      byte[] body = ("{\"reconciler_enabled\":" + enabled + "}\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(body));
        ch.force(true);
      }
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      try {
        Files.move(
            tmp,
            dir.resolve(FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "state: cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }
}
