package doublezero.doublezerod.bgp;

import java.util.Arrays;
import java.util.HexFormat;

/// A NOTIFICATION (RFC 4271 §4.5): error code, subcode and data; the connection closes after it.
///
/// @param code error code 1..6 (unsigned byte)
/// @param subcode error subcode (unsigned byte)
/// @param data diagnostic data, possibly empty
public record Notification(int code, int subcode, byte[] data) implements BgpMessage {
  /// Copies the data.
  public Notification {
    data = data.clone();
  }

  /// @param error a known (code, subcode) pair
  /// @param data diagnostic data
  /// @return the NOTIFICATION
  public static Notification of(BgpError error, byte[] data) {
    return new Notification(error.code(), error.subcode(), data);
  }

  /// @return the data, copied
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Notification n
        && n.code == code
        && n.subcode == subcode
        && Arrays.equals(n.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * code + subcode) + Arrays.hashCode(data);
  }

  /// @return `code/subcode (name) data=hex`
  @Override
  public String toString() {
    return code
        + "/"
        + subcode
        + " ("
        + BgpError.describe(code, subcode)
        + ") data="
        + HexFormat.of().formatHex(data);
  }
}
