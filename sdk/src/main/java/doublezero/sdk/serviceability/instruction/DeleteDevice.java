package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #26 `DeleteDevice` (args `DeviceDeleteArgs`, processor `PROC/device/delete.rs`;
/// `serviceability-instructions.md` §1–§3). Marks a device Deleting, or closes it with its
/// resources when resource_count > 0.
///
/// @param resourceCount `resource_count`: u8
public record DeleteDevice(int resourceCount) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public DeleteDevice {
    Args.u8(resourceCount, "resource_count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(resourceCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static DeleteDevice decodeArgs(BorshReader r) {
    return new DeleteDevice(r.u8("resource_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `DeleteDevice`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param contributor the contributor account (writable)
  /// @param globalState the global state account (writable)
  /// @param teardown the [DeviceTeardownAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey contributor,
      PublicKey globalState,
      Optional<DeviceTeardownAccounts> teardown,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(teardown, "teardown");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(globalState));
      teardown.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
