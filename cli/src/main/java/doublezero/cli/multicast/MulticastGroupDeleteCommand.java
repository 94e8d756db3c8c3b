package doublezero.cli.multicast;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.ErrorText;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeleteMulticastGroup;
import doublezero.sdk.serviceability.instruction.MulticastGroupReleaseAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.solana.key.PublicKey;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `multicast group delete --pubkey <pk|code>` (reference
/// `smartcontract/cli/src/multicastgroup/delete.rs`): first removes the group from the publisher
/// and subscriber allowlists of every AccessPass that names it (one transaction each; failures are
/// collected, not fatal), then sends DeleteMulticastGroup (#52) and prints the summary. The
/// progress lines go to stderr only when it is a terminal (the reference prints them through a
/// hidden progress bar otherwise).
@Command(name = "delete", description = "Delete a multicast group")
final class MulticastGroupDeleteCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Multicast group Pubkey to delete")
  String pubkey;

  record Failure(String clientIp, String list, String error) {}

  @Override
  protected void execute(Session s) {
    PublicKey payer = s.signer().publicKey();
    Sender.checkBalance(s, s.signer());
    LedgerView l = s.ledger();
    Keyed<MulticastGroup> g = l.multicastGroup(pubkey);
    PublicKey program = s.connection().programId();
    List<AccessPass> affected =
        l.all(AccessPass.class).stream()
            .map(Keyed::value)
            .filter(
                p ->
                    p.mgroupPubAllowlist().contains(g.key())
                        || p.mgroupSubAllowlist().contains(g.key()))
            .toList();
    PrintWriter progress = s.env().stderrTty() ? s.err() : new PrintWriter(Writer.nullWriter());
    List<Failure> failures = new ArrayList<>();
    int removed = 0;
    if (!affected.isEmpty()) {
      progress.println(
          "Removing multicast group '"
              + g.value().code()
              + "' from "
              + affected.size()
              + " AccessPass allowlist(s)...");
    }
    for (AccessPass p : affected) {
      for (boolean pub : new boolean[] {true, false}) {
        if (!(pub ? p.mgroupPubAllowlist() : p.mgroupSubAllowlist()).contains(g.key())) {
          continue;
        }
        String list = pub ? "publisher" : "subscriber";
        try {
          Sender.sendQuietly(
              s,
              List.of(
                  MulticastInstructions.allowlist(
                      program, pub, false, g.key(), p.clientIp(), p.userPayer(), payer)));
          progress.println("  ✓ Removed " + p.clientIp() + " from " + list + " allowlist");
          removed++;
        } catch (RuntimeException e) {
          String msg = ErrorText.of(e);
          progress.println(
              "  ✗ Failed to remove " + p.clientIp() + " from " + list + " allowlist: " + msg);
          failures.add(new Failure(p.clientIp().toString(), list, msg));
        }
      }
    }
    progress.flush();
    boolean onchain = MulticastInstructions.onchain(s.ledger());
    Optional<MulticastGroupReleaseAccounts> release =
        onchain
            ? Optional.of(
                new MulticastGroupReleaseAccounts(
                    ServiceabilityPdas.multicastGroupBlock(program).address(), g.value().owner()))
            : Optional.empty();
    String sig =
        Sender.sendQuietly(
            s,
            List.of(
                new DeleteMulticastGroup(onchain)
                    .toInstruction(
                        program,
                        new DeleteMulticastGroup.Accounts(
                            g.key(),
                            ServiceabilityPdas.globalState(program).address(),
                            release,
                            payer))));
    summary(s.out(), g.value().code(), sig, removed, failures);
  }

  private static void summary(
      PrintWriter out, String code, String sig, int removed, List<Failure> failures) {
    out.println();
    out.println("✓ Multicast group '" + code + "' deleted successfully");
    out.println("  Signature: " + sig);
    if (removed > 0) {
      out.println("  Removed from " + removed + " AccessPass allowlist(s)");
    }
    if (!failures.isEmpty()) {
      out.println();
      out.println(
          "⚠ Warning: Failed to remove group from "
              + failures.size()
              + " AccessPass allowlist(s):");
      failures.forEach(
          f -> out.println("  - " + f.clientIp() + " (" + f.list() + "): " + f.error()));
      out.println();
      out.println("These AccessPasses may contain stale references to the deleted group.");
    }
  }
}
