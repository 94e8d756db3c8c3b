package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.PublicKey;

/// `impl Validate for AccessPass` (`STATE/accesspass.rs`): the account type (guaranteed by the
/// record type), then the pass type: SolanaValidator and SolanaRPC need a key other than the
/// default key.
public final class AccessPassRules {
  private AccessPassRules() {}

  /// Checks an AccessPass before it is written.
  ///
  /// @throws ProgramException `InvalidSolanaPubkey` (23)
  public static void validate(Invocation inv, AccessPass value) throws ProgramException {
    switch (value.accesspassType()) {
      case AccessPassType.SolanaValidator v ->
          requireKey(inv, v.nodeId(), "Invalid Solana Validator Pubkey: ");
      case AccessPassType.SolanaRpc r -> requireKey(inv, r.nodeId(), "Invalid Solana RPC Pubkey: ");
      case AccessPassType.Prepaid ignored -> {}
      case AccessPassType.Others ignored -> {}
    }
  }

  private static void requireKey(Invocation inv, PublicKey key, String message)
      throws ProgramException {
    if (key.equals(PublicKey.DEFAULT)) {
      inv.log(message + key);
      throw inv.error(ServiceabilityError.INVALID_SOLANA_PUBKEY);
    }
  }
}
