package doublezero.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Locates the golden data of the reference tree (malbeclabs/doublezero v0.12.0) in
/// `../shared/reference-data`. Tests that need it call [#require()]; when the folder is absent they
/// are skipped with a message rather than failing, as DESIGN.md asks.
public final class ReferenceData {
  private ReferenceData() {}

  /// @return the reference-data folder, or null when it cannot be found
  public static Path locate() {
    String prop = System.getProperty("doublezero.referenceData");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("reference-data");
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
      dir = dir.getParent();
    }
    return null;
  }

  /// @return the reference-data folder; skips the calling test when absent
  public static Path require() {
    Path p = locate();
    assumeTrue(p != null, "../shared/reference-data not found: skipping golden-data test");
    return p;
  }

  /// @param relative path below reference-data, e.g.
  ///   `sdk/serviceability/testdata/fixtures/device.bin`
  /// @return the file's bytes; skips the calling test when reference data is absent
  public static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(require().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /// @param relative path below reference-data
  /// @return the file's text (UTF-8); skips the calling test when reference data is absent
  public static String text(String relative) {
    try {
      return Files.readString(require().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
