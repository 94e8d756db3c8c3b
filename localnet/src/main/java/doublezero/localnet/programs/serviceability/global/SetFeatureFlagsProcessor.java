package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;

/// `SetFeatureFlags`: not ported yet.
public final class SetFeatureFlagsProcessor {
  private SetFeatureFlagsProcessor() {}

  /// Processes one `SetFeatureFlags` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetFeatureFlags args) throws ProgramException {
    throw inv.panic("SetFeatureFlags is not ported yet");
  }
}
