package doublezero.cli.tenant;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeleteTenant;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.TenantSwapAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero tenant delete --pubkey <pk|code> [--allow-delete-users]` (reference
/// `smartcontract/cli/src/tenant/delete.rs`). Without the flag a tenant with `reference_count > 0`
/// is refused. With it, every user of the tenant is deleted first (DeleteUser, see
/// [TenantUserTeardown]). Either way every access pass whose tenant allowlist holds the tenant is
/// re-set with no tenant (SetAccessPass #67 `[pass, globalstate (read-only), user_payer, old
/// tenant, default, payer, system]`); when users were deleted the command then waits (1 s doubling
/// to 32 s, 8 tries) for the activator to bring `reference_count` to 0. Finally DeleteTenant (#90)
/// `[tenant, globalstate (read-only), vrf_ids, payer, system]`, printing `\n✓ Tenant '<code>'
/// deleted successfully\n Signature: <sig>`.
@Command(name = "delete", description = "Delete a tenant.")
final class TenantDeleteCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Tenant pubkey or code to delete.")
  String pubkey;

  @Option(
      names = "--allow-delete-users",
      description = "Delete the tenant's users first (cascade).")
  boolean allowDeleteUsers;

  @Override
  protected void execute(Session s) {
    Sender.checkBalance(s, s.signer());
    Keyed<Tenant> t = s.ledger().tenant(pubkey);
    if (t.value().referenceCount() > 0 && !allowDeleteUsers) {
      throw new CliException(
          "Cannot delete tenant with reference_count > 0 (current: "
              + t.value().referenceCount()
              + "). Use --allow-delete-users to cascade delete.");
    }
    List<Keyed<User>> users = List.of();
    if (allowDeleteUsers) {
      users =
          s.ledger().all(User.class).stream()
              .filter(u -> u.value().tenantPk().equals(t.key()))
              .toList();
      for (Keyed<User> u : users) {
        TenantUserTeardown.delete(s, u);
      }
    }
    clearAccessPasses(s, t.key());
    if (!users.isEmpty()) {
      awaitUnreferenced(s);
    }
    PublicKey program = s.connection().programId();
    String sig =
        Sender.sendQuietly(
            s,
            List.of(
                new DeleteTenant()
                    .toInstruction(
                        program,
                        new DeleteTenant.Accounts(
                            t.key(),
                            ServiceabilityPdas.globalState(program).address(),
                            ServiceabilityPdas.vrfIds(program).address(),
                            s.signer().publicKey()))));
    s.out().println();
    s.out().println("✓ Tenant '" + t.value().code() + "' deleted successfully");
    s.out().println("  Signature: " + sig);
  }

  private static void clearAccessPasses(Session s, PublicKey tenant) {
    LedgerView ledger = s.ledger();
    PublicKey program = s.connection().programId();
    for (Keyed<AccessPass> k : ledger.all(AccessPass.class)) {
      AccessPass ap = k.value();
      if (!ap.tenantAllowlist().contains(tenant)) {
        continue;
      }
      long last = ap.lastAccessEpoch();
      if (last != 0 && last != -1L) {
        long epoch = s.rpc().getEpochInfo().epoch();
        if (Long.compareUnsigned(last, epoch) < 0) {
          throw new CliException(
              "last_access_epoch "
                  + Long.toUnsignedString(last)
                  + " cannot be in the past (current epoch is "
                  + epoch
                  + ")");
        }
      }
      PublicKey pda =
          ServiceabilityPdas.accessPass(program, ap.clientIp(), ap.userPayer()).address();
      PublicKey current = ap.tenantAllowlist().getFirst();
      Sender.sendQuietly(
          s,
          List.of(
              new SetAccessPass(ap.accesspassType(), ap.clientIp(), last, ap.allowsMultipleIp())
                  .toInstruction(
                      program,
                      new SetAccessPass.Accounts(
                          pda,
                          ServiceabilityPdas.globalState(program).address(),
                          ap.userPayer(),
                          Optional.of(new TenantSwapAccounts(current, PublicKey.DEFAULT)),
                          s.signer().publicKey()))));
    }
  }

  private void awaitUnreferenced(Session s) {
    Duration delay = Duration.ofSeconds(1);
    for (int attempt = 0; attempt < 8; attempt++) {
      sleep(delay);
      s.refresh();
      if (s.ledger().tenant(pubkey).value().referenceCount() == 0) {
        return;
      }
      delay =
          delay.multipliedBy(2).compareTo(Duration.ofSeconds(32)) > 0
              ? Duration.ofSeconds(32)
              : delay.multipliedBy(2);
    }
    throw new CliException("Timeout waiting for tenant reference_count to reach 0");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while waiting for the activator", e);
    }
  }
}
