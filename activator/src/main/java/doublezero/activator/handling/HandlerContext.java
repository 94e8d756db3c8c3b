package doublezero.activator.handling;

import doublezero.activator.allocation.Holdings;
import doublezero.activator.allocation.NetworkPools;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;

/// What every handler needs: the program, the signer, the mode, the pools and the chain view.
///
/// @param programId the serviceability program
/// @param payer the activator's public key (fee payer and signer of every instruction)
/// @param onchain true when GlobalState's `onchain-allocation` flag was set at start (reference
///   §A.4, §A.8): instructions then carry zeros and the ResourceExtension accounts
/// @param holdings the pools and who holds what
/// @param view chain state
/// @param globalState the GlobalState PDA
/// @param globalConfig the GlobalConfig PDA
public record HandlerContext(
    PublicKey programId,
    PublicKey payer,
    boolean onchain,
    Holdings holdings,
    AccountView view,
    PublicKey globalState,
    PublicKey globalConfig) {

  /// Derives the GlobalState and GlobalConfig PDAs of `programId`.
  public static HandlerContext of(
      PublicKey programId, PublicKey payer, boolean onchain, Holdings holdings, AccountView view) {
    return new HandlerContext(
        programId,
        payer,
        onchain,
        holdings,
        view,
        ServiceabilityPdas.globalState(programId).address(),
        ServiceabilityPdas.globalConfig(programId).address());
  }

  /// @return the pools
  public NetworkPools pools() {
    return holdings.pools();
  }
}
