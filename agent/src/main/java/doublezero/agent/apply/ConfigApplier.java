package doublezero.agent.apply;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.agent.eos.EapiClient;
import doublezero.agent.eos.EosException;
import doublezero.agent.eos.SessionDiff;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Applies a configuration on the switch in one named EOS configuration session (reference
/// `controlplane/agent/pkg/arista/eapi.go::AddConfigToDevice`, §C.4): abort stale
/// `doublezero-agent-*` pending sessions, clear a lock older than the max age (or give up while a
/// younger one is held), enter every line in `doublezero-agent-<unix seconds>`, read the diff, then
/// commit (diff non-empty) or abort, unlock, save.
///
/// Beyond the reference: a session whose commands or diff failed is aborted at once, so no pending
/// session outlives the tick; with `dryRun` the diff is returned and the session aborted; a session
/// without changes is aborted without rewriting startup-config.
public final class ConfigApplier {
  /// Session name prefix; stale sessions with it are aborted.
  public static final String SESSION_PREFIX = "doublezero-agent-";

  private static final Logger LOG = LoggerFactory.getLogger(ConfigApplier.class);

  private final EapiClient eapi;
  private final SessionDiff diffs;
  private final Duration maxLockAge;
  private final Clock clock;
  private final boolean dryRun;
  private long lastSecond;

  /// @param eapi the switch
  /// @param diffs how to read a session diff
  /// @param maxLockAge a configuration lock older than this is force-unlocked
  /// @param clock wall clock (session names, lock age)
  /// @param dryRun never commit
  public ConfigApplier(
      EapiClient eapi, SessionDiff diffs, Duration maxLockAge, Clock clock, boolean dryRun) {
    this.eapi = Objects.requireNonNull(eapi, "eapi");
    this.diffs = Objects.requireNonNull(diffs, "diffs");
    this.maxLockAge = Objects.requireNonNull(maxLockAge, "maxLockAge");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dryRun = dryRun;
  }

  /// @param config the controller's configuration text
  /// @return what happened
  /// @throws EosException when a step failed (nothing was committed; the session was aborted when
  ///   one was opened)
  public ApplyResult apply(String config) {
    clearStaleSessions();
    checkLock();
    String session = SESSION_PREFIX + nextSecond();
    List<String> commands = new ArrayList<>();
    commands.add("configure session " + session);
    commands.addAll(Arrays.asList(config.split("\n", -1)));
    String diff;
    try {
      eapi.config(commands);
      diff = diffs.diff(session);
    } catch (EosException e) {
      abortQuietly(session);
      throw e;
    }
    if (dryRun) {
      eapi.config(
          List.of(
              "configure session " + session + " abort",
              "configure unlock transaction doublezero"));
      return new ApplyResult(session, diff, ApplyResult.Outcome.DRY_RUN);
    }
    if (diff.isEmpty()) {
      eapi.config(
          List.of(
              "configure session " + session + " abort",
              "configure unlock transaction doublezero"));
      LOG.info(
          "event=session-aborted session={} reason=no-changes lines={}",
          session,
          commands.size() - 1);
      return new ApplyResult(session, diff, ApplyResult.Outcome.NO_CHANGE);
    }
    try {
      eapi.config(
          List.of(
              "configure session " + session + " commit",
              "configure unlock transaction doublezero",
              "copy running-config startup-config"));
    } catch (EosException e) {
      abortQuietly(session);
      throw e;
    }
    LOG.info(
        "event=session-committed session={} lines={} diff_lines={}",
        session,
        commands.size() - 1,
        diff.split("\n").length);
    return new ApplyResult(session, diff, ApplyResult.Outcome.COMMITTED);
  }

  /// EOS refuses to reuse a session name: names are unix seconds, strictly increasing.
  private long nextSecond() {
    long now = clock.instant().getEpochSecond();
    lastSecond = Math.max(now, lastSecond + 1);
    return lastSecond;
  }

  /// Aborts every pending `doublezero-agent-*` session; failures are only logged (the reference
  /// does the same).
  void clearStaleSessions() {
    JsonNode sessions;
    try {
      sessions = eapi.showJson("show configuration sessions").path("sessions");
    } catch (EosException e) {
      LOG.warn("event=stale-session-check-failed error=\"{}\"", e.getMessage());
      return;
    }
    for (Map.Entry<String, JsonNode> s : sessions.properties()) {
      if (s.getKey().startsWith(SESSION_PREFIX)
          && s.getValue().path("state").asText().equals("pending")) {
        try {
          eapi.show("configure session " + s.getKey() + " abort");
          LOG.info("event=stale-session-aborted session={}", s.getKey());
        } catch (EosException e) {
          LOG.warn(
              "event=stale-session-abort-failed session={} error=\"{}\"",
              s.getKey(),
              e.getMessage());
        }
      }
    }
  }

  /// @throws EosException when a lock younger than the max age is held (this tick is skipped)
  void checkLock() {
    JsonNode info = eapi.showJson("show configuration lock").path("userInfo");
    double acquired = info.path("lockAcquireTime").asDouble(0);
    if (acquired == 0) {
      return;
    }
    double age = clock.millis() / 1000.0 - acquired;
    String who =
        "user "
            + info.path("username").asText()
            + ", transaction '"
            + info.path("transactionName").asText()
            + "', age "
            + (long) age
            + " s, max lock age "
            + maxLockAge.toSeconds()
            + " s";
    if (age > maxLockAge.toSeconds()) {
      eapi.config(List.of("configure unlock force"));
      LOG.warn("event=lock-forced {}", who);
      return;
    }
    throw new EosException("not overriding the configuration lock (" + who + ")");
  }

  private void abortQuietly(String session) {
    try {
      eapi.show("configure session " + session + " abort");
      LOG.warn("event=session-aborted session={} reason=failed", session);
    } catch (EosException e) {
      LOG.warn(
          "event=session-abort-failed session={} error=\"{}\" note=next-tick-retries",
          session,
          e.getMessage());
    }
  }
}
