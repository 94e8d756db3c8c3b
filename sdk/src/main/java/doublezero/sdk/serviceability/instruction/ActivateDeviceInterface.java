package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #72 `ActivateDeviceInterface` (args `DeviceInterfaceActivateArgs`, processor
/// `PROC/device/interface/activate.rs`; `serviceability-instructions.md` §1–§3). Pending or
/// Unlinked → Activated, with given or on-chain allocated address (activator only).
///
/// @param name `name`: String (u32 length + UTF-8)
/// @param ipNet `ip_net`: NetworkV4
/// @param nodeSegmentIdx `node_segment_idx`: u16
public record ActivateDeviceInterface(String name, NetworkV4 ipNet, int nodeSegmentIdx)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ActivateDeviceInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ipNet, "ip_net");
    Args.u16(nodeSegmentIdx, "node_segment_idx");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
    w.networkV4(ipNet);
    w.u16(nodeSegmentIdx);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateDeviceInterface decodeArgs(BorshReader r) {
    return new ActivateDeviceInterface(
        r.string("name"), r.networkV4("ip_net"), r.u16("node_segment_idx"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceInterfaceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, DeviceInterfaceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
