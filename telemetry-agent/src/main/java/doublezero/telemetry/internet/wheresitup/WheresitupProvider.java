package doublezero.telemetry.internet.wheresitup;

import doublezero.telemetry.internet.exchange.Haversine;
import doublezero.telemetry.internet.exchange.Site;
import doublezero.telemetry.internet.provider.LatencyProvider;
import doublezero.telemetry.internet.provider.LatencyRecord;
import doublezero.telemetry.internet.provider.Poll;
import doublezero.telemetry.internet.provider.ProviderException;
import doublezero.telemetry.internet.provider.ProviderHttp;
import doublezero.telemetry.internet.provider.StateFile;
import doublezero.telemetry.internet.wheresitup.WheresitupApi.JobResult;
import doublezero.telemetry.internet.wheresitup.WheresitupState.Job;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Wheresitup (`reference/telemetry-geolocation.md` §C; reference `internal/wheresitup`): per
/// Exchange the nearest source within 60 km (Haversine); every sampling interval one ping job per
/// Exchange pair, from the source of the Exchange whose code sorts first to the other's server; job
/// ids wait in `wheresitup_jobs_to_process.json` until their result is read. The RTT is the ping
/// summary's minimum; the time is the job's start. Jobs still unfinished after [#MAX_JOB_AGE] are
/// given up (counted as skipped and logged).
public final class WheresitupProvider implements LatencyProvider {
  /// The on-chain `data_provider_name`.
  public static final String NAME = "wheresitup";

  /// The default state file name.
  public static final String STATE_FILE = "wheresitup_jobs_to_process.json";

  /// How long a job is waited for (reference `MaxJobAge`).
  public static final Duration MAX_JOB_AGE = Duration.ofHours(2);

  private static final Logger LOG = LoggerFactory.getLogger(WheresitupProvider.class);
  private static final long REQUEST_TIMEOUT_SECONDS = 30;

  private final WheresitupApi api;
  private final StateFile<WheresitupState> state;
  private final Duration samplingInterval;

  /// @param http the API (base URL and `Auth: Bearer …` header)
  /// @param stateFile the job state file
  /// @param samplingInterval time between job rounds
  public WheresitupProvider(ProviderHttp http, Path stateFile, Duration samplingInterval) {
    this.api = new WheresitupApi(http);
    this.state = new StateFile<>(stateFile, WheresitupState.class);
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
  public WheresitupState state() {
    return state.read().orElse(new WheresitupState(List.of()));
  }

  @Override
  public void plan(List<Site> sites, boolean dryRun) {
    List<WheresitupApi.Source> all = api.sources();
    Map<String, WheresitupApi.Source> sourceOf = new LinkedHashMap<>();
    for (Site s : sites.stream().sorted(Comparator.comparing(Site::code)).toList()) {
      if (s.located()) {
        Haversine.nearest(s, all, x -> new double[] {x.latitude(), x.longitude()}, 1).stream()
            .findFirst()
            .ifPresent(x -> sourceOf.put(s.code(), x));
      }
    }
    List<String> codes = List.copyOf(sourceOf.keySet());
    List<Job> jobs = new ArrayList<>(state().jobs());
    try {
      for (int i = 0; i < codes.size(); i++) {
        for (int j = i + 1; j < codes.size(); j++) {
          String a = codes.get(i);
          String b = codes.get(j);
          String label = "DoubleZero: " + a + " to " + b;
          if (dryRun) {
            LOG.info("event=wheresitup-job-would-create source={} target={}", a, b);
            continue;
          }
          String id =
              api.createPing(
                  sourceOf.get(a).name(), sourceOf.get(b).name(), label, REQUEST_TIMEOUT_SECONDS);
          if (jobs.stream().noneMatch(x -> x.jobId().equals(id))) {
            jobs.add(new Job(id, Instant.now().toString(), a, b));
          }
        }
      }
    } finally {
      state.write(new WheresitupState(jobs));
    }
  }

  @Override
  public Poll collect(long nowMicros) {
    Instant now = Instant.ofEpochSecond(0, nowMicros * 1000);
    List<Job> pending = new ArrayList<>();
    List<LatencyRecord> records = new ArrayList<>();
    List<ProviderException> itemErrors = new ArrayList<>();
    int skipped = 0;
    for (Job job : state().jobs()) {
      JobResult r;
      try {
        r = api.job(job.jobId());
      } catch (ProviderException e) {
        if (e.kind() != ProviderException.Kind.MALFORMED
            && e.kind() != ProviderException.Kind.HTTP_STATUS) {
          throw e;
        }
        itemErrors.add(e);
        r = new JobResult.Running();
      }
      switch (r) {
        case JobResult.Running _ -> {
          if (Instant.parse(job.createdAt()).plus(MAX_JOB_AGE).isBefore(now)) {
            LOG.warn(
                "event=wheresitup-job-expired job_id={} source={} target={} created_at={}",
                job.jobId(),
                job.source(),
                job.target(),
                job.createdAt());
            skipped++;
          } else {
            pending.add(job);
          }
        }
        case JobResult.Done done -> {
          long rttMicros = (long) (done.minMillis().orElse(0) * 1000);
          if (rttMicros <= 0) {
            skipped++;
          } else {
            records.add(
                new LatencyRecord(
                    job.source(),
                    job.target(),
                    done.startTimeSeconds() * 1_000_000,
                    rttMicros * 1000));
          }
        }
      }
    }
    WheresitupState next = new WheresitupState(pending);
    return new Poll(records, skipped, itemErrors, () -> state.write(next));
  }
}
