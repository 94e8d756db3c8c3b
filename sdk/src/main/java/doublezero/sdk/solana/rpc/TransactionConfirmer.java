package doublezero.sdk.solana.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The polling loop behind [RpcClient#confirmTransaction]: status first, then block height, so a
/// transaction that landed in the last valid block is still seen before the blockhash is declared
/// expired.
final class TransactionConfirmer {
  private final RpcClient client;

  TransactionConfirmer(RpcClient client) {
    this.client = client;
  }

  SignatureStatus confirm(
      String signature, Commitment commitment, long lastValidBlockHeight, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    SignatureStatus last = null;
    while (true) {
      Optional<SignatureStatus> status = status(signature);
      if (status.isPresent()) {
        last = status.get();
        if (last.hasReached(commitment)) {
          return last;
        }
      }
      if (Long.compareUnsigned(client.getBlockHeight(commitment), lastValidBlockHeight) > 0) {
        Optional<SignatureStatus> finalLook = status(signature);
        if (finalLook.isPresent() && finalLook.get().hasReached(commitment)) {
          return finalLook.get();
        }
        throw new ConfirmationException(
            client.url(),
            ConfirmationFailure.BLOCKHASH_EXPIRED,
            signature,
            finalLook.orElse(last),
            "transaction "
                + signature
                + " expired: block height passed "
                + Long.toUnsignedString(lastValidBlockHeight)
                + " before it reached "
                + commitment);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new ConfirmationException(
            client.url(),
            ConfirmationFailure.TIMEOUT,
            signature,
            last,
            "transaction "
                + signature
                + " did not reach "
                + commitment
                + " within "
                + timeout
                + (last == null
                    ? " (not seen by the node)"
                    : " (last seen at slot " + Long.toUnsignedString(last.slot()) + ")"));
      }
      sleep(Duration.ofNanos(Math.min(left, client.config().pollInterval().toNanos())));
    }
  }

  private Optional<SignatureStatus> status(String signature) {
    return client.getSignatureStatuses(List.of(signature), false).getFirst();
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(
          RpcErrorKind.TRANSPORT,
          client.url(),
          "getSignatureStatuses",
          0,
          0,
          "confirmation of a transaction at " + client.url() + " interrupted",
          null,
          e);
    }
  }
}
