package doublezero.telemetry.geolocation;

import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/// This device's coordinates: its Device account's `location_pk`, that Location's `lat`/`lng`
/// (reference `controlplane/telemetry/internal/geoprobe/publisher.go` at v0.12.0, §E.3), cached for
/// `ttl` (24 h); when a refresh fails the stale value is kept. Not thread-safe.
public final class DeviceLocation {
  /// A position in WGS84 degrees.
  ///
  /// @param lat latitude, degrees
  /// @param lng longitude, degrees
  public record LatLng(double lat, double lng) {}

  private final ServiceabilityClient client;
  private final PublicKey device;
  private final Duration ttl;
  private final Supplier<Instant> now;
  private LatLng cached;
  private Instant fetchedAt;

  /// @param client the serviceability program on the ledger
  /// @param device this device's Device account
  /// @param ttl how long a fetched position is used before it is read again
  /// @param now time source
  public DeviceLocation(
      ServiceabilityClient client, PublicKey device, Duration ttl, Supplier<Instant> now) {
    this.client = client;
    this.device = device;
    this.ttl = ttl;
    this.now = now;
  }

  /// @return the position, from the cache when it is younger than the TTL
  /// @throws RuntimeException (the ledger's or a decoder's) when nothing is cached and the read
  ///   fails, or [IllegalStateException] when the Device or its Location does not exist
  public LatLng get() {
    Instant t = now.get();
    if (cached != null && t.isBefore(fetchedAt.plus(ttl))) {
      return cached;
    }
    try {
      cached = fetch();
      fetchedAt = t;
    } catch (RuntimeException e) {
      if (cached == null) {
        throw e;
      }
    }
    return cached;
  }

  private LatLng fetch() {
    Device d =
        client
            .get(device, Device.class)
            .orElseThrow(() -> new IllegalStateException("device " + device + " does not exist"))
            .state();
    Optional<Location> loc = client.get(d.locationPk(), Location.class).map(a -> a.state());
    Location l =
        loc.orElseThrow(
            () -> new IllegalStateException("location " + d.locationPk() + " does not exist"));
    return new LatLng(l.lat(), l.lng());
  }
}
