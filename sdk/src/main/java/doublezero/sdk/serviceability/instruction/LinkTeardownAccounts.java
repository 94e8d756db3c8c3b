package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The extra accounts of DeleteLink with use_onchain_deallocation (§3.7). Every account is passed
/// writable, as the reference SDK does.
///
/// @param sideA the side a account (writable)
/// @param sideZ the side z account (writable)
/// @param deviceTunnelBlock the device tunnel block account (writable)
/// @param linkIds the link ids account (writable)
/// @param linkOwner the link owner account (writable)
public record LinkTeardownAccounts(
    PublicKey sideA,
    PublicKey sideZ,
    PublicKey deviceTunnelBlock,
    PublicKey linkIds,
    PublicKey linkOwner)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public LinkTeardownAccounts {
    Objects.requireNonNull(sideA, "sideA");
    Objects.requireNonNull(sideZ, "sideZ");
    Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
    Objects.requireNonNull(linkIds, "linkIds");
    Objects.requireNonNull(linkOwner, "linkOwner");
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(sideA));
    m.add(AccountMeta.writable(sideZ));
    m.add(AccountMeta.writable(deviceTunnelBlock));
    m.add(AccountMeta.writable(linkIds));
    m.add(AccountMeta.writable(linkOwner));
    return List.copyOf(m);
  }
}
