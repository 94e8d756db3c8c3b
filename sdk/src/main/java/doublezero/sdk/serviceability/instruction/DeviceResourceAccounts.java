package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// A device's resource extensions: TunnelIds(device, 0), then DzPrefixBlock(device, i) for i =
/// 0..n-1 (ActivateDevice, CreateDevice and UpdateDevice resource paths, §3.5). Every account is
/// passed writable, as the reference SDK does.
///
/// @param tunnelIds the tunnel ids account (writable)
/// @param dzPrefixBlocks the dz prefix blocks accounts (writable)
public record DeviceResourceAccounts(PublicKey tunnelIds, List<PublicKey> dzPrefixBlocks)
    implements AccountGroup {
  /// Copies lists; rejects nulls.
  ///
  /// @throws NullPointerException for a null account
  public DeviceResourceAccounts {
    Objects.requireNonNull(tunnelIds, "tunnelIds");
    dzPrefixBlocks = List.copyOf(dzPrefixBlocks);
  }

  /// @param programId the serviceability program
  /// @param device the device
  /// @param prefixCount how many DzPrefixBlocks (the device's dz_prefixes count, or max(old, new)
  ///   on update)
  /// @return the PDAs TunnelIds(device, 0) and DzPrefixBlock(device, 0..prefixCount-1)
  public static DeviceResourceAccounts derive(
      PublicKey programId, PublicKey device, int prefixCount) {
    List<PublicKey> blocks = new ArrayList<>();
    for (int i = 0; i < prefixCount; i++) {
      blocks.add(ServiceabilityPdas.dzPrefixBlock(programId, device, i).address());
    }
    return new DeviceResourceAccounts(
        ServiceabilityPdas.tunnelIds(programId, device, 0).address(), blocks);
  }

  /// @return the number of resource accounts, the `resource_count` the program expects (1 + blocks)
  public int count() {
    return 1 + dzPrefixBlocks.size();
  }

  /// @return the account metas in program order
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(tunnelIds));
    dzPrefixBlocks.forEach(k -> m.add(AccountMeta.writable(k)));
    return List.copyOf(m);
  }
}
