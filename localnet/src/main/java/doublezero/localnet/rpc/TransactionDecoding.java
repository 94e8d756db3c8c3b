package doublezero.localnet.rpc;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.tx.Transaction;
import java.util.Base64;

/// Turns a `sendTransaction` / `simulateTransaction` payload into a transaction with Solana's
/// -32602 messages (`rpc/src/rpc.rs`, `decode_and_deserialize`). Uses the SDK's legacy transaction
/// codec.
public final class TransactionDecoding {
  private static final String TYPE = "solana_transaction::versioned::VersionedTransaction";
  private static final int MAX_BASE58 = 1683;
  private static final int MAX_BASE64 = 1644;

  /// A decoded payload.
  ///
  /// @param tx the transaction
  /// @param wire its bytes
  public record Decoded(Transaction tx, byte[] wire) {}

  private TransactionDecoding() {}

  /// Decodes `text` in `encoding` (`base58` or `base64`).
  ///
  /// @throws RpcException -32602 on a bad encoding, oversize input, undecodable or unsanitary
  ///   transaction
  public static Decoded decode(String text, String encoding) {
    byte[] wire =
        switch (encoding) {
          case "base58" -> {
            if (text.length() > MAX_BASE58) {
              throw tooLarge("base58", text.length(), MAX_BASE58);
            }
            try {
              yield Base58.decode(text);
            } catch (IllegalArgumentException e) {
              throw RpcException.invalidParamsRaw("invalid base58 encoding: " + e.getMessage());
            }
          }
          case "base64" -> {
            if (text.length() > MAX_BASE64) {
              throw tooLarge("base64", text.length(), MAX_BASE64);
            }
            try {
              yield Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
              throw RpcException.invalidParamsRaw("invalid base64 encoding: " + e.getMessage());
            }
          }
          default ->
              throw RpcException.invalidParamsRaw(
                  "unsupported encoding: " + encoding + ". Supported encodings: base58, base64");
        };
    if (isVersioned(wire)) {
      throw RpcException.invalidParamsRaw(
          "invalid transaction: versioned (v0) messages are not supported by this "
              + "ledger; send a legacy transaction");
    }
    try {
      return new Decoded(Transaction.deserialize(wire), wire);
    } catch (DecodeException e) {
      throw RpcException.invalidParamsRaw("failed to deserialize " + TYPE + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParamsRaw(
          "invalid transaction: Transaction failed to sanitize accounts offsets correctly");
    }
  }

  private static RpcException tooLarge(String enc, int len, int max) {
    return RpcException.invalidParamsRaw(
        enc
            + " encoded "
            + TYPE
            + " too large: "
            + len
            + " bytes (max: encoded/raw "
            + max
            + "/1232)");
  }

  /// Whether the message after the signatures starts with a version prefix (high bit set).
  private static boolean isVersioned(byte[] wire) {
    if (wire.length == 0) {
      return false;
    }
    int count = 0;
    int shift = 0;
    int i = 0;
    while (i < wire.length && i < 3) {
      int b = wire[i++] & 0xFF;
      count |= (b & 0x7F) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    long at = i + 64L * count;
    return at < wire.length && (wire[(int) at] & 0x80) != 0;
  }
}
