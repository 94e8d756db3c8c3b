package doublezero.localnet.programs.serviceability.accesspass;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `TST/accesspass_allow_multiple_ip.rs`: a dynamic pass with ALLOW_MULTIPLE_IP (and that
/// SetAccessPass updates recompute the flags while keeping client_ip); then the reference's user
/// flow on such a pass, by real instructions: a device updated with its pools before activation, an
/// IBRL user at 100.0.0.1 created against the pass at 0.0.0.0, activated (legacy), updated twice,
/// deleted and closed.
class AccesspassAllowMultipleIpScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void allowMultipleIpPass() {
    PublicKey user = Keypair.generate().publicKey();
    PublicKey pda =
        ServiceabilityPdas.accessPass(h.programId, Ipv4Address.UNSPECIFIED, user).address();
    var accounts =
        new SetAccessPass.Accounts(
            pda, h.globalState(), user, Optional.empty(), h.foundation.publicKey());
    h.ok(
        h.foundation,
        new SetAccessPass(
                new AccessPassType.Prepaid(),
                Ipv4Address.UNSPECIFIED,
                AccessPass.UNLIMITED_EPOCH,
                true)
            .toInstruction(h.programId, accounts));
    AccessPass p = h.account(pda, AccessPass.class);
    assertThat(p.flags()).isEqualTo(AccessPass.FLAG_IS_DYNAMIC | AccessPass.FLAG_ALLOW_MULTIPLE_IP);
    assertThat(p.isUnlimited()).isTrue();
    assertThat(p.clientIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
    h.ok(
        h.foundation,
        new SetAccessPass(
                new AccessPassType.Prepaid(),
                Ipv4Address.UNSPECIFIED,
                AccessPass.UNLIMITED_EPOCH,
                false)
            .toInstruction(h.programId, accounts));
    assertThat(h.account(pda, AccessPass.class).flags()).isEqualTo(AccessPass.FLAG_IS_DYNAMIC);
  }

  @NeedsLedgerInternals(
      "fixed addresses: the access pass at a fixed client IP keeps the state the previous run left;"
          + " a second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testAccesspassAllowMultipleIp() {
    NetworkFixture net = new NetworkFixture(h);
    PublicKey f = h.foundation.publicKey();
    PublicKey location = net.location("la");
    PublicKey exchange = net.exchange("la");
    PublicKey contributor = net.contributor("cont", f);
    PublicKey device = ServiceabilityPdas.device(h.programId, net.nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateDevice(
                "la",
                DeviceType.HYBRID,
                Ipv4Address.parse("100.0.0.1"),
                List.of(NetworkV4.parse("100.1.0.0/23")),
                PublicKey.DEFAULT,
                "mgmt",
                Optional.of(DeviceDesiredStatus.ACTIVATED),
                0)
            .toInstruction(
                h.programId,
                new CreateDevice.Accounts(
                    device,
                    contributor,
                    location,
                    exchange,
                    h.globalState(),
                    Optional.empty(),
                    f)));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.PENDING);
    DeviceResourceAccounts pools = DeviceResourceAccounts.derive(h.programId, device, 1);
    Optional<Integer> none = Optional.empty();
    h.ok(
        h.foundation,
        new UpdateDevice(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(128),
                none,
                Optional.empty(),
                Optional.empty(),
                2,
                Optional.empty(),
                none,
                none,
                none,
                none,
                none,
                none)
            .toInstruction(
                h.programId,
                new UpdateDevice.Accounts(
                    device,
                    contributor,
                    location,
                    location,
                    h.globalState(),
                    Optional.of(new DeviceAllocationAccounts(h.globalConfig(), pools)),
                    f)));
    assertThat(h.account(device, Device.class).maxUsers()).isEqualTo(128);
    h.ok(
        h.foundation,
        new ActivateDevice(2)
            .toInstruction(
                h.programId,
                new ActivateDevice.Accounts(device, h.globalState(), h.globalConfig(), pools, f)));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);

    PublicKey pass =
        ServiceabilityPdas.accessPass(h.programId, Ipv4Address.UNSPECIFIED, f).address();
    h.ok(
        h.foundation,
        new SetAccessPass(new AccessPassType.Prepaid(), Ipv4Address.UNSPECIFIED, 9999, true)
            .toInstruction(
                h.programId,
                new SetAccessPass.Accounts(pass, h.globalState(), f, Optional.empty(), f)));
    assertThat(h.account(pass, AccessPass.class).status()).isEqualTo(AccessPassStatus.REQUESTED);

    Ipv4Address userIp = Ipv4Address.parse("100.0.0.1");
    PublicKey user = ServiceabilityPdas.userV2(h.programId, userIp, UserType.IBRL).address();
    h.ok(
        h.foundation,
        new CreateUser(UserType.IBRL, UserCyoa.GRE_OVER_DIA, userIp, Ipv4Address.UNSPECIFIED, 0)
            .toInstruction(
                h.programId,
                new CreateUser.Accounts(
                    user, device, pass, h.globalState(), Optional.empty(), Optional.empty(), f)));
    User u = h.account(user, User.class);
    assertThat(u.clientIp()).isEqualTo(userIp);
    assertThat(u.devicePk()).isEqualTo(device);
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);

    h.ok(
        h.foundation,
        new ActivateUser(
                500,
                NetworkV4.parse("169.254.0.0/25"),
                Ipv4Address.parse("200.0.0.1"),
                0,
                Ipv4Address.UNSPECIFIED)
            .toInstruction(
                h.programId,
                new ActivateUser.Accounts(user, pass, h.globalState(), Optional.empty(), f)));
    u = h.account(user, User.class);
    assertThat(u.tunnelId()).isEqualTo(500);
    assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/25"));
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.1"));
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);

    h.ok(h.foundation, update(user, Optional.of(Ipv4Address.parse("200.0.0.4")), 501));
    u = h.account(user, User.class);
    assertThat(u.clientIp()).isEqualTo(userIp);
    assertThat(u.cyoaType()).isEqualTo(UserCyoa.GRE_OVER_PRIVATE_PEERING);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    h.ok(h.foundation, update(user, Optional.empty(), 505));
    u = h.account(user, User.class);
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.4"));
    assertThat(u.tunnelId()).isEqualTo(505);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);

    h.ok(
        h.foundation,
        new DeleteUser(0, 0)
            .toInstruction(
                h.programId,
                new DeleteUser.Accounts(user, pass, h.globalState(), Optional.empty(), f)));
    u = h.account(user, User.class);
    assertThat(u.cyoaType()).isEqualTo(UserCyoa.GRE_OVER_PRIVATE_PEERING);
    assertThat(u.status()).isEqualTo(UserStatus.DELETING);
    h.ok(
        h.foundation,
        new CloseAccountUser(0, 0)
            .toInstruction(
                h.programId,
                new CloseAccountUser.Accounts(
                    user,
                    u.owner(),
                    u.devicePk(),
                    h.globalState(),
                    Optional.empty(),
                    Optional.empty(),
                    f)));
    assertThat(h.data(user)).isEmpty();
  }

  static Instruction update(PublicKey user, Optional<Ipv4Address> dzIp, int tunnelId) {
    return new UpdateUser(
            Optional.of(UserType.IBRL),
            Optional.of(UserCyoa.GRE_OVER_PRIVATE_PEERING),
            dzIp,
            Optional.of(tunnelId),
            Optional.of(NetworkV4.parse("169.254.0.2/25")),
            Optional.empty(),
            Optional.empty(),
            0,
            0)
        .toInstruction(
            h.programId,
            new UpdateUser.Accounts(
                user,
                h.globalState(),
                Optional.empty(),
                Optional.empty(),
                h.foundation.publicKey()));
  }
}
