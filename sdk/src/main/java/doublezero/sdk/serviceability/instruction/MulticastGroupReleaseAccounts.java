package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The extra accounts of DeleteMulticastGroup with use_onchain_deallocation (§3.9). Every account
/// is passed writable, as the reference SDK does.
///
/// @param multicastGroupBlock the multicast group block account (writable)
/// @param owner the owner account (writable)
public record MulticastGroupReleaseAccounts(PublicKey multicastGroupBlock, PublicKey owner)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public MulticastGroupReleaseAccounts {
    Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
    Objects.requireNonNull(owner, "owner");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(multicastGroupBlock));
    m.add(AccountMeta.writable(owner));
    return List.copyOf(m);
  }
}
