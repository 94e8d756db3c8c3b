package doublezero.cli.output;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Renders decoded fields as aligned `field | value` lines, the way the reference CLI prints `get`
/// commands. Nested values are flattened: `interfaces[0].name`, `dz_prefixes` as `a, b` when they
/// are scalars.
public final class FieldsTable {
  private FieldsTable() {}

  /// @param fields fields in wire order
  /// @return one line per scalar field, names padded to the longest, each line ending in `\n`
  public static String render(List<Field> fields) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    flatten("", fields, rows);
    int width = rows.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> row : rows) {
      sb.append(String.format("%-" + width + "s | %s%n", row.getKey(), row.getValue()));
    }
    return sb.toString();
  }

  private static void flatten(
      String prefix, List<Field> fields, List<Map.Entry<String, String>> rows) {
    for (Field f : fields) {
      flattenValue(prefix + f.name(), f.value(), rows);
    }
  }

  private static void flattenValue(
      String name, FieldValue value, List<Map.Entry<String, String>> rows) {
    switch (value) {
      case FieldValue.Struct s -> flatten(name + ".", s.fields(), rows);
      case FieldValue.Tagged t -> {
        rows.add(Map.entry(name, t.variant()));
        flatten(name + ".", t.fields(), rows);
      }
      case FieldValue.ListOf l when l.items().stream().anyMatch(FieldsTable::isComposite) -> {
        for (int i = 0; i < l.items().size(); i++) {
          flattenValue(name + "[" + i + "]", l.items().get(i), rows);
        }
        if (l.items().isEmpty()) {
          rows.add(Map.entry(name, ""));
        }
      }
      default -> rows.add(Map.entry(name, scalar(value)));
    }
  }

  private static boolean isComposite(FieldValue v) {
    return v instanceof FieldValue.Struct
        || v instanceof FieldValue.Tagged
        || v instanceof FieldValue.ListOf;
  }

  /// @param value a scalar value or a list of scalars
  /// @return its text: u64/u128 unsigned decimal, keys base58, enums by variant name, lists joined
  ///   with `, `
  public static String scalar(FieldValue value) {
    return switch (value) {
      case FieldValue.Int i -> i.value().toString();
      case FieldValue.Float64 d -> Double.toString(d.value());
      case FieldValue.Bool b -> Boolean.toString(b.value());
      case FieldValue.Text t -> t.value();
      case FieldValue.Key k -> k.value().toBase58();
      case FieldValue.Ip ip -> ip.value().toString();
      case FieldValue.Net n -> n.value().toString();
      case FieldValue.Variant v -> v.name();
      case FieldValue.ListOf l ->
          String.join(", ", l.items().stream().map(FieldsTable::scalar).toList());
      case FieldValue.Struct s -> s.typeName();
      case FieldValue.Tagged t -> t.variant();
    };
  }
}
