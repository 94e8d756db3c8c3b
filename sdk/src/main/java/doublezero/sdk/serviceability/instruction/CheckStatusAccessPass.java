package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #70 `CheckStatusAccessPass` (args `CheckStatusAccessPassArgs`, processor
/// `PROC/accesspass/check_status.rs`; `serviceability-instructions.md` §1–§3). Recomputes an access
/// pass's status from the epoch (activator or foundation).
public record CheckStatusAccessPass() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.CHECK_STATUS_ACCESS_PASS;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static CheckStatusAccessPass decodeArgs(BorshReader r) {
    return new CheckStatusAccessPass();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CheckStatusAccessPass`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param accessPass the access pass account (writable)
  /// @param globalState the global state account (read-only)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey accessPass, PublicKey globalState, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.readonly(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
