package doublezero.cli.args;

import doublezero.cli.CliException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;

/// Parses a public key at run time the way Rust's `Pubkey::from_str` does, for the reference commands that take a
/// free string and parse it only when they run (so a bad value is an `Error:` line, exit code 1, not a usage error).
public final class PubkeyText {
  private PubkeyText() {}

  /// @param s     base58 text
  /// @return the key
  /// @throws CliException `String is the wrong size` (longer than 44 characters or not 32 bytes) or
  ///     `Invalid Base58 string` (Rust `ParsePubkeyError` Display)
  public static PublicKey parse(String s) {
    if (s.length() > 44) {
      throw new CliException("String is the wrong size");
    }
    byte[] bytes;
    try {
      bytes = Base58.decode(s);
    } catch (RuntimeException e) {
      throw new CliException("Invalid Base58 string");
    }
    if (bytes.length != 32) {
      throw new CliException("String is the wrong size");
    }
    return PublicKey.fromBase58(s);
  }

  /// @param s     `me` (any case) or base58 text
  /// @param payer the signer, which `me` stands for
  /// @return the key
  /// @throws CliException as [#parse]
  public static PublicKey parseOrMe(String s, PublicKey payer) {
    return s.equalsIgnoreCase("me") ? payer : parse(s);
  }
}
