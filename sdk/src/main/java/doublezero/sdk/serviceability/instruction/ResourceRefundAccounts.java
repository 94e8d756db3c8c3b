package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;

/// Resource extensions to close and, in the same order, the accounts that receive their lamports
/// (DeleteDevice atomic path, CloseAccountDevice, §3.5). Metas: all resources, then all owners.
/// Every account is passed writable, as the reference SDK does.
///
/// @param resources the resources accounts (writable)
/// @param resourceOwners the resource owners accounts (writable)
public record ResourceRefundAccounts(List<PublicKey> resources, List<PublicKey> resourceOwners)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public ResourceRefundAccounts {
    resources = List.copyOf(resources);
    resourceOwners = List.copyOf(resourceOwners);
    if (resources.size() != resourceOwners.size()) {
      throw new IllegalArgumentException(
          resources.size() + " resources but " + resourceOwners.size() + " owners");
    }
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    resources.forEach(k -> m.add(AccountMeta.writable(k)));
    resourceOwners.forEach(k -> m.add(AccountMeta.writable(k)));
    return List.copyOf(m);
  }
}
