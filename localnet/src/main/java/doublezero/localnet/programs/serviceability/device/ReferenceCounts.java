package doublezero.localnet.programs.serviceability.device;

import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;

/// The `reference_count` (u32) bumps the device processors apply to the contributor, location and
/// exchange a device refers to. Increments wrap at 2^32 as the program's release build does (no
/// overflow checks); decrements saturate at 0 (`saturating_sub`).
public final class ReferenceCounts {
  private ReferenceCounts() {}

  /// @return `c` with its count changed by `delta` (+1 wraps, −1 saturates)
  public static Contributor add(Contributor c, int delta) {
    return new Contributor(
        c.owner(),
        c.index(),
        c.bumpSeed(),
        c.status(),
        c.code(),
        next(c.referenceCount(), delta),
        c.opsManagerPk());
  }

  /// @return `l` with its count changed by `delta` (+1 wraps, −1 saturates)
  public static Location add(Location l, int delta) {
    return new Location(
        l.owner(),
        l.index(),
        l.bumpSeed(),
        l.lat(),
        l.lng(),
        l.locId(),
        l.status(),
        l.code(),
        l.name(),
        l.country(),
        next(l.referenceCount(), delta));
  }

  /// @return `e` with its count changed by `delta` (+1 wraps, −1 saturates)
  public static Exchange add(Exchange e, int delta) {
    return new Exchange(
        e.owner(),
        e.index(),
        e.bumpSeed(),
        e.lat(),
        e.lng(),
        e.bgpCommunity(),
        e.unused(),
        e.status(),
        e.code(),
        e.name(),
        next(e.referenceCount(), delta),
        e.device1Pk(),
        e.device2Pk());
  }

  /// @return `l` with its count raised by one, saturating at 2^32 − 1 (`saturating_add`,
  ///   UpdateDevice)
  public static Location saturatingIncrement(Location l) {
    return new Location(
        l.owner(),
        l.index(),
        l.bumpSeed(),
        l.lat(),
        l.lng(),
        l.locId(),
        l.status(),
        l.code(),
        l.name(),
        l.country(),
        Math.min(0xFFFF_FFFFL, l.referenceCount() + 1));
  }

  private static long next(long count, int delta) {
    return delta >= 0 ? (count + delta) & 0xFFFF_FFFFL : Math.max(0, count + delta);
  }
}
