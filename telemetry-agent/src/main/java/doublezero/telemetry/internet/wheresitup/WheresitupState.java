package doublezero.telemetry.internet.wheresitup;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/// The Wheresitup state file `wheresitup_jobs_to_process.json` (reference
/// `internal/wheresitup/state.go`: `{"jobs": [{"job_id", "created_at"}]}`); each job also keeps the
/// Exchange codes it measures, so a result never has to be mapped back through provider city names.
///
/// @param jobs the jobs whose results have not been read yet
public record WheresitupState(List<Job> jobs) {
  /// Normalises a missing list to empty.
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public WheresitupState {
    jobs = jobs == null ? List.of() : List.copyOf(jobs);
  }

  /// One ping job.
  ///
  /// @param jobId the provider's job id
  /// @param createdAt when it was created (ISO-8601 instant)
  /// @param source the Exchange code of the pinging source (sorts first)
  /// @param target the Exchange code of the pinged server
  public record Job(String jobId, String createdAt, String source, String target) {}
}
