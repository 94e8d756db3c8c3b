package doublezero.telemetry.internet.ripeatlas;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// The RIPE Atlas state file `ripe_atlas_timestamps.json` (reference `internal/ripeatlas/state.go`
/// `MetadataTracker`, same field names): the measurements this collector created, by id, each with
/// its target Exchange and probe, its source probes, and per source the timestamp of the last
/// result exported (the cursor: a result at or before it was exported already).
///
/// @param metadata measurements by id
public record RipeAtlasState(Map<Long, Measurement> metadata) {
  /// @throws NullPointerException for a null map
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public RipeAtlasState {
    metadata = metadata == null ? Map.of() : new TreeMap<>(metadata);
  }

  /// @return an empty state
  public static RipeAtlasState empty() {
    return new RipeAtlasState(Map.of());
  }

  /// One measurement: probes at the source Exchanges ping the target Exchange's probe.
  ///
  /// @param targetLocation the target Exchange code (sorts before every source's)
  /// @param targetProbeId the probe pinged
  /// @param sources the probes pinging, one per source Exchange
  /// @param createdAt UNIX seconds
  /// @param lastExportAt UNIX seconds of the newest result exported, 0 before the first
  public record Measurement(
      String targetLocation,
      long targetProbeId,
      List<Source> sources,
      long createdAt,
      long lastExportAt) {
    /// Normalises a missing source list to empty.
    public Measurement {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /// A source probe and its cursor.
  ///
  /// @param locationCode the source Exchange code
  /// @param probeId the probe
  /// @param lastResponseAt UNIX seconds of this probe's newest result exported, 0 before the first
  public record Source(String locationCode, long probeId, long lastResponseAt) {}
}
