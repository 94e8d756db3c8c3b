package doublezero.doublezerod.peering;

import doublezero.sdk.net.Ipv4Address;
import java.util.Optional;

/// One BGP peer of the daemon (reference `internal/bgp` `PeerConfig`, §D.6): the session dials from
/// the client overlay address to the device overlay address (port 179, router id 1.1.1.1).
///
/// @param localAddress the client overlay address (tunnel network + 1)
/// @param peerAddress the device overlay address (tunnel network address)
/// @param localAsn the client's AS (GlobalConfig `local_asn`, e2e 65000)
/// @param remoteAsn the device's AS (GlobalConfig `remote_asn`, e2e 65342)
/// @param advertise the dz_ip to advertise as a /32 (ORIGIN IGP, NEXT_HOP local overlay), empty for
///   none
/// @param routeSrc the `src` of installed routes (the dz_ip)
/// @param install what to do with learned prefixes
public record PeerSpec(
    Ipv4Address localAddress,
    Ipv4Address peerAddress,
    long localAsn,
    long remoteAsn,
    Optional<Ipv4Address> advertise,
    Ipv4Address routeSrc,
    RouteInstall install) {}
