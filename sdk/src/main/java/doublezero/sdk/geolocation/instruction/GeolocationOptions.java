package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/// Field-view and range helpers for `Option<T>` arguments.
final class GeolocationOptions {
  private GeolocationOptions() {}

  /// An `Option` as a field value: `None` as the variant `None`, `Some(v)` as a struct `Some`
  /// holding `v`.
  static <T> FieldValue value(Optional<T> option, Function<T, FieldValue> some) {
    return option
        .<FieldValue>map(v -> new FieldValue.Struct("Some", List.of(new Field("0", some.apply(v)))))
        .orElse(new FieldValue.Variant("None", 0));
  }

  static void requireU32(Optional<Long> value, String name) {
    Objects.requireNonNull(value, name);
    if (value.filter(v -> v < 0 || v > 0xFFFF_FFFFL).isPresent()) {
      throw new IllegalArgumentException(name + " is not a u32: " + value.get());
    }
  }
}
