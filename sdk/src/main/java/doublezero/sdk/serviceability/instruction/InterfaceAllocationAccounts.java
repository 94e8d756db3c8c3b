package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// DeviceTunnelBlock and SegmentRoutingIds, for loopback allocation
/// (Create/Activate/Delete/RemoveDeviceInterface, §3.6). Every account is passed writable, as the
/// reference SDK does.
///
/// @param deviceTunnelBlock the device tunnel block account (writable)
/// @param segmentRoutingIds the segment routing ids account (writable)
public record InterfaceAllocationAccounts(PublicKey deviceTunnelBlock, PublicKey segmentRoutingIds)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public InterfaceAllocationAccounts {
    Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
    Objects.requireNonNull(segmentRoutingIds, "segmentRoutingIds");
  }

  /// @param programId the serviceability program
  /// @return the two global resource PDAs
  public static InterfaceAllocationAccounts derive(PublicKey programId) {
    return new InterfaceAllocationAccounts(
        ServiceabilityPdas.deviceTunnelBlock(programId).address(),
        ServiceabilityPdas.segmentRoutingIds(programId).address());
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(deviceTunnelBlock));
    m.add(AccountMeta.writable(segmentRoutingIds));
    return List.copyOf(m);
  }
}
