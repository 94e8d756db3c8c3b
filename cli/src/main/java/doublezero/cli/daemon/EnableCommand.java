package doublezero.cli.daemon;

import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Session;
import picocli.CommandLine.Command;

/// `doublezero enable` (reference `client/doublezero/src/command/enable.rs`, §C.6): turns the
/// daemon's reconciler on.
@Command(
    name = "enable",
    description = "Enable the reconciler (the daemon provisions tunnels from chain)")
public final class EnableCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    if (daemon.v2Status().reconcilerEnabled()) {
      s.out().println("Reconciler already enabled");
      return;
    }
    daemon.enable();
    s.out().println("Reconciler enabled");
  }
}
