package doublezero.idl;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Test-only comparison of an SDK field view (`fields()`, a list of [Field]) with the IDL fields it
/// should show: same names in the same order, and each value of the kind the IDL type implies
/// (README type grammar): `u8…u128, i64` ↔ `Int` of that width, `f64` ↔ `Float64`, `bool` ↔ `Bool`,
/// `string` ↔ `Text`, `pubkey` ↔ `Key`, `ipv4` ↔ `Ip`, `networkv4` ↔ `Net`, a field-less enum ↔
/// `Variant` whose (discriminant, name) is an IDL variant, `vec`/`[T;N]`/`tail` ↔ `ListOf` (every
/// element checked), a struct ↔ `Struct` (recursively), a payload enum ↔ `Tagged` named after the
/// variant, with its tag, holding the variant's payload.
///
/// Principled exceptions, listed here and nowhere else:
/// - a payload-enum variant whose only payload is one struct (`V2(InterfaceV2)`, `Ip(IpAllocator)`)
///   shows the struct's fields directly (Rust names the position `0`; the struct's names are the
///   real ones);
/// - Rust tuple positions have no names; the SDK names them ([#POSITION_NAMES]);
/// - `IdAllocator.range: (u16, u16)` is shown as two fields `range_start`, `range_end`
///   ([#SPLIT_ARRAYS]), the names the Go SDK and the fixture sidecars use.
final class FieldShapeMatcher {
  /// `Type.Variant.position` → the SDK's name for a Rust tuple position.
  static final Map<String, String> POSITION_NAMES =
      Map.of(
          "AccessPassType.SolanaValidator.0", "node_id",
          "AccessPassType.SolanaRPC.0", "node_id",
          "AccessPassType.Others.0", "type_name",
          "AccessPassType.Others.1", "key");

  /// `Struct.field` of type `[T;N]` → the N field names the SDK shows instead.
  static final Map<String, List<String>> SPLIT_ARRAYS =
      Map.of("IdAllocator.range", List.of("range_start", "range_end"));

  private final ProgramIdl idl;
  private final List<String> problems = new ArrayList<>();

  private FieldShapeMatcher(ProgramIdl idl) {
    this.idl = idl;
  }

  /// @param idl the program's IDL
  /// @param owner the account or type name holding the fields (for exceptions and messages)
  /// @param defs the IDL fields
  /// @param actual the SDK's fields
  /// @return every disagreement, as `path: what`; empty when the view matches
  static List<String> mismatches(
      ProgramIdl idl, String owner, List<FieldDef> defs, List<Field> actual) {
    FieldShapeMatcher m = new FieldShapeMatcher(idl);
    m.fields(owner, owner, defs, actual);
    return m.problems;
  }

  private void fields(String owner, String path, List<FieldDef> defs, List<Field> actual) {
    List<String> expectedNames = new ArrayList<>();
    List<TypeRef> expectedTypes = new ArrayList<>();
    for (FieldDef d : defs) {
      List<String> split = SPLIT_ARRAYS.get(owner + "." + d.name());
      if (split != null && d.typeRef() instanceof TypeRef.ArrayOf a && a.length() == split.size()) {
        split.forEach(
            n -> {
              expectedNames.add(n);
              expectedTypes.add(a.element());
            });
      } else {
        expectedNames.add(POSITION_NAMES.getOrDefault(owner + "." + d.name(), d.name()));
        expectedTypes.add(d.typeRef());
      }
    }
    List<String> actualNames = actual.stream().map(Field::name).toList();
    if (!actualNames.equals(expectedNames)) {
      problems.add(path + ": field names " + actualNames + " but IDL has " + expectedNames);
      return;
    }
    for (int i = 0; i < actual.size(); i++) {
      value(path + "." + expectedNames.get(i), expectedTypes.get(i), actual.get(i).value());
    }
  }

