package doublezero.cli.resource;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.ErrorText;
import doublezero.cli.resource.ResourceDiscrepancy.AllocatedButNotUsed;
import doublezero.cli.resource.ResourceDiscrepancy.DuplicateUsage;
import doublezero.cli.resource.ResourceDiscrepancy.ExtensionNotFound;
import doublezero.cli.resource.ResourceDiscrepancy.UsedButNotAllocated;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.AllocateResource;
import doublezero.sdk.serviceability.instruction.CreateResource;
import doublezero.sdk.serviceability.instruction.DeallocateResource;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero resource verify [--fix]` (reference `smartcontract/cli/src/resource/verify.rs`):
/// prints the "Resource Verification Report" of [ResourceAudit]; with `--fix` it creates missing
/// extensions (CreateResource), re-verifies, skips duplicate usages, then after `Should this be
/// fixed? [y/N]: ` (read from stdin; `y`/`yes`) deallocates orphaned values (DeallocateResource)
/// and allocates missing ones (AllocateResource with the value). A failed fix prints `FAILED:
/// <error>` and the others go on, as in the reference.
@Command(name = "verify", description = "Verify resource allocations against onchain accounts")
final class ResourceVerifyCommand extends CliCommand {
  @Option(names = "--fix", description = "Automatically fix discrepancies after confirmation")
  boolean fix;

  @Override
  protected void execute(Session s) {
    ResourceAudit.Result result = ResourceAudit.run(s.ledger());
    PrintWriter out = s.out();
    summary(out, result.checked());
    if (result.ok()) {
      out.println("No discrepancies found.");
      return;
    }
    out.println("Discrepancies found: " + result.discrepancies().size());
    out.println();
    List<ResourceDiscrepancy> all = result.discrepancies();
    List<ExtensionNotFound> missing = of(all, ExtensionNotFound.class);
    section(
        out,
        "Resource Extensions Not Found:",
        "------------------------------",
        missing,
        d -> "  " + d.type(),
        fix ? null : "  Hint: use --fix to create missing resource extensions.");
    section(
        out,
        "Allocated but not used (may indicate orphaned allocations):",
        "-----------------------------------------------------------",
        of(all, AllocatedButNotUsed.class),
        d -> "  " + d.type() + " = " + d.value(),
        null);
    section(
        out,
        "Used but not allocated (may indicate missing allocations):",
        "----------------------------------------------------------",
        of(all, UsedButNotAllocated.class),
        d ->
            "  "
                + d.type()
                + " = "
                + d.value()
                + " (used by "
                + d.accountKind()
                + " "
                + d.account()
                + ")",
        null);
    section(
        out,
        "Duplicate usage (same resource used by multiple accounts):",
        "-----------------------------------------------------------",
        of(all, DuplicateUsage.class),
        d -> "  " + d.line(),
        null);
    if (fix) {
      fix(s, missing.isEmpty() ? all : recheckAfterCreating(s, missing));
    }
  }

  private static void summary(PrintWriter out, ResourceAudit.Checked c) {
    out.println("Resource Verification Report");
    out.println("============================");
    out.println();
    out.println("Resources checked:");
    out.println("  UserTunnelBlock:     " + c.userTunnelBlock());
    out.println("  TunnelIds:           " + c.tunnelIds());
    out.println("  DzPrefixBlock:       " + c.dzPrefixBlock());
    out.println("  DeviceTunnelBlock:   " + c.deviceTunnelBlock());
    out.println("  SegmentRoutingIds:   " + c.segmentRoutingIds());
    out.println("  LinkIds:             " + c.linkIds());
    out.println("  MulticastGroupBlock: " + c.multicastGroupBlock());
    out.println();
  }

