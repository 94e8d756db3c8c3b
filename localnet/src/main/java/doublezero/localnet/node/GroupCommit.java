package doublezero.localnet.node;

import doublezero.localnet.journal.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/// Pipelined group commit: the writer thread hands each executed batch here and goes on executing
/// the next one while this thread forces the journal. A batch's acknowledgements (`after`) run only
/// once a force that started after all of the batch's appends has returned; batches that queue up
/// while a force is running share the next one. Acknowledgements run in batch order on this thread.
/// After a failed force every pending and later batch fails.
final class GroupCommit {
  private record Batch(long seq, long slot, List<Runnable> after, Consumer<Throwable> fail) {}

  /// Told, on this thread, that every batch up to `seq` is durable and the ledger's durable slot is
  /// `slot`; runs before those batches' acknowledgements.
  interface Durable {
    void reached(long seq, long slot);
  }

  private static final Batch STOP = new Batch(0, 0, List.of(), e -> {});
  private final Journal journal;
  private final Durable durable;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile Throwable failure;

  GroupCommit(Journal journal, Durable durable) {
    this.journal = journal;
    this.durable = durable;
    this.thread = Thread.ofPlatform().name("ledger-fsync").daemon().start(this::run);
  }

  /// Queues batch `seq` (slot `slot` at its end) whose journal records are already appended.
  void submit(long seq, long slot, List<Runnable> after, Consumer<Throwable> fail) {
    Throwable f = failure;
    if (f != null) {
      fail.accept(f);
      return;
    }
    queue.add(new Batch(seq, slot, after, fail));
  }

  /// The force failure that broke the journal, or null.
  Throwable failure() {
    return failure;
  }

  /// Acknowledges everything queued so far, then stops the thread.
  void close() throws InterruptedException {
    queue.add(STOP);
    thread.join();
  }

  private void run() {
    List<Batch> batches = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      try {
        batches.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batches);
      stop = batches.remove(STOP);
      if (failure == null) {
        try {
          journal.sync();
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      Throwable f = failure;
      if (f == null && !batches.isEmpty()) {
        Batch newest = batches.getLast();
        durable.reached(newest.seq(), newest.slot());
      }
      for (Batch b : batches) {
        if (f == null) {
          b.after().forEach(Runnable::run);
        } else {
          b.fail().accept(f);
        }
      }
      batches.clear();
    }
  }
}
