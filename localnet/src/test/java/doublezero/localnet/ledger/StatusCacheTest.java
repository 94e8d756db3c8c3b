package doublezero.localnet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The status cache forgets the oldest statuses and their address index entries together.
class StatusCacheTest {
  private static long lamports = 1;

  static TransactionStatus transfer(Keypair from, PublicKey to) {
    Message m =
        Message.compile(
            List.of(SystemProgram.transfer(from.publicKey(), to, lamports++)),
            from.publicKey(),
            Blockhash.of(new byte[32]));
    Transaction tx = Transaction.unsigned(m).sign(List.of(from));
    return new TransactionStatus(
        tx.signatureBase58(),
        1,
        2,
        tx.serialize(),
        null,
        5000,
        List.of(),
        new long[3],
        new long[3],
        150);
  }

  static List<String> sigs(List<TransactionStatus> l) {
    return l.stream().map(TransactionStatus::signature).toList();
  }

  @Test
  void evictionDropsTheIndexEntriesOfForgottenTransactions() {
    StatusCache cache = new StatusCache(2);
    Keypair a = Keypair.generate();
    PublicKey b = Keypair.generate().publicKey();
    PublicKey c = Keypair.generate().publicKey();
    TransactionStatus t1 = transfer(a, b);
    TransactionStatus t2 = transfer(a, c);
    TransactionStatus t3 = transfer(a, c);
    cache.put(t1);
    cache.put(t2);
    assertThat(cache.indexedAddresses()).isEqualTo(4);
    cache.put(t3);
    assertThat(cache.get(t1.signature())).isNull();
    assertThat(cache.forAddress(b, 10, null, null)).isEmpty();
    assertThat(cache.indexedAddresses()).isEqualTo(3);
    assertThat(sigs(cache.forAddress(a.publicKey(), 10, null, null)))
        .containsExactly(t3.signature(), t2.signature());
    assertThat(sigs(cache.all())).containsExactly(t2.signature(), t3.signature());
  }

  @Test
  void aRepeatedPutKeepsThePlaceAndTakesTheNewStatus() {
    StatusCache cache = new StatusCache(10);
    Keypair a = Keypair.generate();
    TransactionStatus t1 = transfer(a, Keypair.generate().publicKey());
    TransactionStatus t2 = transfer(a, Keypair.generate().publicKey());
    cache.put(t1);
    cache.put(t2);
    TransactionStatus again =
        new TransactionStatus(
            t1.signature(),
            7,
            2,
            t1.wire(),
            null,
            5000,
            List.of("x"),
            new long[3],
            new long[3],
            150);
    cache.put(again);
    List<TransactionStatus> forA = cache.forAddress(a.publicKey(), 10, null, null);
    assertThat(sigs(forA)).containsExactly(t2.signature(), t1.signature());
    assertThat(forA.get(1).slot()).isEqualTo(7);
  }
}
