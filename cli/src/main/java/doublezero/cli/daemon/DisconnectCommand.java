package doublezero.cli.daemon;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.cli.user.UserGroups;
import doublezero.cli.user.UserInstructions;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero disconnect [ibrl|multicast] [--client-ip IP]` (reference
/// `client/doublezero/src/command/disconnect.rs`, §C.4): deletes this client's users on chain (the
/// CLI discovers the client IP itself), waits for each account to disappear, then watches `/status`
/// until the daemon has removed the tunnel. The reconciler does the teardown.
@Command(name = "disconnect", description = "Disconnect your server from DoubleZero")
public final class DisconnectCommand extends CliCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODE",
      description = "ibrl or multicast (default: both)")
  String mode;

  @Option(names = "--client-ip", converter = Ipv4Converter.class, description = "Client public IP")
  Ipv4Address clientIp;

  @Option(names = "--device", hidden = true, description = "Ignored (reference compatibility)")
  String device;

  @Override
  protected void execute(Session s) {
    if (mode != null && !mode.equals("ibrl") && !mode.equals("multicast")) {
      throw usage("invalid value '" + mode + "' for '[MODE]': possible values: ibrl, multicast");
    }
    PublicKey payer = s.signer().publicKey();
    Sender.checkBalance(s, s.signer());
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    s.out().println("🔍  Decommissioning User");
    Ipv4Address ip = clientIp(s);
    for (Keyed<User> u : s.ledger().all(User.class)) {
      if (!u.value().clientIp().equals(ip) || !matches(u.value().userType())) {
        continue;
      }
      s.out().println("🔍  Deleting User Account for: " + u.key());
      deleteUser(s, payer, u.key());
    }
    waitForTeardown(s, daemon);
    s.out().println("✅  Deprovisioning Complete");
  }

  private boolean matches(UserType t) {
    if (mode == null) {
      return true;
    }
    return mode.equals("multicast") ? t == UserType.MULTICAST : t != UserType.MULTICAST;
  }

  private Ipv4Address clientIp(Session s) {
    if (clientIp != null) {
      s.out().println("    Using Public IP: " + clientIp);
      return clientIp;
    }
    try (DatagramSocket sock = new DatagramSocket()) {
      sock.connect(new InetSocketAddress("8.8.8.8", 80));
      if (sock.getLocalAddress() instanceof Inet4Address a && !a.isAnyLocalAddress()) {
        Ipv4Address ip = Ipv4Address.ofOctets(a.getAddress());
        String martian = martian(ip);
        if (martian != null) {
          throw new CliException(
              "Client IP "
                  + ip
                  + " is a BGP martian address ("
                  + martian
                  + "). A publicly routable IP address is required.");
        }
        s.out()
            .println(
                "Public IP detected: "
                    + ip
                    + " - If you want to use a different IP, set --client-ip on the daemon"
                    + " (doublezerod)");
        return ip;
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof CliException c) {
        throw c;
      }
    }
    throw new CliException("Unable to discover the public IP; pass --client-ip");
  }

  /// @return why `ip` is a BGP martian (reference `helpers.rs`), or null for a public address
  static String martian(Ipv4Address ip) {
    String[][] ranges = {
      {"0.0.0.0/8", "this network"},
      {"10.0.0.0/8", "private"},
      {"100.64.0.0/10", "shared"},
      {"127.0.0.0/8", "loopback"},
      {"169.254.0.0/16", "link local"},
      {"172.16.0.0/12", "private"},
      {"192.0.0.0/24", "IETF protocol assignments"},
      {"192.0.2.0/24", "documentation"},
      {"192.168.0.0/16", "private"},
      {"198.51.100.0/24", "documentation"},
      {"203.0.113.0/24", "documentation"},
      {"224.0.0.0/4", "multicast"},
      {"240.0.0.0/4", "reserved"}
    };
    for (String[] r : ranges) {
      if (NetworkV4.parse(r[0]).contains(ip)) {
        return r[1];
      }
    }
    return null;
  }

  private static void deleteUser(Session s, PublicKey payer, PublicKey user) {
    UserGroups.leaveAll(s, user);
    UserInstructions ui = new UserInstructions(s.connection().programId(), s.ledger(), payer);
    Sender.sendQuietly(s, List.of(ui.delete(user)));
    s.out().println("🔍  User Account deleting...");
    long wait = 1000;
    for (int attempt = 0; attempt < 8; attempt++) {
      s.refresh();
      if (s.ledger().get(user, User.class).isEmpty()) {
        return;
      }
      DaemonFlow.sleep(Duration.ofMillis(wait));
      wait = Math.min(wait * 2, 32_000);
    }
    throw new CliException("Timeout waiting for user deletion");
  }

  private void waitForTeardown(Session s, DaemonClient daemon) {
    for (int i = 0; i < DaemonFlow.statusPolls; i++) {
      try {
        boolean left =
            daemon.status().stream()
                .anyMatch(
                    st ->
                        st.userType() != null
                            && (mode == null
                                || mode.equals("multicast") == "Multicast".equals(st.userType())));
        if (!left) {
          s.out().println("    Daemon confirmed tunnel(s) removed");
          return;
        }
      } catch (CliException unreachable) {
        return;
      }
      DaemonFlow.sleep(DaemonFlow.statusEvery);
    }
    s.out()
        .println(
            "    Daemon deprovisioning in progress (will complete automatically): timed out waiting"
                + " for daemon to remove tunnel(s)");
  }
}
