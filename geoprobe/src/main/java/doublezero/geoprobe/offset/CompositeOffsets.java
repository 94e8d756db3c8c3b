package doublezero.geoprobe.offset;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Builds the offsets a probe sends to a target (reference `runMeasurementLoop`,
/// `controlplane/telemetry/cmd/geoprobe-agent/main.go` at v0.12.0).
public final class CompositeOffsets {
  private CompositeOffsets() {}

  /// The reference's single-reference composite: position of the DZD, `rtt = dzd.rtt + measured`,
  /// the DZD offset embedded verbatim.
  ///
  /// @param dzd the best cached DZD offset
  /// @param measuredNs probe → target minimum rtt, ns
  /// @param target the target's address
  /// @param slot the current ledger slot
  /// @param geoprobe the GeoProbe account (sender)
  /// @param key the probe signing key (authority)
  /// @return the signed 348-byte offset
  public static LocationOffset single(
      LocationOffset dzd,
      long measuredNs,
      Ipv4Address target,
      long slot,
      PublicKey geoprobe,
      Keypair key) {
    return LocationOffset.unsigned(
            key.publicKey(),
            geoprobe,
            slot,
            dzd.lat(),
            dzd.lng(),
            measuredNs,
            dzd.rttNs() + measuredNs,
            target,
            List.of(dzd))
        .signedBy(key);
  }

  /// Our multi-reference composite (not in the reference at v0.12.0): up to 5 DZD offsets as
  /// references; the top level carries the position and rtt of the first (smallest-rtt) reference,
  /// and the verifier intersects the disks of every reference with rtt `ref.rtt + measured` (see
  /// `rfcs/rfc1-geolocation-verification.md`).
  ///
  /// @param dzds DZD offsets, smallest rtt first (1..5)
  /// @param measuredNs probe → target minimum rtt, ns
  /// @return the signed offset (174 · (1 + n) bytes)
  /// @throws IllegalArgumentException when there are no offsets or more than 5
  public static LocationOffset multi(
      List<LocationOffset> dzds,
      long measuredNs,
      Ipv4Address target,
      long slot,
      PublicKey geoprobe,
      Keypair key) {
    if (dzds.isEmpty() || dzds.size() > OffsetLimits.MAX_TOTAL_REFERENCES) {
      throw new IllegalArgumentException(
          "a composite offset takes 1 to 5 references, got " + dzds.size());
    }
    LocationOffset first = dzds.getFirst();
    return LocationOffset.unsigned(
            key.publicKey(),
            geoprobe,
            slot,
            first.lat(),
            first.lng(),
            measuredNs,
            first.rttNs() + measuredNs,
            target,
            dzds)
        .signedBy(key);
  }
}
