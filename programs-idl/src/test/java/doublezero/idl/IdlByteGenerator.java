package doublezero.idl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/// Test-only writer of random, valid bytes that follow an IDL layout alone (programs-idl/README.md,
/// type grammar): integers of the declared width, finite f64s, bools 0/1, UTF-8 strings (with
/// multi-byte characters), prefixes ≤ 32, enum bytes drawn from the IDL enum's values, payload-enum
/// tags within the declared variants, short vecs, options both ways, and tails of a few elements
/// (zero padding first for `tail<T>@N`). Whatever decodes these bytes must agree with the IDL on
/// every width, order and tag.
final class IdlByteGenerator {
  private final ProgramIdl idl;
  private final Random random;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /// Number of elements written by the last `tail<T>` field.
  private int lastTailCount = -1;

  private IdlByteGenerator(ProgramIdl idl, Random random) {
    this.idl = idl;
    this.random = random;
  }

  /// One account: the discriminant byte, then every field after `account_type`.
  ///
  /// Cross-field rule the IDL grammar does not carry: a telemetry `tail<u32>` holds
  /// `next_sample_index` samples (the Rust reader reads exactly that many, telemetry-geolocation.md
  /// §A.2/§A.3), so that field is set to the number of tail elements written.
  static byte[] account(ProgramIdl idl, AccountDef account, Random random) {
    return account(idl, account, random, new int[account.fields().size()]);
  }

  /// The same as [#account(ProgramIdl, AccountDef, Random)], also giving where each top-level field
  /// starts.
  ///
  /// @param starts filled with the byte offset of each field of `account.fields()` (0 for
  ///   `account_type`)
  static byte[] account(ProgramIdl idl, AccountDef account, Random random, int[] starts) {
    IdlByteGenerator g = new IdlByteGenerator(idl, random);
    g.out.write(account.discriminant());
    List<FieldDef> fields = account.fields().subList(1, account.fields().size());
    int countAt = -1;
    int index = 1;
    for (FieldDef f : fields) {
      starts[index++] = g.out.size();
      if (f.name().equals("next_sample_index")) {
        countAt = g.out.size();
      }
      g.value(f.typeRef());
    }
    byte[] bytes = g.out.toByteArray();
    if (countAt >= 0) {
      ByteBuffer.wrap(bytes, countAt, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(g.lastTailCount);
    }
    return bytes;
  }

  /// One instruction: the discriminant byte, then every argument.
  static byte[] instruction(ProgramIdl idl, InstructionDef instruction, Random random) {
    IdlByteGenerator g = new IdlByteGenerator(idl, random);
    g.out.write(instruction.discriminant());
    instruction.args().forEach(a -> g.value(a.typeRef()));
    return g.out.toByteArray();
  }

  private void value(TypeRef type) {
    switch (type) {
      case TypeRef.Primitive p -> primitive(p.name());
      case TypeRef.ArrayOf a -> repeat(a.length(), () -> primitive(a.element().name()));
      case TypeRef.VecOf v -> {
        int n = random.nextInt(4);
        le(n, 4);
        repeat(n, () -> value(v.element()));
      }
      case TypeRef.OptionOf o -> {
        boolean some = random.nextBoolean();
        out.write(some ? 1 : 0);
        if (some) {
          value(o.element());
        }
      }
      case TypeRef.TailOf t -> {
        while (t.startOffset() >= 0 && out.size() < t.startOffset()) {
          out.write(0);
        }
        lastTailCount = random.nextInt(6);
        repeat(lastTailCount, () -> value(t.element()));
      }
      case TypeRef.Named n -> named(n.name());
    }
  }

  private void named(String name) {
    var enumDef = idl.enumDef(name);
    if (enumDef.isPresent()) {
      List<EnumVariant> variants = enumDef.get().variants();
      out.write(variants.get(random.nextInt(variants.size())).value());
      return;
    }
    TypeDef t =
        idl.type(name).orElseThrow(() -> new IllegalStateException("undefined type " + name));
    switch (t.kind()) {
      case STRUCT -> t.fields().forEach(f -> value(f.typeRef()));
      case ENUM -> {
        VariantDef v = t.variants().get(random.nextInt(t.variants().size()));
        out.write(v.tag());
        v.fields().forEach(f -> value(f.typeRef()));
      }
    }
  }

  private void primitive(String name) {
    switch (name) {
      case "u8", "bool" -> out.write(name.equals("bool") ? random.nextInt(2) : random.nextInt(256));
      case "u16" -> le(random.nextInt(1 << 16), 2);
      case "u32" -> le(random.nextLong(1L << 32), 4);
      case "u64", "i64" -> le(random.nextLong(), 8);
      case "u128" -> repeat(16, () -> out.write(random.nextInt(256)));
      case "f64" -> le(Double.doubleToRawLongBits((random.nextDouble() - 0.5) * 1e6), 8);
      case "string" -> {
        byte[] utf8 = text().getBytes(StandardCharsets.UTF_8);
        le(utf8.length, 4);
        out.writeBytes(utf8);
      }
      case "pubkey" -> repeat(32, () -> out.write(random.nextInt(256)));
      case "ipv4" -> repeat(4, () -> out.write(random.nextInt(256)));
      case "networkv4" -> {
        repeat(4, () -> out.write(random.nextInt(256)));
        out.write(random.nextInt(33));
      }
      default -> throw new IllegalStateException("unknown primitive " + name);
    }
  }

  private String text() {
    String alphabet = "abcXYZ019-_ é€";
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private void le(long v, int width) {
    for (int i = 0; i < width; i++) {
      out.write((int) (v >>> (8 * i)) & 0xFF);
    }
  }

  private static void repeat(int n, Runnable r) {
    for (int i = 0; i < n; i++) {
      r.run();
    }
  }
}
