package doublezero.localnet.runtime;

import doublezero.sdk.solana.tx.Transaction;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/// Verifies every required signature of a transaction over its serialized message with
/// BouncyCastle's RFC 8032 Ed25519 (about ten times faster than the JDK provider, which matters at
/// thousands of transactions per second).
public final class SignatureVerifier {
  private SignatureVerifier() {}

  /// Whether each signature `i` is a valid Ed25519 signature by account key `i` over the message
  /// bytes.
  public static boolean verify(Transaction tx) {
    byte[] message = tx.message().serialize();
    List<byte[]> sigs = tx.signatures();
    for (int i = 0; i < sigs.size(); i++) {
      byte[] sig = sigs.get(i);
      byte[] key = tx.message().accountKeys().get(i).toBytes();
      if (sig.length != Ed25519.SIGNATURE_SIZE
          || !Ed25519.verify(sig, 0, key, 0, message, 0, message.length)) {
        return false;
      }
    }
    return true;
  }
}
