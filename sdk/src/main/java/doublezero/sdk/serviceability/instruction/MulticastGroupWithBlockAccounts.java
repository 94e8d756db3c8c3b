package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The accounts shared by [CreateMulticastGroup], [ActivateMulticastGroup], [UpdateMulticastGroup],
/// in the order the reference SDK (or, where it has no builder, the processor) expects them
/// (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the
/// system program (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
///
/// @param multicastGroup the multicast group account (writable)
/// @param globalState the global state account (writable)
/// @param multicastGroupBlock the multicast group block account (absent → not sent) (writable)
/// @param payer the fee payer and signer (writable signer)
public record MulticastGroupWithBlockAccounts(
    PublicKey multicastGroup,
    PublicKey globalState,
    Optional<PublicKey> multicastGroupBlock,
    PublicKey payer)
    implements AccountGroup {
  /// Rejects nulls.
  ///
  /// @throws NullPointerException for a null account or group
  public MulticastGroupWithBlockAccounts {
    Objects.requireNonNull(multicastGroup, "multicastGroup");
    Objects.requireNonNull(globalState, "globalState");
    Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
    Objects.requireNonNull(payer, "payer");
  }

  /// @return the account metas: the instruction's accounts, then payer and system program
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
