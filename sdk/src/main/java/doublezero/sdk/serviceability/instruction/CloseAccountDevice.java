package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #27 `CloseAccountDevice` (args `DeviceCloseAccountArgs`, processor
/// `PROC/device/closeaccount.rs`; `serviceability-instructions.md` §1–§3). Closes a Deleting device
/// and its resources, refunding their owners (activator only).
///
/// @param resourceCount `resource_count`: usize, encoded as u64
public record CloseAccountDevice(long resourceCount) implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.CLOSE_ACCOUNT_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u64(resourceCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CloseAccountDevice decodeArgs(BorshReader r) {
    return new CloseAccountDevice(r.u64("resource_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CloseAccountDevice`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param owner the owner account (writable)
  /// @param contributor the contributor account (writable)
  /// @param location the location account (writable)
  /// @param exchange the exchange account (writable)
  /// @param globalState the global state account (writable)
  /// @param globalConfig the global config account (writable)
  /// @param refunds the [ResourceRefundAccounts] group
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey owner,
      PublicKey contributor,
      PublicKey location,
      PublicKey exchange,
      PublicKey globalState,
      PublicKey globalConfig,
      ResourceRefundAccounts refunds,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(exchange, "exchange");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(globalConfig, "globalConfig");
      Objects.requireNonNull(refunds, "refunds");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(owner));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(location));
      m.add(AccountMeta.writable(exchange));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writable(globalConfig));
      m.addAll(refunds.metas());
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
