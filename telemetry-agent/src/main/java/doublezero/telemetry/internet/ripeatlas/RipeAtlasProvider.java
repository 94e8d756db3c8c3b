package doublezero.telemetry.internet.ripeatlas;

import doublezero.telemetry.internet.exchange.Haversine;
import doublezero.telemetry.internet.exchange.Site;
import doublezero.telemetry.internet.provider.LatencyProvider;
import doublezero.telemetry.internet.provider.LatencyRecord;
import doublezero.telemetry.internet.provider.Poll;
import doublezero.telemetry.internet.provider.ProviderException;
import doublezero.telemetry.internet.provider.ProviderHttp;
import doublezero.telemetry.internet.provider.StateFile;
import doublezero.telemetry.internet.ripeatlas.RipeAtlasState.Measurement;
import doublezero.telemetry.internet.ripeatlas.RipeAtlasState.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// RIPE Atlas (`reference/telemetry-geolocation.md` §C; reference `internal/ripeatlas`): per
/// Exchange the nearest connected anchor probe within 60 km (Haversine); one ping measurement per
/// target Exchange from the probes of every Exchange whose code sorts after it, so each pair is
/// measured once; results read incrementally per measurement with a per-probe cursor kept in
/// `ripe_atlas_timestamps.json`. A record's origin is the measurement's target Exchange and its
/// target the probing Exchange: the codes swapped into alphabetical order, as the reference does.
public final class RipeAtlasProvider implements LatencyProvider {
  /// The on-chain `data_provider_name`.
  public static final String NAME = "ripeatlas";

  /// The state file's name inside the state directory.
  public static final String STATE_FILE = "ripe_atlas_timestamps.json";

  private static final Logger LOG = LoggerFactory.getLogger(RipeAtlasProvider.class);

  private final RipeAtlasApi api;
  private final StateFile<RipeAtlasState> state;
  private final String env;
  private final int probesPerLocation;
  private final Duration samplingInterval;

