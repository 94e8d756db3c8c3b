package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetDeviceExchange;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;

/// `SetDeviceExchange` (#65, `PROC/exchange/setdevice.rs`; `serviceability-instructions.md` §3.3):
/// a foundation member fills (Set) or clears (Remove) device slot 1 or 2 of an Exchange. Set adds
/// one to the Device's `reference_count` (u32, wrapping as the release build does), Remove
/// subtracts one (saturating). The Device is written, then the Exchange. No status is checked on
/// either account.
///
/// Accounts: Exchange (owner checked, W asserted), Device (owner checked, W), GlobalState (owner
/// checked), payer (S), system program.
public final class SetDeviceExchangeProcessor {
  private SetDeviceExchangeProcessor() {}

  /// Processes one `SetDeviceExchange`.
  ///
  /// @throws ProgramException panics for an unsigned payer, foreign owners, a wrong system program
  ///   or a read-only Exchange; `NotAllowed` (8); `InvalidAccountData` for accounts of another
  ///   type; `DeviceAlreadySet` (17), `DeviceNotSet` (18), `InvalidIndex` (16); the Device and
  ///   Exchange rules' errors (6 for the same device in both slots)
  public static void process(Invocation inv, SetDeviceExchange args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount exchangeAccount = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(exchangeAccount, "PDA");
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(exchangeAccount.isWritable(), "PDA Account is not writable");
    GlobalState state = inv.globalState(globalStateAccount);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ExchangeDraft exchange = new ExchangeDraft(inv.read(exchangeAccount, Exchange.class));
    Device device = inv.read(deviceAccount, Device.class);
    long referenceCount =
        switch (args.set()) {
          case SET -> {
            fill(inv, exchange, args.index(), deviceAccount.key());
            yield (device.referenceCount() + 1) & 0xFFFF_FFFFL;
          }
          case REMOVE -> {
            clear(inv, exchange, args.index());
            yield Math.max(0, device.referenceCount() - 1);
          }
        };
    inv.write(withReferenceCount(device, referenceCount), deviceAccount, payer);
    inv.write(exchange.build(), exchangeAccount, payer);
  }

  private static void fill(Invocation inv, ExchangeDraft exchange, int index, PublicKey device)
      throws ProgramException {
    switch (index) {
      case 1 -> {
        requireEmpty(inv, exchange.device1);
        exchange.device1 = device;
      }
      case 2 -> {
        requireEmpty(inv, exchange.device2);
        exchange.device2 = device;
      }
      default -> throw inv.error(ServiceabilityError.INVALID_INDEX);
    }
  }

  private static void clear(Invocation inv, ExchangeDraft exchange, int index)
      throws ProgramException {
    switch (index) {
      case 1 -> {
        requireSet(inv, exchange.device1);
        exchange.device1 = PublicKey.DEFAULT;
      }
      case 2 -> {
        requireSet(inv, exchange.device2);
        exchange.device2 = PublicKey.DEFAULT;
      }
      default -> throw inv.error(ServiceabilityError.INVALID_INDEX);
    }
  }

  private static void requireEmpty(Invocation inv, PublicKey slot) throws ProgramException {
    if (!slot.equals(PublicKey.DEFAULT)) {
      throw inv.error(ServiceabilityError.DEVICE_ALREADY_SET);
    }
  }

  private static void requireSet(Invocation inv, PublicKey slot) throws ProgramException {
    if (slot.equals(PublicKey.DEFAULT)) {
      throw inv.error(ServiceabilityError.DEVICE_NOT_SET);
    }
  }

  private static Device withReferenceCount(Device d, long referenceCount) {
    DeviceDraft draft = DeviceDraft.of(d);
    draft.referenceCount = referenceCount;
    return draft.build();
  }
}
