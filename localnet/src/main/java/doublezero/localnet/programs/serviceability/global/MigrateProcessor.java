package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.Migrate;

/// `Migrate`: not ported yet.
public final class MigrateProcessor {
  private MigrateProcessor() {}

  /// Processes one `Migrate` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, Migrate args) throws ProgramException {
    throw inv.panic("Migrate is not ported yet");
  }
}
