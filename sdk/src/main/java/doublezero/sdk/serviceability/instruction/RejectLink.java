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

/// Instruction #30 `RejectLink` (args `LinkRejectArgs`, processor `PROC/link/reject.rs`;
/// `serviceability-instructions.md` §1–§3). Pending or Requested → Rejected; a Requested link also
/// needs the side-Z contributor and device.
///
/// @param reason `reason`: String (u32 length + UTF-8)
public record RejectLink(String reason) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RejectLink {
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REJECT_LINK;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(reason);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RejectLink decodeArgs(BorshReader r) {
    return new RejectLink(r.string("reason"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `RejectLink`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param link the link account (writable)
  /// @param globalState the global state account (writable)
  /// @param sideZ the [LinkSideZAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey link, PublicKey globalState, Optional<LinkSideZAccounts> sideZ, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(sideZ, "sideZ");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(link));
      m.add(AccountMeta.writable(globalState));
      sideZ.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
