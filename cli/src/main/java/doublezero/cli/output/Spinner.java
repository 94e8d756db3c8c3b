package doublezero.cli.output;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/// A progress spinner on stderr, shown only when stderr is a terminal (reference `helpers.rs`
/// `init_command`: indicatif hides its output when stderr is not a TTY). Ticks `- \ | /` with the
/// elapsed time; cleared when closed.
public final class Spinner implements AutoCloseable {
  private static final char[] TICKS = {'-', '\\', '|', '/'};
  private final PrintWriter err;
  private final Thread thread;

  private Spinner(PrintWriter err, String message) {
    this.err = err;
    Instant start = Instant.now();
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  int i = 0;
                  while (!Thread.currentThread().isInterrupted()) {
                    long s = Duration.between(start, Instant.now()).toSeconds();
                    synchronized (err) {
                      err.print(
                          String.format(
                              "\r\u001b[32m%c\u001b[0m [%02d:%02d:%02d] %s",
                              TICKS[i++ % 4], s / 3600, s / 60 % 60, s % 60, message));
                      err.flush();
                    }
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  /// @param err standard error
  /// @param tty whether stderr is a terminal; when not, nothing is shown
  /// @param message what is being waited for
  /// @return the running spinner (a no-op one when not a terminal)
  public static Spinner start(PrintWriter err, boolean tty, String message) {
    return tty ? new Spinner(err, message) : new Spinner();
  }

  private Spinner() {
    this.err = null;
    this.thread = null;
  }

  /// Stops the spinner and clears its line.
  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (err) {
        err.print("\r\u001b[2K");
        err.flush();
      }
    }
  }
}
