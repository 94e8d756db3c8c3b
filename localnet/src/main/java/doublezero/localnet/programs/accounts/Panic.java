package doublezero.localnet.programs.accounts;

import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;

/// A Rust panic inside an on-chain program (`assert!`, `assert_eq!`, `unwrap()`, `expect()`, an
/// index out of bounds): the program aborts, its log shows the panic message, and the instruction
/// fails with `ProgramFailedToComplete` and no custom code (`serviceability-instructions.md` §0.3,
/// kind 1).
public final class Panic {
  private Panic() {}

  /// Logs the panic message and returns the failure to throw.
  ///
  /// @param ctx the invocation, for the log line
  /// @param message the assertion message of the reference program
  /// @return `ProgramFailedToComplete`, to throw
  public static ProgramException of(InvokeContext ctx, String message) {
    ctx.log("panicked: " + message);
    return ProgramException.of(BuiltinError.ProgramFailedToComplete);
  }

  /// `assert!(condition, message)`.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` when `condition` is false
  public static void check(InvokeContext ctx, boolean condition, String message)
      throws ProgramException {
    if (!condition) {
      throw of(ctx, message);
    }
  }
}
