package doublezero.localnet.node;

import doublezero.localnet.journal.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/// Pipelined group commit: the writer thread hands each executed batch here and goes on executing the next one
/// while this thread forces the journal. A batch's acknowledgements (`after`) run only once a force that started
/// after all of the batch's appends has returned; batches that queue up while a force is running share the next one.
/// Acknowledgements run in batch order on this thread. After a failed force every pending and later batch fails.
final class GroupCommit {
  private record Batch(List<Runnable> after, Consumer<Throwable> fail) {}

  private static final Batch STOP = new Batch(List.of(), e -> { });
  private final Journal journal;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile Throwable failure;

  GroupCommit(Journal journal) {
    this.journal = journal;
    this.thread = Thread.ofPlatform().name("ledger-fsync").daemon().start(this::run);
  }

  /// Queues a batch whose journal records are already appended.
  void submit(List<Runnable> after, Consumer<Throwable> fail) {
    Throwable f = failure;
    if (f != null) {
      fail.accept(f);
      return;
    }
    queue.add(new Batch(after, fail));
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
