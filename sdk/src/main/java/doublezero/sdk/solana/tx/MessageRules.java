package doublezero.sdk.solana.tx;

/// The structural rules a legacy message must satisfy, after solana-message
/// `legacy::Message::sanitize` (plus the duplicate-key rule agave applies when it loads the
/// message, `AccountLoadedTwice`). Each check returns `null` when the rule holds, else the reason;
/// [Message]'s constructor turns it into an [IllegalArgumentException] and [Message#deserialize]
/// into a [doublezero.sdk.borsh.DecodeException] at the offending offset.
final class MessageRules {
  private MessageRules() {}

  static String header(MessageHeader h, int keyCount) {
    if (h.numRequiredSignatures() + h.numReadonlyUnsignedAccounts() > keyCount) {
      return "header needs "
          + h.numRequiredSignatures()
          + " signers + "
          + h.numReadonlyUnsignedAccounts()
          + " read-only unsigned accounts but the message has "
          + keyCount
          + " account keys";
    }
    if (h.numReadonlySignedAccounts() >= h.numRequiredSignatures()) {
      return "header has "
          + h.numReadonlySignedAccounts()
          + " read-only signers out of "
          + h.numRequiredSignatures()
          + " signers; the fee payer must be a writable signer";
    }
    return null;
  }

  static String programIndex(int index, int keyCount) {
    if (index >= keyCount) {
      return "program id index " + index + " out of range for " + keyCount + " account keys";
    }
    if (index == 0) {
      return "program id index 0 is the fee payer, which cannot be a program";
    }
    return null;
  }

  static String accountIndex(int index, int keyCount) {
    return index >= keyCount
        ? "account index " + index + " out of range for " + keyCount + " account keys"
        : null;
  }
}
