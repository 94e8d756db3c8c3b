package doublezero.sdk.solana.rpc;

/// Asks the node for part of an account's data (`dataSlice` of `getAccountInfo`).
///
/// @param offset first byte (>= 0)
/// @param length number of bytes (>= 0)
public record DataSlice(long offset, long length) {
  /// @throws IllegalArgumentException when offset or length is negative
  public DataSlice {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException(
          "data slice needs offset and length >= 0, got " + offset + ", " + length);
    }
  }
}
