package doublezero.activator.handling;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.activator.allocation.DevicePools;
import doublezero.activator.allocation.Holdings;
import doublezero.activator.allocation.NetworkPools;
import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.RejectUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/// The handlers and [Holdings] under any sequence of user and multicast-group creates (each
/// activation either confirmed or failed), deletes (closed) and activator restarts (pools rebuilt
/// from every account on the view), with small pools so exhaustion and reuse happen: no two
/// accounts ever hold the same (device, tunnel_id), tunnel_net, dz_ip or multicast IP; the pools
/// hold exactly what the accounts hold (nothing leaked by failures, closes or restarts); and a
/// create is rejected only when the model says its pool is full, so every freed resource is
/// allocatable again (issue 6 acceptance; reference
/// `activator/src/process/{user,multicastgroup}.rs`).
class ActivationSequenceProperties {
  static final PublicKey PROGRAM = Keypair.generate().publicKey();
  static final PublicKey PAYER = Keypair.generate().publicKey();
  static final PublicKey OWNER = Keypair.generate().publicKey();
  static final List<PublicKey> DEVICES =
      List.of(Keypair.generate().publicKey(), Keypair.generate().publicKey());

  /// 8 user /31s (16 addresses), 8 group addresses.
  static final GlobalConfig CONFIG =
      new GlobalConfig(
          PublicKey.DEFAULT,
          255,
          65000,
          65001,
          NetworkV4.parse("1.0.0.0/24"),
          NetworkV4.parse("10.0.0.0/28"),
          NetworkV4.parse("224.0.0.0/29"),
          10000,
          NetworkV4.parse("148.51.120.0/21"));

  final FakeView view = new FakeView();
  Holdings holdings;
  HandlerContext ctx;
  int nextClient;

