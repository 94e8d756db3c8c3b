package doublezero.geoprobe.targets;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.region.Disk;
import doublezero.sdk.geolocation.region.DistanceBound;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The text a target prints for a received offset (reference `cmd/geoprobe-target/main.go` at
/// v0.12.0 prints the chain and a "max distance"): one line per level with its signature status and
/// distance bound, then the region. The bound uses 2/3 c ([DistanceBound]); for a composite, each
/// reference's disk has radius `(ref.rtt + top.measured_rtt) / 2 × v`.
public final class OffsetReport {
  private OffsetReport() {}

  /// @param offset a decoded offset
  /// @return the report lines
  public static List<String> lines(LocationOffset offset) {
    List<String> out = new ArrayList<>();
    level(offset, "offset", out);
    out.add(region(offset));
    return out;
  }

  /// @param offset a decoded offset
  /// @return the region one disk per reference defines (the top level's own disk when it has no
  ///   reference)
  public static FeasibleRegion regionOf(LocationOffset offset) {
    List<Disk> disks = new ArrayList<>();
    for (LocationOffset ref : offset.references()) {
      disks.add(
          new Disk(
              new GeoPoint(ref.lat(), ref.lng()),
              DistanceBound.maxKm(ref.rttNs() + offset.measuredRttNs())));
    }
    if (disks.isEmpty()) {
      disks.add(
          new Disk(new GeoPoint(offset.lat(), offset.lng()), DistanceBound.maxKm(offset.rttNs())));
    }
    return new FeasibleRegion(disks);
  }

  private static void level(LocationOffset o, String path, List<String> out) {
    out.add(
        String.format(
            Locale.ROOT,
            "%s sender=%s authority=%s slot=%s lat=%.6f lng=%.6f measured_rtt_ns=%s"
                + " rtt_ns=%s target_ip=%s signature=%s max_distance_km=%.1f",
            path,
            o.sender(),
            o.authority(),
            Long.toUnsignedString(o.measurementSlot()),
            o.lat(),
            o.lng(),
            Long.toUnsignedString(o.measuredRttNs()),
            Long.toUnsignedString(o.rttNs()),
            o.targetIp(),
            o.signatureValid() ? "valid" : "INVALID",
            DistanceBound.maxKm(o.rttNs())));
    for (int i = 0; i < o.references().size(); i++) {
      level(o.references().get(i), path + ".references[" + i + "]", out);
    }
  }

  private static String region(LocationOffset o) {
    FeasibleRegion r = regionOf(o);
    if (r.isEmpty()) {
      return "region references="
          + r.disks().size()
          + " EMPTY (the references contradict each other)";
    }
    GeoPoint e = r.estimate();
    return String.format(
        Locale.ROOT,
        "region references=%d estimate=%.4f,%.4f error_radius_km=%.1f",
        r.disks().size(),
        e.lat(),
        e.lng(),
        r.errorRadiusKm());
  }
}
