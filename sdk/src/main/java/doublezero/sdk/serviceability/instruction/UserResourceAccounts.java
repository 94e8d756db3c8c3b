package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The resource extensions a user allocates from when dz_prefix_count = N > 0 (§3.8):
/// UserTunnelBlock, optionally MulticastPublisherBlock, TunnelIds(device, 0), DzPrefixBlock(device,
/// 0..N-1). Every account is passed writable, as the reference SDK does.
///
/// @param userTunnelBlock the user tunnel block account (writable)
/// @param multicastPublisherBlock the multicast publisher block account (absent → not sent)
///   (writable)
/// @param tunnelIds the tunnel ids account (writable)
/// @param dzPrefixBlocks the dz prefix blocks accounts (writable)
public record UserResourceAccounts(
    PublicKey userTunnelBlock,
    Optional<PublicKey> multicastPublisherBlock,
    PublicKey tunnelIds,
    List<PublicKey> dzPrefixBlocks)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public UserResourceAccounts {
    Objects.requireNonNull(userTunnelBlock, "userTunnelBlock");
    Objects.requireNonNull(multicastPublisherBlock, "multicastPublisherBlock");
    Objects.requireNonNull(tunnelIds, "tunnelIds");
    dzPrefixBlocks = List.copyOf(dzPrefixBlocks);
  }

  /// @param programId the serviceability program
  /// @param device the user's device
  /// @param prefixCount N, the device's dz_prefixes count
  /// @param withPublisherBlock whether to include MulticastPublisherBlock (the reference SDK always
  ///   does for create/activate/update/delete)
  /// @return the PDAs in program order
  public static UserResourceAccounts derive(
      PublicKey programId, PublicKey device, int prefixCount, boolean withPublisherBlock) {
    List<PublicKey> blocks = new ArrayList<>();
    for (int i = 0; i < prefixCount; i++) {
      blocks.add(ServiceabilityPdas.dzPrefixBlock(programId, device, i).address());
    }
    return new UserResourceAccounts(
        ServiceabilityPdas.userTunnelBlock(programId).address(),
        withPublisherBlock
            ? Optional.of(ServiceabilityPdas.multicastPublisherBlock(programId).address())
            : Optional.empty(),
        ServiceabilityPdas.tunnelIds(programId, device, 0).address(),
        blocks);
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(userTunnelBlock));
    multicastPublisherBlock.ifPresent(k -> m.add(AccountMeta.writable(k)));
    m.add(AccountMeta.writable(tunnelIds));
    dzPrefixBlocks.forEach(k -> m.add(AccountMeta.writable(k)));
    return List.copyOf(m);
  }
}
