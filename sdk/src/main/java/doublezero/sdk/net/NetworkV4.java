package doublezero.sdk.net;

/// DoubleZero's `NetworkV4` (`smartcontract/programs/common/src/types/network_v4.rs`): an IPv4
/// address and a prefix length. Host bits are kept as written (`172.16.0.1/30` stays
/// `172.16.0.1/30`). On the wire: 4 address octets in network order, then 1 prefix byte (≤ 32).
/// Default `0.0.0.0/0`.
///
/// @param ip the address, host bits included
/// @param prefix the prefix length, 0..32
public record NetworkV4(Ipv4Address ip, int prefix) {
  /// `0.0.0.0/0`, the reference's default.
  public static final NetworkV4 DEFAULT = new NetworkV4(Ipv4Address.UNSPECIFIED, 0);

  /// @throws IllegalArgumentException when the prefix is outside 0..32
  public NetworkV4 {
    if (prefix < 0 || prefix > 32) {
      throw new IllegalArgumentException("invalid prefix length " + prefix + " (must be 0..32)");
    }
  }

  /// @param text `a.b.c.d/n`
  /// @return the network, host bits kept
  /// @throws IllegalArgumentException naming the text when malformed
  public static NetworkV4 parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("invalid network '" + text + "': expected a.b.c.d/n");
    }
    String len = text.substring(slash + 1);
    if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("invalid network '" + text + "': bad prefix length");
    }
    int prefix = Integer.parseInt(len);
    if (prefix > 32) {
      throw new IllegalArgumentException(
          "invalid network '" + text + "': prefix length " + prefix + " > 32");
    }
    return new NetworkV4(Ipv4Address.parse(text.substring(0, slash)), prefix);
  }

  /// @return the netmask as a big-endian int (`/24` → `0xFFFFFF00`)
  public int mask() {
    return prefix == 0 ? 0 : -1 << (32 - prefix);
  }

  /// @return the network address (host bits cleared)
  public Ipv4Address network() {
    return new Ipv4Address(ip.value() & mask());
  }

  /// @return the number of addresses, 2^(32 - prefix)
  public long size() {
    return 1L << (32 - prefix);
  }

  /// @param address an address
  /// @return whether the address lies inside this network
  public boolean contains(Ipv4Address address) {
    return (address.value() & mask()) == (ip.value() & mask());
  }

  /// @return `a.b.c.d/n`
  @Override
  public String toString() {
    return ip + "/" + prefix;
  }
}
