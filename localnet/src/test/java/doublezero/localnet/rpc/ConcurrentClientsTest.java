package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.SendOptions;
import doublezero.sdk.solana.rpc.SignatureStatus;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// 100 concurrent clients (virtual threads, the SDK's RpcClient over HTTP): 60 send transfers
/// inside a closed group of accounts while 40 take getMultipleAccounts snapshots of the whole
/// group.
///
/// Invariants: transfer amounts cancel inside the group and each committed transfer burns exactly
/// one 5,000-lamport fee, so every snapshot must show `initial − 5000·k` for an integer `k` between
/// the transfers confirmed before the snapshot was asked for and those started after it answered.
/// Amounts are ≡ 1 (mod 5,000) lamports, so a snapshot that saw a debit without its credit (a torn
/// read) would be off by a non-multiple of 5,000. At the end every confirmed transfer must be
/// reflected in each account's exact balance.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: exact balances of accounts it funds on a ledger no one"
        + " else writes")
class ConcurrentClientsTest {
  private static final int GROUP = 20;
  private static final int SENDERS = 60;
  private static final int READERS = 40;
  private static final int TRANSFERS_PER_SENDER = 8;
  private static final long START = 10_000_000_000L;
  private static final long AMOUNT = 1_000_001L;
  private static final long FEE = 5000;

  @TempDir Path dir;

  record Sent(int from, int to, long amount, String signature) {}

  @Test
  void hundredClientsSeeConsistentSnapshotsAndEveryConfirmedTransfer() throws Exception {
    try (Localnet net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(100));
        RpcClient client =
            new RpcClient(
                net.rpcUrl(), RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED))) {
      List<Keypair> group = new ArrayList<>();
      for (int i = 0; i < GROUP; i++) {
        Keypair k = Keypair.generate();
        client.requestAirdrop(k.publicKey(), START);
        group.add(k);
      }
      List<PublicKey> keys = group.stream().map(Keypair::publicKey).toList();
      AtomicLong started = new AtomicLong();
      AtomicLong confirmed = new AtomicLong();
      Queue<Sent> sent = new ConcurrentLinkedQueue<>();
      Queue<String> violations = new ConcurrentLinkedQueue<>();
      AtomicLong snapshots = new AtomicLong();
      List<Future<?>> senders = new ArrayList<>();
      List<Future<?>> readers = new ArrayList<>();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int s = 0; s < SENDERS; s++) {
          int id = s;
          senders.add(
              pool.submit(
                  () -> {
                    for (int n = 0; n < TRANSFERS_PER_SENDER; n++) {
                      int from = (id + n) % GROUP;
                      int to = (id * 7 + n * 3 + 1) % GROUP;
                      if (to == from) {
                        to = (to + 1) % GROUP;
                      }
                      Keypair payer = group.get(from);
                      // unique per transfer (no two identical transactions), and ≡ 1 mod 5000
                      long amount = AMOUNT + FEE * (id * TRANSFERS_PER_SENDER + n);
                      Blockhash hash =
                          Blockhash.fromBase58(client.getLatestBlockhash().blockhash());
                      Message m =
                          Message.compile(
                              List.of(
                                  SystemProgram.transfer(payer.publicKey(), keys.get(to), amount)),
                              payer.publicKey(),
                              hash);
                      // the node replies once the transaction is durable; count it as started
                      // before sending
                      started.incrementAndGet();
                      String sig =
                          client.sendTransaction(
                              Transaction.unsigned(m).sign(List.of(payer)).serialize(),
                              SendOptions.DEFAULTS);
                      Optional<SignatureStatus> st =
                          client.getSignatureStatuses(List.of(sig), false).getFirst();
                      if (st.isEmpty() || st.get().err().isPresent()) {
                        violations.add("transfer " + sig + " not confirmed cleanly: " + st);
                      }
                      sent.add(new Sent(from, to, amount, sig));
                      confirmed.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (int r = 0; r < READERS; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    long lastK = 0;
                    while (senders.stream().anyMatch(f -> !f.isDone())
                        || snapshots.get() < READERS) {
                      long before = confirmed.get();
                      List<Optional<AccountInfo>> snap = client.getMultipleAccounts(keys);
                      long after = started.get();
                      long sum = snap.stream().mapToLong(a -> a.orElseThrow().lamports()).sum();
                      long burnt = GROUP * START - sum;
                      long k = burnt / FEE;
                      if (burnt % FEE != 0 || k < before || k > after || k < lastK) {
                        violations.add(
                            "snapshot sum "
                                + sum
                                + " (k="
                                + burnt / (double) FEE
                                + ", confirmed before "
                                + before
                                + ", started after "
                                + after
                                + ", previous k "
                                + lastK
                                + ")");
                      }
                      lastK = k;
                      snapshots.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (Future<?> f : senders) {
          f.get(120, TimeUnit.SECONDS);
        }
        for (Future<?> f : readers) {
          f.get(120, TimeUnit.SECONDS);
        }
      }
      assertThat(violations).isEmpty();
      assertThat(sent).hasSize(SENDERS * TRANSFERS_PER_SENDER);
      assertThat(snapshots.get()).isGreaterThanOrEqualTo(READERS);
      long[] expected = new long[GROUP];
      java.util.Arrays.fill(expected, START);
      for (Sent s : sent) {
        expected[s.from()] -= s.amount() + FEE;
        expected[s.to()] += s.amount();
      }
      List<Optional<AccountInfo>> end = client.getMultipleAccounts(keys);
      for (int i = 0; i < GROUP; i++) {
        assertThat(end.get(i).orElseThrow().lamports()).as("account %d", i).isEqualTo(expected[i]);
      }
      List<String> sigs = sent.stream().map(Sent::signature).toList();
      for (int i = 0; i < sigs.size(); i += 256) {
        assertThat(
                client.getSignatureStatuses(sigs.subList(i, Math.min(sigs.size(), i + 256)), false))
            .allSatisfy(
                st -> assertThat(st).hasValueSatisfying(v -> assertThat(v.err()).isEmpty()));
      }
    }
  }
}
