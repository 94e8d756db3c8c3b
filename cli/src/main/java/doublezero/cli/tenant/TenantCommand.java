package doublezero.cli.tenant;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.args.U64Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.instruction.TenantAccounts;
import doublezero.sdk.serviceability.instruction.UpdateTenant;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero tenant create|update|list|get|delete|administrator add|remove` (reference
/// `smartcontract/cli/src/tenant/*.rs`, SDK `commands/tenant/*.rs`): CreateTenant (#88) with
/// `[tenant PDA(code), globalstate, vrf_ids, payer, system]`, UpdateTenant (#89) with `[tenant,
/// globalstate (read-only), payer, system]`; delete in [TenantDeleteCommand], administrators in
/// [TenantAdministratorCommand].
@Command(
    name = "tenant",
    description = "Manage tenants.",
    subcommands = {
      TenantCommand.Create.class,
      TenantCommand.Update.class,
      TenantCommand.ListCmd.class,
      TenantCommand.Get.class,
      TenantDeleteCommand.class,
      TenantAdministratorCommand.class
    })
public final class TenantCommand extends GroupCommand {

  /// @param s the session
  /// @param tenant the tenant account
  /// @return `[tenant, globalstate, payer, system]`
  static TenantAccounts accounts(Session s, PublicKey tenant) {
    return new TenantAccounts(
        tenant,
        ServiceabilityPdas.globalState(s.connection().programId()).address(),
        s.signer().publicKey());
  }

  @Command(name = "create", description = "Create a new tenant.")
  static final class Create extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Unique tenant code.")
    String code;

    @Option(
        names = "--administrator",
        defaultValue = "me",
        converter = PubkeyOrCodeConverter.class,
        description = "Administrator pubkey or `me` (default: me).")
    String administrator;

    @Option(names = "--token-account", description = "Token account for billing.")
    String tokenAccount;

    @Option(names = "--metro-routing", description = "Enable metro routing.")
    boolean metroRouting;

    @Option(names = "--route-liveness", description = "Enable route liveness.")
    boolean routeLiveness;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      if (s.ledger().all(Tenant.class).stream().anyMatch(k -> k.value().code().equals(code))) {
        throw new CliException("Tenant with code '" + code + "' already exists");
      }
      PublicKey admin = MeKey.resolve(administrator, payer);
      Optional<PublicKey> token = Optional.ofNullable(tokenAccount).map(MeKey::fromStr);
      if (s.ledger().globalState().isEmpty()) {
        throw new CliException("Globalstate not initialized");
      }
      PublicKey program = s.connection().programId();
      Sender.send(
          s,
          new CreateTenant(code, admin, token, metroRouting, routeLiveness)
              .toInstruction(
                  program,
                  new CreateTenant.Accounts(
                      ServiceabilityPdas.tenant(program, code).address(),
                      ServiceabilityPdas.globalState(program).address(),
                      ServiceabilityPdas.vrfIds(program).address(),
                      payer)));
    }
  }

  @Command(name = "update", description = "Update an existing tenant.")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Tenant pubkey or code to update.")
    String pubkey;

    @Option(names = "--vrf-id", converter = U16Converter.class, description = "VRF id.")
    Integer vrfId;

    @Option(names = "--token-account", description = "Token account for billing.")
    String tokenAccount;

    @Option(names = "--metro-routing", arity = "1", description = "Metro routing (true|false).")
    Boolean metroRouting;

    @Option(names = "--route-liveness", arity = "1", description = "Route liveness (true|false).")
    Boolean routeLiveness;

    @Option(
        names = "--billing-rate",
        converter = U64Converter.class,
        description = "Billing rate in lamports per epoch.")
    Long billingRate;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Tenant> t = s.ledger().tenant(pubkey);
      Optional<PublicKey> token = Optional.ofNullable(tokenAccount).map(MeKey::fromStr);
      Optional<TenantBillingConfig> billing =
          Optional.ofNullable(billingRate)
              .map(
                  rate ->
                      new TenantBillingConfig.FlatPerEpoch(
                          rate,
                          ((TenantBillingConfig.FlatPerEpoch) t.value().billing())
                              .lastDeductionDzEpoch()));
      Sender.send(
          s,
          new UpdateTenant(
                  Optional.ofNullable(vrfId),
                  token,
                  Optional.ofNullable(metroRouting),
                  Optional.ofNullable(routeLiveness),
                  billing)
              .toInstruction(s.connection().programId(), accounts(s, t.key())));
    }
  }

  @Command(name = "list", description = "List all tenants.")
  static final class ListCmd extends CliCommand {
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      Listing.print(
          s.out(),
          TenantDisplays.LIST_HEADERS,
          s.ledger().all(Tenant.class).stream()
              .sorted(TenantDisplays.ORDER)
              .map(TenantDisplays::row)
              .toList(),
          format);
    }
  }

  @Command(name = "get", description = "Get details for a specific tenant.")
  static final class Get extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Tenant pubkey or code to get details for.")
    String code;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      Detail.print(s.out(), TenantDisplays.detail(s.ledger().tenant(code)), json);
    }
  }
}
