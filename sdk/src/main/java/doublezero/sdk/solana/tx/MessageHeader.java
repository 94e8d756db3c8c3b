package doublezero.sdk.solana.tx;

/// The three counts at the start of a legacy message (solana-message `MessageHeader`). The account
/// keys are ordered writable signers, read-only signers, writable non-signers, read-only
/// non-signers; these counts say where the groups end.
///
/// @param numRequiredSignatures signers: the first this-many account keys, 0..255
/// @param numReadonlySignedAccounts read-only keys at the end of the signers, 0..255
/// @param numReadonlyUnsignedAccounts read-only keys at the end of the list, 0..255
public record MessageHeader(
    int numRequiredSignatures, int numReadonlySignedAccounts, int numReadonlyUnsignedAccounts) {
  /// @throws IllegalArgumentException when a count is outside 0..255
  public MessageHeader {
    checkU8("numRequiredSignatures", numRequiredSignatures);
    checkU8("numReadonlySignedAccounts", numReadonlySignedAccounts);
    checkU8("numReadonlyUnsignedAccounts", numReadonlyUnsignedAccounts);
  }

  private static void checkU8(String name, int v) {
    if (v < 0 || v > 255) {
      throw new IllegalArgumentException(name + " must be 0..255, got " + v);
    }
  }
}
