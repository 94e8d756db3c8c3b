package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/// Range checks and Borsh `Option<T>` coding shared by the instruction records.
final class Args {
  private Args() {}

  static void u8(long v, String field) {
    range(v, 0xFFL, field, "u8");
  }

  static void u16(long v, String field) {
    range(v, 0xFFFFL, field, "u16");
  }

  static void u32(long v, String field) {
    range(v, 0xFFFF_FFFFL, field, "u32");
  }

  private static void range(long v, long max, String field, String type) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(
          field + " must be a " + type + " (0.." + max + "), got " + v);
    }
  }

  static void notNaN(double v, String field) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException(field + " must not be NaN (Borsh rejects it)");
    }
  }

  /// `Option<T>`: 0x00, or 0x01 followed by the value.
  static <T> void writeOption(BorshWriter w, Optional<T> value, BiConsumer<BorshWriter, T> some) {
    if (value.isEmpty()) {
      w.u8(0);
    } else {
      w.u8(1);
      some.accept(w, value.get());
    }
  }

  /// `Option<T>`: tag 0 → empty, 1 → the value; any other tag throws.
  static <T> Optional<T> readOption(BorshReader r, String field, Function<BorshReader, T> some) {
    int at = r.offset();
    int tag = r.u8(field);
    return switch (tag) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(some.apply(r.strict()));
      default -> throw new DecodeException(r.type(), field, at, "invalid Option tag " + tag);
    };
  }
}
