package doublezero.sdk.borsh;

import java.util.function.ToIntFunction;

/// Maps a one-byte Borsh enum discriminant (0..255) to its variant in constant time; the lookup
/// every fieldless on-chain enum's `fromWire` delegates to.
///
/// @param <E> the enum type
public final class DiscriminantTable<E> {
  private final Object[] byWire = new Object[256];

  private DiscriminantTable() {}

  /// @param variants every variant (`values()`)
  /// @param wireValue the discriminant of a variant, 0..255
  /// @param <E> the enum type
  /// @return the table
  /// @throws IllegalArgumentException when a discriminant is outside 0..255 or two variants share
  ///   one
  public static <E> DiscriminantTable<E> of(E[] variants, ToIntFunction<E> wireValue) {
    DiscriminantTable<E> t = new DiscriminantTable<>();
    for (E v : variants) {
      int d = wireValue.applyAsInt(v);
      if (d < 0 || d > 255 || t.byWire[d] != null) {
        throw new IllegalArgumentException(
            "discriminant " + d + " of " + v + " is out of range or taken");
      }
      t.byWire[d] = v;
    }
    return t;
  }

  /// @param wire a discriminant (any int)
  /// @return the variant with that discriminant, or null when there is none
  @SuppressWarnings("unchecked")
  public E get(int wire) {
    return wire >= 0 && wire < 256 ? (E) byWire[wire] : null;
  }
}
