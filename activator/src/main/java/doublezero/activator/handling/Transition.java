package doublezero.activator.handling;

/// A state transition the activator counts in `doublezero_activator_state_transition` (reference
/// `activator/src/metrics.rs` and `activator-controller-agent.md` §A.11): its exact
/// `state_transition` label, which pubkey label its subject fills, and whether it is counted when
/// its transaction fails (the reference counts the access-pass checks before sending, so a failed
/// check still counts).
public enum Transition {
  DEVICE_PENDING_TO_ACTIVATED("device-pending-to-activated", Subject.DEVICE, false),
  DEVICE_DELETING_TO_DEACTIVATED("device-deleting-to-deactivated", Subject.DEVICE, false),
  LINK_PENDING_TO_ACTIVATED("link-pending-to-activated", Subject.LINK, false),
  LINK_PENDING_TO_REJECTED("link-pending-to-rejected", Subject.LINK, false),
  LINK_DELETING_TO_DEACTIVATED("link-deleting-to-deactivated", Subject.LINK, false),
  MULTICASTGROUP_PENDING_TO_ACTIVATED("multicastgroup-pending-to-activated", Subject.NONE, false),
  MULTICASTGROUP_DELETING_TO_DEACTIVATED(
      "multicastgroup-deleting-to-deactivated", Subject.NONE, false),
  USER_PENDING_TO_ACTIVATED("user-pending-to-activated", Subject.USER, false),
  USER_UPDATING_TO_ACTIVATED("user-updating-to-activated", Subject.USER, false),
  USER_PENDING_TO_REJECTED("user-pending-to-rejected", Subject.USER, false),
  USER_DELETING_TO_DEACTIVATED("user-deleting-to-deactivated", Subject.USER, false),
  USER_PENDING_BAN_TO_BANNED("user-pending-ban-to-banned", Subject.USER, false),
  ACCESS_PASS_USER_SUSPEND("access-pass-user-suspend", Subject.USER, true),
  ACCESS_PASS_USER_REACTIVATE("access-pass-user-reactivate", Subject.USER, true);

  /// Which of the metric's pubkey labels (`device_pubkey`, `link_pubkey`, `user_pubkey`) carries
  /// the subject.
  public enum Subject {
    DEVICE,
    LINK,
    USER,
    /// none of them (multicast groups: the reference labels only the transition)
    NONE
  }

  private final String label;
  private final Subject subject;
  private final boolean countedOnFailure;

  Transition(String label, Subject subject, boolean countedOnFailure) {
    this.label = label;
    this.subject = subject;
    this.countedOnFailure = countedOnFailure;
  }

  /// @return the `state_transition` label value, e.g. `user-pending-to-activated`
  public String label() {
    return label;
  }

  /// @return the pubkey label the subject goes into
  public Subject subject() {
    return subject;
  }

  /// @return whether a failed transaction still counts this transition
  public boolean countedOnFailure() {
    return countedOnFailure;
  }

  @Override
  public String toString() {
    return label;
  }
}
