package doublezero.localnet.activation;

import static doublezero.localnet.activation.E2eTeardown.awaitClosed;
import static doublezero.localnet.activation.E2eTeardown.awaitDevice;
import static doublezero.localnet.activation.E2eTeardown.awaitRemoved;
import static doublezero.localnet.activation.E2eTeardown.awaitSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.localnet.programs.serviceability.device.UpdateDeviceBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.CreateMulticastGroup;
import doublezero.sdk.serviceability.instruction.MulticastGroupWithBlockAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// The activator's close steps on a real localnet (reference `process/device.rs`, `iface_mgr.rs`,
/// `multicastgroup.rs`; `activator-controller-agent.md` §A.7.1, §A.7.2, §A.7.5): a Deleting
/// interface is removed and its /32 and segment-routing id are handed out again; a Deleting device
/// without references is closed with its resource accounts (rent to the owner, reference counts of
/// contributor, location and exchange back down) and a new device gets the same loopback address,
/// segment id and dz_ip; a Deleting device that still has a user is left alone until the user is
/// gone; a Deleting multicast group is closed to its owner and its address reused.
@NeedsLedgerInternals(
    "a fresh ledger: expects exact first resources and the freed ones handed out again"
        + " (172.16.0.1/32, 100.0.0.1, 169.254.0.0/31, 233.84.178.0), which another client of the"
        + " ledger could take")
class ActivatorClosingTest {
  static final NetworkV4 DEVICE_TUNNEL_BLOCK = NetworkV4.parse("172.16.0.0/16");
  @TempDir Path dir;

