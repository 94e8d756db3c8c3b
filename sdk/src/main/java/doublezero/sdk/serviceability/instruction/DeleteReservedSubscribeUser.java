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

/// Instruction #103 `DeleteReservedSubscribeUser` (args `DeleteReservedSubscribeUserArgs`,
/// processor `PROC/user/delete_reserved_subscribe.rs`; `serviceability-instructions.md` §1–§3).
/// Closes a reserved subscriber user. No reference SDK builder.
///
/// @param dzPrefixCount `dz_prefix_count`: u8
/// @param multicastPublisherCount `multicast_publisher_count`: u8
public record DeleteReservedSubscribeUser(int dzPrefixCount, int multicastPublisherCount)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public DeleteReservedSubscribeUser {
    Args.u8(dzPrefixCount, "dz_prefix_count");
    Args.u8(multicastPublisherCount, "multicast_publisher_count");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_RESERVED_SUBSCRIBE_USER;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(dzPrefixCount);
    w.u8(multicastPublisherCount);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static DeleteReservedSubscribeUser decodeArgs(BorshReader r) {
    return new DeleteReservedSubscribeUser(
        r.u8("dz_prefix_count"), r.u8("multicast_publisher_count"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `DeleteReservedSubscribeUser`, in the order the reference SDK (or, where it
  /// has no builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()]
  /// appends the payer (writable signer) and the system program (marked writable, as the reference
  /// SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param user the user account (writable)
  /// @param device the device account (writable)
  /// @param multicastGroup the multicast group account (writable)
  /// @param globalState the global state account (writable)
  /// @param resources the [UserResourceAccounts] group (absent → not sent)
  /// @param owner the owner account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey user,
      PublicKey device,
      PublicKey multicastGroup,
      PublicKey globalState,
      Optional<UserResourceAccounts> resources,
      PublicKey owner,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(user));
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(globalState));
      resources.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writable(owner));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
