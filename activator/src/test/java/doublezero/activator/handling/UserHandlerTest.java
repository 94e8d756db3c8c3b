package doublezero.activator.handling;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.activator.allocation.Holdings;
import doublezero.activator.allocation.NetworkPools;
import doublezero.activator.allocation.Resource;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.BanUser;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.RejectUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The user handler's decisions, with the reference's `process/user.rs` tests as oracle (§A.13):
/// the reference test client's pools (device 1.0.0.0/24, user 10.0.0.0/24 here as in the user
/// tests, multicast 224.0.0.0/24, publisher 148.51.120.0/21), device public IP 192.168.1.2,
/// dz_prefix 10.0.0.1/24.
class UserHandlerTest {
  static final PublicKey PROGRAM = Keypair.generate().publicKey();
  static final PublicKey PAYER = Keypair.generate().publicKey();
  static final PublicKey DEV = Keypair.generate().publicKey();
  static final PublicKey OWNER = Keypair.generate().publicKey();
  static final PublicKey USER = Keypair.generate().publicKey();
  static final Ipv4Address CLIENT = Ipv4Address.parse("192.168.1.1");
  FakeView view;
  Holdings holdings;
  HandlerContext ctx;

  @BeforeEach
  void setUp() {
    view = new FakeView();
    GlobalConfig gc =
        new GlobalConfig(
            PublicKey.DEFAULT,
            255,
            65000,
            65001,
            NetworkV4.parse("1.0.0.0/24"),
            NetworkV4.parse("10.0.0.0/24"),
            NetworkV4.parse("224.0.0.0/24"),
            10000,
            NetworkV4.parse("148.51.120.0/21"));
    holdings = new Holdings(new NetworkPools(gc));
    ctx = HandlerContext.of(PROGRAM, PAYER, false, holdings, view);
    view.accounts.put(DEV, device("10.0.0.1/24"));
    view.accounts.put(
        ServiceabilityPdas.accessPass(PROGRAM, CLIENT, OWNER).address(), pass(CLIENT));
  }

