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

/// Instruction #53 `DeactivateMulticastGroup` (args `MulticastGroupDeactivateArgs`, processor
/// `PROC/multicastgroup/closeaccount.rs`; `serviceability-instructions.md` §1–§3). Closes a
/// Deleting group, refunding its owner (activator only).
///
/// @param useOnchainDeallocation `use_onchain_deallocation`: bool
public record DeactivateMulticastGroup(boolean useOnchainDeallocation)
    implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.DEACTIVATE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.bool(useOnchainDeallocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static DeactivateMulticastGroup decodeArgs(BorshReader r) {
    return new DeactivateMulticastGroup(r.bool("use_onchain_deallocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `DeactivateMulticastGroup`, in the order the reference SDK (or, where it has
  /// no builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()]
  /// appends the payer (writable signer) and the system program (marked writable, as the reference
  /// SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param multicastGroup the multicast group account (writable)
  /// @param owner the owner account (writable)
  /// @param globalState the global state account (writable)
  /// @param multicastGroupBlock the multicast group block account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey multicastGroup,
      PublicKey owner,
      PublicKey globalState,
      Optional<PublicKey> multicastGroupBlock,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(owner));
      m.add(AccountMeta.writable(globalState));
      multicastGroupBlock.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
