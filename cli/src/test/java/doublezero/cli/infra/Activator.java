package doublezero.cli.infra;

import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.ActivateDeviceInterface;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.DeviceInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.UnlinkDeviceInterface;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;

/// Plays the activator in CLI tests (there is no activator in [LocalCliNetwork] yet): sends, as the
/// admin, the instructions the reference activator sends, with the account lists of the reference
/// SDK's `commands/device/activate.rs`, `device/interface/{activate,unlink}.rs` and
/// `link/activate.rs` (legacy, off-chain allocation path).
public final class Activator {
  private final LocalCliNetwork n;
  private final PublicKey program = LocalCliNetwork.PROGRAM;

  /// @param n the network
  public Activator(LocalCliNetwork n) {
    this.n = n;
  }

  /// @param device a Pending device
  /// @return the device, now Activated with its TunnelIds and DzPrefixBlock pools
  public Device activateDevice(PublicKey device) {
    Device d = device(device);
    DeviceResourceAccounts res =
        DeviceResourceAccounts.derive(program, device, d.dzPrefixes().size());
    n.asAdmin(
        new ActivateDevice(res.count())
            .toInstruction(
                program,
                new ActivateDevice.Accounts(
                    device,
                    gs(),
                    ServiceabilityPdas.globalConfig(program).address(),
                    res,
                    n.admin().publicKey())));
    return device(device);
  }

  /// What the activator does with a Pending physical interface: UnlinkDeviceInterface, so it
  /// becomes `unlinked` and can be used by a link (reference `activator/src/process/iface_mgr.rs`).
  ///
  /// @param device the device
  /// @param name the interface
  public void unlinkInterface(PublicKey device, String name) {
    n.asAdmin(
        new UnlinkDeviceInterface(name)
            .toInstruction(
                program,
                new UnlinkDeviceInterface.Accounts(
                    device, gs(), Optional.empty(), n.admin().publicKey())));
  }

  /// @param device the device
  /// @param name a Pending loopback interface
  /// @param ipNet its address
  /// @param segment its node segment index
  public void activateInterface(PublicKey device, String name, NetworkV4 ipNet, int segment) {
    n.asAdmin(
        new ActivateDeviceInterface(name, ipNet, segment)
            .toInstruction(
                program,
                new DeviceInterfaceAccounts(
                    device, gs(), Optional.empty(), n.admin().publicKey())));
  }

  /// @param link a Pending link
  /// @param tunnelId its tunnel id
  /// @param net its /31 from the device tunnel block
  /// @return the link, now Activated
  public Link activateLink(PublicKey link, int tunnelId, NetworkV4 net) {
    Link l = n.client.get(link, Link.class).orElseThrow().state();
    n.asAdmin(
        new ActivateLink(tunnelId, net, false)
            .toInstruction(
                program,
                new ActivateLink.Accounts(
                    link,
                    l.sideAPk(),
                    l.sideZPk(),
                    gs(),
                    Optional.empty(),
                    n.admin().publicKey())));
    return n.client.get(link, Link.class).orElseThrow().state();
  }

  /// @param key a device address
  /// @return the device on chain
  public Device device(PublicKey key) {
    return n.client.get(key, Device.class).orElseThrow().state();
  }

  /// @param code a device code
  /// @return the device's address
  public PublicKey deviceKey(String code) {
    return n
        .client
        .getAll(doublezero.sdk.serviceability.state.AccountType.DEVICE, Device.class)
        .stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .address();
  }

  /// @param code a link code
  /// @return the link's address
  public PublicKey linkKey(String code) {
    return n
        .client
        .getAll(doublezero.sdk.serviceability.state.AccountType.LINK, Link.class)
        .stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .address();
  }

  private PublicKey gs() {
    return ServiceabilityPdas.globalState(program).address();
  }
}
