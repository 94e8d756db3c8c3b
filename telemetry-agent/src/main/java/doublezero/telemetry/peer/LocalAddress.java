package doublezero.telemetry.peer;

import doublezero.sdk.net.Ipv4Address;

/// An IPv4 address configured on a local interface.
///
/// @param interfaceName the interface
/// @param address the address
/// @param prefixLength its prefix length
public record LocalAddress(String interfaceName, Ipv4Address address, int prefixLength) {}