  private void value(String path, TypeRef type, FieldValue v) {
    switch (type) {
      case TypeRef.Primitive p -> primitive(path, p.name(), v);
      case TypeRef.ArrayOf a -> list(path, a.element(), v, a.length());
      case TypeRef.VecOf vec -> list(path, vec.element(), v, -1);
      case TypeRef.TailOf t -> list(path, t.element(), v, -1);
      case TypeRef.OptionOf o -> problems.add(path + ": option<T> in an account");
      case TypeRef.Named n -> named(path, n.name(), v);
    }
  }

  private void list(String path, TypeRef element, FieldValue v, int length) {
    if (!(v instanceof FieldValue.ListOf l)) {
      problems.add(path + ": expected ListOf, got " + kind(v));
      return;
    }
    if (length >= 0 && l.items().size() != length) {
      problems.add(path + ": expected " + length + " elements, got " + l.items().size());
    }
    for (int i = 0; i < l.items().size(); i++) {
      value(path + "[" + i + "]", element, l.items().get(i));
    }
  }

  private void named(String path, String name, FieldValue v) {
    var enumDef = idl.enumDef(name);
    if (enumDef.isPresent()) {
      if (!(v instanceof FieldValue.Variant var)) {
        problems.add(path + ": expected Variant of " + name + ", got " + kind(v));
      } else if (enumDef
          .get()
          .byValue(var.discriminant())
          .filter(e -> e.name().equals(var.name()))
          .isEmpty()) {
        problems.add(
            path
                + ": "
                + name
                + " has no variant ("
                + var.discriminant()
                + ", "
                + var.name()
                + ")");
      }
      return;
    }
    TypeDef t = idl.type(name).orElseThrow();
    switch (t.kind()) {
      case STRUCT -> {
        if (v instanceof FieldValue.Struct s) {
          fields(name, path, t.fields(), s.fields());
        } else {
          problems.add(path + ": expected Struct for " + name + ", got " + kind(v));
        }
      }
      case ENUM -> {
        if (v instanceof FieldValue.Tagged tagged) {
          variant(path, t, tagged);
        } else {
          problems.add(path + ": expected Tagged variant of " + name + ", got " + kind(v));
        }
      }
    }
  }

  private void variant(String path, TypeDef t, FieldValue.Tagged s) {
    int index = -1;
    for (int i = 0; i < t.variants().size(); i++) {
      if (t.variants().get(i).name().equals(s.variant())) {
        index = i;
      }
    }
    if (index < 0) {
      problems.add(path + ": " + t.name() + " has no variant named " + s.variant());
      return;
    }
    if (index != s.discriminant()) {
      problems.add(
          path
              + ": "
              + t.name()
              + "::"
              + s.variant()
              + " has tag "
              + index
              + ", SDK says "
              + s.discriminant());
    }
    List<FieldDef> payload = t.variants().get(index).fields();
    String where = path + "(" + s.variant() + ")";
    if (payload.size() == 1
        && payload.getFirst().name().equals("0")
        && payload.getFirst().typeRef() instanceof TypeRef.Named n
        && idl.type(n.name()).map(x -> x.kind() == TypeDef.Kind.STRUCT).orElse(false)) {
      fields(n.name(), where, idl.type(n.name()).orElseThrow().fields(), s.fields());
    } else {
      fields(t.name() + "." + s.variant(), where, payload, s.fields());
    }
  }

  private void primitive(String path, String name, FieldValue v) {
    boolean ok =
        switch (name) {
          case "u8", "u16", "u32", "u64", "u128", "i64" ->
              v instanceof FieldValue.Int i
                  && i.type().name().toLowerCase(Locale.ROOT).equals(name);
          case "f64" -> v instanceof FieldValue.Float64;
          case "bool" -> v instanceof FieldValue.Bool;
          case "string" -> v instanceof FieldValue.Text;
          case "pubkey" -> v instanceof FieldValue.Key;
          case "ipv4" -> v instanceof FieldValue.Ip;
          case "networkv4" -> v instanceof FieldValue.Net;
          default -> false;
        };
    if (!ok) {
      problems.add(path + ": IDL type " + name + " but SDK value is " + kind(v));
    }
  }

  private static String kind(FieldValue v) {
    return v instanceof FieldValue.Int i ? "Int(" + i.type() + ")" : v.getClass().getSimpleName();
  }
}
