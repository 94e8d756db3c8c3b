package doublezero.sdk.solana.key;

import java.util.Arrays;

/// Base58 with the Bitcoin alphabet, as Solana renders public keys, signatures and blockhashes.
/// Leading zero bytes map to leading `1` characters and back.
public final class Base58 {
  private static final char[] ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final int[] INDEXES = new int[128];
  private static final long FIVE_DIGITS = 58L * 58 * 58 * 58 * 58;

  static {
    Arrays.fill(INDEXES, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      INDEXES[ALPHABET[i]] = i;
    }
  }

  private Base58() {}

  /// Encodes with 32-bit limbs divided by 58^5, five digits per pass (about twenty times fewer
  /// divisions for a 32-byte key than one digit per byte-wise pass; signatures and keys are encoded
  /// on hot paths of the ledger).
  ///
  /// @param input any bytes
  /// @return the base58 text; leading zero bytes become leading `1`s; empty input gives ""
  public static String encode(byte[] input) {
    int zeros = 0;
    while (zeros < input.length && input[zeros] == 0) {
      zeros++;
    }
    int n = input.length - zeros;
    int words = (n + 3) / 4;
    int[] w = new int[words];
    for (int i = 0; i < n; i++) {
      int fromEnd = n - 1 - i;
      w[words - 1 - fromEnd / 4] |= (input[zeros + i] & 0xFF) << (8 * (fromEnd % 4));
    }
    char[] out = new char[zeros + n * 138 / 100 + 6];
    int pos = out.length;
    int start = 0;
    while (start < words) {
      long rem = 0;
      for (int i = start; i < words; i++) {
        long cur = (rem << 32) | (w[i] & 0xFFFFFFFFL);
        w[i] = (int) (cur / FIVE_DIGITS);
        rem = cur % FIVE_DIGITS;
      }
      while (start < words && w[start] == 0) {
        start++;
      }
      for (int k = 0; k < 5; k++) {
        out[--pos] = ALPHABET[(int) (rem % 58)];
        rem /= 58;
      }
    }
    while (pos < out.length && out[pos] == ALPHABET[0]) {
      pos++;
    }
    for (int i = 0; i < zeros; i++) {
      out[--pos] = ALPHABET[0];
    }
    return new String(out, pos, out.length - pos);
  }

  /// @param input base58 text
  /// @return the decoded bytes
  /// @throws IllegalArgumentException naming the first character outside the alphabet
  public static byte[] decode(String input) {
    if (input.isEmpty()) {
      return new byte[0];
    }
    byte[] input58 = new byte[input.length()];
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      int digit = c < 128 ? INDEXES[c] : -1;
      if (digit < 0) {
        throw new IllegalArgumentException("invalid base58 character '" + c + "' at position " + i);
      }
      input58[i] = (byte) digit;
    }
    int zeros = 0;
    while (zeros < input58.length && input58[zeros] == 0) {
      zeros++;
    }
    byte[] decoded = new byte[input.length()];
    int out = decoded.length;
    int start = zeros;
    while (start < input58.length) {
      decoded[--out] = divmod(input58, start, 58, 256);
      if (input58[start] == 0) {
        start++;
      }
    }
    while (out < decoded.length && decoded[out] == 0) {
      out++;
    }
    return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
  }

  private static byte divmod(byte[] number, int first, int base, int divisor) {
    int remainder = 0;
    for (int i = first; i < number.length; i++) {
      int digit = number[i] & 0xFF;
      int temp = remainder * base + digit;
      number[i] = (byte) (temp / divisor);
      remainder = temp % divisor;
    }
    return (byte) remainder;
  }
}
