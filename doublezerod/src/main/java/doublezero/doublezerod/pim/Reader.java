package doublezero.doublezerod.pim;

import doublezero.sdk.net.Ipv4Address;
import java.util.Arrays;

/// A cursor over a PIM message whose reads throw [PimFormatException] naming the field and offset.
final class Reader {
  private final byte[] bytes;
  private int offset;

  Reader(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.offset = offset;
  }

  int offset() {
    return offset;
  }

  int remaining() {
    return bytes.length - offset;
  }

  private void need(int n, String field) {
    if (remaining() < n) {
      throw new PimFormatException(
          field + " at offset " + offset + " needs " + n + " bytes, " + remaining() + " left");
    }
  }

  int u8(String field) {
    need(1, field);
    return bytes[offset++] & 0xFF;
  }

  int u16(String field) {
    need(2, field);
    int v = (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    offset += 2;
    return v;
  }

  byte[] bytes(int n, String field) {
    need(n, field);
    byte[] out = Arrays.copyOfRange(bytes, offset, offset + n);
    offset += n;
    return out;
  }

  Ipv4Address address(String field) {
    return Ipv4Address.ofOctets(bytes(4, field));
  }

  /// Address family 1 and native encoding 0 (RFC 7761 §4.9.1).
  void family(String what) {
    int at = offset;
    int family = u8(what + " address family");
    int encoding = u8(what + " encoding type");
    if (family != 1 || encoding != 0) {
      throw new PimFormatException(
          what
              + " address at offset "
              + at
              + " has family "
              + family
              + " encoding "
              + encoding
              + ", expected IPv4 (1) native (0)");
    }
  }

  Ipv4Address encodedUnicast() {
    family("upstream neighbor");
    return address("upstream neighbor address");
  }

  int mask(String field) {
    int at = offset;
    int mask = u8(field);
    if (mask > 32) {
      throw new PimFormatException(field + " at offset " + at + " is " + mask + ", above 32");
    }
    return mask;
  }
}
