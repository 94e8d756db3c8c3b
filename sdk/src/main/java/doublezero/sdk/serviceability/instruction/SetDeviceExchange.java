package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #65 `SetDeviceExchange` (args `ExchangeSetDeviceArgs`, processor
/// `PROC/exchange/setdevice.rs`; `serviceability-instructions.md` §1–§3). Sets or clears device
/// slot 1 or 2 of an exchange (foundation only).
///
/// @param index `index`: u8
/// @param set `set`: SetDeviceOption
public record SetDeviceExchange(int index, SetDeviceOption set)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetDeviceExchange {
    Args.u8(index, "index");
    Objects.requireNonNull(set, "set");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_DEVICE_EXCHANGE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(index);
    w.u8(set.wireValue());
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetDeviceExchange decodeArgs(BorshReader r) {
    return new SetDeviceExchange(
        r.u8("index"), r.enumU8("set", SetDeviceOption::fromWire, SetDeviceOption.REMOVE));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `SetDeviceExchange`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param exchange the exchange account (writable)
  /// @param device the device account (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey exchange, PublicKey device, PublicKey globalState, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(exchange, "exchange");
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(exchange));
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
