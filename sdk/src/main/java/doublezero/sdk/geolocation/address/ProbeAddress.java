package doublezero.sdk.geolocation.address;

import doublezero.sdk.net.Ipv4Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/// Where a host measured for geolocation listens: a geoprobe as its parent DZDs see it, or a target
/// as its probe sees it (reference `controlplane/telemetry/internal/geoprobe/address.go` at
/// v0.12.0, §E.3/§E.4; flags `--additional-child-probes` and `--additional-targets`).
///
/// @param ip the host's IPv4 address
/// @param offsetPort UDP port of its location-offset listener (8923 by default)
/// @param twampPort UDP port of its plain TWAMP reflector (8925 by default)
public record ProbeAddress(Ipv4Address ip, int offsetPort, int twampPort) {
  /// Default offset listener port.
  public static final int DEFAULT_OFFSET_PORT = 8923;

  /// Default TWAMP reflector port (and the fixed one of probes found on chain).
  public static final int DEFAULT_TWAMP_PORT = 8925;

  /// @throws IllegalArgumentException when a port is outside 1..65535
  public ProbeAddress {
    for (int p : new int[] {offsetPort, twampPort}) {
      if (p < 1 || p > 65_535) {
        throw new IllegalArgumentException("port must be 1..65535, got " + p);
      }
    }
  }

  /// Parses a comma list of `ip` (ports 8923 and 8925) or `ip:offset_port:twamp_port`; blanks are
  /// skipped, duplicates dropped (first wins).
  ///
  /// @param text the flag value (may be empty)
  /// @return the probes in order
  /// @throws IllegalArgumentException naming the entry for an address that is not IPv4, the
  ///   two-field form `ip:port`, or a bad port
  public static List<ProbeAddress> parseList(String text) {
    Set<ProbeAddress> out = new LinkedHashSet<>();
    for (String raw : text.split(",", -1)) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String[] f = entry.split(":", -1);
      try {
        out.add(
            switch (f.length) {
              case 1 ->
                  new ProbeAddress(
                      Ipv4Address.parse(f[0]), DEFAULT_OFFSET_PORT, DEFAULT_TWAMP_PORT);
              case 3 ->
                  new ProbeAddress(
                      Ipv4Address.parse(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
              default ->
                  throw new IllegalArgumentException("expected ip or ip:offset_port:twamp_port");
            });
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "address '" + entry + "' is not valid: " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(out);
  }

  /// @return the host's TWAMP reflector address
  public InetSocketAddress twampAddress() {
    return new InetSocketAddress(ip.toInetAddress(), twampPort);
  }

  /// @return the host's offset listener address
  public InetSocketAddress offsetAddress() {
    return new InetSocketAddress(ip.toInetAddress(), offsetPort);
  }

  /// @return `ip:offset_port:twamp_port`
  @Override
  public String toString() {
    return ip + ":" + offsetPort + ":" + twampPort;
  }
}
