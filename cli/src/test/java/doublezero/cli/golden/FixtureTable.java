package doublezero.cli.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The reference e2e comparison (`e2e/internal/fixtures/{render,diff}.go`, `cli-doublezerod.md`
/// §E): renders the Go templates' `{{.X}}`, `{{$.X}}` and `{{- range .L}}…{{- end}}`, and reads a
/// table as header→trimmed-cell maps (first `|` line = header), rows sorted canonically, the
/// `account` column ignored.
public final class FixtureTable {
  private static final Pattern RANGE =
      Pattern.compile("\\{\\{-? ?range \\.(\\w+) ?-?}}(.*?)\\{\\{-? ?end ?-?}}", Pattern.DOTALL);
  private static final Pattern VAR = Pattern.compile("\\{\\{-? ?\\$?\\.(\\w+) ?-?}}");

  private FixtureTable() {}

  public static String render(String template, Map<String, Object> vars) {
    String t = template.replaceAll("\\s*\\{\\{-", "{{-");
    Matcher m = RANGE.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      StringBuilder body = new StringBuilder();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> items = (List<Map<String, String>>) vars.get(m.group(1));
      for (Map<String, String> item : items) {
        Map<String, Object> scope = new LinkedHashMap<>(vars);
        scope.putAll(item);
        body.append(vars(m.group(2), scope));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(body.toString()));
    }
    m.appendTail(sb);
    return vars(sb.toString(), vars);
  }

  private static String vars(String s, Map<String, Object> vars) {
    Matcher m = VAR.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object v = vars.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException("no template variable " + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v.toString()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  public static List<Map<String, String>> rows(String table) {
    List<String> lines = table.lines().filter(l -> l.contains("|")).toList();
    List<String> headers = cells(lines.getFirst());
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < headers.size(); i++) {
        if (!headers.get(i).equals("account")) {
          row.put(headers.get(i), c.get(i));
        }
      }
      rows.add(row);
    }
    rows.sort(Comparator.comparing(Map::toString));
    return rows;
  }

  public static List<String> headers(String table) {
    return cells(table.lines().filter(l -> l.contains("|")).findFirst().orElseThrow());
  }

  private static List<String> cells(String line) {
    return java.util.Arrays.stream(line.split("\\|", -1)).map(String::trim).toList();
  }
}
