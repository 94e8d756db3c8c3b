package doublezero.cli.output;

import java.util.List;

/// The reference's list tables: crate `tabled` with `Style::psql().remove_horizontals()`
/// (`smartcontract/cli/src/*/list.rs`): no border, no separator under the header; each line is, for every column,
/// `" " + cell padded right to the column width + " "`, joined with `|`. Widths count Unicode code points.
public final class PsqlTable {
  private PsqlTable() {}

  /// @param headers column headers
  /// @param rows    cells, one list per row, as many as headers
  /// @return the table, lines joined with `\n`, without a final newline
  public static String render(List<String> headers, List<List<String>> rows) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = len(headers.get(i));
    }
    for (List<String> row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], len(row.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, width);
    for (List<String> row : rows) {
      sb.append('\n');
      line(sb, row, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width) {
    for (int i = 0; i < width.length; i++) {
      if (i > 0) {
        sb.append('|');
      }
      String c = cells.get(i);
      sb.append(' ').append(c).append(" ".repeat(width[i] - len(c))).append(' ');
    }
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
