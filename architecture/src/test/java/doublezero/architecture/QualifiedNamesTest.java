package doublezero.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/// Main code names types through imports, never inline as `doublezero.sdk….Type` or `java.….Type`
/// (house style, docs/conventions.md). Comments, string and character literals, `package` and
/// `import` lines are not code and may name packages.
class QualifiedNamesTest {
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(package|import)\\s[^;]*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "\\b(doublezero|java|javax)(\\s*\\.\\s*[a-z][a-z0-9_]*)+\\s*\\.\\s*[A-Z]\\w*");

  /// @param source a Java source
  /// @return the inline qualified type names in its code
  static List<String> qualifiedNames(String source) {
    String code = DECLARATION.matcher(codeOnly(source)).replaceAll("");
    List<String> found = new ArrayList<>();
    Matcher m = QUALIFIED.matcher(code);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", ""));
    }
    return found;
  }

  /// @return the source with comments removed and string, text-block and character literals emptied
  ///   (newlines kept, so `package`/`import` stay at line starts)
  static String codeOnly(String src) {
    StringBuilder out = new StringBuilder(src.length());
    int i = 0;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (src.startsWith("//", i)) {
        i = end(src, src.indexOf('\n', i));
      } else if (src.startsWith("/*", i)) {
        i = end(src, src.indexOf("*/", i + 2) + 2);
        out.append(' ');
      } else if (src.startsWith("\"\"\"", i)) {
        i = end(src, src.indexOf("\"\"\"", i + 3) + 3);
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < src.length() && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int end(String src, int at) {
    return at < 0 || at > src.length() ? src.length() : at;
  }

  @Test
  void mainCodeUsesImports() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path p : FormatTest.sources()) {
      if (!FormatTest.ROOT.relativize(p).toString().matches("[^/]+/src/main/.*")) {
        continue;
      }
      for (String name : qualifiedNames(Files.readString(p, StandardCharsets.UTF_8))) {
        offenders.add(FormatTest.ROOT.relativize(p) + ": " + name);
      }
    }
    assertThat(offenders).as("inline qualified names; import the types").isEmpty();
  }

  @Test
  void theCheckSeesCodeAndIgnoresTextAndDeclarations() {
    String source =
        """
        package doublezero.cli.user;

        import doublezero.sdk.serviceability.state.Tenant;

        /// Uses doublezero.sdk.Foo in prose, "java.util.List" in a string.
        class X {
          // java.util.Map in a comment
          String s = "doublezero.cli.Main";
          char c = '"';
          Object a = l.all(doublezero.sdk.serviceability
              .state.Tenant.class);
          java.util.List<String> b;
        }
        """;
    assertThat(qualifiedNames(source))
        .containsExactly("doublezero.sdk.serviceability.state.Tenant", "java.util.List");
  }
}
