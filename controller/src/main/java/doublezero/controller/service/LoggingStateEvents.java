package doublezero.controller.service;

import doublezero.controller.state.StateEvents;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Logs state-building events as key=value lines (one per event) and forwards them (to the
/// metrics).
public final class LoggingStateEvents implements StateEvents {
  private static final Logger LOG = LoggerFactory.getLogger("doublezero.controller.state");
  private final StateEvents next;

  /// @param next receives every event after it is logged
  public LoggingStateEvents(StateEvents next) {
    this.next = Objects.requireNonNull(next, "next");
  }

  @Override
  public void pathology(String devicePubkey, String pathology) {
    LOG.warn("event=device-pathology device={} pathology=\"{}\"", devicePubkey, pathology);
    next.pathology(devicePubkey, pathology);
  }

  @Override
  public void interfaceSkipped(String devicePubkey, String interfaceName, String reason) {
    LOG.error(
        "event=interface-skipped device={} interface={} reason=\"{}\"",
        devicePubkey,
        interfaceName,
        reason);
    next.interfaceSkipped(devicePubkey, interfaceName, reason);
  }

  @Override
  public void linkMetric(
      String deviceCode, String interfaceName, String devicePubkey, long metric) {
    next.linkMetric(deviceCode, interfaceName, devicePubkey, metric);
  }

  @Override
  public void linkMetricInvalid(String linkPubkey, String deviceCode, String interfaceName) {
    LOG.warn(
        "event=link-delay-zero link={} device={} interface={}",
        linkPubkey,
        deviceCode,
        interfaceName);
    next.linkMetricInvalid(linkPubkey, deviceCode, interfaceName);
  }

  @Override
  public void delayOverrideIgnored(
      String linkPubkey, String deviceCode, String interfaceName, long overrideNs) {
    LOG.warn(
        "event=delay-override-ignored link={} device={} interface={} delay_override_ns={}",
        linkPubkey,
        deviceCode,
        interfaceName,
        Long.toUnsignedString(overrideNs));
    next.delayOverrideIgnored(linkPubkey, deviceCode, interfaceName, overrideNs);
  }

  @Override
  public void userSkipped(String userPubkey, String reason) {
    LOG.error("event=user-skipped user={} reason=\"{}\"", userPubkey, reason);
    next.userSkipped(userPubkey, reason);
  }
}
