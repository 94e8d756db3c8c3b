package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #75 `RemoveDeviceInterface` (args `DeviceInterfaceRemoveArgs`, processor
/// `PROC/device/interface/remove.rs`; `serviceability-instructions.md` §1–§3). Removes a Deleting
/// interface (activator only).
///
/// @param name `name`: String (u32 length + UTF-8)
public record RemoveDeviceInterface(String name) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RemoveDeviceInterface {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REMOVE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RemoveDeviceInterface decodeArgs(BorshReader r) {
    return new RemoveDeviceInterface(r.string("name"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceInterfaceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, DeviceInterfaceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
