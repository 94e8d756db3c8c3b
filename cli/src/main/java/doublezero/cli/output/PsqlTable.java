package doublezero.cli.output;

import java.util.List;
import java.util.Set;

/// The reference's list tables: crate `tabled` with `Style::psql().remove_horizontals()`
/// (`smartcontract/cli/src/*/list.rs`): no border, no separator under the header; each line is, for
/// every column, `" " + cell padded right to the column width + " "`, joined with `|`. Widths count
/// Unicode code points.
public final class PsqlTable {
  private PsqlTable() {}

  /// @param headers column headers
  /// @param rows cells, one list per row, as many as headers
  /// @return the table, lines joined with `\n`, without a final newline
  public static String render(List<String> headers, List<List<String>> rows) {
    return render(headers, rows, Set.of());
  }

  /// Like [#render(List, List)], with some columns right-aligned, header included (tabled
  /// `Modify::new(Columns::new(i..=i)).with(Alignment::right())`).
  ///
  /// @param headers column headers
  /// @param rows cells, one list per row, as many as headers
  /// @param rightAligned the 0-based indices of the right-aligned columns
  /// @return the table, lines joined with `\n`, without a final newline
  public static String render(
      List<String> headers, List<List<String>> rows, Set<Integer> rightAligned) {
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
    line(sb, headers, width, rightAligned);
    for (List<String> row : rows) {
      sb.append('\n');
      line(sb, row, width, rightAligned);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width, Set<Integer> right) {
    for (int i = 0; i < width.length; i++) {
      if (i > 0) {
        sb.append('|');
      }
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - len(c));
      sb.append(' ').append(right.contains(i) ? pad + c : c + pad).append(' ');
    }
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
