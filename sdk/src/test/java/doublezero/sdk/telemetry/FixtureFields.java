package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Compares a decoded value's fields with a reference fixture's JSON sidecar
/// (`{"fields":[{"name","value"}]}`). Names are normalised (lower case, no `_`); a `samples` list
/// is flattened to `samples_count` as the fixture generator does. Every JSON field must match one
/// of ours, with an equal rendered value.
final class FixtureFields {
  private FixtureFields() {}

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "");
  }

  /// @return our fields by normalised name, rendered as the fixture renders values
  static Map<String, String> render(List<Field> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Field f : fields) {
      if (f.value() instanceof FieldValue.ListOf list && f.name().equals("samples")) {
        out.put("samplescount", Integer.toString(list.items().size()));
      }
      String v = render(f.value());
      if (v != null) {
        out.put(normalise(f.name()), v);
      }
    }
    return out;
  }

  private static String render(FieldValue v) {
    return switch (v) {
      case FieldValue.Int i -> i.value().toString();
      case FieldValue.Float64 d -> Double.toString(d.value());
      case FieldValue.Bool b -> Boolean.toString(b.value());
      case FieldValue.Text t -> t.value();
      case FieldValue.Key k -> k.value().toBase58();
      case FieldValue.Ip ip -> ip.value().toString();
      case FieldValue.Net n -> n.value().toString();
      case FieldValue.Variant e -> Integer.toString(e.discriminant());
      case FieldValue.ListOf l -> null;
      case FieldValue.Struct s -> null;
      case FieldValue.Tagged t -> null;
    };
  }

  /// Asserts every field of the JSON matches ours; returns how many were compared.
  static int assertMatches(String json, List<Field> fields) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> ours = render(fields);
    int compared = 0;
    for (JsonNode f : root.get("fields")) {
      String name = f.get("name").asText();
      String key = normalise(name);
      assertThat(ours)
          .as("JSON field %s has no counterpart among %s", name, ours.keySet())
          .containsKey(key);
      assertThat(ours.get(key)).as("field %s", name).isEqualTo(f.get("value").asText());
      compared++;
    }
    return compared;
  }
}
