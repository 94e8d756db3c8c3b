package doublezero.cli.output;

import java.io.PrintWriter;
import java.util.List;

/// Prints a `get` command's single record as the reference does (`smartcontract/cli/src/*/get.rs`):
/// with `--json` the pretty JSON object; otherwise one line per field, ` {header:<max} | {value}`.
public final class Detail {
  private Detail() {}

  /// @param out where to print
  /// @param display the record
  /// @param json whether `--json` was given
  public static void print(PrintWriter out, Display display, boolean json) {
    if (json) {
      out.println(JsonOutput.pretty(display.json()));
    } else {
      out.print(render(display));
    }
    out.flush();
  }

  /// @param display the record
  /// @return the key/value lines, each ending in `\n`
  public static String render(Display display) {
    List<Cell> cells = display.cells().stream().filter(Cell::inTable).toList();
    int w = cells.stream().mapToInt(c -> c.header().length()).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (Cell c : cells) {
      sb.append(' ')
          .append(c.header())
          .append(" ".repeat(w - c.header().length()))
          .append(" | ")
          .append(c.text())
          .append('\n');
    }
    return sb.toString();
  }
}
