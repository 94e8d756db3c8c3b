package doublezero.cli.args;

import java.math.BigInteger;

/// Parses unsigned integer arguments as clap does for Rust `u16`/`u32`/`u64` fields: decimal digits
/// only, and a value outside the type's range is rejected naming the problem (`number too large to
/// fit in target type`).
public final class Unsigned {
  private Unsigned() {}

  /// @param text the argument
  /// @param bits 16, 32 or 64
  /// @return the value as a Java long (for 64 bits, the two's-complement bit pattern of the
  ///   unsigned value)
  /// @throws IllegalArgumentException `invalid digit found in string`, `cannot parse integer from
  ///   empty string` or `number too large to fit in target type` (Rust `ParseIntError` texts)
  public static long parse(String text, int bits) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("cannot parse integer from empty string");
    }
    String digits = text.startsWith("+") ? text.substring(1) : text;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("invalid digit found in string");
    }
    BigInteger v = new BigInteger(digits);
    if (v.bitLength() > bits) {
      throw new IllegalArgumentException("number too large to fit in target type");
    }
    return v.longValue();
  }
}
