package doublezero.cli.session;

import doublezero.cli.error.CliException;
import doublezero.cli.output.Spinner;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.RpcException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/// The one `-w/--wait` helper of every mutating command (reference
/// `smartcontract/cli/src/poll_for_activation.rs`): re-reads the account by key every second until
/// it reaches a final status or the timeout passes (60 s for device, link, user and multicast
/// group; 20 s for a device interface). While an account is not readable, the SDK's error text
/// (`AccountNotFound: pubkey=<key>`, `Invalid Account Type`) becomes the timeout message's "Last
/// error". A spinner runs on stderr only when stderr is a terminal. The caller prints the result
/// with [#printStatus].
public final class ActivationWait {
  /// The reference's poll interval.
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /// The reference's timeout for devices, links, users and multicast groups.
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  /// The reference's timeout for a device interface.
  public static final Duration INTERFACE_TIMEOUT = Duration.ofSeconds(20);

  private ActivationWait() {}

  /// One poll: the current value when it has reached a final state, or why not yet.
  ///
  /// @param <T> the awaited value
  public sealed interface Poll<T> {
    /// @param value the final value
    /// @param <T> its type
    record Done<T>(T value) implements Poll<T> {}

    /// @param reason why the value is not final yet (shown in the timeout message), or null
    /// @param <T> the value type
    record NotYet<T>(String reason) implements Poll<T> {}
  }

  /// @param s the invocation
  /// @param noun what is awaited, for the timeout message (`device`, `link`, …)
  /// @param timeout how long to poll
  /// @param probe one poll
  /// @param <T> the awaited value
  /// @return the final value
  /// @throws CliException `Timeout waiting for <noun> activation after <n> seconds[. Last error:
  ///   <e>]`
  public static <T> T await(
      Session s, String noun, Duration timeout, Function<Session, Poll<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    try (Spinner ignored =
        Spinner.start(s.err(), s.env().stderrTty(), "Waiting for " + noun + " activation")) {
      while (true) {
        if (System.nanoTime() - deadline >= 0) {
          String base =
              "Timeout waiting for "
                  + noun
                  + " activation after "
                  + timeout.toSeconds()
                  + " seconds";
          throw new CliException(last == null ? base : base + ". Last error: " + last);
        }
        s.refresh();
        Poll<T> poll;
        try {
          poll = probe.apply(s);
        } catch (RpcException e) {
          poll = new Poll.NotYet<>(e.getMessage());
        }
        switch (poll) {
          case Poll.Done<T> d -> {
            return d.value();
          }
          case Poll.NotYet<T> n -> last = n.reason() == null ? last : n.reason();
        }
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_INTERVAL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("Interrupted while waiting for activation", e);
    }
  }

  /// @param s the invocation
  /// @param status the final status, Rust `Display`
  public static void printStatus(Session s, String status) {
    s.out().println("Status: " + status);
    s.out().flush();
  }

  /// Waits for a device to reach `device-provisioning`, `activated` or `rejected` (60 s).
  ///
  /// @param s the invocation
  /// @param device the device address
  /// @return the device
  /// @throws CliException `Timeout waiting for device activation after 60 seconds[. Last error: …]`
  public static Device device(Session s, PublicKey device) {
    return await(
        s,
        "device",
        TIMEOUT,
        x ->
            settled(
                x,
                device,
                Device.class,
                d ->
                    d.status() == DeviceStatus.DEVICE_PROVISIONING
                        || d.status() == DeviceStatus.ACTIVATED
                        || d.status() == DeviceStatus.REJECTED));
  }

  /// Waits for a device interface to leave `pending` (20 s; the reference's timeout message says
  /// "device").
  ///
  /// @param s the invocation
  /// @param device the device address
  /// @param name the interface name (compared ignoring case)
  /// @return the interface in its current version
  /// @throws CliException `Timeout waiting for device activation after 20 seconds[. Last error: …]`
  public static InterfaceV2 deviceInterface(Session s, PublicKey device, String name) {
    return await(
        s,
        "device",
        INTERFACE_TIMEOUT,
        x -> {
          Lookup<Device> d = lookup(x, device, Device.class);
          if (d.error() != null) {
            return new Poll.NotYet<>(d.error());
          }
          Optional<InterfaceV2> i =
              d.value().interfaces().stream()
                  .map(f -> f.toCurrentVersion())
                  .filter(
                      f -> f.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                  .findFirst();
          if (i.isEmpty()) {
            return new Poll.NotYet<>(
                "Interface '" + name + "' not found on device '" + device + "'");
          }
          return i.get().status() != InterfaceStatus.PENDING
              ? new Poll.Done<>(i.get())
              : new Poll.NotYet<>(
                  "Interface '" + name + "' found but not activated (status: Pending)");
        });
  }

  /// Waits for a link to reach `provisioning`, `activated` or `rejected` (60 s).
  ///
  /// @param s the invocation
  /// @param link the link address
  /// @return the link
  /// @throws CliException `Timeout waiting for link activation after 60 seconds[. Last error: …]`
  public static Link link(Session s, PublicKey link) {
    return await(
        s,
        "link",
        TIMEOUT,
        x ->
            settled(
                x,
                link,
                Link.class,
                l ->
                    l.status() == LinkStatus.PROVISIONING
                        || l.status() == LinkStatus.ACTIVATED
                        || l.status() == LinkStatus.REJECTED));
  }

  /// Waits for a user to reach `activated` or `rejected` (60 s).
  ///
  /// @param s the invocation
  /// @param user the user address
  /// @return the user
  /// @throws CliException `Timeout waiting for user activation after 60 seconds[. Last error: …]`
  public static User user(Session s, PublicKey user) {
    return await(
        s,
        "user",
        TIMEOUT,
        x ->
            settled(
                x,
                user,
                User.class,
                u -> u.status() == UserStatus.ACTIVATED || u.status() == UserStatus.REJECTED));
  }

  /// Waits for a multicast group to reach `activated` or `rejected` (60 s).
  ///
  /// @param s the invocation
  /// @param group the group address
  /// @return the group
  /// @throws CliException `Timeout waiting for multicast group activation after 60 seconds[. Last
  ///   error: …]`
  public static MulticastGroup multicastGroup(Session s, PublicKey group) {
    return await(
        s,
        "multicast group",
        TIMEOUT,
        x ->
            settled(
                x,
                group,
                MulticastGroup.class,
                g ->
                    g.status() == MulticastGroupStatus.ACTIVATED
                        || g.status() == MulticastGroupStatus.REJECTED));
  }

  /// One read of an account by key: the value, or the reference SDK's error text (`DZClient::get`:
  /// the RPC client's `AccountNotFound: pubkey=<key>`, `Invalid Account Type` for another type or
  /// owner).
  private record Lookup<T>(T value, String error) {}

  private static <T extends ServiceabilityAccount> Lookup<T> lookup(
      Session s, PublicKey key, Class<T> type) {
    try {
      return s.client()
          .get(key, type)
          .map(d -> new Lookup<>(d.state(), null))
          .orElseGet(() -> new Lookup<>(null, "AccountNotFound: pubkey=" + key));
    } catch (IllegalArgumentException | DecodeException e) {
      return new Lookup<>(null, "Invalid Account Type");
    }
  }

  private static <T extends ServiceabilityAccount> Poll<T> settled(
      Session s, PublicKey key, Class<T> type, Predicate<T> done) {
    Lookup<T> l = lookup(s, key, type);
    if (l.error() != null) {
      return new Poll.NotYet<>(l.error());
    }
    return done.test(l.value()) ? new Poll.Done<>(l.value()) : new Poll.NotYet<>(null);
  }
}
