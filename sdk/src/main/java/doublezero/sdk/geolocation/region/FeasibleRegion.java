package doublezero.sdk.geolocation.region;

import doublezero.sdk.geolocation.offset.LocationOffset;
import java.util.ArrayList;
import java.util.List;

/// Where a client can be, given several references: the intersection of the disks, one per
/// reference, of radius [DistanceBound#maxKm] of that reference's accumulated rtt around its
/// position. Each disk is a sound bound on its own, so the intersection is too; more references
/// only shrink it.
///
/// Estimator (documented in `rfcs/rfc1-geolocation-verification.md`): the point estimate is the
/// point of the intersection that minimises the largest slack `distance(p, cᵢ) − rᵢ`, found by a
/// coarse-to-fine search; the error radius is the largest distance from the estimate to a boundary
/// point of the intersection, sampled along each disk's circle. With one reference the estimate is
/// its centre and the error radius its radius.
///
/// @param disks the references' disks (at least one)
public record FeasibleRegion(List<Disk> disks) {
  private static final int BEARINGS = 360;

  /// @throws IllegalArgumentException when there is no disk
  public FeasibleRegion {
    if (disks.isEmpty()) {
      throw new IllegalArgumentException("a region needs at least one reference disk");
    }
    disks = List.copyOf(disks);
  }

  /// The region an offset proves (RFC 1, "The estimator and its error"): one disk per reference,
  /// centred on the reference's (lat, lng), of radius [DistanceBound#maxKm] of `ref.rtt_ns +
  /// offset.measured_rtt_ns` (the parent's round trip to the probe plus the probe's to the target:
  /// by the triangle inequality a sound bound from that parent); for an offset without references,
  /// its own disk of radius `maxKm(rtt_ns)` around its own (lat, lng). Signatures and authorities
  /// are not checked here (see `doublezero.sdk.geolocation.trust.OffsetTrust`).
  ///
  /// @param offset a decoded offset
  /// @return its region
  /// @throws IllegalArgumentException when a position is out of range
  public static FeasibleRegion of(LocationOffset offset) {
    List<Disk> disks = new ArrayList<>();
    for (LocationOffset ref : offset.references()) {
      disks.add(
          new Disk(
              new GeoPoint(ref.lat(), ref.lng()),
              DistanceBound.maxKm(ref.rttNs() + offset.measuredRttNs())));
    }
    if (disks.isEmpty()) {
      disks.add(
          new Disk(new GeoPoint(offset.lat(), offset.lng()), DistanceBound.maxKm(offset.rttNs())));
    }
    return new FeasibleRegion(disks);
  }

  /// @param p a point
  /// @return whether `p` lies in every disk
  public boolean contains(GeoPoint p) {
    for (Disk d : disks) {
      if (!d.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /// @return whether the disks have a common point (an empty intersection means the measurements
  ///   contradict each other: some rtt is impossibly short)
  public boolean isEmpty() {
    GeoPoint e = estimate();
    return slack(e) > 1e-6;
  }

  /// Conservative containment in a circle: the region is inside disk(`center`, `km`) when at least
  /// one reference disk is, i.e. `distance(center, cᵢ) + rᵢ ≤ km` for some i (sufficient, not
  /// necessary).
  ///
  /// @param center the claimed position
  /// @param km the claimed radius, km
  /// @return the margin, km: `km − minᵢ(distance(center, cᵢ) + rᵢ)`; non-negative means provably
  ///   inside
  public double marginWithin(GeoPoint center, double km) {
    double best = Double.POSITIVE_INFINITY;
    for (Disk d : disks) {
      best = Math.min(best, d.center().distanceKm(center) + d.radiusKm());
    }
    return km - best;
  }

  /// Conservative containment in a polygon: the region is inside `polygon` when at least one
  /// reference disk is, i.e. its centre is inside and at least `rᵢ` from the boundary (sufficient,
  /// not necessary).
  ///
  /// @param polygon the claimed area
  /// @return the margin, km: `maxᵢ(signedDistance(cᵢ) − rᵢ)` with the signed distance positive
  ///   inside; non-negative means provably inside
  public double marginWithin(GeoPolygon polygon) {
    double best = Double.NEGATIVE_INFINITY;
    for (Disk d : disks) {
      best = Math.max(best, polygon.signedDistanceKm(d.center()) - d.radiusKm());
    }
    return best;
  }

  /// @return the point estimate (see the type's documentation)
  public GeoPoint estimate() {
    GeoPoint best = disks.getFirst().center();
    double step = Math.max(1, disks.getFirst().radiusKm());
    for (Disk d : disks) {
      if (slack(d.center()) < slack(best)) {
        best = d.center();
      }
      step = Math.max(step, d.radiusKm());
    }
    while (step > 0.01) {
      GeoPoint next = best;
      for (int b = 0; b < 360; b += 15) {
        GeoPoint candidate = best.move(b, step);
        if (slack(candidate) < slack(next)) {
          next = candidate;
        }
      }
      if (next.equals(best)) {
        step /= 2;
      }
      best = next;
    }
    return best;
  }

  /// @return the largest distance from [#estimate] to a sampled boundary point of the region, km
  public double errorRadiusKm() {
    GeoPoint e = estimate();
    double worst = 0;
    for (Disk d : disks) {
      for (int b = 0; b < BEARINGS; b++) {
        GeoPoint p = d.center().move(b, d.radiusKm());
        if (slack(p) <= 1e-6) {
          worst = Math.max(worst, e.distanceKm(p));
        }
      }
    }
    return worst;
  }

  private double slack(GeoPoint p) {
    double worst = Double.NEGATIVE_INFINITY;
    for (Disk d : disks) {
      worst = Math.max(worst, d.center().distanceKm(p) - d.radiusKm());
    }
    return worst;
  }
}
