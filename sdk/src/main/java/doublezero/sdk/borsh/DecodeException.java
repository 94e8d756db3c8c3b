package doublezero.sdk.borsh;

/// Thrown when bytes cannot be decoded into the expected type: a short read, an unknown enum
/// discriminant, an invalid bool byte, invalid UTF-8, a prefix length above 32, or an unknown
/// account type.
///
/// The message names the type being decoded, the field, and the byte offset where decoding failed,
/// e.g. `Device.code at offset 97: needs 4 bytes, 2 remain`.
public final class DecodeException extends RuntimeException {
  private final String type;
  private final String field;
  private final int offset;

  /// @param type the type (account, instruction or record) being decoded, e.g. `Device`
  /// @param field the field within it, in the reference's snake_case, e.g. `dz_prefixes`
  /// @param offset the byte offset within the input at which the failing read started
  /// @param reason what was wrong
  public DecodeException(String type, String field, int offset, String reason) {
    super(type + "." + field + " at offset " + offset + ": " + reason);
    this.type = type;
    this.field = field;
    this.offset = offset;
  }

  /// @return the type being decoded
  public String type() {
    return type;
  }

  /// @return the field being decoded when the error occurred
  public String field() {
    return field;
  }

  /// @return byte offset of the failing read
  public int offset() {
    return offset;
  }
}
