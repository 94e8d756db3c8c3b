package doublezero.sdk.solana.client;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.LatestBlockhash;
import doublezero.sdk.solana.rpc.NamedTransactionError;
import doublezero.sdk.solana.rpc.ProgramErrorResolver;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.SendOptions;
import doublezero.sdk.solana.rpc.SignatureStatus;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Builds, signs, sends and confirms legacy transactions: latest blockhash → compile → sign →
/// `sendTransaction` with preflight → poll `getSignatureStatuses` until the commitment is reached.
/// A failure in preflight or on the ledger becomes a [TransactionFailedException] whose custom
/// program errors carry the program's error name.
///
/// @param rpc the JSON-RPC client
/// @param resolver maps custom program error codes to names (e.g. the serviceability error table)
/// @param commitment the commitment to wait for
/// @param timeout the longest wait for confirmation
public record TransactionSender(
    RpcClient rpc, ProgramErrorResolver resolver, Commitment commitment, Duration timeout) {

  /// Sends `instructions` in one transaction paid by `payer`.
  ///
  /// @param instructions the instructions, in order
  /// @param payer fee payer, also a signer
  /// @param otherSigners further signers the instructions require (may be empty)
  /// @return the signature (base58), once the transaction reached the commitment without error
  /// @throws TransactionFailedException when preflight or the ledger rejects the transaction (a
  ///   preflight `BlockhashNotFound` is retried with a fresh blockhash, [#BLOCKHASH_ATTEMPTS] times
  ///   in all)
  /// @throws doublezero.sdk.solana.rpc.ConfirmationException when the blockhash expires or the wait
  ///   times out
  /// @throws RpcException for any other ledger or network failure
  public String send(List<Instruction> instructions, Keypair payer, List<Keypair> otherSigners) {
    for (int attempt = 1; ; attempt++) {
      try {
        return sendOnce(instructions, payer, otherSigners);
      } catch (TransactionFailedException e) {
        // Preflight refused the blockhash (it expired between getLatestBlockhash and the send,
        // e.g. on a loaded machine with short slots): nothing was executed, so a fresh blockhash
        // cannot duplicate the transaction.
        boolean staleBlockhash =
            e.signature().isEmpty()
                && e.error().name().equals(NamedTransactionError.BLOCKHASH_NOT_FOUND);
        if (!staleBlockhash || attempt == BLOCKHASH_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /// Times a transaction is built with a fresh blockhash when preflight reports
  /// `BlockhashNotFound`.
  public static final int BLOCKHASH_ATTEMPTS = 3;

  private String sendOnce(
      List<Instruction> instructions, Keypair payer, List<Keypair> otherSigners) {
    LatestBlockhash latest = rpc.getLatestBlockhash(commitment);
    Message message =
        Message.compile(instructions, payer.publicKey(), Blockhash.fromBase58(latest.blockhash()));
    List<Keypair> signers = new ArrayList<>();
    signers.add(payer);
    otherSigners.stream()
        .filter(k -> !k.publicKey().equals(payer.publicKey()))
        .forEach(signers::add);
    Transaction tx = Transaction.unsigned(message).sign(signers);
    List<PublicKey> programIds = instructions.stream().map(Instruction::programId).toList();
    String signature;
    try {
      signature =
          rpc.sendTransaction(
              tx.serialize(), SendOptions.DEFAULTS.withPreflightCommitment(commitment));
    } catch (RpcException e) {
      Optional<TransactionError> err =
          e.isPreflightFailure() ? e.transactionError(resolver, programIds) : Optional.empty();
      if (err.isPresent()) {
        throw new TransactionFailedException(null, err.get(), e.logs());
      }
      throw e;
    }
    SignatureStatus status =
        rpc.confirmTransaction(signature, commitment, latest.lastValidBlockHeight(), timeout);
    if (status.err().isPresent()) {
      List<String> logs =
          rpc.getTransaction(signature)
              .flatMap(t -> t.meta())
              .map(m -> m.logMessages())
              .orElse(List.of());
      throw new TransactionFailedException(
          signature, status.err().get().resolve(resolver, programIds), logs);
    }
    return signature;
  }
}
