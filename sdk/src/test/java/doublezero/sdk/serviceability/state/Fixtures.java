package doublezero.sdk.serviceability.state;

import doublezero.testkit.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// The golden account fixtures of the reference tree (`sdk/serviceability/testdata/fixtures`,
/// reference `serviceability-state.md` §8).
final class Fixtures {
  static final String DIR = "sdk/serviceability/testdata/fixtures/";

  private Fixtures() {}

  /// @return fixture base names (e.g. `device`); skips the calling test when reference data is
  ///   absent
  static List<String> names() {
    Path dir = ReferenceData.require().resolve(DIR);
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".bin"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bin(String name) {
    return ReferenceData.bytes(DIR + name + ".bin");
  }

  static String json(String name) {
    return ReferenceData.text(DIR + name + ".json");
  }
}
