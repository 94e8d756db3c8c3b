package doublezero.cli.accesspass;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.TenantSwapAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/// `doublezero access-pass set` (reference `smartcontract/cli/src/accesspass/set.rs`, SDK
/// `commands/accesspass/set.rs`): prints `AccessPass PDA: <pda>`, then sends SetAccessPass (#67)
/// and prints the signature. `--epochs` is `max` (u64::MAX), `0`, or a count added to the current
/// epoch; `--client-ip` defaults to 0.0.0.0 (a dynamic pass). The old and new tenant accounts
/// follow when either is set.
@Command(name = "set", description = "Set access pass")
final class AccessPassSetCommand extends CliCommand {
  /// The `--accesspass-type` values.
  enum Kind {
    PREPAID,
    SOLANA_VALIDATOR,
    SOLANA_RPC,
    OTHERS
  }

  /// Parses `prepaid`, `solana-validator`, `solana-rpc`, `others` (clap `ValueEnum` names).
  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String v) {
      return switch (v) {
        case "prepaid" -> Kind.PREPAID;
        case "solana-validator" -> Kind.SOLANA_VALIDATOR;
        case "solana-rpc" -> Kind.SOLANA_RPC;
        case "others" -> Kind.OTHERS;
        default ->
            throw new TypeConversionException(
                "invalid value '"
                    + v
                    + "' [possible values: prepaid, solana-validator, solana-rpc, others]");
      };
    }
  }

  @Option(
      names = "--accesspass-type",
      defaultValue = "prepaid",
      converter = KindConverter.class,
      description = "Specifies the access pass type")
  Kind type;

  @Option(
      names = "--client-ip",
      converter = Ipv4Converter.class,
      description = "Client IP address in IPv4 format")
  Ipv4Address clientIp;

  @Option(
      names = "--user-payer",
      required = true,
      description = "Specifies the payer of the access pass.")
  String userPayer;

  @Option(
      names = "--epochs",
      defaultValue = "max",
      description = "Specifies the number of epochs for the access pass.")
  String epochs;

  @Option(
      names = "--solana-validator",
      converter = PubkeyConverter.class,
      description = "Specifies the solana validator node id for the access pass.")
  PublicKey solanaValidator;

  @Option(
      names = "--allow-multiple-ip",
      description = "Allow multiple IP addresses for this access pass")
  boolean allowMultipleIp;

  @Option(names = "--others-name", description = "Specifies the name for other access pass types.")
  String othersName;

  @Option(names = "--others-key", description = "Specifies the key for other access pass types.")
  String othersKey;

  @Option(names = "--tenant", description = "Tenant code allowed for this access pass")
  String tenant;

  @Override
  protected void execute(Session s) {
    PublicKey payer = s.signer().publicKey();
    Sender.checkBalance(s, s.signer());
    PublicKey userPayerPk = MeKey.resolve(userPayer, payer);
    long epoch = s.rpc().getEpochInfo().epoch();
    long last = lastEpoch(epoch);
    AccessPassType apt =
        switch (type) {
          case PREPAID -> new AccessPassType.Prepaid();
          case SOLANA_VALIDATOR ->
              new AccessPassType.SolanaValidator(
                  Optional.ofNullable(solanaValidator)
                      .orElseThrow(
                          () ->
                              new CliException(
                                  "Solana validator access pass type requires --solana-validator"
                                      + " <PUBKEY>")));
          case SOLANA_RPC ->
              new AccessPassType.SolanaRpc(
                  solanaValidator == null ? PublicKey.DEFAULT : solanaValidator);
          case OTHERS -> {
            if (othersName == null || othersKey == null) {
              throw new CliException(
                  "Others access pass type requires --others-name <STRING> and --others-key"
                      + " <STRING>");
            }
            yield new AccessPassType.Others(othersName, othersKey);
          }
        };
    PublicKey program = s.connection().programId();
    PublicKey tenantPk = PublicKey.DEFAULT;
    if (tenant != null) {
      if (tenant.getBytes(StandardCharsets.UTF_8).length > 32) {
        throw new CliException("Tenant code '" + tenant + "' exceeds 32 bytes");
      }
      tenantPk = ServiceabilityPdas.tenant(program, tenant).address();
    }
    Ipv4Address ip = clientIp == null ? Ipv4Address.UNSPECIFIED : clientIp;
    PublicKey pda = ServiceabilityPdas.accessPass(program, ip, userPayerPk).address();
    s.out().println("AccessPass PDA: " + pda);
    s.out().flush();
    LedgerView l = s.ledger();
    if (l.globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
    if (last > 0 && last != -1L && Long.compareUnsigned(last, epoch) < 0) {
      throw new CliException(
          "last_access_epoch "
              + Long.toUnsignedString(last)
              + " cannot be in the past (current "
              + "epoch is "
              + epoch
              + ")");
    }
    PublicKey current =
        l.get(pda, AccessPass.class)
            .flatMap(p -> p.tenantAllowlist().stream().findFirst())
            .orElse(PublicKey.DEFAULT);
    Optional<TenantSwapAccounts> swap =
        current.equals(PublicKey.DEFAULT) && tenantPk.equals(PublicKey.DEFAULT)
            ? Optional.empty()
            : Optional.of(new TenantSwapAccounts(current, tenantPk));
    Sender.send(
        s,
        new SetAccessPass(apt, ip, last, allowMultipleIp)
            .toInstruction(
                program,
                new SetAccessPass.Accounts(
                    pda,
                    ServiceabilityPdas.globalState(program).address(),
                    userPayerPk,
                    swap,
                    payer)));
  }

  private long lastEpoch(long epoch) {
    return switch (epochs.toLowerCase(Locale.ROOT)) {
      case "0" -> 0;
      case "max" -> -1L;
      default -> {
        try {
          yield Math.addExact(epoch, Long.parseUnsignedLong(epochs));
        } catch (NumberFormatException e) {
          throw new CliException(
              epochs.isEmpty()
                  ? "cannot parse integer from empty string"
                  : "invalid digit found in string");
        } catch (ArithmeticException e) {
          throw new CliException("attempt to add with overflow");
        }
      }
    };
  }
}
