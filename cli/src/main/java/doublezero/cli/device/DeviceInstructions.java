package doublezero.cli.device;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;

/// What the reference SDK device commands share (`smartcontract/sdk/rs/src/commands/device/*.rs`):
/// the GlobalState (`Globalstate not initialized`), the on-chain allocation feature flag and the
/// device resource accounts.
final class DeviceInstructions {
  private DeviceInstructions() {}

  /// @param l the ledger
  /// @return the GlobalState
  /// @throws CliException `Globalstate not initialized`
  static GlobalState globalState(LedgerView l) {
    return l.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  /// @param gs the GlobalState
  /// @return whether `OnChainAllocation` is enabled
  static boolean onchain(GlobalState gs) {
    return gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION);
  }

  /// @param programId the program
  /// @return the GlobalState PDA
  static PublicKey globalStateKey(PublicKey programId) {
    return ServiceabilityPdas.globalState(programId).address();
  }

  /// GlobalConfig, TunnelIds(device, 0), DzPrefixBlock(device, 0..n-1).
  ///
  /// @param programId the program
  /// @param device the device
  /// @param prefixCount the number of DzPrefixBlocks
  /// @return the allocation accounts
  static DeviceAllocationAccounts allocation(
      PublicKey programId, PublicKey device, int prefixCount) {
    return new DeviceAllocationAccounts(
        ServiceabilityPdas.globalConfig(programId).address(),
        DeviceResourceAccounts.derive(programId, device, prefixCount));
  }
}
