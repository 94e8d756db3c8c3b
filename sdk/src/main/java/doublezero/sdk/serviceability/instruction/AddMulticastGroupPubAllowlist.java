package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Instruction #54 `AddMulticastGroupPubAllowlist` (args `AddMulticastGroupPubAllowlistArgs`, processor `PROC/multicastgroup/allowlist/publisher/add.rs`; `serviceability-instructions.md` §1–§3).
/// Adds the group to an access pass's publisher allowlist, creating the pass if needed.
///
/// @param clientIp `client_ip`: Ipv4Addr
/// @param userPayer `user_payer`: Pubkey
public record AddMulticastGroupPubAllowlist(Ipv4Address clientIp, PublicKey userPayer) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public AddMulticastGroupPubAllowlist {
    Objects.requireNonNull(clientIp, "client_ip");
    Objects.requireNonNull(userPayer, "user_payer");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ADD_MULTICAST_GROUP_PUB_ALLOWLIST;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.ipv4(clientIp);
    w.publicKey(userPayer);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static AddMulticastGroupPubAllowlist decodeArgs(BorshReader r) {
    return new AddMulticastGroupPubAllowlist(
        r.ipv4("client_ip"),
        r.publicKey("user_payer"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `AddMulticastGroupPubAllowlist`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param multicastGroup the multicast group account (writable)
  /// @param accessPass the access pass account (writable)
  /// @param globalState the global state account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey multicastGroup, PublicKey accessPass, PublicKey globalState, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
