package doublezero.telemetry.peer;

import doublezero.sdk.net.Ipv4Address;

/// The local end of a link's tunnel: the interface holding an address of the link's `tunnel_net`
/// /31.
///
/// @param interfaceName the local interface (bound with `SO_BINDTODEVICE`)
/// @param source the local /31 address
/// @param target the peer's /31 address (`source XOR 1`)
public record Tunnel(String interfaceName, Ipv4Address source, Ipv4Address target) {}
