package doublezero.idl;

/// One value of a field-less enum.
///
/// @param name the Rust variant name, e.g. `ReadyForUsers`
/// @param value the explicit discriminant stored on chain (the byte value)
/// @param display the Rust `Display` string, e.g. `ready-for-users`; null when the Rust type has no
///   `Display`
public record EnumVariant(String name, int value, String display) {}
