package doublezero.doublezerod.bgp;

import java.util.Arrays;

/// A capability carried in an OPEN's optional parameter type 2 (RFC 5492).
public sealed interface Capability {
  /// Capability code 1, Multiprotocol Extensions (RFC 4760 §8).
  int CODE_MULTIPROTOCOL = 1;

  /// Capability code 65, four-octet AS numbers (RFC 6793 §3).
  int CODE_FOUR_OCTET_AS = 65;

  /// Multiprotocol: AFI (1 = IPv4) and SAFI (1 = unicast).
  ///
  /// @param afi address family identifier, 16 bits
  /// @param safi subsequent address family identifier, 8 bits
  record Multiprotocol(int afi, int safi) implements Capability {
    /// IPv4 unicast, the only family this speaker uses.
    public static final Multiprotocol IPV4_UNICAST = new Multiprotocol(1, 1);
  }

  /// Four-octet AS support, carrying the speaker's full AS number.
  ///
  /// @param asn the AS number, unsigned 32 bits held in a `long`
  record FourOctetAs(long asn) implements Capability {}

  /// Any other capability, kept as received and otherwise ignored (RFC 5492 §3).
  ///
  /// @param code capability code
  /// @param value capability value
  record Unknown(int code, byte[] value) implements Capability {
    /// Copies the value.
    public Unknown {
      value = value.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unknown u && u.code == code && Arrays.equals(u.value, value);
    }

    @Override
    public int hashCode() {
      return 31 * code + Arrays.hashCode(value);
    }
  }
}
