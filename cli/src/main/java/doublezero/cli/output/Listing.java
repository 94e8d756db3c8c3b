package doublezero.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.List;

/// Prints a list command's result as the reference does (`smartcontract/cli/src/*/list.rs`): a psql
/// table of the visible fields, or with `--json` the pretty JSON array of every field, with
/// `--json-compact` one line. Every form ends with one newline; an empty list prints the header
/// line (or `[]`).
public final class Listing {
  private Listing() {}

  /// @param out where to print
  /// @param headers the table headers (needed when there are no rows)
  /// @param rows display records, already sorted
  /// @param format the JSON flags
  public static void print(
      PrintWriter out, List<String> headers, List<Display> rows, ListFormat format) {
    if (format.json() || format.jsonCompact()) {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      rows.forEach(r -> arr.add(r.json()));
      out.println(format.json() ? JsonOutput.pretty(arr) : JsonOutput.compact(arr));
    } else {
      out.println(PsqlTable.render(headers, rows.stream().map(Display::row).toList()));
    }
    out.flush();
  }
}
