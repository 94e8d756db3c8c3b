package doublezero.sdk.geolocation.region;

/// The distance a round trip allows: a signal that went there and back in `rtt` covered at most
/// `rtt / 2` one way, at no more than the speed of light in fibre, taken as 2/3 c. This is an upper
/// bound (queues, serialisation and non-straight fibre only make the true distance smaller), so a
/// disk of this radius always contains the host. (The reference's `geoprobe-target` uses 124
/// miles/ms ≈ 199.6 km/ms; we use 2/3 · 299,792.458 km/s.)
public final class DistanceBound {
  /// Speed of light in vacuum, km per nanosecond.
  public static final double C_KM_PER_NS = 299_792.458 / 1e9;

  /// Assumed propagation speed in fibre, km per nanosecond (2/3 c ≈ 0.19986 km/µs).
  public static final double FIBRE_KM_PER_NS = C_KM_PER_NS * 2 / 3;

  private DistanceBound() {}

  /// @param rttNs round trip, nanoseconds (unsigned)
  /// @return the largest one-way distance consistent with it, km
  public static double maxKm(long rttNs) {
    double rtt = rttNs >= 0 ? rttNs : Math.scalb((double) (rttNs >>> 1), 1);
    return rtt / 2 * FIBRE_KM_PER_NS;
  }
}
