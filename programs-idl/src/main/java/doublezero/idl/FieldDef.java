package doublezero.idl;

import com.fasterxml.jackson.annotation.JsonProperty;

/// One field of an account, struct, payload-enum variant or instruction argument list, in Borsh
/// order.
///
/// @param name the Rust snake_case field name (tuple positions are `0`, `1`, …)
/// @param type the type in the IDL grammar (programs-idl/README.md), e.g. `u64`, `vec<pubkey>`,
///   `DeviceHealth`
/// @param defaultValue the value used when the field is missing at the end of the data, when it is
///   not zero/empty: a decimal number, or a variant name for enum types (serviceability-state.md
///   §2.2; `#[incremental(default = …)]` for instruction arguments); null means the zero default
public record FieldDef(String name, String type, @JsonProperty("default") String defaultValue) {
  /// @return the parsed [#type()]
  /// @throws IdlException when the type does not follow the grammar
  public TypeRef typeRef() {
    return TypeRef.parse(type);
  }
}
