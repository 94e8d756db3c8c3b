package doublezero.agent.poll;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.agent.apply.ApplyResult;
import doublezero.agent.apply.ConfigApplier;
import doublezero.agent.controller.ControllerClient;
import doublezero.agent.eos.EapiClient;
import doublezero.agent.eos.EosException;
import doublezero.agent.metrics.AgentMetrics;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One poll of the agent (reference `cmd/agent/main.go::pollControllerAndConfigureDevice`, §C.3):
/// BGP neighbours by VRF from the switch, GetConfig with them, then apply. Beyond the reference
/// (#3026/#3028): the configuration is pushed only when its SHA-256 differs from the last
/// successfully applied one, or when `recheck` has passed since (a full re-check); a failed tick
/// forgets the hash so the next one retries.
public final class PollLoop {
  private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
  private final String pubkey;
  private final EapiClient eapi;
  private final ControllerClient controller;
  private final ConfigApplier applier;
  private final AgentMetrics metrics;
  private final Duration recheck;
  private final Clock clock;
  private final boolean verbose;
  private byte[] lastHash;
  private Instant lastApplied = Instant.MIN;

  /// What a tick did.
  public enum Tick {
    /// neighbours or controller unreachable / refused: nothing sent to the switch
    CONTROLLER_ERROR,
    /// the controller returned an empty configuration
    EMPTY,
    /// same configuration as last applied and the re-check is not due: nothing sent
    UNCHANGED,
    /// the configuration was applied (committed, nothing to change, or dry run)
    APPLIED,
    /// applying failed
    APPLY_ERROR
  }

  /// @param pubkey this device's account
  /// @param eapi the switch
  /// @param controller the controller
  /// @param applier the session logic
  /// @param metrics counters
  /// @param recheck re-apply an unchanged configuration after this long
  /// @param clock time source
  /// @param verbose log the full configuration
  public PollLoop(
      String pubkey,
      EapiClient eapi,
      ControllerClient controller,
      ConfigApplier applier,
      AgentMetrics metrics,
      Duration recheck,
      Clock clock,
      boolean verbose) {
    this.pubkey = Objects.requireNonNull(pubkey, "pubkey");
    this.eapi = Objects.requireNonNull(eapi, "eapi");
    this.controller = Objects.requireNonNull(controller, "controller");
    this.applier = Objects.requireNonNull(applier, "applier");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.recheck = Objects.requireNonNull(recheck, "recheck");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.verbose = verbose;
  }

  /// @return what happened; never throws for switch or controller failures
  public Tick tick() {
    Map<String, List<String>> peers = neighbours();
    String config;
    try {
      config = controller.getConfig(pubkey, peers);
    } catch (StatusRuntimeException e) {
      metrics.getConfigError();
      LOG.error(
          "event=get-config-failed status={} error=\"{}\"",
          e.getStatus().getCode(),
          e.getStatus().getDescription());
      return Tick.CONTROLLER_ERROR;
    }
    if (config.isEmpty()) {
      return Tick.EMPTY;
    }
    metrics.configSize(config);
    if (verbose) {
      LOG.info("event=config-received config=\"{}\"", config);
    }
    byte[] hash = sha256(config);
    Instant now = clock.instant();
    if (MessageDigest.isEqual(hash, lastHash) && now.isBefore(lastApplied.plus(recheck))) {
      return Tick.UNCHANGED;
    }
    try {
      ApplyResult r = applier.apply(config);
      metrics.session(r.outcome().name().toLowerCase(Locale.ROOT));
      if (r.outcome() == ApplyResult.Outcome.DRY_RUN) {
        System.out.println(
            "# doublezero-agent --dry-run: diff of session "
                + r.session()
                + (r.diff().isEmpty() ? " (no changes)" : ""));
        System.out.print(r.diff());
        System.out.flush();
      }
      lastHash = hash;
      lastApplied = now;
      return Tick.APPLIED;
    } catch (EosException e) {
      metrics.applyError();
      lastHash = null;
      LOG.error("event=apply-failed error=\"{}\"", e.getMessage());
      return Tick.APPLY_ERROR;
    }
  }

  /// `show ip bgp neighbors vrf all` → VRF → sorted unique peer addresses; an error gives no peers.
  private Map<String, List<String>> neighbours() {
    Map<String, List<String>> out = new HashMap<>();
    JsonNode vrfs;
    try {
      vrfs = eapi.showJson("show ip bgp neighbors vrf all").path("vrfs");
    } catch (EosException e) {
      metrics.bgpError();
      LOG.error("event=bgp-neighbors-failed error=\"{}\"", e.getMessage());
      return out;
    }
    for (Map.Entry<String, JsonNode> vrf : vrfs.properties()) {
      TreeSet<String> ips = new TreeSet<>();
      for (JsonNode p : vrf.getValue().path("peerList")) {
        String ip = p.path("peerAddress").asText("");
        if (!ip.isEmpty()) {
          ips.add(ip);
        }
      }
      if (!ips.isEmpty()) {
        out.put(vrf.getKey(), new ArrayList<>(ips));
      }
    }
    return out;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
