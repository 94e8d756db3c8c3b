package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #29 `ActivateLink` (args `LinkActivateArgs`, processor `PROC/link/activate.rs`;
/// `serviceability-instructions.md` §1–§3). Pending → Activated with the given (or on-chain
/// allocated) tunnel id and /31 (activator or foundation).
///
/// @param tunnelId `tunnel_id`: u16
/// @param tunnelNet `tunnel_net`: NetworkV4
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record ActivateLink(int tunnelId, NetworkV4 tunnelNet, boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ActivateLink {
    Args.u16(tunnelId, "tunnel_id");
    Objects.requireNonNull(tunnelNet, "tunnel_net");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_LINK;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u16(tunnelId);
    w.networkV4(tunnelNet);
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateLink decodeArgs(BorshReader r) {
    return new ActivateLink(
        r.u16("tunnel_id"), r.networkV4("tunnel_net"), r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `ActivateLink`, in the order the reference SDK (or, where it has no builder,
  /// the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the
  /// payer (writable signer) and the system program (marked writable, as the reference SDK does;
  /// the runtime downgrades it), §0.2.
  ///
  /// @param link the link account (writable)
  /// @param sideA the side a account (writable)
  /// @param sideZ the side z account (writable)
  /// @param globalState the global state account (writable)
  /// @param allocation the [LinkAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey link,
      PublicKey sideA,
      PublicKey sideZ,
      PublicKey globalState,
      Optional<LinkAllocationAccounts> allocation,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(sideA, "sideA");
      Objects.requireNonNull(sideZ, "sideZ");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(link));
      m.add(AccountMeta.writable(sideA));
      m.add(AccountMeta.writable(sideZ));
      m.add(AccountMeta.writable(globalState));
      allocation.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
