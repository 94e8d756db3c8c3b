package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #21 `ActivateDevice` (args `DeviceActivateArgs`, processor
/// `PROC/device/activate.rs`; `serviceability-instructions.md` §1–§3). Pending → Activated,
/// creating TunnelIds and DzPrefixBlock resources (activator only).
///
/// @param resourceCount `resource_count`: usize, encoded as u64
public record ActivateDevice(long resourceCount) implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u64(resourceCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateDevice decodeArgs(BorshReader r) {
    return new ActivateDevice(r.u64("resource_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `ActivateDevice`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param globalState the global state account (writable)
  /// @param globalConfig the global config account (writable)
  /// @param resources the [DeviceResourceAccounts] group
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey globalState,
      PublicKey globalConfig,
      DeviceResourceAccounts resources,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(globalConfig, "globalConfig");
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writable(globalConfig));
      m.addAll(resources.metas());
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
