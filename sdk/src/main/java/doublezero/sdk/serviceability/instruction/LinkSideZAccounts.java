package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Side Z's contributor and device, required to reject a Requested (DZX) link (RejectLink, §3.7).
/// Every account is passed writable, as the reference SDK does.
///
/// @param contributor the contributor account (writable)
/// @param sideZDevice the side z device account (writable)
public record LinkSideZAccounts(PublicKey contributor, PublicKey sideZDevice)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public LinkSideZAccounts {
    Objects.requireNonNull(contributor, "contributor");
    Objects.requireNonNull(sideZDevice, "sideZDevice");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(contributor));
    m.add(AccountMeta.writable(sideZDevice));
    return List.copyOf(m);
  }
}
