package doublezero.doublezerod.gre;

/// A packet is not a GRE packet this endpoint accepts; the message names the field, the offset and
/// what was found.
public final class GreFormatException extends RuntimeException {
  /// @param message what was wrong
  public GreFormatException(String message) {
    super(message);
  }
}
