package doublezero.controller.render;

import doublezero.controller.device.TunnelSlot;
import java.util.List;

/// One `vrf vrfN` block under `router bgp`: the VRF id and its allocated unicast users (§B.7 item
/// 11).
///
/// @param id VRF id
/// @param users allocated unicast tunnels in that VRF, slot order
public record VrfView(int id, List<TunnelSlot> users) {
  /// Copies the list.
  public VrfView {
    users = List.copyOf(users);
  }
}
