package doublezero.cli.location;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Display;
import doublezero.sdk.serviceability.state.Location;
import java.util.Comparator;
import java.util.List;

/// The `location list` row and `location get` record (reference
/// `smartcontract/cli/src/location/{list,get}.rs`).
public final class LocationDisplays {
  /// `location list` columns, in order.
  public static final List<String> LIST_HEADERS =
      List.of("account", "code", "name", "country", "lat", "lng", "status", "owner");

  /// `location list` order: by name, then code.
  public static final Comparator<Keyed<Location>> ORDER =
      Comparator.<Keyed<Location>, String>comparing(k -> k.value().name())
          .thenComparing(k -> k.value().code());

  private LocationDisplays() {}

  /// @param k a location
  /// @return its list row (status: Display in the table, serde variant in JSON)
  public static Display row(Keyed<Location> k) {
    Location l = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", l.code())
        .text("name", l.name())
        .text("country", l.country())
        .decimal("lat", l.lat())
        .decimal("lng", l.lng())
        .variant("status", l.status())
        .key("owner", l.owner());
  }

  /// @param k a location
  /// @return its `get` record (status as its lowercase Display string in both forms)
  public static Display detail(Keyed<Location> k) {
    Location l = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", l.code())
        .text("name", l.name())
        .text("country", l.country())
        .decimal("lat", l.lat())
        .decimal("lng", l.lng())
        .number("loc_id", l.locId())
        .number("reference_count", l.referenceCount())
        .text("status", l.status().rustDisplay())
        .key("owner", l.owner());
  }
}
