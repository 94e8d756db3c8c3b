package doublezero.cli.accesspass;

import doublezero.cli.args.F64Converter;
import doublezero.cli.args.RustPubkeyConverter;
import doublezero.cli.args.U64Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/// `doublezero access-pass user-balances` (reference
/// `smartcontract/cli/src/accesspass/user_balances.rs`): one row per distinct access-pass payer
/// (ascending key): the pass slots it holds, its connected unicast (IBRL, IBRL with allocated IP)
/// and multicast users, its balance, what it should hold (rent of a 240-byte user × open slots + 50
/// × 5,000 lamports fee reserve + rent of a 0-byte wallet, as `access-pass fund` computes it) and
/// what it misses, in SOL with 9 decimals. Sorted by `--sort-by` (default `balance`) in
/// `--sort-order` (default `asc`; ties keep key order), filtered by the SOL bounds (inclusive), cut
/// to `--top`, numbered from 1. A psql table with `#` and the numbers right-aligned; rows missing
/// lamports are red when the output is a terminal.
@Command(
    name = "user-balances",
    description = "List unique user_payer addresses and their SOL balances")
final class AccessPassUserBalancesCommand extends CliCommand {
  static final List<String> HEADERS =
      List.of(
          "#",
          "user_payer",
          "access_passes",
          "connected_unicast",
          "connected_multicast",
          "balance",
          "required",
          "missing");
  static final Set<Integer> RIGHT = Set.of(0, 2, 3, 4, 5, 6, 7);

  /// The `--sort-by` columns (clap `ValueEnum` names in kebab case).
  enum SortColumn {
    BALANCE,
    ACCESS_PASSES,
    UNICAST,
    MULTICAST,
    REQUIRED,
    MISSING
  }

  /// The `--sort-order` values.
  enum SortOrder {
    ASC,
    DESC
  }

