package doublezero.controller.state;

/// What happened while building the state cache, for logs and metrics (the reference logs these and
/// counts some in `controller_link_metrics*`). Every method has a no-op default.
public interface StateEvents {
  /// A listener that ignores everything.
  StateEvents NONE = new StateEvents() {};

  /// @param devicePubkey the device
  /// @param pathology the reason it cannot be rendered
  default void pathology(String devicePubkey, String pathology) {}

  /// @param devicePubkey the device
  /// @param interfaceName the skipped interface
  /// @param reason why it was skipped
  default void interfaceSkipped(String devicePubkey, String interfaceName, String reason) {}

  /// @param deviceCode the device
  /// @param interfaceName the link side
  /// @param devicePubkey the device
  /// @param metric the ISIS metric set (µs)
  default void linkMetric(
      String deviceCode, String interfaceName, String devicePubkey, long metric) {}

  /// @param linkPubkey the link whose delay is 0
  /// @param deviceCode the device
  /// @param interfaceName the link side
  default void linkMetricInvalid(String linkPubkey, String deviceCode, String interfaceName) {}

  /// @param linkPubkey the link
  /// @param deviceCode the device
  /// @param interfaceName the link side
  /// @param delayOverrideNs the override outside 10 µs … 1 s, ignored
  default void delayOverrideIgnored(
      String linkPubkey, String deviceCode, String interfaceName, long delayOverrideNs) {}

  /// @param userPubkey the Activated user that is not rendered
  /// @param reason why
  default void userSkipped(String userPubkey, String reason) {}
}