  @Property(tries = 300)
  void resourcesAreNeverSharedLeakedOrLost(
      @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 99) Integer> ops) {
    view.accounts.clear();
    nextClient = 0;
    view.accounts.put(DEVICES.get(0), UserHandlerTest.device("10.1.0.0/29"));
    view.accounts.put(DEVICES.get(1), UserHandlerTest.device("10.2.0.0/30"));
    restart();
    for (int op : ops) {
      if (op < 40) {
        createUser(
            DEVICES.get(op % 2),
            op % 4 < 2 ? UserType.IBRL : UserType.IBRL_WITH_ALLOCATED_IP,
            op % 5 != 0);
      } else if (op < 60) {
        deleteUser(op);
      } else if (op < 75) {
        createGroup(op % 4 != 0);
      } else if (op < 85) {
        deleteGroup(op);
      } else if (op < 95) {
        retryPending();
      } else {
        restart();
      }
      checkInvariants();
    }
  }

  void restart() {
    holdings = new Holdings(new NetworkPools(CONFIG));
    ctx = HandlerContext.of(PROGRAM, PAYER, false, holdings, view);
    view.all(doublezero.sdk.serviceability.state.Device.class).forEach(holdings::observe);
    view.all(MulticastGroup.class).forEach(holdings::observe);
    view.all(User.class).forEach(holdings::observe);
  }

  void createUser(PublicKey device, UserType type, boolean confirmed) {
    int n = nextClient++;
    Ipv4Address client = Ipv4Address.parse("192.168." + n / 250 + "." + (n % 250 + 1));
    PublicKey pk = Keypair.generate().publicKey();
    view.accounts.put(
        ServiceabilityPdas.accessPass(PROGRAM, client, OWNER).address(),
        UserHandlerTest.pass(client));
    User pending =
        new User(
            OWNER,
            U128.ZERO,
            255,
            type,
            PublicKey.DEFAULT,
            device,
            doublezero.sdk.serviceability.state.UserCyoa.GRE_OVER_DIA,
            client,
            Ipv4Address.UNSPECIFIED,
            0,
            NetworkV4.DEFAULT,
            UserStatus.PENDING,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED);
    view.accounts.put(pk, pending);
    holdings.observe(pk, pending);
    activate(pk, pending, confirmed);
  }

  /// Runs the user's handler once and applies its one step: the activation or rejection lands when
  /// `confirmed`, else the transaction fails and the reservation is released, as the activator's
  /// processor does.
  void activate(PublicKey pk, User u, boolean confirmed) {
    boolean tunnelsFree = holdings.pools().userTunnelIps.assignedCount() < 16;
    DevicePools dp = holdings.pools().device(u.devicePk());
    // each prefix's network address is reserved (the device's Loopback100)
    boolean dzIpFree =
        u.userType() == UserType.IBRL
            || dp.assignedDzIps() < dp.totalDzIps() - dp.device().dzPrefixes().size();
    Step s = (Step) UserHandler.handle(ctx, pk, u).getFirst();
    if (s.args() instanceof RejectUser r) {
      assertThat(tunnelsFree && dzIpFree)
          .as("rejected (%s) although the pools have room", r.reason())
          .isFalse();
    } else {
      assertThat(tunnelsFree && dzIpFree).as("activated although a pool is full").isTrue();
    }
    if (!confirmed) {
      holdings.unreserve(s.reservation());
      return;
    }
    User after =
        switch (s.args()) {
          case ActivateUser a ->
              with(
                  u,
                  UserStatus.ACTIVATED,
                  a.tunnelId(),
                  a.tunnelNet(),
                  a.dzIp(),
                  a.tunnelEndpoint());
          case RejectUser r ->
              with(
                  u,
                  UserStatus.REJECTED,
                  u.tunnelId(),
                  u.tunnelNet(),
                  u.dzIp(),
                  u.tunnelEndpoint());
          default -> throw new AssertionError("unexpected step " + s.args());
        };
    view.accounts.put(pk, after);
    if (s.after() == After.HOLD) {
      holdings.adopt(pk, s.reservation());
    }
    holdings.observe(pk, after);
  }

  static User with(
      User u,
      UserStatus status,
      int tunnelId,
      NetworkV4 net,
      Ipv4Address dzIp,
      Ipv4Address endpoint) {
    return new User(
        u.owner(),
        u.index(),
        u.bumpSeed(),
        u.userType(),
        u.tenantPk(),
        u.devicePk(),
        u.cyoaType(),
        u.clientIp(),
        dzIp,
        tunnelId,
        net,
        status,
        u.publishers(),
        u.subscribers(),
        u.validatorPubkey(),
        endpoint);
  }

  void deleteUser(int op) {
    List<PublicKey> live =
        view.all(User.class).entrySet().stream()
            .filter(e -> e.getValue().status() == UserStatus.ACTIVATED)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (live.isEmpty()) {
      return;
    }
    PublicKey pk = live.get(op % live.size());
    User u = view.all(User.class).get(pk);
    User deleting =
        with(u, UserStatus.DELETING, u.tunnelId(), u.tunnelNet(), u.dzIp(), u.tunnelEndpoint());
    view.accounts.put(pk, deleting);
    holdings.observe(pk, deleting);
    Step s = (Step) UserHandler.handle(ctx, pk, deleting).getFirst();
    assertThat(s.after()).isEqualTo(After.CLOSED);
    view.accounts.remove(pk);
    holdings.observe(pk, null);
  }

  void createGroup(boolean confirmed) {
    PublicKey pk = Keypair.generate().publicKey();
    MulticastGroup g =
        new MulticastGroup(
            OWNER,
            U128.ZERO,
            255,
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED,
            1,
            MulticastGroupStatus.PENDING,
            "mg",
            0,
            0);
    view.accounts.put(pk, g);
    holdings.observe(pk, g);
    boolean free = holdings.pools().multicastGroupIps.assignedCount() < 8;
    Decision d = MulticastGroupHandler.handle(ctx, pk, g).getFirst();
    assertThat(d instanceof Step)
        .as("a group is activated exactly when the block has room")
        .isEqualTo(free);
    if (d instanceof Step s && confirmed) {
      MulticastGroup after =
          new MulticastGroup(
              OWNER,
              U128.ZERO,
              255,
              PublicKey.DEFAULT,
              ((ActivateMulticastGroup) s.args()).multicastIp(),
              1,
              MulticastGroupStatus.ACTIVATED,
              "mg",
              0,
              0);
      view.accounts.put(pk, after);
      holdings.adopt(pk, s.reservation());
      holdings.observe(pk, after);
    } else if (d instanceof Step s) {
      holdings.unreserve(s.reservation());
    }
  }

  void deleteGroup(int op) {
    List<PublicKey> live = view.all(MulticastGroup.class).keySet().stream().sorted().toList();
    if (live.isEmpty()) {
      return;
    }
    PublicKey pk = live.get(op % live.size());
    view.accounts.remove(pk);
    holdings.observe(pk, null);
  }

  void retryPending() {
    view.all(User.class).entrySet().stream()
        .filter(e -> e.getValue().status() == UserStatus.PENDING)
        .sorted(Map.Entry.comparingByKey())
        .toList()
        .forEach(e -> activate(e.getKey(), e.getValue(), true));
  }

  void checkInvariants() {
    Set<String> tunnelIds = new HashSet<>();
    Set<NetworkV4> nets = new HashSet<>();
    Set<Ipv4Address> dzIps = new HashSet<>();
    List<User> holders = new ArrayList<>();
    for (User u : view.all(User.class).values()) {
      if (u.status() != UserStatus.ACTIVATED) {
        continue;
      }
      holders.add(u);
      assertThat(tunnelIds.add(u.devicePk() + "/" + u.tunnelId()))
          .as("tunnel_id %s held twice", u.tunnelId())
          .isTrue();
      assertThat(nets.add(u.tunnelNet())).as("tunnel_net %s held twice", u.tunnelNet()).isTrue();
      assertThat(dzIps.add(u.dzIp())).as("dz_ip %s held twice", u.dzIp()).isTrue();
    }
    Set<Ipv4Address> groupIps = new HashSet<>();
    view.all(MulticastGroup.class).values().stream()
        .filter(g -> g.status() == MulticastGroupStatus.ACTIVATED)
        .forEach(
            g ->
                assertThat(groupIps.add(g.multicastIp()))
                    .as("group IP %s", g.multicastIp())
                    .isTrue());
    NetworkPools pools = holdings.pools();
    assertThat(pools.userTunnelIps.assignedCount())
        .as("user /31 addresses in use")
        .isEqualTo(2L * holders.size());
    assertThat(pools.multicastGroupIps.assignedCount())
        .as("group IPs in use")
        .isEqualTo(groupIps.size());
    for (PublicKey d : DEVICES) {
      List<User> on = holders.stream().filter(u -> u.devicePk().equals(d)).toList();
      assertThat(pools.device(d).assignedTunnelIds())
          .as("tunnel ids in use on %s", d)
          .isEqualTo(on.size());
      long allocated =
          on.stream().filter(u -> u.userType() == UserType.IBRL_WITH_ALLOCATED_IP).count();
      assertThat(pools.device(d).assignedDzIps()).as("dz_ips in use on %s", d).isEqualTo(allocated);
    }
    assertThat(holdings.conflicts()).isEmpty();
  }
}
