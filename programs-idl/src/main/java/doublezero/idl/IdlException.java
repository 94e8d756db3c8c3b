package doublezero.idl;

/// Thrown when an IDL resource is missing, is not valid JSON of the IDL shape, or is inconsistent
/// (an undefined type, a duplicate discriminant, a gap in the instruction numbering, …). The
/// message names the program and the offending element.
public final class IdlException extends RuntimeException {
  /// @param message what is wrong, naming the program and element
  public IdlException(String message) {
    super(message);
  }

  /// @param message what is wrong
  /// @param cause the underlying I/O or JSON error
  public IdlException(String message, Throwable cause) {
    super(message, cause);
  }
}
