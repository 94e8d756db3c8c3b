package doublezero.cli.telemetry.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/// The reference data CLI's tables (`github.com/olekukonko/tablewriter` with borders, a line
/// between rows, centred multi-line headers, no header reformatting, no wrapping): `+---+` border
/// lines, `| cell |` rows; numeric cells right-aligned, others left-aligned, as the library's
/// default alignment does. Widths count code points.
public final class BoxTable {
  private static final Pattern DECIMAL =
      Pattern.compile("^-?(?:\\d{1,3}(?:,\\d{3})*|\\d+)(?:\\.\\d+)?$");

  private BoxTable() {}

  /// @param headers column headers; a `\n` splits a header over several lines
  /// @param rows cells, one list per row, as many as headers
  /// @return the table, each line ending with `\n`
  public static String render(List<String> headers, List<List<String>> rows) {
    int cols = headers.size();
    List<String[]> head = new ArrayList<>();
    int headLines = 0;
    for (String h : headers) {
      String[] lines = h.split("\n", -1);
      head.add(lines);
      headLines = Math.max(headLines, lines.length);
    }
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      for (String l : head.get(c)) {
        width[c] = Math.max(width[c], len(l));
      }
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], len(row.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    border(sb, width);
    for (int line = 0; line < headLines; line++) {
      sb.append('|');
      for (int c = 0; c < cols; c++) {
        String[] lines = head.get(c);
        String text = line < lines.length ? lines[line] : "";
        int gap = width[c] - len(text);
        sb.append(' ')
            .append(" ".repeat(gap / 2))
            .append(text)
            .append(" ".repeat(gap - gap / 2))
            .append(" |");
      }
      sb.append('\n');
    }
    border(sb, width);
    for (List<String> row : rows) {
      sb.append('|');
      for (int c = 0; c < cols; c++) {
        String text = row.get(c);
        String pad = " ".repeat(width[c] - len(text));
        sb.append(' ')
            .append(DECIMAL.matcher(text).matches() ? pad + text : text + pad)
            .append(" |");
      }
      sb.append('\n');
      border(sb, width);
    }
    return sb.toString();
  }

  private static void border(StringBuilder sb, int[] width) {
    sb.append('+');
    for (int w : width) {
      sb.append("-".repeat(w + 2)).append('+');
    }
    sb.append('\n');
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
