package doublezero.controller.device;

import doublezero.sdk.net.Ipv4Address;
import java.util.Objects;

/// An iBGP / MSDP peer: another healthy device's loopback (reference `models.go` `BgpPeer`, §B.5
/// rule 5).
///
/// @param ip the peer's loopback address
/// @param name the peer device's code
public record BgpPeer(Ipv4Address ip, String name) {
  /// @throws NullPointerException when a component is null
  public BgpPeer {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(name, "name");
  }
}
