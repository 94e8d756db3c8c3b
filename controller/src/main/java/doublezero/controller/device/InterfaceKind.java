package doublezero.controller.device;

/// How the controller treats an interface (reference
/// `controlplane/controller/internal/controller/models.go` `InterfaceType`): loopback, physical, or
/// anything else (the on-chain `Invalid`).
public enum InterfaceKind {
  /// the on-chain `Invalid` type: rendered with its name and address only
  UNKNOWN,
  /// a `LoopbackN` interface
  LOOPBACK,
  /// an Ethernet/Switch/Vlan port or sub-interface
  PHYSICAL
}
