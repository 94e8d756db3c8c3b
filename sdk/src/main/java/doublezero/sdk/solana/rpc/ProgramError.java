package doublezero.sdk.solana.rpc;

/// A program's custom error as its source defines it: `ProgramError::Custom(code)` with a name and
/// message.
///
/// @param code the custom error code (u32)
/// @param name the Rust variant name, e.g. `InvalidStatus`
/// @param message the human-readable message, e.g. `Invalid Status`
public record ProgramError(long code, String name, String message) {}
