package doublezero.idl;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Test-only interpreter of the IDL: walks account bytes strictly by the IDL field types and
/// records every value it reads under a flattened, normalised path (lower case, no underscores; vec
/// elements get their index, nested struct fields are appended, a variant's `0` payload is
/// transparent when it is a struct). It proves the IDL layouts consume exactly the bytes the real
/// programs wrote.
final class IdlWalker {
  private final ProgramIdl idl;
  private final Map<String, String> values = new LinkedHashMap<>();

  private IdlWalker(ProgramIdl idl) {
    this.idl = idl;
  }

  /// @return the values read, by normalised path
  /// @throws DecodeException when the bytes do not fit the layout or bytes are left over
  static Map<String, String> walkAccount(ProgramIdl idl, byte[] data) {
    if (data.length == 0) {
      throw new IllegalArgumentException("empty account");
    }
    AccountDef account =
        idl.accountByDiscriminant(data[0] & 0xFF)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no account with discriminant " + (data[0] & 0xFF)));
    BorshReader r = BorshReader.strict(data, account.name());
    IdlWalker walker = new IdlWalker(idl);
    walker.fields(r, account.fields(), "");
    r.expectEnd();
    return walker.values;
  }

  private void fields(BorshReader r, List<FieldDef> fields, String prefix) {
    for (FieldDef f : fields) {
      boolean transparent =
          f.name().equals("0")
              && f.typeRef() instanceof TypeRef.Named n
              && idl.type(n.name()).map(t -> t.kind() == TypeDef.Kind.STRUCT).orElse(false);
      String path = transparent ? prefix : prefix + norm(f.name());
      value(r, f.typeRef(), path);
    }
  }

  private void value(BorshReader r, TypeRef type, String path) {
    switch (type) {
      case TypeRef.Primitive p -> values.put(path, primitive(r, p.name(), path));
      case TypeRef.ArrayOf a -> {
        for (int i = 0; i < a.length(); i++) {
          values.put(path + i, primitive(r, a.element().name(), path));
        }
      }
      case TypeRef.VecOf v -> {
        long n = r.u32(path + ".len");
        values.put(path + "len", Long.toString(n));
        for (int i = 0; i < n; i++) {
          value(r, v.element(), path + i);
        }
      }
      case TypeRef.OptionOf o -> {
        if (r.bool(path + ".some")) {
          value(r, o.element(), path);
        }
      }
      case TypeRef.TailOf t -> tail(r, t, path);
      case TypeRef.Named n -> named(r, n.name(), path);
    }
  }

  private void tail(BorshReader r, TypeRef.TailOf t, String path) {
    if (t.startOffset() >= 0) {
      int pad = t.startOffset() - r.offset();
      if (pad < 0) {
        throw r.error(path, "header runs past the tail offset " + t.startOffset());
      }
      for (byte b : r.bytes(path + ".padding", pad)) {
        if (b != 0) {
          throw r.error(path, "non-zero padding");
        }
      }
    }
    int count = 0;
    while (!r.atEnd()) {
      value(r, t.element(), path + count++);
    }
    values.put(path + "count", Integer.toString(count));
  }

  private void named(BorshReader r, String name, String path) {
    var enumDef = idl.enumDef(name);
    if (enumDef.isPresent()) {
      int b = r.u8(path);
      if (enumDef.get().byValue(b).isEmpty()) {
        throw r.error(path, "no " + name + " variant with value " + b);
      }
      values.put(path, Integer.toString(b));
      return;
    }
    TypeDef t = idl.type(name).orElseThrow();
    switch (t.kind()) {
      case STRUCT -> fields(r, t.fields(), path);
      case ENUM -> {
        int tag = r.u8(path);
        if (tag >= t.variants().size()) {
          throw r.error(path, "no " + name + " variant with tag " + tag);
        }
        values.put(path, Integer.toString(tag));
        fields(r, t.variants().get(tag).fields(), path);
      }
    }
  }

  private static String primitive(BorshReader r, String name, String field) {
    return switch (name) {
      case "u8" -> Integer.toString(r.u8(field));
      case "u16" -> Integer.toString(r.u16(field));
      case "u32" -> Long.toString(r.u32(field));
      case "u64" -> Long.toUnsignedString(r.u64(field));
      case "u128" -> r.u128(field).toString();
      case "i64" -> Long.toString(r.i64(field));
      case "f64" -> Double.toString(r.f64(field));
      case "bool" -> Boolean.toString(r.bool(field));
      case "string" -> r.string(field);
      case "pubkey" -> r.publicKey(field).toBase58();
      case "ipv4" -> r.ipv4(field).toString();
      case "networkv4" -> r.networkV4(field).toString();
      default -> throw new IllegalStateException("unknown primitive " + name);
    };
  }

  /// @param name a Rust snake_case or fixture PascalCase name
  /// @return the name in lower case without underscores
  static String norm(String name) {
    return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }
}
