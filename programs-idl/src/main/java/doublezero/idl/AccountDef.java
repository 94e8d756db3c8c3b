package doublezero.idl;

import java.util.List;
import java.util.Optional;

/// An on-chain account layout.
///
/// @param name the AccountType variant name, e.g. `Device`
/// @param discriminant the value of the first byte (`account_type`)
/// @param optionalFrom for accounts decoded leniently: the first field that older program versions
///   did not write, so data may end right before it or any later field (the missing ones take their
///   defaults); null when every field is required. Evidence per account: `docs/compatibility.md`
/// @param fields the fields in Borsh order, starting with `account_type`
public record AccountDef(
    String name, int discriminant, String optionalFrom, List<FieldDef> fields) {
  /// Normalises a missing field list to an empty one.
  public AccountDef {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /// @return the index of the first optional field, or empty when all fields are required
  public Optional<Integer> optionalFromIndex() {
    if (optionalFrom == null) {
      return Optional.empty();
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(optionalFrom)) {
        return Optional.of(i);
      }
    }
    throw new IdlException("account " + name + ": optionalFrom names no field: " + optionalFrom);
  }
}
