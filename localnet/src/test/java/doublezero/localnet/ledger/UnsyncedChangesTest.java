package doublezero.localnet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The durable view of an account written by every batch keeps up with the journal forces.
class UnsyncedChangesTest {
  private final AccountStore store = new AccountStore();
  private final UnsyncedChanges unsynced = new UnsyncedChanges(store);
  private final PublicKey k = Keypair.generate().publicKey();

  private void write(long lamports, long batch) {
    Map<PublicKey, Account> w = Map.of(k, Account.system(lamports));
    unsynced.beforeApply(store, w, batch);
    store.apply(w);
  }

  @Test
  void aHotAccountsDurableStateAdvancesWithEachForce() {
    write(100, 0);
    unsynced.durable(0, 0);
    write(200, 1);
    write(300, 2);
    write(400, 3);
    assertThat(unsynced.read(store, k).lamports()).isEqualTo(100);
    unsynced.durable(1, 1);
    assertThat(unsynced.read(store, k).lamports()).isEqualTo(200);
    write(500, 4);
    unsynced.durable(3, 3);
    assertThat(unsynced.read(store, k).lamports()).isEqualTo(400);
    unsynced.durable(4, 4);
    assertThat(unsynced.read(store, k).lamports()).isEqualTo(500);
    assertThat(unsynced.byOwner(store, Account.system(1).owner(), a -> true)).hasSize(1);
  }

  @Test
  void anAccountCreatedOrDeletedInAPendingBatchIsAbsentOrPresentAsDurable() {
    write(0, 1);
    assertThat(unsynced.read(store, k)).isNull();
    write(700, 2);
    assertThat(unsynced.read(store, k)).isNull();
    assertThat(unsynced.byOwner(store, Account.system(1).owner(), a -> true)).isEmpty();
    unsynced.durable(2, 2);
    assertThat(unsynced.read(store, k).lamports()).isEqualTo(700);
  }
}
