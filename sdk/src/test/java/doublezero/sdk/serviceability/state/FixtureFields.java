package doublezero.sdk.serviceability.state;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Flattens `fields()` the way the reference fixture generator names its JSON fields (reference
/// `serviceability-state.md` §8.1, §8.3): Vecs as `<name>Len` + `<name><i>`, payload-enum variants
/// as `<name>` = tag followed by `<name><payload field>`, nested structs as `<name><field>`; names
/// normalised by lower-casing and removing `_`. A few JSON names are irregular: [#decodedName] maps
/// them by an explicit table.
final class FixtureFields {
  private FixtureFields() {}

  /// Tag of each payload-enum variant, by its Rust variant name. JSON names (normalised) that
  /// differ from the flattened Rust names.
  private static final Map<String, String> ALIASES =
      Map.of(
          "accesspasstypevalidatorpubkey", "accesspasstypenodeid",
          "billingdiscriminant", "billing",
          "allocatortype", "allocator",
          "rangestart", "allocatorrangestart",
          "rangeend", "allocatorrangeend",
          "basenet", "allocatorbasenet",
          "firstfreeindex", "allocatorfirstfreeindex");

  private static final Pattern INTERFACE_VERSION = Pattern.compile("interface(\\d+)version");
  private static final Pattern INTERFACE_FIELD = Pattern.compile("interface(\\d+)(.+)");

  static String normalise(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /// @param jsonName a fixture field name, e.g. `Interface1InterfaceCYOA`
  /// @return the normalised name of the flattened decoded field it stands for
  static String decodedName(String jsonName) {
    String n = normalise(jsonName);
    if (ALIASES.containsKey(n)) {
      return ALIASES.get(n);
    }
    Matcher v = INTERFACE_VERSION.matcher(n);
    if (v.matches()) {
      return "interfaces" + v.group(1);
    }
    Matcher f = INTERFACE_FIELD.matcher(n);
    if (f.matches() && !n.startsWith("interfaces")) {
      return "interfaces" + f.group(1) + f.group(2);
    }
    return n;
  }

  /// @return normalised flattened name → leaf value (Int, Float64, Bool, Text, Key, Ip, Net or
  ///   Variant)
  static Map<String, FieldValue> flatten(List<Field> fields) {
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (Field f : fields) {
      add(out, normalise(f.name()), f.value());
    }
    return out;
  }

  private static void add(Map<String, FieldValue> out, String key, FieldValue value) {
    switch (value) {
      case FieldValue.ListOf list -> {
        put(
            out,
            key + "len",
            new FieldValue.Int(FieldValue.IntType.U32, BigInteger.valueOf(list.items().size())));
        for (int i = 0; i < list.items().size(); i++) {
          add(out, key + i, list.items().get(i));
        }
      }
      case FieldValue.Tagged t -> {
        put(out, key, new FieldValue.Variant(t.variant(), t.discriminant()));
        for (Field f : t.fields()) {
          add(out, key + normalise(f.name()), f.value());
        }
      }
      case FieldValue.Struct s -> {
        for (Field f : s.fields()) {
          add(out, key + normalise(f.name()), f.value());
        }
      }
      default -> put(out, key, value);
    }
  }

  private static void put(Map<String, FieldValue> out, String key, FieldValue value) {
    if (out.putIfAbsent(key, value) != null) {
      throw new AssertionError("two decoded fields flatten to the same name " + key);
    }
  }
}
