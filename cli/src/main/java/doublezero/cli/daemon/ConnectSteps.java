package doublezero.cli.daemon;

import doublezero.cli.error.CliException;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.cli.user.UserInstructions;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.solana.key.PublicKey;
import java.io.PrintWriter;

/// The first steps of every `connect` mode (reference `connect.rs`
/// `execute_with_service_controller`, §C.2 steps 1–5).
final class ConnectSteps {
  private ConnectSteps() {}

  /// Balance and daemon checks, the start line, the `--client-ip` deprecation warning, the daemon's
  /// client IP, the access pass check, the ID and IP lines.
  ///
  /// @param cliClientIp the deprecated `--client-ip` (ignored but warned about), or null
  /// @return the daemon's client IP
  /// @throws CliException with the reference's texts when the daemon has no client IP or there is
  ///   no valid access pass
  static Ipv4Address start(Session s, DaemonClient daemon, Ipv4Address cliClientIp) {
    PrintWriter out = s.out();
    Sender.checkBalance(s, s.signer());
    daemon.check(s.err(), s.connection().programId());
    out.println(
        "🔗  Start Provisioning User to "
            + Environment.fromProgramId(s.connection().programId()).orElse(Environment.DEVNET)
            + "...");
    if (cliClientIp != null) {
      out.println(
          "⚠️  WARNING: --client-ip on the CLI is deprecated and will be ignored. Set --client-ip"
              + " on the daemon (doublezerod) instead.");
    }
    String daemonIp = daemon.v2Status().clientIp();
    if (daemonIp.isEmpty()) {
      throw new CliException(
          "Daemon has not discovered its client IP. Ensure the daemon is running and has started "
              + "up successfully, or set --client-ip on the daemon.");
    }
    Ipv4Address ip;
    try {
      ip = Ipv4Address.parse(daemonIp);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "Daemon returned invalid client IP '" + daemonIp + "': " + e.getMessage());
    }
    PublicKey payer = s.signer().publicKey();
    checkAccessPass(s, ip, payer);
    out.println("    DoubleZero ID: " + payer);
    out.println("🔍  Provisioning User for IP: " + ip);
    return ip;
  }

  private static void checkAccessPass(Session s, Ipv4Address ip, PublicKey payer) {
    UserInstructions ui = new UserInstructions(s.connection().programId(), s.ledger(), payer);
    AccessPass pass =
        ui.accessPass(ip, Ipv4Address.UNSPECIFIED, payer)
            .orElseThrow(() -> new CliException("Access Pass not found"))
            .value();
    long epoch = s.rpc().getEpochInfo().epoch();
    if (Long.compareUnsigned(pass.lastAccessEpoch(), epoch) < 0) {
      s.out()
          .println(
              "❌  Unable to find a valid AccessPass for the IP: " + ip + " UserPayer: " + payer);
      throw new CliException(
          "A valid AccessPass is required to connect. Please contact support to obtain one.");
    }
  }
}
