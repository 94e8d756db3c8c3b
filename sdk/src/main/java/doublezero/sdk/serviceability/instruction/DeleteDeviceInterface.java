package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #74 `DeleteDeviceInterface` (args `DeviceInterfaceDeleteArgs`, processor
/// `PROC/device/interface/delete.rs`; `serviceability-instructions.md` §1–§3). Marks an interface
/// Deleting, or removes it and frees its allocations with use_onchain_deallocation.
///
/// @param name `name`: String (u32 length + UTF-8)
/// @param useOnchainDeallocation `use_onchain_deallocation`: bool
public record DeleteDeviceInterface(String name, boolean useOnchainDeallocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public DeleteDeviceInterface {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
    w.bool(useOnchainDeallocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static DeleteDeviceInterface decodeArgs(BorshReader r) {
    return new DeleteDeviceInterface(r.string("name"), r.bool("use_onchain_deallocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceContributorInterfaceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(
      PublicKey programId, DeviceContributorInterfaceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
