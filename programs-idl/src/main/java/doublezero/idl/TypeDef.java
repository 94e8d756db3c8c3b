package doublezero.idl;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/// A compound type referred to by name: a struct (fields in Borsh order) or a payload enum (tag
/// byte + variant).
///
/// @param name the Rust type name, e.g. `InterfaceV2`, `AccessPassType`
/// @param kind struct or payload enum
/// @param fields the struct's fields (empty for an enum)
/// @param variants the enum's variants (empty for a struct)
public record TypeDef(String name, Kind kind, List<FieldDef> fields, List<VariantDef> variants) {
  /// What a [TypeDef] describes.
  public enum Kind {
    /// Fields in order, no tag.
    @JsonProperty("struct")
    STRUCT,
    /// A u8 tag (the variant's declaration index), then that variant's fields.
    @JsonProperty("enum")
    ENUM
  }

  /// Normalises missing lists to empty ones.
  public TypeDef {
    fields = fields == null ? List.of() : List.copyOf(fields);
    variants = variants == null ? List.of() : List.copyOf(variants);
  }
}
