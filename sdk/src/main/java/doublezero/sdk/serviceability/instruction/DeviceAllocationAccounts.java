package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// GlobalConfig followed by a device's resource extensions (CreateDevice atomic path, UpdateDevice
/// when dz_prefixes change, §3.5). Every account is passed writable, as the reference SDK does.
///
/// @param globalConfig the global config account (writable)
/// @param resources the [DeviceResourceAccounts] group
public record DeviceAllocationAccounts(PublicKey globalConfig, DeviceResourceAccounts resources)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public DeviceAllocationAccounts {
    Objects.requireNonNull(globalConfig, "globalConfig");
    Objects.requireNonNull(resources, "resources");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(globalConfig));
    m.addAll(resources.metas());
    return List.copyOf(m);
  }
}
