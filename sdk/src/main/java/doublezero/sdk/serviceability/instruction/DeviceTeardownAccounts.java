package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The extra accounts of DeleteDevice's atomic path (resource_count > 0), §3.5: location, exchange,
/// resources and their refund owners, device owner. Every account is passed writable, as the
/// reference SDK does.
///
/// @param location the location account (writable)
/// @param exchange the exchange account (writable)
/// @param refunds the [ResourceRefundAccounts] group
/// @param deviceOwner the device owner account (writable)
public record DeviceTeardownAccounts(
    PublicKey location, PublicKey exchange, ResourceRefundAccounts refunds, PublicKey deviceOwner)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public DeviceTeardownAccounts {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(refunds, "refunds");
    Objects.requireNonNull(deviceOwner, "deviceOwner");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(location));
    m.add(AccountMeta.writable(exchange));
    m.addAll(refunds.metas());
    m.add(AccountMeta.writable(deviceOwner));
    return List.copyOf(m);
  }
}
