package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.serviceability.instruction.CloseAccountDevice;
import doublezero.sdk.serviceability.instruction.ResourceRefundAccounts;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;

/// Builders shared by the device suites for instructions with long account lists.
final class DeviceInstructions {
  private DeviceInstructions() {}

  /// @return CloseAccountDevice of an activated one-prefix device (TunnelIds and one
  ///   DzPrefixBlock), refunding everything to `refund`, paid by the foundation
  static Instruction closeAccount(
      ProgramHarness h, DeviceFixtures fx, PublicKey device, World w, PublicKey refund) {
    var res = fx.resources(device, 1);
    List<PublicKey> pools = new ArrayList<>(List.of(res.tunnelIds()));
    pools.addAll(res.dzPrefixBlocks());
    return new CloseAccountDevice(pools.size())
        .toInstruction(
            h.programId,
            new CloseAccountDevice.Accounts(
                device,
                refund,
                w.contributor(),
                w.location(),
                w.exchange(),
                h.globalState(),
                h.globalConfig(),
                new ResourceRefundAccounts(pools, List.of(refund, refund)),
                h.foundation.publicKey()));
  }

  /// @return CloseAccountDevice of a never-activated device (no pools), refunding `refund`, paid by
  ///   the foundation
  static Instruction closeLegacy(
      ProgramHarness h, DeviceFixtures fx, PublicKey device, World w, PublicKey refund) {
    return new CloseAccountDevice(0)
        .toInstruction(
            h.programId,
            new CloseAccountDevice.Accounts(
                device,
                refund,
                w.contributor(),
                w.location(),
                w.exchange(),
                h.globalState(),
                h.globalConfig(),
                new ResourceRefundAccounts(List.of(), List.of()),
                h.foundation.publicKey()));
  }
}
