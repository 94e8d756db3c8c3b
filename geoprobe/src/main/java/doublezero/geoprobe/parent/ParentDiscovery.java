package doublezero.geoprobe.parent;

import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// The probe's trusted parents from the chain (reference
/// `controlplane/telemetry/internal/geoprobe/onchain_discovery.go` at v0.12.0, §E.4): this probe's
/// GeoProbe account (owned by the geolocation program), and for each of its `parent_devices` the
/// serviceability Device (owned by the serviceability program) and its `metrics_publisher_pk`, the
/// only key that may sign that device's offsets. A device with a zero publisher key is skipped. The
/// result is only ever used to pin offset signers; unlike v0.12.0 none of these keys is put on the
/// signed-TWAMP allowlist.
public final class ParentDiscovery {
  private final GeolocationClient geolocation;
  private final ServiceabilityClient serviceability;
  private final PublicKey geoprobe;

  /// @param geolocation the geolocation program on the ledger
  /// @param serviceability the serviceability program on the ledger
  /// @param geoprobe this probe's GeoProbe account
  public ParentDiscovery(
      GeolocationClient geolocation, ServiceabilityClient serviceability, PublicKey geoprobe) {
    this.geolocation = geolocation;
    this.serviceability = serviceability;
    this.geoprobe = geoprobe;
  }

  /// @return parent Device → its metrics publisher key, in `parent_devices` order; empty when the
  ///   GeoProbe account does not exist
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger cannot be read
  /// @throws IllegalArgumentException when the GeoProbe account or a parent is owned by another
  ///   program or is of another type
  public Map<PublicKey, PublicKey> discover() {
    Map<PublicKey, PublicKey> parents = new LinkedHashMap<>();
    Optional<DecodedAccount<GeoProbe>> probe = geolocation.get(geoprobe, GeoProbe.class);
    if (probe.isEmpty()) {
      return parents;
    }
    for (PublicKey device : probe.get().state().parentDevices()) {
      Optional<DecodedAccount<Device>> d = serviceability.get(device, Device.class);
      if (d.isEmpty()) {
        continue;
      }
      PublicKey publisher = d.get().state().metricsPublisherPk();
      if (!publisher.equals(PublicKey.DEFAULT)) {
        parents.put(device, publisher);
      }
    }
    return parents;
  }
}
