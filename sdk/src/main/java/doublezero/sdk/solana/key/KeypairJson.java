package doublezero.sdk.solana.key;

/// A strict parser for the keypair JSON text: one array of exactly 64 JSON integers 0..255, JSON
/// whitespace (space, tab, CR, LF) around tokens, nothing else. Errors name the source and a
/// character position or element index, never a value read from the text (the values are secret).
final class KeypairJson {
  private final String text;
  private final String source;
  private int pos;

  private KeypairJson(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /// @return the 64 bytes (the caller clears them)
  static byte[] parse(String text, String source) {
    return new KeypairJson(text, source).array();
  }

  private byte[] array() {
    skipWhitespace();
    if (text.isEmpty() || pos == text.length()) {
      throw notJson("it is empty");
    }
    expect('[', "expected '[' at character " + pos);
    byte[] out = new byte[Keypair.SECRET_KEY_BYTES];
    int count = 0;
    skipWhitespace();
    if (peek() == ']') {
      pos++;
    } else {
      while (true) {
        int value = integer(count);
        if (count < out.length) {
          out[count] = (byte) value;
        }
        count++;
        skipWhitespace();
        char c = peek();
        pos++;
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw notJson(
              c == 0 ? "the array is not closed" : "expected ',' or ']' at character " + (pos - 1));
        }
        skipWhitespace();
      }
    }
    skipWhitespace();
    if (pos != text.length()) {
      throw notJson("unexpected text after the array at character " + pos);
    }
    if (count != Keypair.SECRET_KEY_BYTES) {
      throw new IllegalArgumentException(
          source + " holds " + count + " numbers, expected 64 (seed ‖ public key)");
    }
    return out;
  }

  /// Reads one JSON number that must be an integer 0..255.
  private int integer(int index) {
    int start = pos;
    boolean negative = peek() == '-';
    if (negative) {
      pos++;
    }
    int digitsStart = pos;
    long value = 0;
    while (peek() >= '0' && peek() <= '9') {
      value = Math.min(value * 10 + (text.charAt(pos) - '0'), Integer.MAX_VALUE);
      pos++;
    }
    int digits = pos - digitsStart;
    if (digits == 0) {
      throw notJson("expected a number at character " + start);
    }
    if (digits > 1 && text.charAt(digitsStart) == '0') {
      throw notJson("number with a leading zero at character " + start);
    }
    char c = peek();
    if (c == '.' || c == 'e' || c == 'E') {
      throw new IllegalArgumentException(source + ": element " + index + " is not an integer");
    }
    if (negative || value > 255) {
      throw new IllegalArgumentException(source + ": element " + index + " is out of range 0..255");
    }
    return (int) value;
  }

  private void expect(char c, String reason) {
    if (peek() != c) {
      throw notJson(reason);
    }
    pos++;
  }

  /// @return the current character, or 0 at the end
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private IllegalArgumentException notJson(String reason) {
    return new IllegalArgumentException(source + " is not a JSON array of 64 integers: " + reason);
  }
}
