package doublezero.sdk.solana.key;

import java.math.BigInteger;

/// Whether 32 bytes decompress to a point on the Ed25519 curve, as curve25519-dalek's
/// `CompressedEdwardsY::decompress` decides (the y coordinate is reduced mod p, not rejected when ≥
/// p).
final class Ed25519Curve {
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  private static final BigInteger D =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
  private static final BigInteger LEGENDRE_EXP = P.subtract(BigInteger.ONE).shiftRight(1);

  private Ed25519Curve() {}

  static boolean isOnCurve(byte[] compressed) {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = compressed[31 - i];
    }
    be[0] &= 0x7f;
    BigInteger y = new BigInteger(1, be).mod(P);
    BigInteger y2 = y.multiply(y).mod(P);
    BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
    BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
    BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
    return x2.signum() == 0 || x2.modPow(LEGENDRE_EXP, P).equals(BigInteger.ONE);
  }
}
