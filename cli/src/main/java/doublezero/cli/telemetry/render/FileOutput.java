package doublezero.cli.telemetry.render;

import doublezero.cli.error.CliException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/// Writes an output file whole or not at all: into a temporary file beside it, then moved over the
/// final name. Failures are one clear [CliException] naming the file.
public final class FileOutput {
  private FileOutput() {}

  /// The body of an output file.
  @FunctionalInterface
  public interface Body {
    /// @param w the file's writer
    /// @throws IOException on a write failure
    void write(Writer w) throws IOException;
  }

  /// Fails early, before any ledger read, when `file` cannot be a file we write.
  ///
  /// @param file the destination
  /// @param what what it holds, for the message (`CSV file`)
  /// @throws CliException when its directory does not exist or it names a directory
  public static void check(Path file, String what) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(
          "failed to create " + what + " " + file + ": directory " + dir + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new CliException("failed to create " + what + " " + file + ": is a directory");
    }
  }

  /// @param file the destination
  /// @param what what it holds, for the message
  /// @param body writes the content
  /// @throws CliException when the file cannot be written (nothing is left behind)
  public static void replace(Path file, String what, Body body) {
    check(file, what);
    Path tmp = null;
    try {
      tmp =
          Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write failure is the one to report
        }
      }
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new CliException("failed to write " + what + " " + file + ": " + reason, e);
    }
  }
}
