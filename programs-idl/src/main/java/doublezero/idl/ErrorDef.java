package doublezero.idl;

/// A custom program error: `ProgramError::Custom(code)`.
///
/// @param code the custom error code
/// @param name the Rust variant name, e.g. `InvalidStatus`
/// @param message the program's message for it, e.g. `Invalid Status`
public record ErrorDef(long code, String name, String message) {}
