package doublezero.localnet.activation;

import static org.awaitility.Awaitility.await;

import doublezero.localnet.programs.serviceability.device.UpdateDeviceBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.instruction.DeleteDeviceInterface;
import doublezero.sdk.serviceability.instruction.DeleteMulticastGroup;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.Optional;

/// The operator side of tearing an [E2eNetwork] down with real instructions (legacy, off-chain
/// paths: each puts the account or interface in Deleting and leaves the close step to the
/// activator), plus the waits the teardown tests share.
final class E2eTeardown {
  private E2eTeardown() {}

  /// UpdateDevice by the foundation (which may set any status and the counters).
  static void updateDevice(E2eNetwork n, PublicKey device, UpdateDeviceBuilder args) {
    n.h.ok(
        n.h.foundation,
        args.build()
            .toInstruction(
                n.h.programId,
                new UpdateDevice.Accounts(
                    device,
                    n.contributor,
                    n.location,
                    n.location,
                    n.h.globalState(),
                    Optional.empty(),
                    n.h.foundation.publicKey())));
  }

  /// DeleteDeviceInterface (legacy: the interface becomes Deleting) by the contributor owner (the
  /// foundation).
  static void deleteInterface(E2eNetwork n, PublicKey device, String name) {
    n.h.ok(
        n.h.foundation,
        new DeleteDeviceInterface(name, false)
            .toInstruction(
                n.h.programId,
                new DeviceContributorInterfaceAccounts(
                    device,
                    n.contributor,
                    n.h.globalState(),
                    Optional.empty(),
                    n.h.foundation.publicKey())));
  }

  /// DeleteDevice (legacy, resource_count 0: the device becomes Deleting).
  static void deleteDevice(E2eNetwork n, PublicKey device) {
    n.h.ok(
        n.h.foundation,
        new DeleteDevice(0)
            .toInstruction(
                n.h.programId,
                new DeleteDevice.Accounts(
                    device,
                    n.contributor,
                    n.h.globalState(),
                    Optional.empty(),
                    n.h.foundation.publicKey())));
  }

  /// DeleteMulticastGroup (legacy: the group becomes Deleting) by the foundation.
  static void deleteGroup(E2eNetwork n, PublicKey group) {
    n.h.ok(
        n.h.foundation,
        new DeleteMulticastGroup(false)
            .toInstruction(
                n.h.programId,
                new DeleteMulticastGroup.Accounts(
                    group, n.h.globalState(), Optional.empty(), n.h.foundation.publicKey())));
  }

  /// DeleteUser (legacy: the user becomes Deleting) by its owner.
  static void deleteUser(E2eNetwork n, Keypair owner, PublicKey user, Ipv4Address clientIp) {
    n.h.ok(
        owner,
        new DeleteUser(0, 0)
            .toInstruction(
                n.h.programId,
                new DeleteUser.Accounts(
                    user,
                    n.f.accessPassPda(clientIp, owner.publicKey()),
                    n.h.globalState(),
                    Optional.empty(),
                    owner.publicKey())));
  }

  /// Waits until `device` reaches `status`.
  static void awaitDevice(E2eNetwork n, PublicKey device, DeviceStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> n.h.data(device).map(d -> Device.decode(d).status() == status).orElse(false));
  }

  /// Waits until the account no longer exists.
  static void awaitClosed(E2eNetwork n, PublicKey account) {
    await().atMost(Duration.ofSeconds(10)).until(() -> n.h.data(account).isEmpty());
  }

  /// Waits until `device` has no interface called `name`.
  static void awaitRemoved(E2eNetwork n, PublicKey device, String name) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> n.h.account(device, Device.class).findInterface(name).isEmpty());
  }

  /// Waits until `device` has a settled interface called `name` (Activated or Unlinked) and returns
  /// it.
  static Interface awaitSettled(E2eNetwork n, PublicKey device, String name) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                n.h
                    .account(device, Device.class)
                    .findInterface(name)
                    .filter(
                        i ->
                            i.status() == InterfaceStatus.ACTIVATED
                                || i.status() == InterfaceStatus.UNLINKED)
                    .isPresent());
    return n.h.account(device, Device.class).findInterface(name).orElseThrow();
  }
}
