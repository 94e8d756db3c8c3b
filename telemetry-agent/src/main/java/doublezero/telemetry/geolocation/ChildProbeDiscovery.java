package doublezero.telemetry.geolocation;

import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// The probes this device is a parent of, read from the chain (reference
/// `controlplane/telemetry/internal/geoprobe/discovery.go` at v0.12.0, §E.3): every GeoProbe
/// account whose `parent_devices` holds the local Device, at `public_ip`, `location_offset_port`
/// and the fixed TWAMP port 8925. Unlike the reference it fetches the accounts in full every time
/// (the reference skips four of five full fetches when the set of GeoProbe keys is unchanged).
public final class ChildProbeDiscovery {
  private final GeolocationClient client;
  private final PublicKey localDevice;

  /// @param client the geolocation program on the ledger
  /// @param localDevice this device's Device account
  public ChildProbeDiscovery(GeolocationClient client, PublicKey localDevice) {
    this.client = client;
    this.localDevice = localDevice;
  }

  /// @return the probes that name this device as a parent, in account order
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger cannot be read
  /// @throws doublezero.sdk.borsh.DecodeException when a GeoProbe account does not decode
  public List<ProbeAddress> discover() {
    List<ProbeAddress> out = new ArrayList<>();
    for (DecodedAccount<GeoProbe> a : client.geoProbes()) {
      GeoProbe p = a.state();
      if (p.parentDevices().contains(localDevice) && p.locationOffsetPort() > 0) {
        out.add(
            new ProbeAddress(
                p.publicIp(), p.locationOffsetPort(), ProbeAddress.DEFAULT_TWAMP_PORT));
      }
    }
    return out;
  }
}
