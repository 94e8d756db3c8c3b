package doublezero.sdk.geolocation.region;

/// A spherical cap: every point within `radiusKm` of `center` along the Earth's surface.
///
/// @param center the reference position (a DZD's location)
/// @param radiusKm the bound from [DistanceBound#maxKm], km (non-negative)
public record Disk(GeoPoint center, double radiusKm) {
  /// @throws IllegalArgumentException when the radius is negative or not finite
  public Disk {
    if (!(radiusKm >= 0) || Double.isInfinite(radiusKm)) {
      throw new IllegalArgumentException(
          "radius must be a non-negative number of km, got " + radiusKm);
    }
  }

  /// @param p a point
  /// @return whether `p` lies in the disk
  public boolean contains(GeoPoint p) {
    return center.distanceKm(p) <= radiusKm;
  }
}
