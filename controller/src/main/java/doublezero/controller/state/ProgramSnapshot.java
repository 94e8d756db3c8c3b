package doublezero.controller.state;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import java.util.ArrayList;
import java.util.List;

/// All serviceability accounts of one `getProgramAccounts`, grouped by type, each list in the RPC
/// response's order (reference `smartcontract/sdk/go/serviceability/client.go::GetProgramData`,
/// §B.4). The controller never sorts devices: iBGP neighbour order in the output is this order.
///
/// @param config the GlobalConfig, null when the program has none (every block is then `0.0.0.0/0`)
/// @param devices devices
/// @param links links
/// @param users users
/// @param multicastGroups multicast groups
/// @param tenants tenants
/// @param exchanges exchanges
/// @param contributors contributors
/// @param locations locations
/// @param undecodable accounts whose data could not be decoded (skipped; the caller counts and logs
///   them)
public record ProgramSnapshot(
    GlobalConfig config,
    List<DecodedAccount<Device>> devices,
    List<DecodedAccount<Link>> links,
    List<DecodedAccount<User>> users,
    List<DecodedAccount<MulticastGroup>> multicastGroups,
    List<DecodedAccount<Tenant>> tenants,
    List<DecodedAccount<Exchange>> exchanges,
    List<DecodedAccount<Contributor>> contributors,
    List<DecodedAccount<Location>> locations,
    List<Undecodable> undecodable) {

  /// An account the decoder refused.
  ///
  /// @param address the account
  /// @param error why
  public record Undecodable(PublicKey address, String error) {}

  /// Copies the lists.
  public ProgramSnapshot {
    devices = List.copyOf(devices);
    links = List.copyOf(links);
    users = List.copyOf(users);
    multicastGroups = List.copyOf(multicastGroups);
    tenants = List.copyOf(tenants);
    exchanges = List.copyOf(exchanges);
    contributors = List.copyOf(contributors);
    locations = List.copyOf(locations);
    undecodable = List.copyOf(undecodable);
  }

  /// Decodes every account; empty data is skipped silently (closed accounts), undecodable data is
  /// listed.
  ///
  /// @param accounts the program's accounts in RPC order
  /// @return the snapshot
  public static ProgramSnapshot decode(List<KeyedAccount> accounts) {
    Builder b = new Builder();
    for (KeyedAccount a : accounts) {
      byte[] data = a.account().data();
      if (data.length == 0) {
        continue;
      }
      try {
        b.add(a.pubkey(), a.account().lamports(), ServiceabilityAccounts.decode(data));
      } catch (DecodeException e) {
        b.undecodable.add(new Undecodable(a.pubkey(), e.getMessage()));
      }
    }
    return b.build();
  }

  /// @param accounts decoded accounts with their addresses, in RPC order
  /// @return the snapshot
  public static ProgramSnapshot of(List<DecodedAccount<? extends ServiceabilityAccount>> accounts) {
    Builder b = new Builder();
    accounts.forEach(a -> b.add(a.address(), a.lamports(), a.state()));
    return b.build();
  }

  private static final class Builder {
    GlobalConfig config;
    final List<DecodedAccount<Device>> devices = new ArrayList<>();
    final List<DecodedAccount<Link>> links = new ArrayList<>();
    final List<DecodedAccount<User>> users = new ArrayList<>();
    final List<DecodedAccount<MulticastGroup>> groups = new ArrayList<>();
    final List<DecodedAccount<Tenant>> tenants = new ArrayList<>();
    final List<DecodedAccount<Exchange>> exchanges = new ArrayList<>();
    final List<DecodedAccount<Contributor>> contributors = new ArrayList<>();
    final List<DecodedAccount<Location>> locations = new ArrayList<>();
    final List<Undecodable> undecodable = new ArrayList<>();

    void add(PublicKey key, long lamports, ServiceabilityAccount account) {
      switch (account) {
        case GlobalConfig c -> config = c;
        case Device d -> devices.add(new DecodedAccount<>(key, lamports, d));
        case Link l -> links.add(new DecodedAccount<>(key, lamports, l));
        case User u -> users.add(new DecodedAccount<>(key, lamports, u));
        case MulticastGroup g -> groups.add(new DecodedAccount<>(key, lamports, g));
        case Tenant t -> tenants.add(new DecodedAccount<>(key, lamports, t));
        case Exchange e -> exchanges.add(new DecodedAccount<>(key, lamports, e));
        case Contributor c -> contributors.add(new DecodedAccount<>(key, lamports, c));
        case Location l -> locations.add(new DecodedAccount<>(key, lamports, l));
        case GlobalState ignored -> {}
        case ProgramConfig ignored -> {}
        case AccessPass ignored -> {}
        case ResourceExtension ignored -> {}
        case Permission ignored -> {}
        case Reservation ignored -> {}
      }
    }

    ProgramSnapshot build() {
      return new ProgramSnapshot(
          config,
          devices,
          links,
          users,
          groups,
          tenants,
          exchanges,
          contributors,
          locations,
          undecodable);
    }
  }
}
