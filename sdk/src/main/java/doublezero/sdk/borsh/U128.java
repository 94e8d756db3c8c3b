package doublezero.sdk.borsh;

import java.math.BigInteger;

/// An unsigned 128-bit integer as Borsh stores it (16 bytes little-endian): `high` and `low` 64-bit
/// halves, each to be read as unsigned.
///
/// @param high the most significant 64 bits
/// @param low the least significant 64 bits
public record U128(long high, long low) implements Comparable<U128> {
  /// Zero.
  public static final U128 ZERO = new U128(0, 0);

  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  /// @param value a non-negative value below 2^64, read as unsigned when negative
  /// @return the u128 holding `value` as an unsigned 64-bit integer
  public static U128 ofUnsigned(long value) {
    return new U128(0, value);
  }

  /// @param value a value in [0, 2^128)
  /// @return the u128
  /// @throws IllegalArgumentException when out of range
  public static U128 of(BigInteger value) {
    if (value.signum() < 0 || value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("u128 out of range: " + value);
    }
    return new U128(value.shiftRight(64).longValue(), value.longValue());
  }

  /// @param decimal a decimal string
  /// @return the u128
  /// @throws IllegalArgumentException when not a decimal number in range
  public static U128 parse(String decimal) {
    try {
      return of(new BigInteger(decimal));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a u128: " + decimal, e);
    }
  }

  /// @return the value as a non-negative BigInteger
  public BigInteger toBigInteger() {
    return new BigInteger(Long.toUnsignedString(high))
        .shiftLeft(64)
        .or(new BigInteger(Long.toUnsignedString(low)));
  }

  /// @return this value plus one
  /// @throws ArithmeticException on overflow past 2^128 - 1
  public U128 increment() {
    if (low == -1L) {
      if (high == -1L) {
        throw new ArithmeticException("u128 overflow");
      }
      return new U128(high + 1, 0);
    }
    return new U128(high, low + 1);
  }

  @Override
  public int compareTo(U128 o) {
    int c = Long.compareUnsigned(high, o.high);
    return c != 0 ? c : Long.compareUnsigned(low, o.low);
  }

  /// @return the decimal representation
  @Override
  public String toString() {
    return high == 0 ? Long.toUnsignedString(low) : toBigInteger().toString();
  }
}
