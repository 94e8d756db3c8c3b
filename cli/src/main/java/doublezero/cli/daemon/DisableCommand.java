package doublezero.cli.daemon;

import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Session;
import picocli.CommandLine.Command;

/// `doublezero disable` (reference `client/doublezero/src/command/disable.rs`, §C.6): turns the
/// daemon's reconciler off, which tears down its tunnels.
@Command(
    name = "disable",
    description = "Disable the reconciler (the daemon tears its tunnels down)")
public final class DisableCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    V2Status v2 = daemon.v2Status();
    if (!v2.reconcilerEnabled()) {
      s.out().println("Reconciler already disabled");
      return;
    }
    if (!v2.services().isEmpty()) {
      s.out().println("Active tunnel(s) will be torn down");
    }
    daemon.disable();
    s.out().println("Reconciler disabled");
  }
}
