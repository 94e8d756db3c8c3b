package doublezero.doublezerod.latency;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;

/// One address to probe: a device's public IP or one of its user-tunnel-endpoint interfaces.
///
/// @param devicePk the device account
/// @param deviceCode its code
/// @param ip the address probed
/// @param interfaceName the interface, empty for the public IP
public record ProbeTarget(
    PublicKey devicePk, String deviceCode, Ipv4Address ip, Optional<String> interfaceName) {}
