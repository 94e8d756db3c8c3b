package doublezero.cli.resource;

import java.util.List;

/// A one-column table in `tabled`'s default ASCII style, as `resource get` prints it: `+---+`
/// borders above, below and between every row, cells padded with one space.
final class AsciiTable {
  private AsciiTable() {}

  /// @param header the column header
  /// @param cells the rows
  /// @return the table, without a trailing newline
  static String render(String header, List<String> cells) {
    int w = Math.max(header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    String line = "+" + "-".repeat(w + 2) + "+";
    StringBuilder sb =
        new StringBuilder(line).append('\n').append(row(header, w)).append('\n').append(line);
    for (String c : cells) {
      sb.append('\n').append(row(c, w)).append('\n').append(line);
    }
    return sb.toString();
  }

  private static String row(String c, int w) {
    return "| " + c + " ".repeat(w - c.length()) + " |";
  }
}
