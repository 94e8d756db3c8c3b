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
import java.util.Optional;

/// Instruction #58 `SubscribeMulticastGroup` (args `MulticastGroupSubscribeArgs`, processor
/// `PROC/multicastgroup/subscribe.rs`; `serviceability-instructions.md` §1–§3). Adds or removes the
/// group in a user's publisher and subscriber lists (client_ip is unused by the program).
///
/// @param clientIp `client_ip`: Ipv4Addr
/// @param publisher `publisher`: bool
/// @param subscriber `subscriber`: bool
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record SubscribeMulticastGroup(
    Ipv4Address clientIp, boolean publisher, boolean subscriber, boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SubscribeMulticastGroup {
    Objects.requireNonNull(clientIp, "client_ip");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SUBSCRIBE_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.ipv4(clientIp);
    w.bool(publisher);
    w.bool(subscriber);
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SubscribeMulticastGroup decodeArgs(BorshReader r) {
    return new SubscribeMulticastGroup(
        r.ipv4("client_ip"),
        r.bool("publisher"),
        r.bool("subscriber"),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `SubscribeMulticastGroup`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param multicastGroup the multicast group account (writable)
  /// @param accessPass the access pass account (writable)
  /// @param user the user account (writable)
  /// @param allocation the [PublisherAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey multicastGroup,
      PublicKey accessPass,
      PublicKey user,
      Optional<PublisherAllocationAccounts> allocation,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(multicastGroup, "multicastGroup");
      Objects.requireNonNull(accessPass, "accessPass");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(multicastGroup));
      m.add(AccountMeta.writable(accessPass));
      m.add(AccountMeta.writable(user));
      allocation.ifPresent(g -> m.addAll(g.metas()));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
