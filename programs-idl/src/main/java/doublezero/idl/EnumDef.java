package doublezero.idl;

import java.util.List;
import java.util.Optional;

/// A field-less enum stored as one byte holding the variant's explicit discriminant (`#[repr(u8)]`
/// + `#[borsh(use_discriminant = true)]`; serviceability-state.md §2.1, §5).
///
/// @param name the Rust enum name, e.g. `DeviceStatus`
/// @param variants the variants in declaration order
public record EnumDef(String name, List<EnumVariant> variants) {
  /// Normalises a missing variant list to an empty one.
  public EnumDef {
    variants = variants == null ? List.of() : List.copyOf(variants);
  }

  /// @param value a stored byte
  /// @return the variant with that discriminant, if any
  public Optional<EnumVariant> byValue(int value) {
    return variants.stream().filter(v -> v.value() == value).findFirst();
  }

  /// @param variantName a Rust variant name
  /// @return the variant with that name, if any
  public Optional<EnumVariant> byName(String variantName) {
    return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
  }
}
