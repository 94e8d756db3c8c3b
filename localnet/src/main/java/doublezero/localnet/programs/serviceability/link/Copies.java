package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import java.util.ArrayList;
import java.util.List;

/// One-field changes of the Contributor and Device records the link processors touch besides the
/// Link itself (the Rust processors assign the field on the deserialised struct).
final class Copies {
  private Copies() {}

  /// @return `c` with `reference_count` = `count`
  static Contributor withReferenceCount(Contributor c, long count) {
    return new Contributor(
        c.owner(), c.index(), c.bumpSeed(), c.status(), c.code(), count, c.opsManagerPk());
  }

  /// @return `d` with `reference_count` = `count`
  static Device withReferenceCount(Device d, long count) {
    return device(d, d.interfaces(), count);
  }

  /// @return `d` with `interfaces[index]` = `iface`
  static Device withInterface(Device d, int index, Interface iface) {
    List<Interface> interfaces = new ArrayList<>(d.interfaces());
    interfaces.set(index, iface);
    return device(d, interfaces, d.referenceCount());
  }

  private static Device device(Device d, List<Interface> interfaces, long referenceCount) {
    DeviceDraft draft = DeviceDraft.of(d);
    draft.interfaces = interfaces;
    draft.referenceCount = referenceCount;
    return draft.build();
  }

  /// Rust `saturating_sub(1)` on a u32 reference count.
  static long decrement(long count) {
    return count == 0 ? 0 : count - 1;
  }
}
