package doublezero.telemetry.internet.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// `--location-file`: measurement sites from a JSON array instead of the chain's Exchange
/// coordinates, in the reference's shape (`internal/collector/location.go`
/// `LoadLocationsFromJSON`): `[{"Name": "Amsterdam, NL", "Code": "xams", "Latitude": 52.37,
/// "Longitude": 4.90}, …]`. Entries without a code or name, or at 0, 0, are skipped (the caller
/// logs how many).
public final class LocationFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LocationFile() {}

  /// @param file the JSON file
  /// @return the valid sites in file order
  /// @throws IllegalArgumentException when the file cannot be read, is not a JSON array, or has no
  ///   valid entry
  public static List<Site> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("--location-file " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("--location-file " + file + ": not a JSON array");
    }
    List<Site> sites = new ArrayList<>();
    for (JsonNode n : root) {
      Site s =
          new Site(
              n.path("Code").asText(""),
              n.path("Latitude").asDouble(0),
              n.path("Longitude").asDouble(0));
      if (!s.code().isEmpty() && !n.path("Name").asText("").isEmpty() && s.located()) {
        sites.add(s);
      }
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("--location-file " + file + ": no valid location");
    }
    return sites;
  }
}
