package doublezero.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Every Java source of the repository is formatted by google-java-format (imports sorted, none
/// unused), so a formatting change never hides in a diff. `bin/format` fixes what this test
/// reports.
class FormatTest {
  /// The repository root: surefire runs this module's tests in `architecture/`.
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> ROOT.relativize(p).toString().matches("[^/]+/src/.*"))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySourceIsFormatted() throws IOException {
    Formatter formatter = new Formatter();
    List<Path> files = sources();
    List<String> unformatted = new ArrayList<>();
    files.parallelStream()
        .forEach(
            p -> {
              try {
                String src = Files.readString(p, StandardCharsets.UTF_8);
                if (!formatter.formatSourceAndFixImports(src).equals(src)) {
                  synchronized (unformatted) {
                    unformatted.add(ROOT.relativize(p).toString());
                  }
                }
              } catch (FormatterException e) {
                synchronized (unformatted) {
                  unformatted.add(ROOT.relativize(p) + " (does not parse: " + e.getMessage() + ")");
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertThat(files).as("sources found under " + ROOT).hasSizeGreaterThan(500);
    assertThat(unformatted.stream().sorted().toList())
        .as("not formatted; run bin/format")
        .isEmpty();
  }
}
