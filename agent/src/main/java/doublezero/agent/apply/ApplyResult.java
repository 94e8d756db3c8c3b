package doublezero.agent.apply;

/// What one application of the controller's configuration did.
///
/// @param session the session used (`doublezero-agent-<unix seconds>`)
/// @param diff the session diff, empty when the switch already had this configuration
/// @param outcome committed, aborted because nothing changed, or aborted because of `--dry-run`
public record ApplyResult(String session, String diff, Outcome outcome) {
  /// How the session ended.
  public enum Outcome {
    /// the diff was committed and running-config saved
    COMMITTED,
    /// nothing to change: the session was aborted
    NO_CHANGE,
    /// `--dry-run`: the diff was shown and the session aborted
    DRY_RUN
  }
}