  static Activator activator(E2eNetwork n) {
    return Activator.start(
        ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation));
  }

  @Test
  void removesDeletedInterfacesAndHandsTheirResourcesOutAgain() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a = activator(n)) {
      PublicKey d = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
      awaitDevice(n, d, DeviceStatus.ACTIVATED);
      n.iface(d, "Loopback255", LoopbackType.VPNV4);
      Interface vpn = awaitSettled(n, d, "Loopback255");
      n.iface(d, "Loopback256", LoopbackType.VPNV4);
      Interface second = awaitSettled(n, d, "Loopback256");
      n.iface(d, "Ethernet1", LoopbackType.NONE);
      assertThat(awaitSettled(n, d, "Ethernet1").status()).isEqualTo(InterfaceStatus.UNLINKED);
      assertThat(vpn.ipNet()).isEqualTo(NetworkV4.parse("172.16.0.1/32"));
      assertThat(vpn.nodeSegmentIdx()).isEqualTo(1);
      assertThat(second.ipNet()).isEqualTo(NetworkV4.parse("172.16.0.2/32"));
      assertThat(second.nodeSegmentIdx()).isEqualTo(2);

      E2eTeardown.deleteInterface(n, d, "Loopback255");
      awaitRemoved(n, d, "Loopback255");
      E2eTeardown.deleteInterface(n, d, "Ethernet1");
      awaitRemoved(n, d, "Ethernet1");
      assertThat(n.h.account(d, Device.class).interfaces())
          .extracting(Interface::name)
          .containsExactly("Loopback256");

      // the freed /32 and segment id are the lowest free ones again; the kept interface's are not
      // reused
      n.iface(d, "Loopback257", LoopbackType.VPNV4);
      Interface again = awaitSettled(n, d, "Loopback257");
      assertThat(again.ipNet()).isEqualTo(vpn.ipNet());
      assertThat(again.nodeSegmentIdx()).isEqualTo(vpn.nodeSegmentIdx());
      n.iface(d, "Loopback258", LoopbackType.VPNV4);
      Interface next = awaitSettled(n, d, "Loopback258");
      assertThat(next.ipNet()).isEqualTo(NetworkV4.parse("172.16.0.3/32"));
      assertThat(next.nodeSegmentIdx()).isEqualTo(3);
      // a physical interface of the same name can be added again and is unlinked again
      n.iface(d, "Ethernet1", LoopbackType.NONE);
      assertThat(awaitSettled(n, d, "Ethernet1").status()).isEqualTo(InterfaceStatus.UNLINKED);
      assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
  }

  @Test
  void closesADeletedDeviceAndFreesWhatItHeld() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a = activator(n)) {
      PublicKey keep = n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/29", 128);
      PublicKey d = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
      awaitDevice(n, d, DeviceStatus.ACTIVATED);
      awaitDevice(n, keep, DeviceStatus.ACTIVATED);
      n.iface(d, "Loopback255", LoopbackType.VPNV4);
      Interface lo = awaitSettled(n, d, "Loopback255");
      n.iface(keep, "Loopback255", LoopbackType.VPNV4);
      Interface kept = awaitSettled(n, keep, "Loopback255");
      n.iface(d, "Ethernet1", LoopbackType.NONE);
      awaitSettled(n, d, "Ethernet1");
      Keypair owner = n.h.funded();
      Ipv4Address clientIp = Ipv4Address.parse("9.128.0.10");
      n.h.ok(n.h.foundation, n.f.accessPass(clientIp, owner.publicKey()));
      PublicKey user = n.userPda(clientIp, UserType.IBRL_WITH_ALLOCATED_IP);
      n.h.ok(owner, n.createUser(owner, d, UserType.IBRL_WITH_ALLOCATED_IP, clientIp));
      User u = ActivationFlowTest.awaitUser(n, user, UserStatus.ACTIVATED);
      assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("100.0.0.1"));

      // teardown as an operator does it: users off, drain, interfaces off, delete
      E2eTeardown.deleteUser(n, owner, user, clientIp);
      awaitClosed(n, user);
      E2eTeardown.updateDevice(n, d, new UpdateDeviceBuilder().status(DeviceStatus.DRAINED));
      awaitDevice(n, d, DeviceStatus.DRAINED);
      E2eTeardown.deleteInterface(n, d, "Loopback255");
      E2eTeardown.deleteInterface(n, d, "Ethernet1");
      // interfaces of a drained device are not processed (reference device.rs): they stay Deleting
      assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      assertThat(n.h.account(d, Device.class).interfaces())
          .extracting(Interface::status)
          .containsOnly(InterfaceStatus.DELETING);
      E2eTeardown.updateDevice(n, d, new UpdateDeviceBuilder().status(DeviceStatus.ACTIVATED));
      awaitRemoved(n, d, "Loopback255");
      awaitRemoved(n, d, "Ethernet1");
      E2eTeardown.updateDevice(n, d, new UpdateDeviceBuilder().status(DeviceStatus.DRAINED));
      awaitDevice(n, d, DeviceStatus.DRAINED);

      PublicKey tunnelIds = ServiceabilityPdas.tunnelIds(n.h.programId, d, 0).address();
      PublicKey dzBlock = ServiceabilityPdas.dzPrefixBlock(n.h.programId, d, 0).address();
      long rents = n.h.lamports(d) + n.h.lamports(tunnelIds) + n.h.lamports(dzBlock);
      assertThat(n.h.lamports(tunnelIds)).isPositive();
      assertThat(n.h.lamports(dzBlock)).isPositive();
      long contributorRefs = n.h.account(n.contributor, Contributor.class).referenceCount();
      long locationRefs = n.h.account(n.location, Location.class).referenceCount();
      long exchangeRefs = n.h.account(n.exchange, Exchange.class).referenceCount();
      long ownerBefore = n.h.lamports(n.h.foundation.publicKey());
      E2eTeardown.deleteDevice(n, d);
      awaitClosed(n, d);
      assertThat(n.h.data(tunnelIds)).isEmpty();
      assertThat(n.h.data(dzBlock)).isEmpty();
      // the owner (also the activator and the DeleteDevice payer here) gets the three rents back,
      // less two fees
      assertThat(n.h.lamports(n.h.foundation.publicKey()))
          .isBetween(ownerBefore + rents - 20_000, ownerBefore + rents);
      assertThat(n.h.account(n.contributor, Contributor.class).referenceCount())
          .isEqualTo(contributorRefs - 1);
      assertThat(n.h.account(n.location, Location.class).referenceCount())
          .isEqualTo(locationRefs - 1);
      assertThat(n.h.account(n.exchange, Exchange.class).referenceCount())
          .isEqualTo(exchangeRefs - 1);
      assertThat(n.h.account(keep, Device.class).findInterface("Loopback255").orElseThrow())
          .isEqualTo(kept);

      // a new device on the same dz_prefix gets the closed one's loopback /32, segment id and first
      // dz_ip
      PublicKey fresh = n.device("la2-dz02", "207.45.216.135", "100.0.0.0/29", 128);
      awaitDevice(n, fresh, DeviceStatus.ACTIVATED);
      n.iface(fresh, "Loopback255", LoopbackType.VPNV4);
      Interface again = awaitSettled(n, fresh, "Loopback255");
      assertThat(again.ipNet()).isEqualTo(lo.ipNet());
      assertThat(again.nodeSegmentIdx()).isEqualTo(lo.nodeSegmentIdx());
      assertThat(DEVICE_TUNNEL_BLOCK.contains(again.ipNet().ip())).isTrue();
      Ipv4Address nextIp = Ipv4Address.parse("9.128.0.11");
      n.h.ok(n.h.foundation, n.f.accessPass(nextIp, owner.publicKey()));
      n.h.ok(owner, n.createUser(owner, fresh, UserType.IBRL_WITH_ALLOCATED_IP, nextIp));
      u =
          ActivationFlowTest.awaitUser(
              n, n.userPda(nextIp, UserType.IBRL_WITH_ALLOCATED_IP), UserStatus.ACTIVATED);
      assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("100.0.0.1"));
      assertThat(u.tunnelId()).isEqualTo(500);
      assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/31"));
    }
  }

  @Test
  void leavesADeletingDeviceWithAUserUntilTheUserIsGone() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a = activator(n)) {
      PublicKey d = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
      awaitDevice(n, d, DeviceStatus.ACTIVATED);
      Keypair owner = n.h.funded();
      Ipv4Address clientIp = Ipv4Address.parse("9.128.0.10");
      n.h.ok(n.h.foundation, n.f.accessPass(clientIp, owner.publicKey()));
      PublicKey user = n.userPda(clientIp, UserType.IBRL);
      n.h.ok(owner, n.createUser(owner, d, UserType.IBRL, clientIp));
      ActivationFlowTest.awaitUser(n, user, UserStatus.ACTIVATED);
      assertThat(n.h.account(d, Device.class).referenceCount()).isEqualTo(1);

      // DeleteDevice refuses a referenced device, but the foundation can force the status; the
      // activator then
      // refuses locally (reference SDK closeaccount.rs: "Device cannot be closed, it has 1
      // references"), sending
      // nothing
      ListAppender<ILoggingEvent> log = new ListAppender<>();
      log.start();
      Logger logger = (Logger) LoggerFactory.getLogger("doublezero.activator");
      logger.addAppender(log);
      try {
        E2eTeardown.updateDevice(n, d, new UpdateDeviceBuilder().status(DeviceStatus.DELETING));
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    messages(log).stream()
                        .anyMatch(
                            m ->
                                m.contains("event=device-close-refused device=" + d)
                                    && m.contains("reference_count=1")));
        assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(messages(log)).noneMatch(m -> m.contains("event=transaction-failed"));
      } finally {
        logger.detachAppender(log);
      }
      Device still = n.h.account(d, Device.class);
      assertThat(still.status()).isEqualTo(DeviceStatus.DELETING);
      assertThat(still.referenceCount()).isEqualTo(1);

      // closing the user drops the reference; the device event that follows gets it closed
      E2eTeardown.deleteUser(n, owner, user, clientIp);
      awaitClosed(n, user);
      awaitClosed(n, d);
      assertThat(n.h.data(ServiceabilityPdas.tunnelIds(n.h.programId, d, 0).address())).isEmpty();
    }
  }

  @Test
  void closesADeletedGroupToItsOwnerAndReusesItsAddress() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a = activator(n)) {
      Keypair owner = n.h.funded();
      PublicKey first = group(n, "mg01", owner.publicKey());
      awaitGroup(n, first, MulticastGroupStatus.ACTIVATED);
      PublicKey second = group(n, "mg02", owner.publicKey());
      awaitGroup(n, second, MulticastGroupStatus.ACTIVATED);
      assertThat(n.h.account(first, MulticastGroup.class).multicastIp())
          .isEqualTo(Ipv4Address.parse("233.84.178.0"));
      assertThat(n.h.account(second, MulticastGroup.class).multicastIp())
          .isEqualTo(Ipv4Address.parse("233.84.178.1"));

      long rent = n.h.lamports(first);
      long before = n.h.lamports(owner.publicKey());
      E2eTeardown.deleteGroup(n, first);
      awaitClosed(n, first);
      assertThat(n.h.lamports(owner.publicKey())).isEqualTo(before + rent);

      PublicKey third = group(n, "mg03", owner.publicKey());
      awaitGroup(n, third, MulticastGroupStatus.ACTIVATED);
      assertThat(n.h.account(third, MulticastGroup.class).multicastIp())
          .isEqualTo(Ipv4Address.parse("233.84.178.0"));
      PublicKey fourth = group(n, "mg04", owner.publicKey());
      awaitGroup(n, fourth, MulticastGroupStatus.ACTIVATED);
      assertThat(n.h.account(fourth, MulticastGroup.class).multicastIp())
          .isEqualTo(Ipv4Address.parse("233.84.178.2"));
      assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
  }

  /// CreateMulticastGroup by the foundation for `owner` (so the owner's balance shows the rent
  /// coming back).
  static PublicKey group(E2eNetwork n, String code, PublicKey owner) {
    PublicKey pda = ServiceabilityPdas.multicastGroup(n.h.programId, n.f.nextIndex()).address();
    n.h.ok(
        n.h.foundation,
        new CreateMulticastGroup(code, 10_000_000_000L, owner, false)
            .toInstruction(
                n.h.programId,
                new MulticastGroupWithBlockAccounts(
                    pda,
                    n.h.globalState(),
                    java.util.Optional.empty(),
                    n.h.foundation.publicKey())));
    return pda;
  }

  static java.util.List<String> messages(ListAppender<ILoggingEvent> log) {
    synchronized (log) { // AppenderBase appends under the appender's monitor
      return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  static void awaitGroup(E2eNetwork n, PublicKey group, MulticastGroupStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                n.h
                    .data(group)
                    .map(d -> MulticastGroup.decode(d).status() == status)
                    .orElse(false));
  }
}
