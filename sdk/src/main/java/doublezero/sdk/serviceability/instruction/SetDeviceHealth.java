package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #83 `SetDeviceHealth` (args `DeviceSetHealthArgs`, processor
/// `PROC/device/sethealth.rs`; `serviceability-instructions.md` §1–§3). Sets a device's health
/// (health oracle or foundation).
///
/// @param health `health`: DeviceHealth
public record SetDeviceHealth(DeviceHealth health) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetDeviceHealth {
    Objects.requireNonNull(health, "health");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_DEVICE_HEALTH;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(health.wireValue());
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetDeviceHealth decodeArgs(BorshReader r) {
    return new SetDeviceHealth(
        r.enumU8("health", DeviceHealth::fromWire, DeviceHealth.defaultVariant()));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, DeviceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
