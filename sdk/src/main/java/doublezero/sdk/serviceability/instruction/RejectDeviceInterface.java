package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #78 `RejectDeviceInterface` (args `DeviceInterfaceRejectArgs`, processor
/// `PROC/device/interface/reject.rs`; `serviceability-instructions.md` §1–§3). Pending → Rejected
/// (activator only).
///
/// @param name `name`: String (u32 length + UTF-8)
public record RejectDeviceInterface(String name) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RejectDeviceInterface {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REJECT_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RejectDeviceInterface decodeArgs(BorshReader r) {
    return new RejectDeviceInterface(r.string("name"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, DeviceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
