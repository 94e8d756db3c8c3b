package doublezero.cli.daemon;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The waiting steps shared by `connect` and `disconnect` (reference `connect.rs`, `disconnect.rs`,
/// §C.2/C.4). The poll periods are fields so tests can shorten them.
final class DaemonFlow {
  /// Poll attempts of `/status` after `/enable` or a delete (12, every 5 s in the reference).
  static int statusPolls = 12;

  /// Time between `/status` polls.
  static Duration statusEvery = Duration.ofSeconds(5);

  private DaemonFlow() {}

  /// `exclude_ips`: the endpoints of this client's existing tunnels, so that a new tunnel gets a
  /// distinct (source, destination) pair. A user counts when it has a tunnel id (the reference's
  /// `has_unicast_tunnel` is `tunnel_id != 0`, whatever the user type, so a Multicast user's
  /// endpoint is excluded too); its endpoint is `tunnel_endpoint`, or its device's public IP when
  /// that is 0.0.0.0 (skipped when the device is not in `devices`).
  ///
  /// @param users all users on chain
  /// @param ip this client's IP
  /// @param devices the devices known to the caller
  /// @return the endpoints to avoid, in user order
  static List<Ipv4Address> excludeIps(
      List<Keyed<User>> users, Ipv4Address ip, Map<PublicKey, Device> devices) {
    List<Ipv4Address> out = new ArrayList<>();
    for (Keyed<User> u : users) {
      if (!u.value().clientIp().equals(ip) || u.value().tunnelId() == 0) {
        continue;
      }
      if (!u.value().tunnelEndpoint().isUnspecified()) {
        out.add(u.value().tunnelEndpoint());
      } else if (devices.containsKey(u.value().devicePk())) {
        out.add(devices.get(u.value().devicePk()).publicIp());
      }
    }
    return out;
  }

  /// `poll_for_user_activated`: reads the user with backoff 1 s doubling to 32 s, 8 tries.
  ///
  /// @throws CliException `Timeout waiting for user activation`, or `User status not expected` for
  ///   a user that is neither Pending nor Activated
  static void awaitActivated(Session s, PublicKey user) {
    long wait = 1000;
    for (int attempt = 0; attempt < 8; attempt++) {
      s.refresh();
      Optional<User> u = s.ledger().get(user, User.class);
      if (u.isPresent() && u.get().status() == UserStatus.ACTIVATED) {
        return;
      }
      if (u.isPresent() && u.get().status() == UserStatus.REJECTED) {
        s.out().println("    User rejected");
        throw new CliException("Timeout waiting for user activation");
      }
      sleep(Duration.ofMillis(wait));
      wait = Math.min(wait * 2, 32_000);
    }
    throw new CliException("Timeout waiting for user activation");
  }

  /// `POST /enable`, then polls `/status` for a service of `type` and prints its tunnel.
  static void enableAndWatch(Session s, DaemonClient daemon, UserType type) {
    try {
      daemon.enable();
    } catch (CliException e) {
      if (!daemon.v2Status().reconcilerEnabled()) {
        s.out()
            .println(
                "    Error: failed to enable reconciler: "
                    + e.getMessage()
                    + ". Tunnel will not be provisioned.");
        return;
      }
    }
    for (int i = 0; i < statusPolls; i++) {
      for (DaemonStatus st : daemon.status()) {
        if (type.variantName().equals(st.userType())) {
          if (st.tunnelSrc() != null) {
            s.out().println("    Tunnel Src: " + st.tunnelSrc());
          }
          if (st.tunnelDst() != null) {
            s.out().println("    Tunnel Dst: " + st.tunnelDst());
          }
          if (st.doublezeroIp() != null) {
            s.out().println("    DoubleZero IP: " + st.doublezeroIp());
          }
          s.out().println("    Session: " + st.sessionStatus());
          return;
        }
      }
      sleep(statusEvery);
    }
    s.out()
        .println(
            "    Tunnel provisioning in progress (daemon will handle it): timed out waiting for"
                + " daemon to provision tunnel");
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    }
  }
}
