package doublezero.controller.device;

/// The role of a loopback for the controller (reference `models.go` `LoopbackType`): only VPNv4 and
/// IPv4 loopbacks matter; `None` and `PimRpAddr` are [#OTHER].
public enum LoopbackRole {
  /// not a VPNv4 or IPv4 loopback
  OTHER,
  /// the iBGP VPNv4 source, router id and ISIS NET
  VPNV4,
  /// the iBGP IPv4 / MSDP source
  IPV4
}
