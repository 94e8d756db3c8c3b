package doublezero.sdk.geolocation.region;

import java.util.List;

/// A polygon on the Earth's surface, as a GeoJSON `Polygon` describes one (RFC 7946 §3.1.6): the
/// first ring is the exterior, any further rings are holes. Edges are straight lines in
/// longitude/latitude (RFC 7946 §3.1.1); distances to them are measured on the sphere after
/// splitting each edge into pieces of at most [#PIECE_KM], each taken as a great-circle arc (the
/// difference is far below a metre at that length). Rings that cross the antimeridian are not
/// supported.
///
/// @param rings the exterior ring, then the holes; each at least 3 distinct points (a closing point
///   equal to the first is allowed and ignored)
public record GeoPolygon(List<List<GeoPoint>> rings) {
  /// Longest edge piece measured as one great-circle arc, km.
  public static final double PIECE_KM = 10;

  /// Copies the rings, dropping each ring's closing point.
  ///
  /// @throws IllegalArgumentException when there is no ring or a ring has fewer than 3 points
  public GeoPolygon {
    if (rings.isEmpty()) {
      throw new IllegalArgumentException("a polygon needs an exterior ring");
    }
    rings = rings.stream().map(GeoPolygon::open).toList();
  }

  private static List<GeoPoint> open(List<GeoPoint> ring) {
    List<GeoPoint> r =
        ring.size() > 1 && ring.getFirst().equals(ring.getLast())
            ? ring.subList(0, ring.size() - 1)
            : ring;
    if (r.size() < 3) {
      throw new IllegalArgumentException(
          "a polygon ring needs at least 3 distinct points, got " + r.size());
    }
    return List.copyOf(r);
  }

  /// @param p a point
  /// @return whether `p` lies inside the exterior ring and outside every hole (even-odd rule in
  ///   longitude/latitude)
  public boolean contains(GeoPoint p) {
    if (!inside(rings.getFirst(), p)) {
      return false;
    }
    for (int i = 1; i < rings.size(); i++) {
      if (inside(rings.get(i), p)) {
        return false;
      }
    }
    return true;
  }

  /// @param p a point
  /// @return the great-circle distance from `p` to the nearest point of any ring's boundary, km
  public double distanceToBoundaryKm(GeoPoint p) {
    double best = Double.POSITIVE_INFINITY;
    for (List<GeoPoint> ring : rings) {
      for (int i = 0; i < ring.size(); i++) {
        best = Math.min(best, edgeDistanceKm(p, ring.get(i), ring.get((i + 1) % ring.size())));
      }
    }
    return best;
  }

  /// @param p a point
  /// @return the distance from `p` to the boundary, positive inside and negative outside, km
  public double signedDistanceKm(GeoPoint p) {
    double d = distanceToBoundaryKm(p);
    return contains(p) ? d : -d;
  }

  private static boolean inside(List<GeoPoint> ring, GeoPoint p) {
    boolean in = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      GeoPoint a = ring.get(i);
      GeoPoint b = ring.get(j);
      if ((a.lat() > p.lat()) != (b.lat() > p.lat())
          && p.lng() < (b.lng() - a.lng()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lng()) {
        in = !in;
      }
    }
    return in;
  }

  private static double edgeDistanceKm(GeoPoint p, GeoPoint a, GeoPoint b) {
    int pieces = Math.max(1, (int) Math.ceil(a.distanceKm(b) / PIECE_KM));
    double best = Double.POSITIVE_INFINITY;
    GeoPoint from = a;
    for (int k = 1; k <= pieces; k++) {
      double t = (double) k / pieces;
      GeoPoint to =
          new GeoPoint(a.lat() + t * (b.lat() - a.lat()), a.lng() + t * (b.lng() - a.lng()));
      best = Math.min(best, arcDistanceKm(p, from, to));
      from = to;
    }
    return best;
  }

  /// Distance from `p` to the great-circle arc `a`–`b`: the cross-track distance when `p` projects
  /// inside the arc, else the nearer end.
  private static double arcDistanceKm(GeoPoint p, GeoPoint a, GeoPoint b) {
    double ab = a.distanceKm(b);
    double ap = a.distanceKm(p);
    double bp = b.distanceKm(p);
    if (ab < 1e-9) {
      return ap;
    }
    double r = GeoPoint.EARTH_RADIUS_KM;
    double d13 = ap / r;
    double theta13 = bearing(a, p);
    double theta12 = bearing(a, b);
    double xt = Math.asin(Math.sin(d13) * Math.sin(theta13 - theta12));
    double at = Math.acos(Math.max(-1, Math.min(1, Math.cos(d13) / Math.cos(xt))));
    boolean ahead = Math.cos(theta13 - theta12) > 0;
    if (ahead && at * r <= ab) {
      return Math.abs(xt) * r;
    }
    return Math.min(ap, bp);
  }

  private static double bearing(GeoPoint from, GeoPoint to) {
    double p1 = Math.toRadians(from.lat());
    double p2 = Math.toRadians(to.lat());
    double dl = Math.toRadians(to.lng() - from.lng());
    return Math.atan2(
        Math.sin(dl) * Math.cos(p2),
        Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
  }
}
