package doublezero.localnet.runtime;

import java.util.Map;

/// Why one instruction failed, as Solana's `InstructionError` (`sdk/instruction/src/error.rs`):
/// either a program's `Custom(u32)` code or one of the runtime's named variants.
public sealed interface InstructionError permits InstructionError.Custom, InstructionError.Builtin {
  /// The JSON form a validator puts in `err`: `{"Custom": n}` or the variant name as a string.
  Object toJson();

  /// The display message, as in "Error processing Instruction 0: <message>".
  String message();

  /// `Custom(code)`: a program-defined error number (u32).
  ///
  /// @param code the error number, 0..2^32-1
  record Custom(long code) implements InstructionError {
    @Override
    public Object toJson() {
      return Map.of("Custom", code);
    }

    @Override
    public String message() {
      return "custom program error: 0x" + Long.toHexString(code);
    }
  }

  /// A runtime error without payload.
  ///
  /// @param kind which one
  record Builtin(BuiltinError kind) implements InstructionError {
    @Override
    public Object toJson() {
      return kind.name();
    }

    @Override
    public String message() {
      return kind.message();
    }
  }

  /// Shorthand for a custom error.
  static InstructionError custom(long code) {
    return new Custom(code);
  }

  /// Shorthand for a builtin error.
  static InstructionError of(BuiltinError kind) {
    return new Builtin(kind);
  }
}
