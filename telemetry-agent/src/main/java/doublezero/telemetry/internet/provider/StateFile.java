package doublezero.telemetry.internet.provider;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/// A provider's JSON state file (field names in snake_case, as the reference's), replaced
/// atomically: the new content goes to `<name>.tmp`, is fsynced, renamed over the old file, and the
/// directory is fsynced. A reader therefore sees the old state or the new one, never a mix.
///
/// @param <T> the state record
public final class StateFile<T> {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Class<T> type;

  /// @param file the state file
  /// @param type the state record class
  public StateFile(Path file, Class<T> type) {
    this.file = file;
    this.type = type;
  }

  /// @return the file
  public Path path() {
    return file;
  }

  /// @return the saved state, or empty when there is no file yet
  /// @throws IllegalStateException when the file exists but is not a valid state (refusing to guess
  ///   keeps results from being exported twice or skipped)
  public Optional<T> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), type));
    } catch (IOException e) {
      throw new IllegalStateException(
          "state file " + file + " is not valid: " + e.getMessage() + " (fix or move it away)", e);
    }
  }

  /// Replaces the file with `state`.
  ///
  /// @param state the new state
  /// @throws UncheckedIOException when it cannot be written (the old file is then intact)
  public void write(T state) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      byte[] bytes = JSON.writeValueAsBytes(state);
      try (FileChannel out =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          out.write(b);
        }
        out.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      } catch (IOException ignored) {
        // some file systems cannot fsync a directory; the rename is still atomic
      }
    } catch (IOException e) {
      throw new UncheckedIOException("state file " + file + ": " + e.getMessage(), e);
    }
  }
}
