package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeLocation;

/// `ResumeLocation`: not ported yet.
public final class ResumeLocationProcessor {
  private ResumeLocationProcessor() {}

  /// Processes one `ResumeLocation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ResumeLocation args) throws ProgramException {
    throw inv.panic("ResumeLocation is not ported yet");
  }
}
