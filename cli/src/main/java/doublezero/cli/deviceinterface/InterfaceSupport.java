package doublezero.cli.deviceinterface;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.InterfaceAllocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Locale;
import java.util.Optional;

/// What the interface commands share (reference `smartcontract/cli/src/device/interface/*.rs`, SDK
/// `commands/device/interface/*.rs`): device lookup, `find_interface`, the contributor-wide IP
/// uniqueness check, the MTU rule and the on-chain allocation accounts.
final class InterfaceSupport {
  private InterfaceSupport() {}

  /// @param l the ledger
  /// @param arg device code or address
  /// @return the device
  /// @throws CliException `Device with pubkey/code '<arg>' not found`
  static Keyed<Device> device(LedgerView l, String arg) {
    try {
      return l.device(arg);
    } catch (CliException e) {
      throw new CliException("Device with pubkey/code '" + arg + "' not found");
    }
  }

  /// `Device::find_interface`: the first interface whose name equals `name` ignoring ASCII case.
  ///
  /// @param d the device
  /// @param name the name
  /// @return the interface in its current version
  /// @throws CliException `Interface with name '<name>' not found`
  static InterfaceV2 find(Device d, String name) {
    return d.interfaces().stream()
        .map(i -> i.toCurrentVersion())
        .filter(i -> i.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new CliException("Interface with name '" + name + "' not found"));
  }

  /// @param l the ledger
  /// @param device the device the interface belongs to
  /// @param ipNet the requested address
  /// @param skip the interface being updated (ignored in the check), or null
  /// @throws CliException `IP <net> is already assigned to interface <name> on device <code>`
  static void checkIpFree(LedgerView l, Keyed<Device> device, NetworkV4 ipNet, String skip) {
    for (Keyed<Device> k : l.all(Device.class)) {
      if (!k.value().contributorPk().equals(device.value().contributorPk())) {
        continue;
      }
      for (var i : k.value().interfaces()) {
        InterfaceV2 v = i.toCurrentVersion();
        if (skip != null && k.key().equals(device.key()) && v.name().equalsIgnoreCase(skip)) {
          continue;
        }
        if (v.ipNet().equals(ipNet)) {
          throw new CliException(
              "IP "
                  + ipNet
                  + " is already assigned to interface "
                  + v.name()
                  + " on device "
                  + k.value().code());
        }
      }
    }
  }

  /// @param cyoaOrDia whether the interface has a CYOA or DIA assignment
  /// @param mtu the requested MTU
  /// @throws CliException `CYOA/DIA interfaces must have MTU of 1500` or `WAN/DZX interfaces must
  ///   have MTU of 2048`
  static void checkMtu(boolean cyoaOrDia, int mtu) {
    if (cyoaOrDia && mtu != 1500) {
      throw new CliException("CYOA/DIA interfaces must have MTU of 1500");
    }
    if (!cyoaOrDia && mtu != 2048) {
      throw new CliException("WAN/DZX interfaces must have MTU of 2048");
    }
  }

  /// @param l the ledger
  /// @return the GlobalState
  /// @throws CliException `Globalstate not initialized`
  static GlobalState globalState(LedgerView l) {
    return l.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  /// @param gs the GlobalState
  /// @param programId the program
  /// @return DeviceTunnelBlock and SegmentRoutingIds when `OnChainAllocation` is enabled
  static Optional<InterfaceAllocationAccounts> allocation(GlobalState gs, PublicKey programId) {
    if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      return Optional.empty();
    }
    return Optional.of(
        new InterfaceAllocationAccounts(
            ServiceabilityPdas.deviceTunnelBlock(programId).address(),
            ServiceabilityPdas.segmentRoutingIds(programId).address()));
  }
}
