package doublezero.cli.user;

import doublezero.cli.CliException;
import doublezero.cli.session.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/// The `-w/--wait` loop of the reference (`smartcontract/cli/src/poll_for_activation.rs`): re-reads the account every
/// second until it reaches a final status, for at most 60 s.
public final class ActivationPoll {
  /// The reference's poll interval.
  public static final Duration INTERVAL = Duration.ofSeconds(1);
  /// The reference's timeout for users and multicast groups.
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private ActivationPoll() {}

  /// @param s     the invocation (its snapshot is refreshed before each read)
  /// @param read  reads the account from a fresh snapshot (empty while not visible yet)
  /// @param done  whether the status is final (Activated or Rejected)
  /// @param what  `user` or `multicast group`, for the timeout message
  /// @param <T>   the account type
  /// @return the account in its final status
  /// @throws CliException `Timeout waiting for <what> activation after 60 seconds`
  public static <T> T await(Session s, Function<Session, Optional<T>> read, Predicate<T> done, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      s.refresh();
      Optional<T> v = read.apply(s);
      if (v.isPresent() && done.test(v.get())) {
        return v.get();
      }
      try {
        Thread.sleep(INTERVAL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException("interrupted while waiting for " + what + " activation");
      }
    }
    throw new CliException("Timeout waiting for " + what + " activation after " + TIMEOUT.toSeconds() + " seconds");
  }
}
