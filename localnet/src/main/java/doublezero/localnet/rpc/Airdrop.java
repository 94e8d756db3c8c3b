package doublezero.localnet.rpc;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.node.SubmitResult;
import doublezero.localnet.runtime.TransactionError;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/// `requestAirdrop(pubkey, lamports)`: the faucet signs and submits a real system transfer, so the
/// airdrop has a signature, a status and a transaction like any other. Identical requests within
/// one slot use successively older recent blockhashes so their signatures differ.
final class Airdrop {
  private final RpcContext ctx;

  Airdrop(RpcContext ctx) {
    this.ctx = ctx;
  }

  Object call(Params p) {
    PublicKey to = p.pubkey(0, "pubkey");
    long lamports = p.u64(1, "lamports");
    p.config(2);
    Account faucet = ctx.bank().accounts().getOrNull(ctx.faucet().publicKey());
    if (faucet == null || Long.compareUnsigned(faucet.lamports(), lamports) < 0 || lamports == 0) {
      throw new RpcException(
          RpcException.INTERNAL_ERROR,
          "airdrop request failed. This can happen when the rate limit " + "is reached.",
          null);
    }
    List<BlockhashQueue.Entry> recent = ctx.bank().blockhashes().entries().reversed();
    return attempt(to, lamports, recent, 0);
  }

  private CompletableFuture<Object> attempt(
      PublicKey to, long lamports, List<BlockhashQueue.Entry> recent, int i) {
    if (i >= Math.min(recent.size(), BlockhashQueue.MAX_AGE)) {
      return CompletableFuture.failedFuture(
          new RpcException(
              RpcException.INTERNAL_ERROR,
              "airdrop request failed. This can happen when the rate limit is reached.",
              null));
    }
    Message m =
        Message.compile(
            List.of(SystemProgram.transfer(ctx.faucet().publicKey(), to, lamports)),
            ctx.faucet().publicKey(),
            Blockhash.of(recent.get(i).hash()));
    Transaction tx = Transaction.unsigned(m).sign(List.of(ctx.faucet()));
    return ctx.node()
        .submit(tx, tx.serialize(), true)
        .thenCompose(
            r ->
                switch (r) {
                  case SubmitResult.Accepted a ->
                      CompletableFuture.completedFuture((Object) a.signature());
                  case SubmitResult.PreflightFailed f ->
                      f.execution().err() instanceof TransactionError.Named n
                              && n.kind() == TransactionError.Kind.AlreadyProcessed
                          ? attempt(to, lamports, recent, i + 1)
                          : CompletableFuture.failedFuture(
                              TransactionMethods.preflightFailure(f.execution()));
                });
  }
}
