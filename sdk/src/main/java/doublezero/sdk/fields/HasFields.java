package doublezero.sdk.fields;

import java.util.List;

/// A decoded account or struct that can list its fields in wire (Rust declaration) order.
public interface HasFields {
  /// @return every field, in the order the bytes hold them, named as in the Rust source
  List<Field> fields();
}
