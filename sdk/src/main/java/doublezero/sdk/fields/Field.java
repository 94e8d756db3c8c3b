package doublezero.sdk.fields;

/// One named field of a decoded value.
///
/// @param name the Rust field name in snake_case, e.g. `metrics_publisher_pk`
/// @param value the value
public record Field(String name, FieldValue value) {}
