package doublezero.idl;

import java.util.List;

/// One variant of a payload enum (a Borsh enum whose variants carry data): the tag byte, then the
/// fields.
///
/// @param name the Rust variant name
/// @param tag the tag byte (the declaration index)
/// @param fields the payload in Borsh order; tuple positions are named `0`, `1`, …; empty for a
///   unit variant
public record VariantDef(String name, int tag, List<FieldDef> fields) {
  /// Normalises a missing field list to an empty one.
  public VariantDef {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
