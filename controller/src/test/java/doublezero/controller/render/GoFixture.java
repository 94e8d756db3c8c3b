package doublezero.controller.render;

import doublezero.testkit.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Renders the reference's `.tmpl` golden fixtures, which are Go `text/template` files, with the
/// small subset they use: `{{- range $i := seq A B}}` … `{{- end}}`, `{{$i}}`, `{{.Key}}`, `{{add X
/// N}}`, `{{sub X N}}`, `{{index .Map "key"}}`, and Go's `{{-`/`-}}` whitespace trimming (reference
/// `controlplane/controller/internal/controller/server_test.go::renderTemplateFile`,
/// `e2e/internal/fixtures/render.go`). `.txt` fixtures are returned as they are.
public final class GoFixture {
  private static final Pattern ACTION =
      Pattern.compile("\\{\\{(-\\s)?\\s*(.*?)\\s*(\\s-)?\\}\\}", Pattern.DOTALL);
  private final List<Object> nodes = new ArrayList<>();

  private GoFixture() {}

  /// @param relative path below reference-data
  /// @param data the template's data (`Integer`, `String` or `Map<String, String>` values)
  /// @return the rendered fixture
  public static String render(String relative, Map<String, Object> data) {
    String text = ReferenceData.text(relative);
    if (!relative.endsWith(".tmpl")) {
      return text;
    }
    return renderText(text, data);
  }

  /// @param text a template
  /// @param data its data
  /// @return the output
  public static String renderText(String text, Map<String, Object> data) {
    List<Object> tokens = tokens(text);
    StringBuilder out = new StringBuilder();
    int end = run(tokens, 0, new HashMap<>(data), out, true);
    if (end != tokens.size()) {
      throw new IllegalArgumentException("unbalanced {{end}}");
    }
    return out.toString();
  }

  private record Action(String body) {}

  private static List<Object> tokens(String text) {
    List<Object> tokens = new ArrayList<>();
    Matcher m = ACTION.matcher(text);
    int pos = 0;
    boolean trimNext = false;
    while (m.find()) {
      String before = text.substring(pos, m.start());
      if (trimNext) {
        before = before.stripLeading();
      }
      if (m.group(1) != null) {
        before = before.stripTrailing();
      }
      tokens.add(before);
      tokens.add(new Action(m.group(2).trim()));
      trimNext = m.group(3) != null;
      pos = m.end();
    }
    String rest = text.substring(pos);
    tokens.add(trimNext ? rest.stripLeading() : rest);
    return tokens;
  }

  /// Runs tokens from `at` until an unmatched `end` (returns its index + 1) or the end of the list.
  private static int run(
      List<Object> tokens, int at, Map<String, Object> vars, StringBuilder out, boolean emit) {
    int i = at;
    while (i < tokens.size()) {
      Object t = tokens.get(i);
      if (t instanceof String s) {
        if (emit) {
          out.append(s);
        }
        i++;
        continue;
      }
      String body = ((Action) t).body();
      if (body.equals("end")) {
        return i + 1;
      }
      if (body.startsWith("range ")) {
        Matcher r = Pattern.compile("range \\$(\\w+) := (.*)").matcher(body);
        if (!r.matches()) {
          throw new IllegalArgumentException("unsupported range: " + body);
        }
        List<?> items = emit ? (List<?>) eval(r.group(2), vars) : List.of();
        int after = run(tokens, i + 1, vars, out, false);
        for (Object item : items) {
          vars.put("$" + r.group(1), item);
          run(tokens, i + 1, vars, out, true);
        }
        i = after;
        continue;
      }
      if (emit) {
        out.append(eval(body, vars));
      }
      i++;
    }
    return i;
  }

  private static Object eval(String expr, Map<String, Object> vars) {
    List<String> words = words(expr);
    if (words.size() == 1) {
      return term(words.getFirst(), vars);
    }
    String fn = words.getFirst();
    List<Object> args = words.subList(1, words.size()).stream().map(w -> term(w, vars)).toList();
    return switch (fn) {
      case "add" -> (Integer) args.get(0) + (Integer) args.get(1);
      case "sub" -> (Integer) args.get(0) - (Integer) args.get(1);
      case "seq" -> seq((Integer) args.get(0), (Integer) args.get(1));
      case "index" -> {
        Object v = ((Map<?, ?>) args.get(0)).get(args.get(1));
        if (v == null) {
          throw new IllegalArgumentException("no key " + args.get(1) + " in " + expr);
        }
        yield v;
      }
      default -> throw new IllegalArgumentException("unsupported function " + fn);
    };
  }

  private static List<Integer> seq(int a, int b) {
    List<Integer> out = new ArrayList<>();
    for (int k = a; k <= b; k++) {
      out.add(k);
    }
    return out;
  }

  private static Object term(String w, Map<String, Object> vars) {
    if (w.startsWith("(")) {
      return eval(w.substring(1, w.length() - 1), vars);
    }
    if (w.startsWith("\"")) {
      return w.substring(1, w.length() - 1);
    }
    if (w.startsWith(".") || w.startsWith("$")) {
      String key = w.startsWith(".") ? w.substring(1) : w;
      if (!vars.containsKey(key)) {
        throw new IllegalArgumentException("no value for " + w);
      }
      return vars.get(key);
    }
    return Integer.parseInt(w);
  }

  /// Splits on spaces outside parentheses and quotes.
  private static List<String> words(String expr) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (char c : expr.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      }
      if (c == ' ' && depth == 0 && !quoted) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }
}
