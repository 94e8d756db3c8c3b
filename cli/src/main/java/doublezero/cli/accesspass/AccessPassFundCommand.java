package doublezero.cli.accesspass;

import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.system.SystemProgram;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero access-pass fund [--user-payer] [--min-balance SOL] [--dry-run] [--force]`
/// (reference `smartcontract/cli/src/accesspass/fund.rs`): for each access-pass payer, the lamports
/// it needs = rent of a 0-byte wallet + max(rent of a 240-byte user × open slots + 50 × 5,000 fee
/// reserve, min balance); sends one System transfer per payer short of that, after `Proceed? [y/N]:
/// ` unless `--force`.
@Command(name = "fund", description = "Fund user payers that have insufficient balance")
final class AccessPassFundCommand extends CliCommand {
  static final int USER_RENT_BYTES = 240;
  static final long GAS_FEE_RESERVE = 50 * 5_000L;

  @Option(
      names = "--user-payer",
      converter = PubkeyConverter.class,
      description = "Only fund this specific user payer")
  PublicKey userPayer;

  @Option(
      names = "--min-balance",
      description = "Minimum balance in SOL each payer should hold (in addition to rent)")
  Double minBalance;

  @Option(
      names = "--dry-run",
      description = "Dry run: print what would be transferred without sending")
  boolean dryRun;

  @Option(names = "--force", description = "Skip confirmation prompt and transfer immediately")
  boolean force;

  record Payer(Ipv4Address ip, PublicKey payer) {}

  record Deficit(PublicKey payer, long lamports) {}

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    List<AccessPass> passes = l.all(AccessPass.class).stream().map(k -> k.value()).toList();
    long rentPerUser = s.rpc().getMinimumBalanceForRentExemption(USER_RENT_BYTES);
    Map<PublicKey, Long> slots = openSlots(passes, l);
    List<PublicKey> payers =
        new ArrayList<>(new LinkedHashSet<>(passes.stream().map(AccessPass::userPayer).toList()));
    payers.sort(Comparator.comparing(PublicKey::toBytes, Arrays::compareUnsigned));
    if (userPayer != null) {
      payers.removeIf(p -> !p.equals(userPayer));
    }
    List<Optional<AccountInfo>> accounts =
        payers.isEmpty() ? List.of() : s.rpc().getMultipleAccounts(payers);
    long minLamports = minBalance == null ? 0 : (long) Math.max(0, minBalance * 1_000_000_000.0);
    long walletRent = s.rpc().getMinimumBalanceForRentExemption(0);
    List<Deficit> toFund = new ArrayList<>();
    for (int i = 0; i < payers.size(); i++) {
      long have = accounts.get(i).map(AccountInfo::lamports).orElse(0L);
      long need = rentPerUser * slots.getOrDefault(payers.get(i), 0L) + GAS_FEE_RESERVE;
      long required = walletRent + Math.max(need, minLamports);
      if (required > have) {
        toFund.add(new Deficit(payers.get(i), required - have));
      }
    }
    PrintWriter out = s.out();
    if (toFund.isEmpty()) {
      out.println("All user payers are sufficiently funded.");
      return;
    }
    if (plan(s, toFund) && confirm(s)) {
      for (Deficit d : toFund) {
        String sig =
            Sender.sendQuietly(
                s,
                List.of(SystemProgram.transfer(s.signer().publicKey(), d.payer(), d.lamports())));
        out.println(
            "transferred " + sol(d.lamports()) + " SOL to " + d.payer() + " (sig: " + sig + ")");
        out.flush();
      }
    }
  }

  /// @return slots per payer: per (payer, ip), +1 for a pass with a non-zero last epoch and +1 for
  ///   one with any multicast allowlist entry, minus the users connected from that ip (saturating),
  ///   summed per payer
  static Map<PublicKey, Long> openSlots(List<AccessPass> passes, LedgerView l) {
    Map<Payer, Long> byIp = new HashMap<>();
    for (AccessPass p : passes) {
      long c =
          (p.lastAccessEpoch() != 0 ? 1 : 0)
              + (p.mgroupPubAllowlist().isEmpty() && p.mgroupSubAllowlist().isEmpty() ? 0 : 1);
      byIp.merge(new Payer(p.clientIp(), p.userPayer()), c, Long::sum);
    }
    Map<Payer, Long> connected = new HashMap<>();
    for (var k : l.all(User.class)) {
      if (k.value().userType() != UserType.EDGE_FILTERING) {
        connected.merge(new Payer(k.value().clientIp(), k.value().owner()), 1L, Long::sum);
      }
    }
    Map<PublicKey, Long> out = new HashMap<>();
    byIp.forEach(
        (key, n) ->
            out.merge(key.payer(), Math.max(0, n - connected.getOrDefault(key, 0L)), Long::sum));
    return out;
  }

  private boolean plan(Session s, List<Deficit> toFund) {
    PrintWriter out = s.out();
    long total = toFund.stream().mapToLong(Deficit::lamports).sum();
    PublicKey sender = s.signer().publicKey();
    long balance = s.rpc().getBalance(sender);
    out.println("Transfers to execute:");
    for (int i = 0; i < toFund.size(); i++) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %3d. %s  %s SOL",
              i + 1,
              toFund.get(i).payer(),
              sol(toFund.get(i).lamports())));
    }
    String head =
        "Total:  " + sol(total) + " SOL  (sender " + sender + ": " + sol(balance) + " SOL";
    out.println(
        balance < total
            ? head + " — WARNING: insufficient, short " + sol(total - balance) + " SOL)"
            : head + ")");
    if (dryRun) {
      out.println("[dry-run] no transfers sent.");
      return false;
    }
    return true;
  }

  private boolean confirm(Session s) {
    if (force) {
      return true;
    }
    s.out().print("Proceed? [y/N]: ");
    s.out().flush();
    String answer;
    try {
      answer =
          new BufferedReader(new InputStreamReader(s.env().stdin(), StandardCharsets.UTF_8))
              .readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
      s.out().println("Aborted.");
      return false;
    }
    return true;
  }

  static String sol(long lamports) {
    return String.format(Locale.ROOT, "%.9f", lamports / 1_000_000_000.0);
  }
}
