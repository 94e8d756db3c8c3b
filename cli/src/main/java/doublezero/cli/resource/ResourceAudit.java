package doublezero.cli.resource;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The checks of `resource verify` (reference `smartcontract/cli/src/resource/verify.rs`,
/// `verify_resources`): for each resource extension the program keeps, the values its bitmap
/// allocates against the values the accounts hold.
/// - UserTunnelBlock: every address of each user's `tunnel_net` (when not 0.0.0.0 and prefix > 0).
/// - TunnelIds(device, 0), per device: the non-zero `tunnel_id` of the device's users (a missing
///   extension is reported only when the device has users).
/// - DzPrefixBlock(device, i), per device prefix: the prefix's first address (reserved for the
///   device) and each device user's `dz_ip` inside the prefix (when it is not 0.0.0.0 and differs
///   from `client_ip`).
/// - DeviceTunnelBlock: every address of vpnv4/ipv4 loopbacks' `ip_net` and of links' `tunnel_net`.
/// - SegmentRoutingIds: vpnv4/ipv4 loopbacks' non-zero `node_segment_idx`.
/// - LinkIds: every link's `tunnel_id`.
/// - MulticastGroupBlock: each group's `multicast_ip` when it is a multicast address.
///
/// Determinism: the reference walks Rust `HashMap`s, so its order of findings (and which of two
/// accounts is "first" in a duplicate) varies from run to run. Here accounts are walked in
/// ascending key order, allocated values in bitmap order, used values in the order they were met.
public final class ResourceAudit {
  private final PublicKey programId;
  private final List<Keyed<User>> users;
  private final List<Keyed<Device>> devices;
  private final List<Keyed<Link>> links;
  private final List<Keyed<MulticastGroup>> groups;
  private final Map<PublicKey, ResourceExtension> extensions = new LinkedHashMap<>();
  private final List<ResourceDiscrepancy> found = new ArrayList<>();
  private final int[] checked = new int[Checked.KINDS];

  private ResourceAudit(LedgerView l) {
    programId = l.programId();
    users = sorted(l, User.class);
    devices = sorted(l, Device.class);
    links = sorted(l, Link.class);
    groups = sorted(l, MulticastGroup.class);
    l.all(ResourceExtension.class).forEach(k -> extensions.put(k.key(), k.value()));
  }

  /// How many usages each check looked at (the report's "Resources checked" block), in the report's
  /// order.
  ///
  /// @param userTunnelBlock users with a tunnel_net
  /// @param tunnelIds users with a tunnel id on a device
  /// @param dzPrefixBlock users with a dz_ip inside a device prefix
  /// @param deviceTunnelBlock loopbacks with an ip_net plus links with a tunnel_net
  /// @param segmentRoutingIds loopbacks with a node segment index
  /// @param linkIds links
  /// @param multicastGroupBlock groups with a multicast address
  public record Checked(
      int userTunnelBlock,
      int tunnelIds,
      int dzPrefixBlock,
      int deviceTunnelBlock,
      int segmentRoutingIds,
      int linkIds,
      int multicastGroupBlock) {
    static final int KINDS = 7;
  }

  /// @param discrepancies the findings
  /// @param checked the counts
  public record Result(List<ResourceDiscrepancy> discrepancies, Checked checked) {
    /// @return whether nothing was found
    public boolean ok() {
      return discrepancies.isEmpty();
    }
  }

  /// @param l one snapshot of the program's accounts
  /// @return the findings and counts
  public static Result run(LedgerView l) {
    ResourceAudit a = new ResourceAudit(l);
    a.userTunnelBlock();
    a.tunnelIds();
    a.dzPrefixBlocks();
    a.deviceTunnelBlock();
    a.segmentRoutingIds();
    a.linkIds();
    a.multicastGroupBlock();
    int[] c = a.checked;
    return new Result(List.copyOf(a.found), new Checked(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
  }

  private static <T extends ServiceabilityAccount> List<Keyed<T>> sorted(
      LedgerView l, Class<T> type) {
    List<Keyed<T>> out = new ArrayList<>(l.all(type));
    out.sort(Comparator.comparing(k -> k.key().toBytes(), Arrays::compareUnsigned));
    return out;
  }

  /// The usages of one extension, met in order; a value met twice is a
  /// [ResourceDiscrepancy.DuplicateUsage].
  private final class Usage {
    final ResourceType type;
    final Map<IdOrIp, Keyed<String>> inUse = new LinkedHashMap<>();

    Usage(ResourceType type) {
      this.type = type;
    }

    void add(IdOrIp value, PublicKey account, String kind) {
      Keyed<String> first = inUse.putIfAbsent(value, new Keyed<>(account, kind));
      if (first != null) {
        found.add(
            new ResourceDiscrepancy.DuplicateUsage(
                type, value, first.key(), first.value(), account, kind));
      }
    }

    void addEvery(NetworkV4 net, PublicKey account, String kind) {
      int base = net.network().value();
      for (long i = 0; i < net.size(); i++) {
        add(ip(new Ipv4Address(base + (int) i)), account, kind);
      }
    }

    /// The reference's `check_discrepancies` against the extension's allocated values.
    void compare(ResourceExtension e) {
      Set<IdOrIp> allocated = allocated(e);
      for (IdOrIp v : allocated) {
        if (!inUse.containsKey(v)) {
          found.add(new ResourceDiscrepancy.AllocatedButNotUsed(type, v));
        }
      }
      inUse.forEach(
          (v, by) -> {
            if (!allocated.contains(v)) {
              found.add(new ResourceDiscrepancy.UsedButNotAllocated(type, v, by.key(), by.value()));
            }
          });
    }
  }

  /// @param e an extension
  /// @return every set bit of its whole bitmap as a value (reference
  ///   `ResourceExtensionOwned::iter_allocated`)
  static Set<IdOrIp> allocated(ResourceExtension e) {
    Set<IdOrIp> out = new LinkedHashSet<>();
    int bits = e.bitmap().length * 8;
    for (int i = 0; i < bits; i++) {
      if (e.isAllocated(i)) {
        out.add(
            switch (e.allocator()) {
              case Allocator.Ip ip -> ip(e.addressAt(i));
              case Allocator.Id id -> new IdOrIp.Id(e.idAt(i) & 0xFFFF);
            });
      }
    }
    return out;
  }

  private static IdOrIp ip(Ipv4Address a) {
    return new IdOrIp.Ip(new NetworkV4(a, 32));
  }

  private Optional<ResourceExtension> extension(ResourceType t, boolean reportMissing) {
    Optional<ResourceExtension> e =
        Optional.ofNullable(extensions.get(ResourceArgs.address(programId, t)));
    if (e.isEmpty() && reportMissing) {
      found.add(new ResourceDiscrepancy.ExtensionNotFound(t));
    }
    return e;
  }

  private static boolean hasAddresses(NetworkV4 net) {
    return !net.ip().isUnspecified() && net.prefix() > 0;
  }

  private void userTunnelBlock() {
    ResourceType t = ResourceType.Global.USER_TUNNEL_BLOCK;
    extension(t, true)
        .ifPresent(
            e -> {
              Usage u = new Usage(t);
              for (Keyed<User> k : users) {
                if (hasAddresses(k.value().tunnelNet())) {
                  u.addEvery(k.value().tunnelNet(), k.key(), "User");
                  checked[0]++;
                }
              }
              u.compare(e);
            });
  }

  private void tunnelIds() {
    for (Keyed<Device> d : devices) {
      ResourceType t = new ResourceType.TunnelIds(d.key(), 0);
      List<Keyed<User>> onDevice =
          users.stream().filter(k -> k.value().devicePk().equals(d.key())).toList();
      extension(t, !onDevice.isEmpty())
          .ifPresent(
              e -> {
                Usage u = new Usage(t);
                for (Keyed<User> k : onDevice) {
                  if (k.value().tunnelId() != 0) {
                    u.add(new IdOrIp.Id(k.value().tunnelId()), k.key(), "User");
                    checked[1]++;
                  }
                }
                u.compare(e);
              });
    }
  }

  private void dzPrefixBlocks() {
    for (Keyed<Device> d : devices) {
      List<NetworkV4> prefixes = d.value().dzPrefixes();
      for (int i = 0; i < prefixes.size(); i++) {
        NetworkV4 prefix = prefixes.get(i);
        ResourceType t = new ResourceType.DzPrefixBlock(d.key(), i);
        extension(t, true)
            .ifPresent(
                e -> {
                  Usage u = new Usage(t);
                  u.add(ip(prefix.ip()), d.key(), "Device (reserved)");
                  for (Keyed<User> k : users) {
                    User user = k.value();
                    if (user.devicePk().equals(d.key())
                        && !user.dzIp().equals(user.clientIp())
                        && !user.dzIp().isUnspecified()
                        && prefix.contains(user.dzIp())) {
                      u.add(ip(user.dzIp()), k.key(), "User");
                      checked[2]++;
                    }
                  }
                  u.compare(e);
                });
      }
    }
  }

  private static boolean routedLoopback(InterfaceV2 i) {
    return i.interfaceType() == InterfaceType.LOOPBACK
        && (i.loopbackType() == LoopbackType.VPNV4 || i.loopbackType() == LoopbackType.IPV4);
  }

  private void deviceTunnelBlock() {
    ResourceType t = ResourceType.Global.DEVICE_TUNNEL_BLOCK;
    extension(t, true)
        .ifPresent(
            e -> {
              Usage u = new Usage(t);
              for (Keyed<Device> d : devices) {
                for (var f : d.value().interfaces()) {
                  InterfaceV2 i = f.toCurrentVersion();
                  if (routedLoopback(i) && hasAddresses(i.ipNet())) {
                    u.addEvery(i.ipNet(), d.key(), "Device interface " + i.name());
                    checked[3]++;
                  }
                }
              }
              for (Keyed<Link> k : links) {
                if (hasAddresses(k.value().tunnelNet())) {
                  u.addEvery(k.value().tunnelNet(), k.key(), "Link");
                  checked[3]++;
                }
              }
              u.compare(e);
            });
  }

  private void segmentRoutingIds() {
    ResourceType t = ResourceType.Global.SEGMENT_ROUTING_IDS;
    extension(t, true)
        .ifPresent(
            e -> {
              Usage u = new Usage(t);
              for (Keyed<Device> d : devices) {
                for (var f : d.value().interfaces()) {
                  InterfaceV2 i = f.toCurrentVersion();
                  if (routedLoopback(i) && i.nodeSegmentIdx() != 0) {
                    u.add(
                        new IdOrIp.Id(i.nodeSegmentIdx()), d.key(), "Device interface " + i.name());
                    checked[4]++;
                  }
                }
              }
              u.compare(e);
            });
  }

  private void linkIds() {
    ResourceType t = ResourceType.Global.LINK_IDS;
    extension(t, true)
        .ifPresent(
            e -> {
              Usage u = new Usage(t);
              for (Keyed<Link> k : links) {
                u.add(new IdOrIp.Id(k.value().tunnelId()), k.key(), "Link");
                checked[5]++;
              }
              u.compare(e);
            });
  }

  private void multicastGroupBlock() {
    ResourceType t = ResourceType.Global.MULTICAST_GROUP_BLOCK;
    extension(t, true)
        .ifPresent(
            e -> {
              Usage u = new Usage(t);
              for (Keyed<MulticastGroup> k : groups) {
                Ipv4Address a = k.value().multicastIp();
                if ((a.value() >>> 28) == 0xE) {
                  u.add(ip(a), k.key(), "MulticastGroup");
                  checked[6]++;
                }
              }
              u.compare(e);
            });
  }
}
