package doublezero.cli.account;

import doublezero.cli.output.Formats;
import doublezero.sdk.serviceability.state.WireEnum;
import doublezero.sdk.solana.key.PublicKey;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/// The argument text `doublezero account` prints for a serviceability instruction (reference
/// `DoubleZeroInstruction::get_args`,
/// `smartcontract/programs/doublezero-serviceability/src/instructions.rs`): the arguments as `name:
/// value` pairs joined with `, `, names in Rust snake_case, values in their Rust `Display` form
/// (keys base58, enums as their `Display`), `Option` and `Vec` in Rust `Debug` form (`Some("a")`,
/// `None`, `[a, b]`, strings quoted), and the empty string for an instruction without arguments.
/// Most reference args structs print exactly this; a few wrap it in the struct name or leave fields
/// out (see `docs/compatibility.md`).
final class InstructionText {
  private InstructionText() {}

  /// @param args an instruction record (or any record of arguments)
  /// @return the arguments text
  static String args(Record args) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : args.getClass().getRecordComponents()) {
      parts.add(snake(c.getName()) + ": " + value(read(c, args)));
    }
    return String.join(", ", parts);
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }

  private static String value(Object v) {
    return switch (v) {
      case null -> "None";
      case PublicKey k -> k.toBase58();
      case WireEnum e -> e.rustDisplay();
      case Optional<?> o -> o.map(x -> "Some(" + debug(x) + ")").orElse("None");
      case Collection<?> c ->
          c.stream().map(InstructionText::debug).collect(Collectors.joining(", ", "[", "]"));
      case Double d -> Formats.f64(d);
      case Record r -> r.getClass().getSimpleName() + " { " + args(r) + " }";
      default -> v.toString();
    };
  }

  /// Rust `Debug`, which is all an `Option` or a `Vec` can print: strings quoted, enums by variant
  /// name.
  private static String debug(Object v) {
    return switch (v) {
      case String s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      case WireEnum e -> e.variantName();
      default -> value(v);
    };
  }

  /// @param camel a Java record component name, e.g. `dzPrefixCount`
  /// @return the Rust field name, e.g. `dz_prefix_count`
  static String snake(String camel) {
    StringBuilder b = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
