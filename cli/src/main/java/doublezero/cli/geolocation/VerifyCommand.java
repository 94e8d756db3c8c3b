package doublezero.cli.geolocation;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Session;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.client.ProbeAuthorities;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.solana.rpc.Commitment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero geolocation verify --offset FILE|--listen PORT [--region GEOJSON | --within KM --of
/// LAT,LON] [--max-age-slots N] [--json]` (this project's; RFC 1 "Trust model and checks", "The
/// estimator and its error"): decodes a probe's composite offset, reads from the chain the GeoProbe
/// account its top level names (the probe key) and each parent Device's metrics publisher key,
/// applies [doublezero.sdk.geolocation.trust.OffsetTrust#checkComposite] (every signature, the
/// authorities, freshness of every level against the ledger's current slot, rtt monotonic),
/// computes the region ([FeasibleRegion#of]) and, when a claim is given, whether the region is
/// provably inside it, with the margin.
///
/// Exit code 0 when the offset verifies and the claim (if any) is proven; 1 with one `Error:` line
/// naming the failed check otherwise (the report is still printed when only the claim fails).
@Command(
    name = "verify",
    description =
        "Verify a probe's location offset against the chain and prove the client is inside a"
            + " region.")
final class VerifyCommand extends CliCommand {
  /// Default largest measurement age: 750 slots, about 5 minutes at 400 ms per slot.
  static final long DEFAULT_MAX_AGE_SLOTS = 750;

  @Mixin GeoProgramOption program;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--offset",
        paramLabel = "FILE",
        description = "A file holding one offset datagram (raw bytes).")
    Path file;

    @Option(
        names = "--listen",
        paramLabel = "PORT",
        description = "Wait for one offset datagram on this UDP port.")
    Integer port;
  }

  @Option(
      names = "--listen-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long --listen waits for a datagram (default: 60).")
  long listenSeconds;

  @Option(
      names = "--region",
      paramLabel = "GEOJSON",
      description = "A GeoJSON file with the Polygon or MultiPolygon the client claims to be in.")
  Path region;

  @Option(names = "--within", paramLabel = "KM", description = "Claimed distance, km.")
  Double withinKm;

  @Option(names = "--of", paramLabel = "LAT,LON", description = "Claimed centre, degrees.")
  String of;

  @Option(
      names = "--max-age-slots",
      paramLabel = "N",
      defaultValue = "750",
      description = "Largest accepted age of any measurement, slots (default: 750, about 5 min).")
  long maxAgeSlots;

  @Option(names = "--json", description = "Output as JSON.")
  boolean json;

  @Override
  protected void execute(Session s) {
    Optional<Claim> claim = claim();
    if (maxAgeSlots < 0) {
      throw usage("--max-age-slots must not be negative");
    }
    byte[] bytes =
        source.file != null
            ? OffsetInput.file(source.file)
            : OffsetInput.listen(listenPort(), Duration.ofSeconds(listenSeconds), s.err());
    if (bytes.length > OffsetLimits.MAX_DATAGRAM_BYTES) {
      throw new CliException(
          "offset refused (oversized): "
              + bytes.length
              + " bytes, over the "
              + OffsetLimits.MAX_DATAGRAM_BYTES
              + "-byte datagram limit");
    }
    LocationOffset top;
    try {
      top = OffsetDatagram.decode(bytes);
    } catch (DecodeException e) {
      throw new CliException("offset refused (garbage): " + e.getMessage());
    }
    GeoContext geo = GeoContext.of(s, program);
    ProbeAuthorities auth =
        ProbeAuthorities.resolve(geo.client(), s.client(), top.sender())
            .orElseThrow(
                () ->
                    new CliException(
                        "offset refused (unknown_probe): sender "
                            + top.sender()
                            + " is not a GeoProbe account of program "
                            + geo.programId()));
    long slot = s.rpc().getSlot(Commitment.CONFIRMED);
    TrustVerdict verdict =
        auth.trust(maxAgeSlots).checkComposite(bytes, auth.probeAccount(), auth.probeKey(), slot);
    LocationOffset offset =
        switch (verdict) {
          case TrustVerdict.Accepted a -> a.offset();
          case TrustVerdict.Refused r ->
              throw new CliException("offset refused (" + r.reason().key() + "): " + r.detail());
        };
    FeasibleRegion area;
    try {
      area = FeasibleRegion.of(offset);
    } catch (IllegalArgumentException e) {
      throw new CliException("offset refused (garbage): " + e.getMessage());
    }
    if (area.isEmpty()) {
      throw new CliException(
          "offset refused (inconsistent): the references' disks have no common point");
    }
    VerifyReport report = new VerifyReport(offset, auth, slot, maxAgeSlots, area, claim);
    report.print(s.out(), json);
    if (claim.isPresent() && !report.proven()) {
      throw new CliException(
          "the client is not provably "
              + claim.get().describe()
              + String.format(Locale.ROOT, " (margin %.1f km)", report.marginKm()));
    }
  }

  private int listenPort() {
    if (source.port < 0 || source.port > 0xFFFF) {
      throw usage("--listen must be a UDP port (0-65535), got " + source.port);
    }
    return source.port;
  }

  private Optional<Claim> claim() {
    if (region != null && (withinKm != null || of != null)) {
      throw usage("--region cannot be used with --within/--of");
    }
    if ((withinKm == null) != (of == null)) {
      throw usage("--within and --of must be given together");
    }
    if (region != null) {
      return Optional.of(new Claim.InRegion(region, GeoJsonRegion.read(region)));
    }
    if (withinKm == null) {
      return Optional.empty();
    }
    if (!(withinKm >= 0) || withinKm.isInfinite()) {
      throw usage("--within must be a non-negative number of km, got " + withinKm);
    }
    return Optional.of(new Claim.Within(parsed(() -> GeoPoint.parse(of)), withinKm));
  }
}
