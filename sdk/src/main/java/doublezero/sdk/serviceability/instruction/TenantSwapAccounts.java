package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The tenant to release and the tenant to take (SetAccessPass, UpdateUser; the default key stands
/// for "none", §3.8, §3.10). Every account is passed writable, as the reference SDK does.
///
/// @param oldTenant the old tenant account (writable)
/// @param newTenant the new tenant account (writable)
public record TenantSwapAccounts(PublicKey oldTenant, PublicKey newTenant) implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public TenantSwapAccounts {
    Objects.requireNonNull(oldTenant, "oldTenant");
    Objects.requireNonNull(newTenant, "newTenant");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(oldTenant));
    m.add(AccountMeta.writable(newTenant));
    return List.copyOf(m);
  }
}
