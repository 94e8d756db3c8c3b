package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import java.util.ArrayList;
import java.util.List;

/// The ResourceExtension accounts a user instruction passes for on-chain allocation, in the
/// reference's order: UserTunnelBlock, MulticastPublisherBlock (always on the create/activate
/// paths, only when `multicast_publisher_count > 0` on the others), TunnelIds(device, 0), then
/// DzPrefixBlock(device, 0..N-1)
/// (`PROC/user/resource_onchain_helpers.rs::parse_resource_extension_accounts`).
///
/// @param userTunnelBlock the global UserTunnelBlock
/// @param publisherBlock the global MulticastPublisherBlock, or null when not passed
/// @param tunnelIds the device's TunnelIds pool
/// @param dzPrefixBlocks the device's DzPrefixBlock pools
record UserPools(
    BorrowedAccount userTunnelBlock,
    BorrowedAccount publisherBlock,
    BorrowedAccount tunnelIds,
    List<BorrowedAccount> dzPrefixBlocks) {

  /// Reads the pools when `dzPrefixCount > 0` (creation and activation layout, publisher block
  /// always present).
  ///
  /// @return the pools, or null for the legacy layout
  /// @throws ProgramException `NotEnoughAccountKeys` when accounts run out
  static UserPools parse(AccountCursor accounts, int dzPrefixCount) throws ProgramException {
    return parse(accounts, dzPrefixCount, 1);
  }

  /// Reads the pools when `dzPrefixCount > 0`; the publisher block only when `publisherCount > 0`.
  ///
  /// @return the pools, or null for the legacy layout
  /// @throws ProgramException `NotEnoughAccountKeys` when accounts run out
  static UserPools parse(AccountCursor accounts, int dzPrefixCount, int publisherCount)
      throws ProgramException {
    if (dzPrefixCount == 0) {
      return null;
    }
    BorrowedAccount userTunnelBlock = accounts.next();
    BorrowedAccount publisherBlock = publisherCount > 0 ? accounts.next() : null;
    BorrowedAccount tunnelIds = accounts.next();
    List<BorrowedAccount> blocks = new ArrayList<>(dzPrefixCount);
    for (int i = 0; i < dzPrefixCount; i++) {
      blocks.add(accounts.next());
    }
    return new UserPools(userTunnelBlock, publisherBlock, tunnelIds, List.copyOf(blocks));
  }
}
