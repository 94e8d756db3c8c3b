package doublezero.doublezerod.chain;

import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// One snapshot of the serviceability accounts the daemon needs (reference
/// `client/doublezerod/internal/onchain` `GetProgramData`): devices, users, exchanges, tenants and
/// multicast groups by account key, and GlobalConfig (the BGP ASNs). Maps are unmodifiable and keep
/// the ledger's order.
///
/// @param devices devices by key
/// @param users users by key
/// @param exchanges exchanges by key
/// @param tenants tenants by key
/// @param multicastGroups multicast groups by key
/// @param globalConfig GlobalConfig, empty before it is set
public record ProgramData(
    Map<PublicKey, Device> devices,
    Map<PublicKey, User> users,
    Map<PublicKey, Exchange> exchanges,
    Map<PublicKey, Tenant> tenants,
    Map<PublicKey, MulticastGroup> multicastGroups,
    Optional<GlobalConfig> globalConfig) {

  /// An empty snapshot (no accounts).
  public static final ProgramData EMPTY =
      new ProgramData(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty());

  /// Copies the maps.
  public ProgramData {
    devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
    users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
    exchanges = Collections.unmodifiableMap(new LinkedHashMap<>(exchanges));
    tenants = Collections.unmodifiableMap(new LinkedHashMap<>(tenants));
    multicastGroups = Collections.unmodifiableMap(new LinkedHashMap<>(multicastGroups));
  }
}
