package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// DeviceTunnelBlock and LinkIds, for on-chain link allocation (CreateLink, ActivateLink,
/// CloseAccountLink, §3.7). Every account is passed writable, as the reference SDK does.
///
/// @param deviceTunnelBlock the device tunnel block account (writable)
/// @param linkIds the link ids account (writable)
public record LinkAllocationAccounts(PublicKey deviceTunnelBlock, PublicKey linkIds)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public LinkAllocationAccounts {
    Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
    Objects.requireNonNull(linkIds, "linkIds");
  }

  /// @param programId the serviceability program
  /// @return the two global resource PDAs
  public static LinkAllocationAccounts derive(PublicKey programId) {
    return new LinkAllocationAccounts(
        ServiceabilityPdas.deviceTunnelBlock(programId).address(),
        ServiceabilityPdas.linkIds(programId).address());
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(deviceTunnelBlock));
    m.add(AccountMeta.writable(linkIds));
    return List.copyOf(m);
  }
}
