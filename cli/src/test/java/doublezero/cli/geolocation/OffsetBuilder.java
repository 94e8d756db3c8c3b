package doublezero.cli.geolocation;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.region.DistanceBound;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Signed offsets as a DZD and a probe build them (RFC 1 "Flows", `telemetry-geolocation.md` §E.3,
/// §E.4), with round trips simulated from true positions: `rtt = 2 × stretch × distance / v +
/// overhead`, so each disk's bound holds as on a real fibre path.
final class OffsetBuilder {
  static final Ipv4Address PROBE_IP = Ipv4Address.parse("45.33.32.156");
  static final Ipv4Address TARGET_IP = Ipv4Address.parse("45.33.32.200");

  private OffsetBuilder() {}

  /// @return a simulated round trip between two points, ns (path 1.3× the great circle, 0.2 ms of
  ///   equipment delay)
  static long rtt(GeoPoint a, GeoPoint b) {
    return (long) (2 * a.distanceKm(b) * 1.3 / DistanceBound.FIBRE_KM_PER_NS) + 200_000L;
  }

  /// A DZD's 0-reference offset to the probe.
  static LocationOffset dzd(
      Keypair publisher, PublicKey device, GeoPoint at, long rttNs, long slot) {
    return LocationOffset.unsigned(
            publisher.publicKey(),
            device,
            slot,
            at.lat(),
            at.lng(),
            rttNs,
            rttNs,
            PROBE_IP,
            List.of())
        .signedBy(publisher);
  }

  /// The probe's composite offset to the target: the smallest-rtt reference's position and
  /// accumulated rtt on the top level, every reference embedded.
  static LocationOffset composite(
      Keypair probeKey,
      PublicKey probeAccount,
      List<LocationOffset> refs,
      long measured,
      long slot) {
    LocationOffset best = refs.getFirst();
    for (LocationOffset r : refs) {
      if (Long.compareUnsigned(r.rttNs(), best.rttNs()) < 0) {
        best = r;
      }
    }
    return LocationOffset.unsigned(
            probeKey.publicKey(),
            probeAccount,
            slot,
            best.lat(),
            best.lng(),
            measured,
            best.rttNs() + measured,
            TARGET_IP,
            refs)
        .signedBy(probeKey);
  }
}
