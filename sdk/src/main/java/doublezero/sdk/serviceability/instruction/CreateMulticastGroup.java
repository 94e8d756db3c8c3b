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

/// Instruction #46 `CreateMulticastGroup` (args `MulticastGroupCreateArgs`, processor `PROC/multicastgroup/create.rs`; `serviceability-instructions.md` §1–§3).
/// Creates a multicast group at PDA(account_index + 1) owned by args.owner (foundation only).
///
/// @param code `code`: String (u32 length + UTF-8)
/// @param maxBandwidth `max_bandwidth`: u64, unsigned
/// @param owner `owner`: Pubkey
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record CreateMulticastGroup(String code, long maxBandwidth, PublicKey owner, boolean useOnchainAllocation) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateMulticastGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(owner, "owner");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(code);
    w.u64(maxBandwidth);
    w.publicKey(owner);
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateMulticastGroup decodeArgs(BorshReader r) {
    return new CreateMulticastGroup(
        r.string("code"),
        r.u64("max_bandwidth"),
        r.publicKey("owner"),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `CreateMulticastGroup`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param multicastGroup the multicast group account (writable)
  /// @param globalState the global state account (writable)
  /// @param multicastGroupBlock the multicast group block account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey multicastGroup, PublicKey globalState, Optional<PublicKey> multicastGroupBlock, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(globalState));
      multicastGroupBlock.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