  /// @return clap's `ValueEnum` name of a variant: kebab case
  static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /// @throws TypeConversionException clap's `invalid value '<v>' [possible values: a, b]`
  static <E extends Enum<E>> E parse(Class<E> type, String v) {
    for (E e : type.getEnumConstants()) {
      if (kebab(e).equals(v)) {
        return e;
      }
    }
    throw new TypeConversionException(
        "invalid value '"
            + v
            + "' [possible values: "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> kebab(e)).toList())
            + "]");
  }

  /// `--sort-by` values.
  static final class SortColumnConverter implements ITypeConverter<SortColumn> {
    @Override
    public SortColumn convert(String v) {
      return parse(SortColumn.class, v);
    }
  }

  /// `--sort-order` values.
  static final class SortOrderConverter implements ITypeConverter<SortOrder> {
    @Override
    public SortOrder convert(String v) {
      return parse(SortOrder.class, v);
    }
  }

  @Option(
      names = "--user-payer",
      converter = RustPubkeyConverter.class,
      description = "Filter by user payer public key")
  PublicKey userPayer;

  @Option(
      names = "--min-balance",
      converter = F64Converter.class,
      description = "Minimum balance in SOL (inclusive)")
  Double minBalance;

  @Option(
      names = "--max-balance",
      converter = F64Converter.class,
      description = "Maximum balance in SOL (inclusive)")
  Double maxBalance;

  @Option(
      names = "--min-missing",
      converter = F64Converter.class,
      description = "Minimum missing amount in SOL (inclusive)")
  Double minMissing;

  @Option(
      names = "--max-missing",
      converter = F64Converter.class,
      description = "Maximum missing amount in SOL (inclusive)")
  Double maxMissing;

  @Option(
      names = "--sort-by",
      defaultValue = "balance",
      converter = SortColumnConverter.class,
      description = "Column to sort by")
  SortColumn sortBy;

  @Option(
      names = "--sort-order",
      defaultValue = "asc",
      converter = SortOrderConverter.class,
      description = "Sort order")
  SortOrder sortOrder;

  @Option(
      names = "--top",
      converter = U64Converter.class,
      description = "Limit results to the top N rows")
  Long top;

  /// One payer's figures, lamports.
  record Row(
      PublicKey payer,
      long passes,
      long unicast,
      long multicast,
      long balance,
      long required,
      long missing) {}

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    List<AccessPass> passes = l.all(AccessPass.class).stream().map(k -> k.value()).toList();
    long rentPerUser =
        s.rpc().getMinimumBalanceForRentExemption(AccessPassFundCommand.USER_RENT_BYTES);
    Map<PublicKey, Long> slots = new HashMap<>();
    for (AccessPass p : passes) {
      slots.merge(
          p.userPayer(),
          (long) (p.lastAccessEpoch() != 0 ? 1 : 0)
              + (p.mgroupPubAllowlist().isEmpty() && p.mgroupSubAllowlist().isEmpty() ? 0 : 1),
          Long::sum);
    }
    Map<PublicKey, Long> open = AccessPassFundCommand.openSlots(passes, l);
    Map<PublicKey, Long> unicast = new HashMap<>();
    Map<PublicKey, Long> multicast = new HashMap<>();
    for (var k : l.all(User.class)) {
      switch (k.value().userType()) {
        case IBRL, IBRL_WITH_ALLOCATED_IP -> unicast.merge(k.value().owner(), 1L, Long::sum);
        case MULTICAST -> multicast.merge(k.value().owner(), 1L, Long::sum);
        case EDGE_FILTERING -> {}
      }
    }
    List<PublicKey> payers =
        new ArrayList<>(new LinkedHashSet<>(passes.stream().map(AccessPass::userPayer).toList()));
    payers.sort(Comparator.comparing(PublicKey::toBytes, Arrays::compareUnsigned));
    if (userPayer != null) {
      payers.removeIf(p -> !p.equals(userPayer));
    }
    List<Optional<AccountInfo>> accounts =
        payers.isEmpty() ? List.of() : s.rpc().getMultipleAccounts(payers);
    long walletRent = s.rpc().getMinimumBalanceForRentExemption(0);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < payers.size(); i++) {
      PublicKey p = payers.get(i);
      long have = accounts.get(i).map(AccountInfo::lamports).orElse(0L);
      long required =
          rentPerUser * open.getOrDefault(p, 0L)
              + AccessPassFundCommand.GAS_FEE_RESERVE
              + walletRent;
      rows.add(
          new Row(
              p,
              slots.getOrDefault(p, 0L),
              unicast.getOrDefault(p, 0L),
              multicast.getOrDefault(p, 0L),
              have,
              required,
              Math.max(0, required - have)));
    }
    print(s, select(rows));
  }

  private List<Row> select(List<Row> rows) {
    Comparator<Row> by =
        switch (sortBy) {
          case BALANCE -> Comparator.comparingLong(Row::balance);
          case ACCESS_PASSES -> Comparator.comparingLong(Row::passes);
          case UNICAST -> Comparator.comparingLong(Row::unicast);
          case MULTICAST -> Comparator.comparingLong(Row::multicast);
          case REQUIRED -> Comparator.comparingLong(Row::required);
          case MISSING -> Comparator.comparingLong(Row::missing);
        };
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(sortOrder == SortOrder.DESC ? by.reversed() : by);
    return sorted.stream()
        .filter(r -> minBalance == null || r.balance() >= lamports(minBalance))
        .filter(r -> maxBalance == null || r.balance() <= lamports(maxBalance))
        .filter(r -> minMissing == null || r.missing() >= lamports(minMissing))
        .filter(r -> maxMissing == null || r.missing() <= lamports(maxMissing))
        .limit(top == null || top < 0 ? Long.MAX_VALUE : top)
        .toList();
  }

  /// @return Rust `(sol * 1e9) as u64`: saturating, NaN and negatives 0
  static long lamports(double sol) {
    double v = sol * 1_000_000_000.0;
    return Double.isNaN(v) || v <= 0 ? 0 : (long) v;
  }

  private void print(Session s, List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      cells.add(
          List.of(
              Integer.toString(i + 1),
              r.payer().toBase58(),
              Long.toString(r.passes()),
              Long.toString(r.unicast()),
              Long.toString(r.multicast()),
              sol(r.balance()),
              sol(r.required()),
              sol(r.missing())));
    }
    List<String> lines = PsqlTable.render(HEADERS, cells, RIGHT).lines().toList();
    boolean colour = s.env().stderrTty();
    for (int i = 0; i < lines.size(); i++) {
      boolean red = colour && i > 0 && rows.get(i - 1).missing() > 0;
      s.out().println(red ? "\u001b[31m" + lines.get(i) + "\u001b[0m" : lines.get(i));
    }
  }

  /// @param lamports an amount
  /// @return Rust `format!("{:.9}", lamports as f64 / 1e9)`: the f64 quotient rounded to 9 decimals
  static String sol(long lamports) {
    return new BigDecimal(lamports / 1_000_000_000.0)
        .setScale(9, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
