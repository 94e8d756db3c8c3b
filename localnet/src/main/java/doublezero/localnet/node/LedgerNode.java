package doublezero.localnet.node;

import doublezero.localnet.journal.Journal;
import doublezero.localnet.journal.JournalRecord;
import doublezero.localnet.journal.SnapshotState;
import doublezero.localnet.journal.Snapshots;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.AccountStore;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.localnet.runtime.Bank;
import doublezero.localnet.runtime.Execution;
import doublezero.localnet.runtime.ProgramRegistry;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The durable ledger core: one writer thread executes transactions in arrival order and appends
/// each committed one to the journal; a second thread forces the journal per batch while the writer
/// executes the next batch ({@link GroupCommit}), and only after that force completes the callers'
/// futures and tells the listener. A timer advances the slot every `slotMillis`. Snapshots are
/// taken every `snapshotEvery` records on a background thread, after which older journal segments
/// are deleted.
public final class LedgerNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("localnet.ledger");
  private static final int MAX_BATCH = 512;

  private sealed interface Task permits Submit, Tick, Writes, Stop {}

  private record Submit(
      Transaction tx, byte[] wire, boolean preflight, CompletableFuture<SubmitResult> done)
      implements Task {}

  private record Tick() implements Task {}

  private record Writes(Map<PublicKey, Account> accounts, CompletableFuture<Void> done)
      implements Task {}

  private record Stop() implements Task {}

  private final NodeConfig config;
  private final Bank bank;
  private final Journal journal;
  private final long createdMillis;
  private final boolean fresh;
  private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final Thread ticker;
  private final AtomicBoolean snapshotting = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile LedgerListener listener =
      new LedgerListener() {
        @Override
        public void onSlot(long slot) {}

        @Override
        public void onTransaction(TransactionStatus status, Map<PublicKey, Account> writes) {}
      };
  private long recordsSinceSnapshot;
  private long batchSeq;
  private Thread snapshotThread;

  /// Opens (recovering) or creates the ledger in `config.ledgerDir()`. A new ledger gets a random
  /// genesis hash and the `genesisAccounts`; an existing one ignores them.
  ///
  /// @throws doublezero.localnet.journal.LedgerCorruptException when the directory holds damaged
  ///   data
  /// @throws UncheckedIOException on I/O failure
  public LedgerNode(
      NodeConfig config, ProgramRegistry programs, Map<PublicKey, Account> genesisAccounts) {
    this.config = config;
    this.bank =
        new Bank(new AccountStore(), programs, config.slotsPerEpoch(), config.retainStatuses());
    try {
      Recovery.Outcome o = Recovery.recover(config.ledgerDir(), bank);
      this.fresh = o.fresh();
      this.journal = new Journal(config.ledgerDir(), o.nextSegment());
      this.createdMillis = o.fresh() ? System.currentTimeMillis() : o.createdMillis();
      this.recordsSinceSnapshot = o.records();
      if (o.tornBytes() > 0) {
        LOG.warn("ledger.recover: dropped torn tail file={} bytes={}", o.tornFile(), o.tornBytes());
      }
      if (!o.fresh()) {
        LOG.info(
            "ledger.recover: replayed dir={} records={} slot={} transactions={}",
            config.ledgerDir(),
            o.records(),
            bank.slot(),
            bank.transactionCount());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open ledger " + config.ledgerDir(), e);
    }
    if (fresh) {
      byte[] genesis = new byte[32];
      new SecureRandom().nextBytes(genesis);
      bank.reset(genesis, 0, List.of());
      journal.append(new JournalRecord.Genesis(genesis, createdMillis));
      journal.append(new JournalRecord.Writes(genesisAccounts));
      bank.accounts().apply(genesisAccounts);
      journal.sync();
    }
    bank.unsynced().start(bank.slot());
    writer = Thread.ofPlatform().name("ledger-writer").daemon().unstarted(this::runWriter);
    ticker = Thread.ofPlatform().name("ledger-slots").daemon().unstarted(this::runTicker);
  }

  /// Starts the writer and the slot clock.
  public LedgerNode start(LedgerListener l) {
    this.listener = l;
    writer.start();
    ticker.start();
    return this;
  }

  /// Whether this ledger was created by this open (no earlier state).
  public boolean fresh() {
    return fresh;
  }

  /// The bank (read accounts, slots, statuses; execute simulations).
  public Bank bank() {
    return bank;
  }

  /// Installs a hook that runs on the syncing thread before each journal force. While it blocks,
  /// nothing new becomes durable: acknowledgements, notifications and `confirmed` reads wait (tests
  /// use this to hold fsync back).
  ///
  /// @param hook runs before each force
  public void beforeJournalForce(Runnable hook) {
    journal.beforeForce(hook);
  }

  /// Ledger creation time, Unix milliseconds.
  public long createdMillis() {
    return createdMillis;
  }

  /// Queues a transaction (signatures already verified). The future completes after the commit is
  /// durable, or with the preflight failure, or with the signature when a transaction without
  /// preflight fails to load.
  public CompletableFuture<SubmitResult> submit(Transaction tx, byte[] wire, boolean preflight) {
    CompletableFuture<SubmitResult> f = new CompletableFuture<>();
    enqueue(new Submit(tx, wire, preflight, f), f);
    return f;
  }

  /// Durably writes accounts outside any transaction (bootstrap).
  public CompletableFuture<Void> writeAccounts(Map<PublicKey, Account> accounts) {
    CompletableFuture<Void> f = new CompletableFuture<>();
    enqueue(new Writes(Map.copyOf(accounts), f), f);
    return f;
  }

  private void enqueue(Task t, CompletableFuture<?> f) {
    if (closed.get()) {
      f.completeExceptionally(new IllegalStateException("ledger is shut down"));
      return;
    }
    queue.add(t);
  }

  /// Simulates `tx` on the current state (nothing is written).
  public Execution simulate(Transaction tx, byte[] wire) {
    return bank.execute(tx, wire);
  }

  private void runTicker() {
    long next = System.nanoTime();
    while (!closed.get()) {
      next += TimeUnit.MILLISECONDS.toNanos(config.slotMillis());
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      }
      queue.add(new Tick());
    }
  }

  private void runWriter() {
    GroupCommit commit = new GroupCommit(journal, bank.unsynced()::durable);
    List<Task> batch = new ArrayList<>(MAX_BATCH);
    boolean stop = false;
    while (!stop && commit.failure() == null) {
      batchSeq++;
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      List<Runnable> after = new ArrayList<>();
      for (Task t : batch) {
        stop |= handle(t, after);
      }
      if (!after.isEmpty()) {
        List<Task> tasks = List.copyOf(batch);
        commit.submit(batchSeq, bank.slot(), after, e -> tasks.forEach(t -> fail(t, e)));
      }
      batch.clear();
      maybeSnapshot();
    }
    try {
      commit.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    journal.close();
  }

  private static void fail(Task t, Throwable e) {
    switch (t) {
      case Submit s -> s.done().completeExceptionally(e);
      case Writes w -> w.done().completeExceptionally(e);
      case Tick k -> {}
      case Stop s -> {}
    }
  }

  private boolean handle(Task t, List<Runnable> after) {
    switch (t) {
      case Submit s -> submitNow(s, after);
      case Tick k -> {
        long slot = bank.advanceSlot();
        journal.append(new JournalRecord.Slot(slot, bank.blockhashes().latest().hash()));
        recordsSinceSnapshot++;
        after.add(() -> listener.onSlot(slot));
      }
      case Writes w -> {
        journal.append(new JournalRecord.Writes(w.accounts()));
        bank.write(w.accounts(), batchSeq);
        recordsSinceSnapshot++;
        long slot = bank.slot();
        after.add(
            () -> {
              w.done().complete(null);
              listener.onWrites(slot, w.accounts());
            });
      }
      case Stop s -> {
        return true;
      }
    }
    return false;
  }

  private void submitNow(Submit s, List<Runnable> after) {
    try {
      Execution e = bank.execute(s.tx(), s.wire());
      if (e.err() != null && s.preflight()) {
        s.done().complete(new SubmitResult.PreflightFailed(e));
        return;
      }
      String sig = s.tx().signatureBase58();
      if (!e.committable()) {
        s.done().complete(new SubmitResult.Accepted(sig));
        return;
      }
      TransactionStatus st = bank.commit(e, System.currentTimeMillis() / 1000, batchSeq);
      journal.append(new JournalRecord.Tx(st, e.writes()));
      recordsSinceSnapshot++;
      after.add(
          () -> {
            s.done().complete(new SubmitResult.Accepted(sig));
            listener.onTransaction(st, e.writes());
          });
    } catch (RuntimeException ex) {
      s.done().completeExceptionally(ex);
    }
  }

  private void maybeSnapshot() {
    if (recordsSinceSnapshot < config.snapshotEvery() || !snapshotting.compareAndSet(false, true)) {
      return;
    }
    long next =
        journal.rotate(
            new JournalRecord.SegmentStart(
                journal.segment() + 1,
                bank.genesisHash(),
                bank.slot(),
                bank.transactionCount(),
                bank.feesCollected()));
    SnapshotState state =
        new SnapshotState(
            next,
            bank.genesisHash(),
            createdMillis,
            bank.slot(),
            bank.blockhashes().entries(),
            bank.transactionCount(),
            bank.feesCollected(),
            bank.accounts().copy(),
            bank.statuses());
    recordsSinceSnapshot = 0;
    snapshotThread =
        Thread.ofPlatform()
            .name("ledger-snapshot")
            .daemon()
            .start(
                () -> {
                  try {
                    Snapshots.write(config.ledgerDir(), state);
                    for (long seq : Journal.segments(config.ledgerDir())) {
                      if (seq < next) {
                        Files.deleteIfExists(Journal.segmentPath(config.ledgerDir(), seq));
                      }
                    }
                  } catch (IOException | RuntimeException e) {
                    // The journal still holds everything; the next snapshot retries.
                  } finally {
                    snapshotting.set(false);
                  }
                });
  }

  /// Stops the clock, finishes queued work, syncs and closes the journal.
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ticker.interrupt();
    queue.add(new Stop());
    try {
      writer.join(10_000);
      Thread snap = snapshotThread;
      if (snap != null) {
        snap.join(30_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Task t;
    while ((t = queue.poll()) != null) {
      fail(t, new IllegalStateException("ledger is shut down"));
    }
  }
}
