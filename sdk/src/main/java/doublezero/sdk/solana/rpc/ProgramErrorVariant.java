package doublezero.sdk.solana.rpc;

/// One variant of a program's custom error enum (`ProgramError::Custom(code)` with the Rust variant
/// name and the program's message). An implementing enum keeps one [ProgramError] per constant and
/// gets the accessors here; each DoubleZero program's error table (serviceability, telemetry,
/// geolocation) is such an enum.
public interface ProgramErrorVariant {
  /// @return the variant as a generic [ProgramError]
  ProgramError toProgramError();

  /// @return the custom error code (u32; every table's codes fit an int)
  default int code() {
    return (int) toProgramError().code();
  }

  /// @return the Rust variant name, e.g. `InvalidStatus`
  default String variantName() {
    return toProgramError().name();
  }

  /// @return the program's message, e.g. `Invalid Status`
  default String message() {
    return toProgramError().message();
  }

  /// Looks a code up in a table by scanning it.
  ///
  /// @param <E> the error enum
  /// @param variants the enum's `values()`
  /// @param code a custom error code
  /// @return the variant with that code, or null when the table defines none
  static <E extends ProgramErrorVariant> E find(E[] variants, long code) {
    for (E e : variants) {
      if (e.code() == code) {
        return e;
      }
    }
    return null;
  }
}
