package doublezero.geoprobe.offset;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Comparator;
import java.util.List;

/// Builds the offsets a probe sends to a target (reference `runMeasurementLoop`,
/// `controlplane/telemetry/cmd/geoprobe-agent/main.go` at v0.12.0, which only sends [#single];
/// [#multi] and the choice between them, [#forTarget], are ours).
public final class CompositeOffsets {
  private CompositeOffsets() {}

  /// The offset the agent sends a target (RFC 1, "Multi-reference offsets"): with one usable DZD
  /// offset, the reference's single-reference composite ([#single]); with several (one per parent,
  /// as the [OffsetCache] holds them), a multi-reference composite ([#multi]) of the
  /// [OffsetLimits#MAX_TOTAL_REFERENCES] smallest-rtt offsets, smallest first, so the top level
  /// carries the smallest reference's position and `rtt = smallest.rtt + measured`: the value
  /// `OffsetTrust.checkComposite` requires to be at least the smallest reference rtt, and the
  /// tightest of the verifier's disks.
  ///
  /// @param dzds usable DZD offsets (any order; at most one per parent is expected)
  /// @param measuredNs probe → target minimum rtt, ns
  /// @param target the target's address
  /// @param slot the current ledger slot
  /// @param geoprobe the GeoProbe account (sender)
  /// @param key the probe signing key (authority)
  /// @return the signed offset, 174 · (1 + min(n, 5)) bytes
  /// @throws IllegalArgumentException when `dzds` is empty
  public static LocationOffset forTarget(
      List<LocationOffset> dzds,
      long measuredNs,
      Ipv4Address target,
      long slot,
      PublicKey geoprobe,
      Keypair key) {
    if (dzds.isEmpty()) {
      throw new IllegalArgumentException("a composite offset needs at least one DZD offset");
    }
    List<LocationOffset> chosen =
        dzds.stream()
            .sorted(Comparator.comparing(LocationOffset::rttNs, Long::compareUnsigned))
            .limit(OffsetLimits.MAX_TOTAL_REFERENCES)
            .toList();
    if (chosen.size() == 1) {
      return single(chosen.getFirst(), measuredNs, target, slot, geoprobe, key);
    }
    return multi(chosen, measuredNs, target, slot, geoprobe, key);
  }

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
  /// @param target the target's address
  /// @param slot the current ledger slot
  /// @param geoprobe the GeoProbe account (sender)
  /// @param key the probe signing key (authority)
  /// @return the signed offset (174 · (1 + n) bytes)
  /// @throws IllegalArgumentException when there are no offsets or more than 5, or they are not
  ///   smallest rtt first
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
    for (LocationOffset d : dzds) {
      if (Long.compareUnsigned(d.rttNs(), first.rttNs()) < 0) {
        throw new IllegalArgumentException(
            "the first reference must have the smallest rtt (the top level carries it)");
      }
    }
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
