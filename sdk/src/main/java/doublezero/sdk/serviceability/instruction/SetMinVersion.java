package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #79 `SetMinVersion` (args `SetVersionArgs`, processor
/// `PROC/globalstate/setversion.rs`; `serviceability-instructions.md` §1–§3). Sets
/// ProgramConfig.min_compatible_version (foundation only). Accounts are the program's four-account
/// form; the reference SDK sends a broken list (§9).
///
/// @param major `min_compatible_version.major`: u32
/// @param minor `min_compatible_version.minor`: u32
/// @param patch `min_compatible_version.patch`: u32
public record SetMinVersion(long major, long minor, long patch)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetMinVersion {
    Args.u32(major, "min_compatible_version.major");
    Args.u32(minor, "min_compatible_version.minor");
    Args.u32(patch, "min_compatible_version.patch");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_MIN_VERSION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u32(major);
    w.u32(minor);
    w.u32(patch);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetMinVersion decodeArgs(BorshReader r) {
    return new SetMinVersion(
        r.u32("min_compatible_version.major"),
        r.u32("min_compatible_version.minor"),
        r.u32("min_compatible_version.patch"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ProgramConfigAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ProgramConfigAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
