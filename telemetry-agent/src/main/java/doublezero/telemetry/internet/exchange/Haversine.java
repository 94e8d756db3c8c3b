package doublezero.telemetry.internet.exchange;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/// Great-circle distance on a sphere of the Earth's mean radius, and the probe choice built on it
/// (reference `internal/collector/location.go`: a probe or source qualifies within 60 km of an
/// Exchange, the nearest ones first).
public final class Haversine {
  /// Mean Earth radius used by the reference, km.
  public static final double EARTH_RADIUS_KM = 6371.0;

  /// Farthest a probe may be from the Exchange it stands for, km.
  public static final double MAX_DISTANCE_KM = 60.0;

  private Haversine() {}

  /// @param lat1 latitude of the first point, degrees
  /// @param lon1 longitude of the first point, degrees
  /// @param lat2 latitude of the second point, degrees
  /// @param lon2 longitude of the second point, degrees
  /// @return the distance in km
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /// The candidates within [#MAX_DISTANCE_KM] of a site, nearest first (ties keep input order).
  ///
  /// @param site the Exchange
  /// @param candidates probes or sources
  /// @param coordinates a candidate's latitude and longitude (degrees)
  /// @param max how many to keep
  /// @param <T> the candidate type
  /// @return at most `max` candidates
  public static <T> List<T> nearest(
      Site site, List<T> candidates, Function<T, double[]> coordinates, int max) {
    Function<T, Double> distance =
        t -> {
          double[] c = coordinates.apply(t);
          return km(site.latitude(), site.longitude(), c[0], c[1]);
        };
    return candidates.stream()
        .filter(t -> distance.apply(t) <= MAX_DISTANCE_KM)
        .sorted(Comparator.comparing(distance))
        .limit(Math.max(0, max))
        .toList();
  }
}
