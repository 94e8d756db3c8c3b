package doublezero.testkit;

import java.util.HexFormat;

/// Hex text for golden bytes in tests; whitespace and `_` are ignored so bytes can be grouped by
/// field.
public final class Hex {
  private Hex() {}

  /// @param hex hex digits, optionally separated by spaces, newlines or underscores
  /// @return the bytes
  public static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("[\\s_]", ""));
  }

  /// @param bytes any bytes
  /// @return lowercase hex
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
