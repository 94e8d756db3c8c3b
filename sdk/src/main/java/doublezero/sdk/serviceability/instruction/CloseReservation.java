package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #96 `CloseReservation` (args `CloseReservationArgs`, processor
/// `PROC/reservation/close.rs`; `serviceability-instructions.md` §1–§3). Closes a reservation and
/// releases its remaining seats. No reference SDK builder.
public record CloseReservation() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.CLOSE_RESERVATION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static CloseReservation decodeArgs(BorshReader r) {
    return new CloseReservation();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ReservationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ReservationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