  static <T extends ResourceDiscrepancy> List<T> of(List<ResourceDiscrepancy> all, Class<T> kind) {
    return all.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  private static <T> void section(
      PrintWriter out,
      String title,
      String rule,
      List<T> items,
      Function<T, String> line,
      String hint) {
    if (items.isEmpty()) {
      return;
    }
    out.println(title);
    out.println(rule);
    items.forEach(d -> out.println(line.apply(d)));
    if (hint != null) {
      out.println(hint);
    }
    out.println();
  }

  private List<ResourceDiscrepancy> recheckAfterCreating(
      Session s, List<ExtensionNotFound> missing) {
    PrintWriter out = s.out();
    out.println("Creating missing resource extensions...");
    PublicKey program = s.connection().programId();
    for (ExtensionNotFound d : missing) {
      out.print("  CREATE " + d.type() + " ...");
      out.flush();
      attempt(
          out,
          " OK (signature: %s)",
          " FAILED: %s",
          () ->
              new CreateResource(d.type())
                  .toInstruction(
                      program,
                      new CreateResource.Accounts(
                          ResourceArgs.address(program, d.type()),
                          ResourceArgs.associated(d.type()),
                          globalState(s),
                          ServiceabilityPdas.globalConfig(program).address(),
                          s.signer().publicKey())),
          s);
    }
    out.println();
    out.println("Re-verifying resources after extension creation...");
    s.refresh();
    List<ResourceDiscrepancy> fresh = ResourceAudit.run(s.ledger()).discrepancies();
    out.println();
    return fresh;
  }

  private void fix(Session s, List<ResourceDiscrepancy> found) {
    PrintWriter out = s.out();
    List<DuplicateUsage> dups = of(found, DuplicateUsage.class);
    if (!dups.isEmpty()) {
      out.println("Warning: skipping duplicate usages (must be resolved manually):");
      dups.forEach(d -> out.println("  " + d.line()));
      out.println();
    }
    List<AllocatedButNotUsed> orphans =
        of(found, AllocatedButNotUsed.class).stream()
            .filter(d -> !duplicated(dups, d.type(), d.value()))
            .toList();
    List<UsedButNotAllocated> absent =
        of(found, UsedButNotAllocated.class).stream()
            .filter(d -> !duplicated(dups, d.type(), d.value()))
            .toList();
    if (orphans.isEmpty() && absent.isEmpty()) {
      return;
    }
    out.println("Proposed fixes:");
    out.println("--------------");
    orphans.forEach(d -> out.println("  DEALLOCATE " + d.type() + " = " + d.value()));
    absent.forEach(d -> out.println("  ALLOCATE " + d.type() + " = " + d.value()));
    out.println();
    out.print("Should this be fixed? [y/N]: ");
    out.flush();
    String answer = readLine(s).trim().toLowerCase(Locale.ROOT);
    if (!answer.equals("y") && !answer.equals("yes")) {
      out.println("Aborted.");
      return;
    }
    out.println();
    out.println("Applying fixes...");
    PublicKey program = s.connection().programId();
    for (AllocatedButNotUsed d : orphans) {
      out.println("  Deallocating " + d.type() + " = " + d.value() + " ...");
      attempt(
          out,
          "    OK (signature: %s)",
          "    FAILED: %s",
          () ->
              new DeallocateResource(d.type(), d.value())
                  .toInstruction(
                      program, ResourceCommand.association(s, d.type(), s.signer().publicKey())),
          s);
    }
    for (UsedButNotAllocated d : absent) {
      out.println("  Allocating " + d.type() + " = " + d.value() + " ...");
      attempt(
          out,
          "    OK (signature: %s)",
          "    FAILED: %s",
          () ->
              new AllocateResource(d.type(), Optional.of(d.value()))
                  .toInstruction(
                      program, ResourceCommand.association(s, d.type(), s.signer().publicKey())),
          s);
    }
    out.println();
    out.println("Done.");
  }

  private static boolean duplicated(List<DuplicateUsage> dups, ResourceType t, IdOrIp v) {
    return dups.stream().anyMatch(d -> d.type().equals(t) && d.value().equals(v));
  }

  private static PublicKey globalState(Session s) {
    return ResourceCommand.gs(s);
  }

  /// Sends one fix; prints `ok` or `failed` with the signature or the error text, and goes on
  /// either way.
  private static void attempt(
      PrintWriter out, String ok, String failed, Supplier<Instruction> ix, Session s) {
    try {
      out.println(String.format(ok, Sender.sendQuietly(s, List.of(ix.get()))));
    } catch (RuntimeException e) {
      out.println(String.format(failed, ErrorText.of(e)));
    }
    out.flush();
  }

  private static String readLine(Session s) {
    try {
      String line =
          new BufferedReader(new InputStreamReader(s.env().stdin(), StandardCharsets.UTF_8))
              .readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
