package doublezero.sdk.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/// An IPv4 address as Rust's `Ipv4Addr`: stored on the wire as 4 octets in network order
/// (`203.0.113.1` → `cb 00 71 01`), shown as a dotted quad.
///
/// @param value the address as a big-endian 32-bit integer (`a << 24 | b << 16 | c << 8 | d`)
public record Ipv4Address(int value) implements Comparable<Ipv4Address> {
  /// `0.0.0.0`, the default the reference uses for an unset address.
  public static final Ipv4Address UNSPECIFIED = new Ipv4Address(0);

  /// @param text a dotted quad such as `10.0.0.1`
  /// @return the address
  /// @throws IllegalArgumentException naming the text when it is not four decimal octets 0..255
  public static Ipv4Address parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("invalid IPv4 address '" + text + "'");
    }
    int v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("invalid IPv4 address '" + text + "'");
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        throw new IllegalArgumentException(
            "invalid IPv4 address '" + text + "': octet " + octet + " > 255");
      }
      v = (v << 8) | octet;
    }
    return new Ipv4Address(v);
  }

  /// @param octets 4 bytes in network order
  /// @return the address
  /// @throws IllegalArgumentException when not 4 bytes
  public static Ipv4Address ofOctets(byte[] octets) {
    if (octets.length != 4) {
      throw new IllegalArgumentException("IPv4 address needs 4 bytes, got " + octets.length);
    }
    return new Ipv4Address(
        ((octets[0] & 0xFF) << 24)
            | ((octets[1] & 0xFF) << 16)
            | ((octets[2] & 0xFF) << 8)
            | (octets[3] & 0xFF));
  }

  /// @return the 4 octets in network order
  public byte[] octets() {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  /// @return this address as a JDK [Inet4Address] (no name lookup)
  public Inet4Address toInetAddress() {
    try {
      return (Inet4Address) InetAddress.getByAddress(octets());
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 octets are always an IPv4 address", e);
    }
  }

  /// @return whether this is `0.0.0.0`
  public boolean isUnspecified() {
    return value == 0;
  }

  @Override
  public int compareTo(Ipv4Address o) {
    return Integer.compareUnsigned(value, o.value);
  }

  /// @return the dotted quad
  @Override
  public String toString() {
    return (value >>> 24)
        + "."
        + ((value >>> 16) & 0xFF)
        + "."
        + ((value >>> 8) & 0xFF)
        + "."
        + (value & 0xFF);
  }
}
