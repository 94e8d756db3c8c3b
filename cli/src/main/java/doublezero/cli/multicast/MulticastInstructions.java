package doublezero.cli.multicast;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupPubAllowlist;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupSubAllowlist;
import doublezero.sdk.serviceability.instruction.MulticastAllowlistAccounts;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupPubAllowlist;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupSubAllowlist;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Builds the multicast-group allowlist instructions as the reference SDK does
/// (`smartcontract/sdk/rs/src/commands/
/// multicastgroup/allowlist/{publisher,subscriber}/{add,remove}.rs`): group, AccessPass
/// PDA(client_ip, user_payer), GlobalState.
public final class MulticastInstructions {
  private MulticastInstructions() {}

  /// @param l the snapshot
  /// @return the GlobalState
  /// @throws CliException `Globalstate not initialized`
  static GlobalState globalState(LedgerView l) {
    return l.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  /// @param l the snapshot
  /// @return whether GlobalState has `OnChainAllocation`
  static boolean onchain(LedgerView l) {
    return globalState(l).featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION);
  }

  /// @param programId the serviceability program
  /// @param publisher the publisher allowlist (else the subscriber one)
  /// @param add add (else remove)
  /// @param group the group
  /// @param clientIp the pass's client IP
  /// @param userPayer the pass's payer
  /// @param payer the signer
  /// @return Add/RemoveMulticastGroup{Pub,Sub}Allowlist (#54–#57)
  public static Instruction allowlist(
      PublicKey programId,
      boolean publisher,
      boolean add,
      PublicKey group,
      Ipv4Address clientIp,
      PublicKey userPayer,
      PublicKey payer) {
    MulticastAllowlistAccounts a =
        new MulticastAllowlistAccounts(
            group,
            ServiceabilityPdas.accessPass(programId, clientIp, userPayer).address(),
            ServiceabilityPdas.globalState(programId).address(),
            payer);
    if (publisher) {
      return add
          ? new AddMulticastGroupPubAllowlist(clientIp, userPayer).toInstruction(programId, a)
          : new RemoveMulticastGroupPubAllowlist(clientIp, userPayer).toInstruction(programId, a);
    }
    return add
        ? new AddMulticastGroupSubAllowlist(clientIp, userPayer).toInstruction(programId, a)
        : new RemoveMulticastGroupSubAllowlist(clientIp, userPayer).toInstruction(programId, a);
  }
}
