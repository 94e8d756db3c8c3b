package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #66 `AcceptLink` (args `LinkAcceptArgs`, processor `PROC/link/accept.rs`;
/// `serviceability-instructions.md` §1–§3). Requested → Pending, naming the side-Z interface
/// (side-Z contributor owner only).
///
/// @param sideZIfaceName `side_z_iface_name`: String (u32 length + UTF-8)
public record AcceptLink(String sideZIfaceName) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public AcceptLink {
    Objects.requireNonNull(sideZIfaceName, "side_z_iface_name");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACCEPT_LINK;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(sideZIfaceName);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static AcceptLink decodeArgs(BorshReader r) {
    return new AcceptLink(r.string("side_z_iface_name"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `AcceptLink`, in the order the reference SDK (or, where it has no builder, the
  /// processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends the payer
  /// (writable signer) and the system program (marked writable, as the reference SDK does; the
  /// runtime downgrades it), §0.2.
  ///
  /// @param link the link account (writable)
  /// @param contributor the contributor account (writable)
  /// @param sideZDevice the side z device account (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey link,
      PublicKey contributor,
      PublicKey sideZDevice,
      PublicKey globalState,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(sideZDevice, "sideZDevice");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(link));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(sideZDevice));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
