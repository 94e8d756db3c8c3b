package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #60 `CreateContributor` (args `ContributorCreateArgs`, processor
/// `PROC/contributor/create.rs`; `serviceability-instructions.md` §1–§3). Creates a contributor at
/// PDA(account_index + 1) and airdrops its owner (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
public record CreateContributor(String code) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateContributor {
    Objects.requireNonNull(code, "code");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_CONTRIBUTOR;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateContributor decodeArgs(BorshReader r) {
    return new CreateContributor(r.string("code"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateContributor`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param contributor the contributor account (writable)
  /// @param owner the owner account (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey contributor, PublicKey owner, PublicKey globalState, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(owner));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