  /// @param http the API (base URL and `Authorization: Key …` header)
  /// @param stateDir the state directory
  /// @param env the environment, used as the measurements' tag
  /// @param probesPerLocation probes considered per Exchange (the nearest is used)
  /// @param samplingInterval the measurements' interval
  public RipeAtlasProvider(
      ProviderHttp http,
      Path stateDir,
      String env,
      int probesPerLocation,
      Duration samplingInterval) {
    this.api = new RipeAtlasApi(http);
    this.state = new StateFile<>(stateDir.resolve(STATE_FILE), RipeAtlasState.class);
    this.env = env;
    this.probesPerLocation = probesPerLocation;
    this.samplingInterval = samplingInterval;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long samplingIntervalMicros() {
    return samplingInterval.toNanos() / 1000;
  }

  /// @return the saved state (empty before the first save)
  /// @throws IllegalStateException when the state file is not valid
  public RipeAtlasState state() {
    return state.read().orElse(RipeAtlasState.empty());
  }

  private record Wanted(String target, RipeAtlasApi.Probe probe, List<Source> sources) {}

  @Override
  public void plan(List<Site> sites, boolean dryRun) {
    Map<String, RipeAtlasApi.Probe> probeOf = new LinkedHashMap<>();
    for (Site s : sites.stream().sorted(Comparator.comparing(Site::code)).toList()) {
      if (!s.located()) {
        continue;
      }
      List<RipeAtlasApi.Probe> near =
          Haversine.nearest(
              s,
              api.probesNear(s),
              p -> new double[] {p.latitude(), p.longitude()},
              probesPerLocation);
      if (!near.isEmpty()) {
        probeOf.put(s.code(), near.getFirst());
      }
    }
    List<String> codes = List.copyOf(probeOf.keySet());
    List<Wanted> wanted = new ArrayList<>();
    for (int t = 0; t < codes.size(); t++) {
      List<Source> sources = new ArrayList<>();
      for (int s = t + 1; s < codes.size(); s++) {
        sources.add(new Source(codes.get(s), probeOf.get(codes.get(s)).id(), 0));
      }
      if (!sources.isEmpty()) {
        wanted.add(new Wanted(codes.get(t), probeOf.get(codes.get(t)), sources));
      }
    }
    Set<Long> ongoing = api.ongoingMeasurements(env);
    Map<Long, Measurement> kept = new HashMap<>();
    state()
        .metadata()
        .forEach(
            (id, m) -> {
              if (ongoing.contains(id)) {
                kept.put(id, m);
              } else {
                LOG.info("event=ripeatlas-measurement-gone measurement_id={}", id);
              }
            });
    try {
      for (Wanted w : wanted) {
        if (kept.values().stream().noneMatch(m -> same(m, w))) {
          create(w, dryRun, kept);
        }
      }
    } finally {
      state.write(new RipeAtlasState(kept));
    }
  }

  private static boolean same(Measurement m, Wanted w) {
    return m.targetLocation().equals(w.target())
        && m.targetProbeId() == w.probe().id()
        && m.sources().stream()
            .map(s -> s.locationCode() + "/" + s.probeId())
            .toList()
            .equals(w.sources().stream().map(s -> s.locationCode() + "/" + s.probeId()).toList());
  }

  private void create(Wanted w, boolean dryRun, Map<Long, Measurement> kept) {
    String description = "DoubleZero [" + env + "] to " + w.target() + " probe " + w.probe().id();
    List<Long> probeIds = w.sources().stream().map(Source::probeId).toList();
    if (dryRun) {
      LOG.info(
          "event=ripeatlas-measurement-would-create target={} target_probe={} sources={}",
          w.target(),
          w.probe().id(),
          probeIds);
      return;
    }
    long id =
        api.createPing(
            w.probe().addressV4(),
            description,
            List.of(env, "doublezero"),
            samplingInterval.toSeconds(),
            probeIds);
    kept.put(
        id,
        new Measurement(
            w.target(), w.probe().id(), w.sources(), System.currentTimeMillis() / 1000, 0));
    LOG.info(
        "event=ripeatlas-measurement-created measurement_id={} target={} sources={}",
        id,
        w.target(),
        w.sources().size());
  }

  @Override
  public Poll collect(long nowMicros) {
    RipeAtlasState before = state();
    Map<Long, Measurement> after = new HashMap<>(before.metadata());
    List<LatencyRecord> records = new ArrayList<>();
    List<ProviderException> itemErrors = new ArrayList<>();
    int skipped = 0;
    for (var e : before.metadata().entrySet()) {
      Measurement m = e.getValue();
      long start = m.sources().stream().mapToLong(Source::lastResponseAt).min().orElse(0);
      List<RipeAtlasResults.Result> results;
      try {
        results = api.results(e.getKey(), start);
      } catch (ProviderException ex) {
        if (ex.kind() == ProviderException.Kind.MALFORMED
            || ex.kind() == ProviderException.Kind.HTTP_STATUS) {
          itemErrors.add(ex);
          continue;
        }
        throw ex;
      }
      Map<Long, Source> byProbe = new LinkedHashMap<>();
      m.sources().forEach(s -> byProbe.put(s.probeId(), s));
      long lastExport = m.lastExportAt();
      for (RipeAtlasResults.Result r : results) {
        Source s = byProbe.get(r.probeId());
        if (s == null || r.timestampSeconds() <= s.lastResponseAt()) {
          continue; // not one of ours, or exported before
        }
        byProbe.put(s.probeId(), new Source(s.locationCode(), s.probeId(), r.timestampSeconds()));
        lastExport = Math.max(lastExport, r.timestampSeconds());
        if (r.rttMillis().isEmpty()) {
          skipped++;
          continue;
        }
        long rttMicros = (long) (r.rttMillis().getAsDouble() * 1000);
        if (rttMicros <= 0) {
          skipped++;
          continue;
        }
        records.add(
            new LatencyRecord(
                m.targetLocation(),
                s.locationCode(),
                r.timestampSeconds() * 1_000_000,
                rttMicros * 1000));
      }
      after.put(
          e.getKey(),
          new Measurement(
              m.targetLocation(),
              m.targetProbeId(),
              List.copyOf(byProbe.values()),
              m.createdAt(),
              lastExport));
    }
    RipeAtlasState next = new RipeAtlasState(after);
    return new Poll(records, skipped, itemErrors, () -> state.write(next));
  }
}
