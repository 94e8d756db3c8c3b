package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;

/// An OPEN (RFC 4271 §4.2) with its capabilities (RFC 5492).
///
/// @param version BGP version, 4
/// @param myAutonomousSystem the 2-octet AS field: the AS itself, or AS_TRANS 23456 when it needs
///   four octets
/// @param holdTimeSeconds proposed hold time: 0 or at least 3
/// @param bgpIdentifier the router id
/// @param capabilities capabilities in wire order
public record Open(
    int version,
    int myAutonomousSystem,
    int holdTimeSeconds,
    Ipv4Address bgpIdentifier,
    List<Capability> capabilities)
    implements BgpMessage {
  /// AS_TRANS (RFC 6793 §9).
  public static final int AS_TRANS = 23456;

  /// Copies the list.
  public Open {
    capabilities = List.copyOf(capabilities);
  }

  /// @return the four-octet AS from the capability when present, else the 2-octet field
  public long autonomousSystem() {
    for (Capability c : capabilities) {
      if (c instanceof Capability.FourOctetAs(long asn)) {
        return asn;
      }
    }
    return myAutonomousSystem;
  }

  /// @return whether the sender supports four-octet AS numbers
  public boolean supportsFourOctetAs() {
    return capabilities.stream().anyMatch(c -> c instanceof Capability.FourOctetAs);
  }
}
