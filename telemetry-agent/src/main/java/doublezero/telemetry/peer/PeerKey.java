package doublezero.telemetry.peer;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;

/// The reference's peer key (`reference/telemetry-geolocation.md` §B.4): one TWAMP sender per key.
/// A record, so that the sender map hashes its fields on every probe instead of building the
/// reference's string (two base58 encodings); [#toString] renders that string for logs.
///
/// @param device the peer Device account
/// @param address the peer's tunnel address, empty without a tunnel
/// @param link the Link account
public record PeerKey(PublicKey device, Optional<Ipv4Address> address, PublicKey link) {
  /// @return `device=<pk>,addr=<target ip>,link=<link pk>` (addr empty without a tunnel)
  @Override
  public String toString() {
    return "device="
        + device
        + ",addr="
        + address.map(Ipv4Address::toString).orElse("")
        + ",link="
        + link;
  }
}
