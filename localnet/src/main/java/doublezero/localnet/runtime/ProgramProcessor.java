package doublezero.localnet.runtime;

import java.util.List;

/// A program served by Java code: the plug-in point for builtin and DoubleZero program ports.
///
/// The runtime calls {@link #process} with the instruction's accounts in instruction order
/// (duplicates share state) and its data. The processor reads and writes accounts through {@link
/// BorrowedAccount} (which enforces Solana's ownership, writability and executable rules), writes
/// logs and performs CPIs through the {@link InvokeContext}, and fails by throwing {@link
/// ProgramException} (e.g. `ProgramException.custom(n)` for `Custom(n)`). Any failure in any
/// instruction rolls the whole transaction back, except the fee.
@FunctionalInterface
public interface ProgramProcessor {
  /// Executes one instruction.
  ///
  /// @param ctx the invocation context (program id, logs, CPI)
  /// @param accounts the instruction's accounts, in order
  /// @param data the instruction data (do not keep a reference)
  /// @throws ProgramException to fail the instruction
  void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException;
}
