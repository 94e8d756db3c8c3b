package doublezero.idl;

import java.util.Map;

/// A parsed IDL type (grammar in programs-idl/README.md; encodings from serviceability-state.md
/// §2.1):
/// - a primitive: `u8 u16 u32 u64 u128 i64 f64 bool string pubkey ipv4 networkv4`;
/// - `vec<T>` (u32 count + elements), `option<T>` (0, or 1 + T; instruction arguments only);
/// - `[T;N]` (N fixed-size primitives, no count);
/// - `tail<T>` (elements up to the end of the account, no count) and `tail<T>@N` (the same,
///   starting at byte offset N after zero padding); both only as the last field of an account;
/// - a name: a field-less enum of the program (one byte) or a struct / payload enum of the program.
public sealed interface TypeRef {
  /// Byte sizes of the primitives; `string` is variable (-1).
  Map<String, Integer> PRIMITIVES =
      Map.ofEntries(
          Map.entry("u8", 1),
          Map.entry("u16", 2),
          Map.entry("u32", 4),
          Map.entry("u64", 8),
          Map.entry("u128", 16),
          Map.entry("i64", 8),
          Map.entry("f64", 8),
          Map.entry("bool", 1),
          Map.entry("string", -1),
          Map.entry("pubkey", 32),
          Map.entry("ipv4", 4),
          Map.entry("networkv4", 5));

  /// A primitive. @param name one of [#PRIMITIVES]
  record Primitive(String name) implements TypeRef {
    /// @return the encoded size in bytes, or -1 for `string`
    public int size() {
      return PRIMITIVES.get(name);
    }
  }

  /// `vec<T>`. @param element the element type
  record VecOf(TypeRef element) implements TypeRef {}

  /// `option<T>`. @param element the wrapped type
  record OptionOf(TypeRef element) implements TypeRef {}

  /// `[T;N]`. @param element a fixed-size primitive @param length N
  record ArrayOf(Primitive element, int length) implements TypeRef {}

  /// `tail<T>` / `tail<T>@N`. @param element the element type @param startOffset N, or -1 for
  /// "right here"
  record TailOf(TypeRef element, int startOffset) implements TypeRef {}

  /// A defined enum, struct or payload enum. @param name its name
  record Named(String name) implements TypeRef {}

  /// @param text a type in the grammar above
  /// @return the parsed type
  /// @throws IdlException when the text does not follow the grammar
  static TypeRef parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IdlException("empty type");
    }
    String t = text.strip();
    try {
      return parseStrict(t);
    } catch (IdlException e) {
      throw new IdlException("invalid type '" + text + "': " + e.getMessage());
    }
  }

  private static TypeRef parseStrict(String t) {
    if (PRIMITIVES.containsKey(t)) {
      return new Primitive(t);
    }
    if (t.startsWith("vec<") && t.endsWith(">")) {
      return new VecOf(parseStrict(inner(t, "vec<")));
    }
    if (t.startsWith("option<") && t.endsWith(">")) {
      return new OptionOf(parseStrict(inner(t, "option<")));
    }
    if (t.startsWith("tail<")) {
      int at = t.lastIndexOf(">@");
      String body = at < 0 ? t : t.substring(0, at + 1);
      int start = at < 0 ? -1 : number(t.substring(at + 2));
      if (!body.endsWith(">")) {
        throw new IdlException("tail<...> must be closed");
      }
      return new TailOf(parseStrict(inner(body, "tail<")), start);
    }
    if (t.startsWith("[") && t.endsWith("]")) {
      return array(t);
    }
    if (t.matches("[A-Za-z_][A-Za-z0-9_]*") && Character.isUpperCase(t.charAt(0))) {
      return new Named(t);
    }
    throw new IdlException("unknown type syntax");
  }

  private static String inner(String t, String prefix) {
    return t.substring(prefix.length(), t.length() - 1).strip();
  }

  private static ArrayOf array(String t) {
    int semi = t.lastIndexOf(';');
    if (semi < 0) {
      throw new IdlException("array needs [T;N]");
    }
    TypeRef element = parseStrict(t.substring(1, semi).strip());
    if (!(element instanceof Primitive p) || p.size() < 0) {
      throw new IdlException("array elements must be fixed-size primitives");
    }
    return new ArrayOf(p, number(t.substring(semi + 1, t.length() - 1)));
  }

  private static int number(String s) {
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 0) {
        throw new IdlException("negative length " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IdlException("not a length: '" + s + "'");
    }
  }
}
