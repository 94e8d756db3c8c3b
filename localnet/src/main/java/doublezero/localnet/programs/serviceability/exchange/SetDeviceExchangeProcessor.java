package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetDeviceExchange;

/// `SetDeviceExchange`: not ported yet.
public final class SetDeviceExchangeProcessor {
  private SetDeviceExchangeProcessor() {}

  /// Processes one `SetDeviceExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetDeviceExchange args) throws ProgramException {
    throw inv.panic("SetDeviceExchange is not ported yet");
  }
}
