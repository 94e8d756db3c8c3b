package doublezero.cli.geolocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.error.CliException;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.region.GeoPolygon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Reads the `--region` file of `geolocation verify`: GeoJSON (RFC 7946) with positions as
/// `[longitude, latitude]`: a `Polygon` or `MultiPolygon` geometry, or a `Feature` or
/// `FeatureCollection` of them. The result is every polygon found; the region is "inside" when it
/// is inside any one of them.
final class GeoJsonRegion {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonRegion() {}

  /// @param file the GeoJSON file
  /// @return its polygons (at least one)
  /// @throws CliException naming the file and what is wrong with it
  static List<GeoPolygon> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CliException("cannot read GeoJSON file " + file + ": " + e.getMessage());
    }
    List<GeoPolygon> out = new ArrayList<>();
    try {
      collect(root, out);
    } catch (IllegalArgumentException e) {
      throw new CliException("invalid GeoJSON in " + file + ": " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new CliException("GeoJSON file " + file + " holds no Polygon or MultiPolygon geometry");
    }
    return out;
  }

  private static void collect(JsonNode node, List<GeoPolygon> out) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a GeoJSON object");
    }
    String type = node.path("type").asText();
    switch (type) {
      case "FeatureCollection" -> {
        for (JsonNode f : node.path("features")) {
          collect(f, out);
        }
      }
      case "Feature" -> {
        if (!node.path("geometry").isNull()) {
          collect(node.path("geometry"), out);
        }
      }
      case "Polygon" -> out.add(polygon(node.path("coordinates")));
      case "MultiPolygon" -> {
        for (JsonNode p : node.path("coordinates")) {
          out.add(polygon(p));
        }
      }
      default ->
          throw new IllegalArgumentException(
              "unsupported GeoJSON type '" + type + "' (expected Polygon or MultiPolygon)");
    }
  }

  private static GeoPolygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("a Polygon needs an array of linear rings");
    }
    List<List<GeoPoint>> out = new ArrayList<>();
    for (JsonNode ring : rings) {
      List<GeoPoint> points = new ArrayList<>();
      for (JsonNode pos : ring) {
        if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
          throw new IllegalArgumentException(
              "a position must be [longitude, latitude], got " + pos);
        }
        points.add(new GeoPoint(pos.get(1).asDouble(), pos.get(0).asDouble()));
      }
      out.add(points);
    }
    return new GeoPolygon(out);
  }
}
