package doublezero.idl;

import java.util.List;

/// An on-chain account layout.
///
/// @param name         the AccountType variant name, e.g. `Device`
/// @param discriminant the value of the first byte (`account_type`)
/// @param fields       the fields in Borsh order, starting with `account_type`
public record AccountDef(String name, int discriminant, List<FieldDef> fields) {
  /// Normalises a missing field list to an empty one.
  public AccountDef {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
