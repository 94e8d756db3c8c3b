package doublezero.sdk.geolocation.region;

/// A WGS84 position in degrees, with great-circle distances on a spherical Earth of radius
/// [#EARTH_RADIUS_KM].
///
/// @param lat latitude, degrees in [-90, 90]
/// @param lng longitude, degrees in [-180, 180]
public record GeoPoint(double lat, double lng) {
  /// Mean Earth radius, km (IUGG).
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /// @throws IllegalArgumentException when a coordinate is out of range or not finite
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) {
      throw new IllegalArgumentException(
          "latitude must be in [-90, 90] and longitude in [-180, 180], got " + lat + "," + lng);
    }
  }

  /// @param text `LAT,LON` in degrees
  /// @return the point
  /// @throws IllegalArgumentException when malformed or out of range
  public static GeoPoint parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected LAT,LON in degrees, got '" + text + "'");
    }
    try {
      return new GeoPoint(
          Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected LAT,LON in degrees, got '" + text + "'", e);
    }
  }

  /// @param other the other point
  /// @return the great-circle (haversine) distance, km
  public double distanceKm(GeoPoint other) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(other.lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.lng - lng);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /// @param bearingDeg initial bearing, degrees clockwise from north
  /// @param km distance along the great circle
  /// @return the destination point
  public GeoPoint move(double bearingDeg, double km) {
    double d = km / EARTH_RADIUS_KM;
    double b = Math.toRadians(bearingDeg);
    double p1 = Math.toRadians(lat);
    double l1 = Math.toRadians(lng);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
    double l2 =
        l1
            + Math.atan2(
                Math.sin(b) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    double lngDeg = ((Math.toDegrees(l2) + 540) % 360) - 180;
    return new GeoPoint(Math.toDegrees(p2), lngDeg);
  }
}
