package doublezero.cli.geolocation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.output.JsonOutput;
import doublezero.sdk.geolocation.client.ProbeAuthorities;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.region.Disk;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// What `geolocation verify` prints for an offset that passed every check: the probe, each
/// reference with its disk, the region (estimate and error radius) and the claim's verdict with its
/// margin; as text lines or, with `--json`, one object.
///
/// @param offset the verified offset
/// @param auth the chain's authorities for its probe
/// @param currentSlot the ledger slot the freshness check used
/// @param maxAgeSlots the freshness limit, slots
/// @param region the region the offset proves
/// @param claim the claim, if one was asked
record VerifyReport(
    LocationOffset offset,
    ProbeAuthorities auth,
    long currentSlot,
    long maxAgeSlots,
    FeasibleRegion region,
    Optional<Claim> claim) {

  /// @return the claim's margin, km (NaN without a claim)
  double marginKm() {
    return claim.map(c -> c.marginKm(region)).orElse(Double.NaN);
  }

  /// @return whether a claim was asked and proven
  boolean proven() {
    return claim.isPresent() && marginKm() >= 0;
  }

  void print(PrintWriter out, boolean json) {
    if (json) {
      out.println(JsonOutput.pretty(json()));
    } else {
      text().forEach(out::println);
    }
    out.flush();
  }

  List<String> text() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "offset: probe %s (%s) signed by %s, slot %s (current %d, max age %d), target %s,"
                + " measured rtt %s, rtt %s",
            auth.probeAccount(),
            auth.probe().code(),
            offset.authority(),
            Long.toUnsignedString(offset.measurementSlot()),
            currentSlot,
            maxAgeSlots,
            offset.targetIp(),
            ms(offset.measuredRttNs()),
            ms(offset.rttNs())));
    List<LocationOffset> refs = offset.references();
    for (int i = 0; i < refs.size(); i++) {
      LocationOffset r = refs.get(i);
      Disk d = region.disks().get(i);
      lines.add(
          String.format(
              Locale.ROOT,
              "reference[%d]: device %s signed by %s, slot %s, at %.6f,%.6f, rtt %s,"
                  + " radius %.3f km",
              i,
              r.sender(),
              r.authority(),
              Long.toUnsignedString(r.measurementSlot()),
              r.lat(),
              r.lng(),
              ms(r.rttNs()),
              d.radiusKm()));
    }
    lines.add("signatures: " + (1 + offset.totalReferences()) + " verified");
    GeoPoint e = region.estimate();
    lines.add(
        String.format(
            Locale.ROOT,
            "region: %d disk(s), estimate %.6f,%.6f, error radius %.3f km",
            region.disks().size(),
            e.lat(),
            e.lng(),
            region.errorRadiusKm()));
    claim.ifPresent(
        c ->
            lines.add(
                String.format(
                    Locale.ROOT,
                    "claim: %s: %s (margin %.3f km)",
                    c.describe(),
                    proven() ? "PROVEN" : "NOT PROVEN",
                    marginKm())));
    return lines;
  }

  ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("verified", true);
    o.put("probe", auth.probeAccount().toBase58());
    o.put("probe_code", auth.probe().code());
    o.put("authority", offset.authority().toBase58());
    o.put("measurement_slot", new BigInteger(Long.toUnsignedString(offset.measurementSlot())));
    o.put("current_slot", currentSlot);
    o.put("max_age_slots", maxAgeSlots);
    o.put("target_ip", offset.targetIp().toString());
    o.put("measured_rtt_ns", new BigInteger(Long.toUnsignedString(offset.measuredRttNs())));
    o.put("rtt_ns", new BigInteger(Long.toUnsignedString(offset.rttNs())));
    ArrayNode refs = o.putArray("references");
    for (int i = 0; i < offset.references().size(); i++) {
      LocationOffset r = offset.references().get(i);
      Disk d = region.disks().get(i);
      ObjectNode n = refs.addObject();
      n.put("device", r.sender().toBase58());
      n.put("authority", r.authority().toBase58());
      n.put("measurement_slot", new BigInteger(Long.toUnsignedString(r.measurementSlot())));
      n.put("lat", r.lat());
      n.put("lng", r.lng());
      n.put("rtt_ns", new BigInteger(Long.toUnsignedString(r.rttNs())));
      n.put("radius_km", d.radiusKm());
    }
    GeoPoint e = region.estimate();
    ObjectNode reg = o.putObject("region");
    reg.put("disks", region.disks().size());
    reg.put("estimate_lat", e.lat());
    reg.put("estimate_lng", e.lng());
    reg.put("error_radius_km", region.errorRadiusKm());
    claim.ifPresent(
        c -> {
          ObjectNode n = o.putObject("claim");
          n.put("description", c.describe());
          n.put("proven", proven());
          n.put("margin_km", marginKm());
        });
    return o;
  }

  private static String ms(long ns) {
    return String.format(
        Locale.ROOT, "%.3f ms", Double.parseDouble(Long.toUnsignedString(ns)) / 1e6);
  }
}
