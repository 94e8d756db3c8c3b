package doublezero.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.util.List;

/// Renders decoded fields as one JSON object keyed by the Rust field names: integers as JSON
/// numbers except u64 and u128, which are decimal strings (JavaScript cannot hold them); public
/// keys base58; IPv4 dotted quads; networks `a.b.c.d/n`; enums by Rust variant name; vectors as
/// arrays; nested structs as objects. An enum variant that carries data is externally tagged, as
/// serde writes it: `{"V2": {…}}`; a unit variant is its name (`"Prepaid"`).
public final class FieldsJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FieldsJson() {}

  /// @param fields fields in wire order
  /// @return the JSON object, keys in the same order
  public static ObjectNode toJson(List<Field> fields) {
    ObjectNode obj = JSON.objectNode();
    for (Field f : fields) {
      obj.set(f.name(), toJson(f.value()));
    }
    return obj;
  }

  /// @param value one value
  /// @return its JSON form
  public static JsonNode toJson(FieldValue value) {
    return switch (value) {
      case FieldValue.Int i ->
          switch (i.type()) {
            case U64, U128 -> JSON.textNode(i.value().toString());
            case U8, U16, U32, I64 -> JSON.numberNode(i.value().longValueExact());
          };
      case FieldValue.Float64 d -> JSON.numberNode(d.value());
      case FieldValue.Bool b -> JSON.booleanNode(b.value());
      case FieldValue.Text t -> JSON.textNode(t.value());
      case FieldValue.Key k -> JSON.textNode(k.value().toBase58());
      case FieldValue.Ip ip -> JSON.textNode(ip.value().toString());
      case FieldValue.Net n -> JSON.textNode(n.value().toString());
      case FieldValue.Variant v -> JSON.textNode(v.name());
      case FieldValue.ListOf l -> {
        ArrayNode arr = JSON.arrayNode();
        l.items().forEach(item -> arr.add(toJson(item)));
        yield arr;
      }
      case FieldValue.Struct s -> toJson(s.fields());
      case FieldValue.Tagged t -> {
        if (t.fields().isEmpty()) {
          yield JSON.textNode(t.variant());
        }
        ObjectNode wrapper = JSON.objectNode();
        wrapper.set(t.variant(), toJson(t.fields()));
        yield wrapper;
      }
    };
  }
}