  static Device device(String prefix) {
    return new Device(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        DeviceType.HYBRID,
        Ipv4Address.parse("192.168.1.2"),
        DeviceStatus.ACTIVATED,
        "dev",
        List.of(NetworkV4.parse(prefix)),
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        "",
        List.of(),
        0,
        0,
        128,
        DeviceHealth.defaultVariant(),
        DeviceDesiredStatus.defaultVariant(),
        0,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  static AccessPass pass(Ipv4Address ip) {
    return new AccessPass(
        PublicKey.DEFAULT,
        255,
        new AccessPassType.Prepaid(),
        ip,
        OWNER,
        100,
        0,
        AccessPassStatus.defaultVariant(),
        List.of(),
        List.of(),
        0,
        List.of());
  }

  static User user(UserType type, UserStatus status, List<PublicKey> publishers) {
    return new User(
        OWNER,
        U128.ZERO,
        255,
        type,
        PublicKey.DEFAULT,
        DEV,
        UserCyoa.GRE_OVER_DIA,
        CLIENT,
        Ipv4Address.UNSPECIFIED,
        0,
        NetworkV4.DEFAULT,
        status,
        publishers,
        List.of(),
        PublicKey.DEFAULT,
        Ipv4Address.UNSPECIFIED);
  }

  Step only(List<Decision> ds) {
    assertThat(ds).hasSize(1);
    return (Step) ds.getFirst();
  }

  @Test
  void ibrlGetsTunnel500TheFirstSlash31AndItsClientIpAsDzIp() {
    Step s =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.PENDING, List.of())));
    assertThat(s.args())
        .isEqualTo(
            new ActivateUser(
                500, NetworkV4.parse("10.0.0.0/31"), CLIENT, 0, Ipv4Address.parse("192.168.1.2")));
    assertThat(s.instruction().accounts().get(1).publicKey())
        .isEqualTo(ServiceabilityPdas.accessPass(PROGRAM, CLIENT, OWNER).address());
    assertThat(s.transition()).isEqualTo(Transition.USER_PENDING_TO_ACTIVATED);
  }

  @Test
  void allocatedIpAndEdgeFilteringUsersGetTheFirstDeviceDzIp() {
    for (UserType t : List.of(UserType.IBRL_WITH_ALLOCATED_IP, UserType.EDGE_FILTERING)) {
      setUp();
      Step s = only(UserHandler.handle(ctx, USER, user(t, UserStatus.PENDING, List.of())));
      assertThat(((ActivateUser) s.args()).dzIp()).isEqualTo(Ipv4Address.parse("10.0.0.1"));
      assertThat(ctx.pools().device(DEV).assignedDzIps()).isEqualTo(1);
    }
  }

  @Test
  void dynamicAccessPassIsPreferred() {
    PublicKey dynamic =
        ServiceabilityPdas.accessPass(PROGRAM, Ipv4Address.UNSPECIFIED, OWNER).address();
    view.accounts.put(dynamic, pass(Ipv4Address.UNSPECIFIED));
    Step s =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.PENDING, List.of())));
    assertThat(s.instruction().accounts().get(1).publicKey()).isEqualTo(dynamic);
  }

  @Test
  void publisherGetsItsDzIpFromThePublisherBlock() {
    Step s =
        only(
            UserHandler.handle(
                ctx,
                USER,
                user(
                    UserType.MULTICAST,
                    UserStatus.PENDING,
                    List.of(Keypair.generate().publicKey()))));
    assertThat(((ActivateUser) s.args()).dzIp()).isEqualTo(Ipv4Address.parse("148.51.120.1"));
  }

  @Test
  void rejectsWithTheReferenceReasons() {
    view.accounts.remove(DEV);
    Step s =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.PENDING, List.of())));
    assertThat(s.args()).isEqualTo(new RejectUser("Error: Device not found"));

    setUp();
    User u = user(UserType.IBRL, UserStatus.PENDING, List.of());
    u =
        new User(
            u.owner(),
            u.index(),
            255,
            u.userType(),
            u.tenantPk(),
            DEV,
            u.cyoaType(),
            CLIENT,
            u.dzIp(),
            0,
            u.tunnelNet(),
            u.status(),
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.parse("5.5.5.5"));
    s = only(UserHandler.handle(ctx, USER, u));
    assertThat(s.args()).isEqualTo(new RejectUser("Error: Invalid tunnel endpoint requested"));
    assertThat(ctx.pools().userTunnelIps.assignedCount()).as("rolled back").isZero();
    assertThat(ctx.pools().device(DEV).assignedTunnelIds()).isZero();
  }

  @Test
  void exhaustedDzIpsRejectAndRollBack() {
    view.accounts.put(DEV, device("10.0.0.0/32"));
    Step s =
        only(
            UserHandler.handle(
                ctx, USER, user(UserType.IBRL_WITH_ALLOCATED_IP, UserStatus.PENDING, List.of())));
    assertThat(s.args()).isEqualTo(new RejectUser("Error: No available dz_ip to allocate"));
    assertThat(ctx.pools().userTunnelIps.assignedCount()).isZero();
  }

  @Test
  void aFailedActivationGivesItsReservationBack() {
    Step s =
        only(
            UserHandler.handle(
                ctx, USER, user(UserType.IBRL_WITH_ALLOCATED_IP, UserStatus.PENDING, List.of())));
    assertThat(s.reservation())
        .contains(new Resource.UserTunnelNet(NetworkV4.parse("10.0.0.0/31")));
    holdings.unreserve(s.reservation());
    Step again =
        only(
            UserHandler.handle(
                ctx, USER, user(UserType.IBRL_WITH_ALLOCATED_IP, UserStatus.PENDING, List.of())));
    assertThat(again.args()).isEqualTo(s.args());
  }

  @Test
  void deletingClosesAndPendingBanBans() {
    Step close =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.DELETING, List.of())));
    assertThat(close.args()).isEqualTo(new CloseAccountUser(0, 0));
    assertThat(close.after()).isEqualTo(Decision.After.CLOSED);
    assertThat(
            close.instruction().accounts().stream().map(m -> m.publicKey()).toList().subList(0, 3))
        .containsExactly(USER, OWNER, DEV);
    Step ban =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.PENDING_BAN, List.of())));
    assertThat(ban.args()).isEqualTo(new BanUser());
    assertThat(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.ACTIVATED, List.of())))
        .isEmpty();
  }

  @Test
  void onchainModePassesZerosAndThePools() {
    ctx = HandlerContext.of(PROGRAM, PAYER, true, holdings, view);
    Step s =
        only(UserHandler.handle(ctx, USER, user(UserType.IBRL, UserStatus.PENDING, List.of())));
    assertThat(s.args())
        .isEqualTo(
            new ActivateUser(
                0, NetworkV4.DEFAULT, Ipv4Address.UNSPECIFIED, 1, Ipv4Address.UNSPECIFIED));
    assertThat(s.instruction().accounts()).hasSize(3 + 4 + 2);
  }
}
