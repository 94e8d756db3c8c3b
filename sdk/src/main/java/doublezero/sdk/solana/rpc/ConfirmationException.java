package doublezero.sdk.solana.rpc;

import java.util.Optional;

/// A transaction did not reach the requested commitment (blockhash expired or timeout). A
/// transaction that landed and failed is not this exception: [RpcClient#confirmTransaction] returns
/// its status with the error.
public final class ConfirmationException extends RpcException {
  private final ConfirmationFailure failure;
  private final String signature;
  private final transient SignatureStatus lastStatus;

  /// @param url the node's URL
  /// @param failure why confirmation stopped
  /// @param signature the transaction signature (base58)
  /// @param lastStatus the last status seen, or null when the node never knew the signature
  /// @param message a readable message
  public ConfirmationException(
      String url,
      ConfirmationFailure failure,
      String signature,
      SignatureStatus lastStatus,
      String message) {
    super(RpcErrorKind.CONFIRMATION, url, "getSignatureStatuses", 0, 0, message, null, null);
    this.failure = failure;
    this.signature = signature;
    this.lastStatus = lastStatus;
  }

  /// @return why confirmation stopped
  public ConfirmationFailure failure() {
    return failure;
  }

  /// @return the transaction signature (base58)
  public String signature() {
    return signature;
  }

  /// @return the last status seen below the requested commitment, if the node knew the signature
  public Optional<SignatureStatus> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }
}
