package doublezero.sdk.solana.tx;

import doublezero.sdk.solana.key.PublicKey;

/// One account an instruction touches, with its signer and writable flags (Solana `AccountMeta`).
///
/// @param publicKey the account
/// @param isSigner whether the transaction must carry this account's signature
/// @param isWritable whether the instruction may change the account
public record AccountMeta(PublicKey publicKey, boolean isSigner, boolean isWritable) {
  /// @param key the account
  /// @return a writable signer
  public static AccountMeta writableSigner(PublicKey key) {
    return new AccountMeta(key, true, true);
  }

  /// @param key the account
  /// @return a writable non-signer
  public static AccountMeta writable(PublicKey key) {
    return new AccountMeta(key, false, true);
  }

  /// @param key the account
  /// @return a read-only signer
  public static AccountMeta readonlySigner(PublicKey key) {
    return new AccountMeta(key, true, false);
  }

  /// @param key the account
  /// @return a read-only non-signer
  public static AccountMeta readonly(PublicKey key) {
    return new AccountMeta(key, false, false);
  }
}
