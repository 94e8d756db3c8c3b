package doublezero.sdk.geolocation.client;

import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Who may sign for a probe, as the chain says (`telemetry-geolocation.md` §E.4, RFC 1 "Trust
/// model"): the GeoProbe account's `metrics_publisher_pk` signs the probe's offsets, and each
/// parent Device listed in its `parent_devices` signs with that Device's `metrics_publisher_pk`.
///
/// @param probeAccount the GeoProbe account
/// @param probe its state
/// @param parents parent Device → its metrics publisher key, in `parent_devices` order
/// @param skipped parent entries that could not be trusted, with the reason (no such Device, or a
///   zero publisher key); they do not enter `parents`
public record ProbeAuthorities(
    PublicKey probeAccount,
    GeoProbe probe,
    Map<PublicKey, PublicKey> parents,
    List<String> skipped) {
  /// Copies the collections (keeping the order of `parents`).
  public ProbeAuthorities {
    parents = Collections.unmodifiableMap(new LinkedHashMap<>(parents));
    skipped = List.copyOf(skipped);
  }

  /// Reads the GeoProbe account and each parent Device.
  ///
  /// @param geolocation the geolocation program client
  /// @param serviceability the serviceability program client of the same ledger
  /// @param probeAccount the GeoProbe account (an offset's top-level `sender_pubkey`)
  /// @return the authorities, or empty when no account exists at `probeAccount`
  /// @throws IllegalArgumentException when the account is not a GeoProbe of that program
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger cannot be read
  public static Optional<ProbeAuthorities> resolve(
      GeolocationClient geolocation, ServiceabilityClient serviceability, PublicKey probeAccount) {
    Optional<DecodedAccount<GeoProbe>> found = geolocation.get(probeAccount, GeoProbe.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GeoProbe probe = found.get().state();
    Map<PublicKey, PublicKey> parents = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (PublicKey pk : probe.parentDevices()) {
      Optional<DecodedAccount<Device>> device;
      try {
        device = serviceability.get(pk, Device.class);
      } catch (IllegalArgumentException e) {
        skipped.add(pk + ": " + e.getMessage());
        continue;
      }
      if (device.isEmpty()) {
        skipped.add(pk + ": no such Device account");
      } else if (device.get().state().metricsPublisherPk().equals(PublicKey.DEFAULT)) {
        skipped.add(pk + ": the Device has no metrics publisher key");
      } else {
        parents.put(pk, device.get().state().metricsPublisherPk());
      }
    }
    return Optional.of(new ProbeAuthorities(probeAccount, probe, parents, skipped));
  }

  /// @return the probe's signing key (`GeoProbe.metrics_publisher_pk`)
  public PublicKey probeKey() {
    return probe.metricsPublisherPk();
  }

  /// @param maxAgeSlots the largest accepted measurement age, slots
  /// @return the trust policy for this probe's composite offsets
  public OffsetTrust trust(long maxAgeSlots) {
    return new OffsetTrust(parents, maxAgeSlots);
  }
}
