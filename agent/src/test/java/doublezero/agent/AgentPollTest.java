package doublezero.agent;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.agent.apply.ConfigApplier;
import doublezero.agent.controller.ControllerClient;
import doublezero.agent.controller.api.ConfigRequest;
import doublezero.agent.eos.EapiClient;
import doublezero.agent.eos.EapiSessionDiff;
import doublezero.agent.fake.FakeController;
import doublezero.agent.fake.FakeSwitch;
import doublezero.agent.metrics.AgentMetrics;
import doublezero.agent.poll.PollLoop;
import doublezero.agent.poll.PollLoop.Tick;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The agent against a fake EapiMgrService switch and a fake controller, both on localhost sockets
/// (issue 13 acceptance; reference §C.3, §C.4, plus the hash/re-check/dry-run/no-pending-session
/// behaviour).
class AgentPollTest {
  static final String CONFIG =
      "!\ninterface Tunnel500\n   description USER-UCAST-500\n   tunnel destination 1.1.1.1\n!\n"
          + "router bgp 65342\n   neighbor 169.254.0.1 remote-as 65000\n";
  static final String CHANGED = CONFIG + "interface Tunnel501\n   tunnel destination 2.2.2.2\n!\n";

  FakeSwitch sw;
  FakeController dz;
  MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_800_000_000L));
  EapiClient eapi;
  ControllerClient client;
  AgentMetrics metrics = new AgentMetrics("test");

  @BeforeEach
  void start() throws Exception {
    sw = new FakeSwitch();
    dz = new FakeController();
    dz.config = CONFIG;
    eapi = new EapiClient(sw.target(), Duration.ofSeconds(5));
    client = new ControllerClient(dz.target(), Duration.ofSeconds(2), "0.1.0", "abc", "today");
  }

  @AfterEach
  void stop() {
    eapi.close();
    client.close();
    sw.close();
    dz.close();
  }

  PollLoop loop(boolean dryRun) {
    ConfigApplier a =
        new ConfigApplier(eapi, new EapiSessionDiff(eapi), Duration.ofSeconds(3600), clock, dryRun);
    return new PollLoop(
        "DevicePubkey111", eapi, client, a, metrics, Duration.ofSeconds(60), clock, false);
  }

  @Test
  void firstApplyCommitsWithNeighboursInTheRequest() {
    sw.bgpJson =
        "{\"vrfs\":{\"vrf1\":{\"peerList\":[{\"peerAddress\":\"169.254.0.1\"}]},\"default\":{\"peerList\":"
            + "[{\"peerAddress\":\"172.16.0.3\"},{\"peerAddress\":\"172.16.0.1\"},{\"peerAddress\":\"172.16.0.1\"}]}}}";
    assertThat(loop(false).tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.sessionsIn("completed")).containsExactly("doublezero-agent-1800000000");
    assertThat(sw.sessionsIn("pending")).isEmpty();
    assertThat(sw.running).contains("interface Tunnel500 >   tunnel destination 1.1.1.1");
    assertThat(sw.saves).isEqualTo(1);
    ConfigRequest r = dz.requests.getFirst();
    assertThat(r.getPubkey()).isEqualTo("DevicePubkey111");
    assertThat(r.getBgpPeersList()).containsExactly("169.254.0.1", "172.16.0.1", "172.16.0.3");
    assertThat(r.getBgpPeersByVrfMap().get("default").getPeersList())
        .containsExactly("172.16.0.1", "172.16.0.3");
    assertThat(r.getBgpPeersByVrfMap().get("vrf1").getPeersList()).containsExactly("169.254.0.1");
    assertThat(r.getAgentVersion()).isEqualTo("0.1.0");
    assertThat(sw.log)
        .contains(
            "config: configure session doublezero-agent-1800000000",
            "config: configure session doublezero-agent-1800000000 commit",
            "config: configure unlock transaction doublezero",
            "config: copy running-config startup-config");
  }

  @Test
  void unchangedSendsNothingUntilTheRecheck() {
    PollLoop l = loop(false);
    l.tick();
    int calls = sw.configCalls;
    clock.advance(Duration.ofSeconds(5));
    assertThat(l.tick()).isEqualTo(Tick.UNCHANGED);
    assertThat(sw.configCalls).isEqualTo(calls);
    assertThat(sw.sessions).hasSize(1);
    clock.advance(Duration.ofSeconds(56));
    assertThat(l.tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.sessionsIn("aborted")).hasSize(1);
    assertThat(sw.saves).as("no save without a change").isEqualTo(1);
  }

  @Test
  void changedConfigCommitsOnlyTheChange() {
    PollLoop l = loop(false);
    l.tick();
    clock.advance(Duration.ofSeconds(5));
    dz.config = CHANGED;
    sw.log.clear();
    assertThat(l.tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.sessionsIn("completed"))
        .containsExactly("doublezero-agent-1800000000", "doublezero-agent-1800000005");
    assertThat(sw.log).filteredOn(s -> s.startsWith("show: show session-config")).hasSize(1);
    assertThat(sw.running).contains("interface Tunnel501 >   tunnel destination 2.2.2.2");
    assertThat(sw.saves).isEqualTo(2);
  }

  @Test
  void staleSessionAndOldLockAreCleared() {
    sw.sessions.put("doublezero-agent-1700000000", new FakeSwitch.Session());
    sw.sessions.put("operator-session", new FakeSwitch.Session());
    sw.lockAcquireTime = clock.millis() / 1000.0 - 5000;
    sw.lockTransaction = "other";
    assertThat(loop(false).tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.sessions.get("doublezero-agent-1700000000").state).isEqualTo("aborted");
    assertThat(sw.sessions.get("operator-session").state).isEqualTo("pending");
    assertThat(sw.log)
        .contains(
            "show: configure session doublezero-agent-1700000000 abort",
            "config: configure unlock force");
    assertThat(sw.sessionsIn("completed")).hasSize(1);
  }

  @Test
  void youngLockSkipsTheTick() {
    sw.lockAcquireTime = clock.millis() / 1000.0 - 100;
    sw.lockTransaction = "other";
    assertThat(loop(false).tick()).isEqualTo(Tick.APPLY_ERROR);
    assertThat(sw.sessions).isEmpty();
    assertThat(sw.configCalls).isZero();
    assertThat(metrics.errors()[2]).isEqualTo(1);
  }

  @Test
  void failingConfigCommandsLeaveNothingPending() {
    dz.config = CONFIG + "bad-command\n";
    sw.failOn = "bad-command";
    PollLoop l = loop(false);
    assertThat(l.tick()).isEqualTo(Tick.APPLY_ERROR);
    assertThat(sw.sessionsIn("pending")).isEmpty();
    assertThat(sw.running).isEmpty();
    clock.advance(Duration.ofSeconds(5));
    assertThat(l.tick()).as("a failed config is retried, not cached").isEqualTo(Tick.APPLY_ERROR);
    sw.failOn = null;
    clock.advance(Duration.ofSeconds(5));
    assertThat(l.tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.sessionsIn("pending")).isEmpty();
    assertThat(sw.sessionsIn("completed")).hasSize(1);
  }

  @Test
  void dryRunCommitsNothing() {
    assertThat(loop(true).tick()).isEqualTo(Tick.APPLIED);
    assertThat(sw.running).isEmpty();
    assertThat(sw.sessionsIn("aborted")).hasSize(1);
    assertThat(sw.sessionsIn("pending")).isEmpty();
    assertThat(sw.saves).isZero();
    assertThat(sw.log).noneMatch(s -> s.endsWith(" commit"));
  }

  @Test
  void dryRunPrintsTheSessionDiff() {
    String first = stdout(() -> assertThat(loop(true).tick()).isEqualTo(Tick.APPLIED));
    assertThat(first)
        .isEqualTo(
            "# doublezero-agent --dry-run: diff of session doublezero-agent-1800000000\n"
                + "+interface Tunnel500\n"
                + "+interface Tunnel500 >   description USER-UCAST-500\n"
                + "+interface Tunnel500 >   tunnel destination 1.1.1.1\n"
                + "+router bgp 65342\n"
                + "+router bgp 65342 >   neighbor 169.254.0.1 remote-as 65000\n");
    clock.advance(Duration.ofSeconds(1));
    assertThat(stdout(() -> loop(false).tick())).as("a real apply prints nothing").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    dz.config = CHANGED;
    assertThat(stdout(() -> loop(true).tick()))
        .as("only what the switch does not have yet")
        .isEqualTo(
            "# doublezero-agent --dry-run: diff of session doublezero-agent-1800000002\n"
                + "+interface Tunnel501\n"
                + "+interface Tunnel501 >   tunnel destination 2.2.2.2\n");
    clock.advance(Duration.ofSeconds(1));
    dz.config = CONFIG;
    assertThat(stdout(() -> loop(true).tick()))
        .isEqualTo(
            "# doublezero-agent --dry-run: diff of session doublezero-agent-1800000003"
                + " (no changes)\n");
    assertThat(sw.sessionsIn("completed")).containsExactly("doublezero-agent-1800000001");
    assertThat(sw.sessionsIn("pending")).isEmpty();
  }

  /// @return what `action` printed on stdout
  static String stdout(Runnable action) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void controllerDownKeepsTheSwitchAndRecovers() throws Exception {
    dz.stop();
    PollLoop l = loop(false);
    assertThat(l.tick()).isEqualTo(Tick.CONTROLLER_ERROR);
    assertThat(l.tick()).isEqualTo(Tick.CONTROLLER_ERROR);
    assertThat(sw.configCalls).isZero();
    assertThat(metrics.errors()[1]).isEqualTo(2);
    dz.restart();
    Tick t = l.tick();
    for (int i = 0; i < 30 && t == Tick.CONTROLLER_ERROR; i++) {
      Thread.sleep(100);
      t = l.tick();
    }
    assertThat(t).as("recovers within a few polls").isEqualTo(Tick.APPLIED);
    assertThat(sw.sessionsIn("completed")).hasSize(1);
  }

  @Test
  void switchUnreachableCountsNeighbourAndApplyErrors() {
    sw.close();
    assertThat(loop(false).tick()).isEqualTo(Tick.APPLY_ERROR);
    assertThat(metrics.errors()[0]).isEqualTo(1);
    assertThat(dz.requests.getFirst().getBgpPeersList()).isEmpty();
  }

  @Test
  void emptyConfigDoesNothing() {
    dz.config = "";
    assertThat(loop(false).tick()).isEqualTo(Tick.EMPTY);
    assertThat(sw.configCalls).isZero();
  }
}
