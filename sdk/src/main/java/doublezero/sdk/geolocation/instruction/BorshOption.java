package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/// Borsh `Option<T>`: tag 0 = None, tag 1 + value = Some; any other tag is an error
/// (`reference/telemetry-geolocation.md` §D.6).
final class BorshOption {
  private BorshOption() {}

  static <T> Optional<T> read(BorshReader r, String field, Function<BorshReader, T> value) {
    int at = r.offset();
    int tag = r.u8(field);
    return switch (tag) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(value.apply(r));
      default -> throw new DecodeException(r.type(), field, at, "invalid Option tag " + tag);
    };
  }

  static <T> void write(BorshWriter w, Optional<T> value, BiConsumer<BorshWriter, T> write) {
    if (value.isEmpty()) {
      w.u8(0);
    } else {
      w.u8(1);
      write.accept(w, value.get());
    }
  }
}
