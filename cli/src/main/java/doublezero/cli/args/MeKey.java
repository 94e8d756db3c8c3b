package doublezero.cli.args;

import doublezero.cli.error.CliException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;

/// Resolves an argument that is a public key or `me` (the payer), as the reference CLI's commands
/// do (`arg.eq_ignore_ascii_case("me")` → `client.get_payer()`, else `Pubkey::from_str`).
public final class MeKey {
  private MeKey() {}

  /// @param arg `me` (any case) or base58
  /// @param payer the signer
  /// @param what the message when `arg` is not a key (the reference's text, e.g. `Invalid
  ///   administrator pubkey`)
  /// @return the key
  /// @throws CliException with `what` when `arg` is neither
  public static PublicKey resolve(String arg, PublicKey payer, String what) {
    if (arg.equalsIgnoreCase("me")) {
      return payer;
    }
    return parse(arg, what);
  }

  /// @param arg `me` (any case) or base58
  /// @param payer the signer
  /// @return the key
  /// @throws CliException with the Rust `ParsePubkeyError` text (see [#fromStr])
  public static PublicKey resolve(String arg, PublicKey payer) {
    return arg.equalsIgnoreCase("me") ? payer : fromStr(arg);
  }

  /// Rust `Pubkey::from_str` with its `ParsePubkeyError` texts (commands that propagate it with
  /// `?`).
  ///
  /// @param arg base58
  /// @return the key
  /// @throws CliException `String is the wrong size` (over 44 characters, or not 32 bytes) or
  ///   `Invalid Base58 string`
  public static PublicKey fromStr(String arg) {
    if (arg.length() > 44) {
      throw new CliException("String is the wrong size");
    }
    byte[] raw;
    try {
      raw = Base58.decode(arg);
    } catch (RuntimeException e) {
      throw new CliException("Invalid Base58 string");
    }
    if (raw.length != 32) {
      throw new CliException("String is the wrong size");
    }
    return PublicKey.fromBase58(arg);
  }

  /// @param arg base58
  /// @param what the message when `arg` is not a key
  /// @return the key
  /// @throws CliException with `what` when `arg` is not a key
  public static PublicKey parse(String arg, String what) {
    try {
      return PublicKey.fromBase58(arg);
    } catch (RuntimeException e) {
      throw new CliException(what);
    }
  }
}
