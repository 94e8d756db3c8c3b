package doublezero.localnet.programs.telemetry;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;

/// Reads a serviceability account the way the telemetry program does, through the serviceability
/// crate's `TryFrom<&AccountInfo>` for the state type (`Device::try_from`, `Link::try_from`,
/// `Exchange::try_from`).
final class ServiceabilityState {
  private ServiceabilityState() {}

  /// @return the account's state
  /// @throws ProgramException `InvalidAccountData` when the data does not decode or holds another
  ///   type
  static <T extends ServiceabilityAccount> T read(
      InvokeContext ctx, BorrowedAccount account, Class<T> type) throws ProgramException {
    ServiceabilityAccount value;
    try {
      value = ServiceabilityAccounts.decode(account.data());
    } catch (DecodeException e) {
      ctx.log("Failed to deserialize " + type.getSimpleName() + ": " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (!type.isInstance(value)) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    return type.cast(value);
  }
}
