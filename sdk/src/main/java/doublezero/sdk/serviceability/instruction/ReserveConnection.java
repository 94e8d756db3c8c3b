package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #95 `ReserveConnection` (args `ReserveConnectionArgs`, processor
/// `PROC/reservation/reserve.rs`; `serviceability-instructions.md` §1–§3). Reserves seats on a
/// device at PDA(device, payer) (reservation authority or foundation). No reference SDK builder.
///
/// @param count `count`: u16
public record ReserveConnection(int count) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ReserveConnection {
    Args.u16(count, "count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.RESERVE_CONNECTION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u16(count);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ReserveConnection decodeArgs(BorshReader r) {
    return new ReserveConnection(r.absent("count") ? 1 : r.u16("count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ReservationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ReservationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
