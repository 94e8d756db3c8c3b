package doublezero.doublezerod.pim;

/// Bytes are not a PIM message this codec accepts; the message names the field, the offset and what
/// was found.
public final class PimFormatException extends RuntimeException {
  /// @param message what was wrong
  public PimFormatException(String message) {
    super(message);
  }
}
