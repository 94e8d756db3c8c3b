package doublezero.controller.metrics;

import doublezero.controller.device.DeviceState;

/// What GetConfig reports for metrics and logs (reference `metrics.go`, §B.9). No-op defaults.
public interface ConfigEvents {
  /// A listener that ignores everything.
  ConfigEvents NONE = new ConfigEvents() {};

  /// @param pubkey the unknown key asked for
  default void unknownPubkey(String pubkey) {}

  /// @param pubkey the device whose config could not be rendered
  default void renderError(String pubkey) {}

  /// @param device the device
  /// @param removed the duplicate (underlay src, dst) tunnels dropped from its config
  default void duplicateTunnels(DeviceState device, int removed) {}

  /// @param device the device served
  /// @param agentVersion agent version, empty when not sent
  /// @param agentCommit agent commit
  /// @param agentDate agent build date
  default void served(
      DeviceState device, String agentVersion, String agentCommit, String agentDate) {}
}
