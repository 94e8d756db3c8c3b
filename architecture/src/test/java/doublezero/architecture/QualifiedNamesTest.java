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
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\".*?\"\"\"", Pattern.DOTALL);
  private static final Pattern CHAR = Pattern.compile("'(\\\\.|[^'\\\\])+'");
  private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\\\n])*\"");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(package|import)\\s[^;]*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "\\b(doublezero|java|javax)(\\s*\\.\\s*[a-z][a-z0-9_]*)+\\s*\\.\\s*[A-Z]\\w*");

  /// @param source a Java source
  /// @return the inline qualified type names in its code
  static List<String> qualifiedNames(String source) {
    String code = TEXT_BLOCK.matcher(source).replaceAll("\"\"");
    code = CHAR.matcher(code).replaceAll("' '");
    code = STRING.matcher(code).replaceAll("\"\"");
    code = BLOCK_COMMENT.matcher(code).replaceAll(" ");
    code = LINE_COMMENT.matcher(code).replaceAll("");
    code = DECLARATION.matcher(code).replaceAll("");
    List<String> found = new ArrayList<>();
    Matcher m = QUALIFIED.matcher(code);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", ""));
    }
    return found;
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
