package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The extra accounts of DeleteUser's atomic path (dz_prefix_count > 0), §3.8: device, resources,
/// the tenant when the user has one, the user's owner. Every account is passed writable, as the
/// reference SDK does.
///
/// @param device the device account (writable)
/// @param resources the [UserResourceAccounts] group
/// @param tenant the tenant account (absent → not sent) (writable)
/// @param owner the owner account (writable)
public record UserTeardownAccounts(
    PublicKey device, UserResourceAccounts resources, Optional<PublicKey> tenant, PublicKey owner)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public UserTeardownAccounts {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(owner, "owner");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(device));
    m.addAll(resources.metas());
    tenant.ifPresent(k -> m.add(AccountMeta.writable(k)));
    m.add(AccountMeta.writable(owner));
    return List.copyOf(m);
  }
}
