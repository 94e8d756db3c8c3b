package doublezero.cli.globalconfig;

import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Hidden `doublezero global-config feature-flags get|set` (reference
/// `smartcontract/cli/src/globalconfig/ featureflags/*.rs`). `get` prints `Enabled feature flags:
/// a, b (raw: N)` or `No feature flags enabled (raw: N)`; `set [--enable f,…] [--disable f,…]`
/// sends SetFeatureFlags (#94) `[globalstate, payer, system]` with the current mask, enabled bits
/// set, then disabled bits cleared.
@Command(
    name = "feature-flags",
    hidden = true,
    description = "Manage feature flags.",
    subcommands = {FeatureFlagsCommand.Get.class, FeatureFlagsCommand.Set.class})
final class FeatureFlagsCommand extends GroupCommand {

  @Command(name = "get", description = "Get the current feature flags.")
  static final class Get extends CliCommand {
    @Override
    protected void execute(Session s) {
      FeatureFlags flags = GlobalConfigCommand.globalState(s).featureFlags();
      String names =
          Arrays.stream(FeatureFlag.values())
              .filter(flags::isSet)
              .map(FeatureFlag::rustDisplay)
              .collect(Collectors.joining(", "));
      s.out()
          .println(
              names.isEmpty()
                  ? "No feature flags enabled (raw: " + flags.bits() + ")"
                  : "Enabled feature flags: " + names + " (raw: " + flags.bits() + ")");
    }
  }

  @Command(name = "set", description = "Set feature flags.")
  static final class Set extends CliCommand {
    @Option(
        names = "--enable",
        split = ",",
        description = "Feature flags to enable (comma-separated).")
    List<String> enable = new ArrayList<>();

    @Option(
        names = "--disable",
        split = ",",
        description = "Feature flags to disable (comma-separated).")
    List<String> disable = new ArrayList<>();

    @Override
    protected void execute(Session s) {
      if (enable.isEmpty() && disable.isEmpty()) {
        throw new CliException("at least one of --enable or --disable must be provided");
      }
      Sender.checkBalance(s, s.signer());
      GlobalState gs = GlobalConfigCommand.globalState(s);
      FeatureFlags mask = gs.featureFlags();
      for (String f : enable) {
        mask = mask.with(parse(f));
      }
      for (String f : disable) {
        mask = mask.without(parse(f));
      }
      PublicKey p = s.connection().programId();
      Sender.send(
          s,
          new SetFeatureFlags(mask.bits())
              .toInstruction(
                  p,
                  new GlobalStateAccounts(
                      ServiceabilityPdas.globalState(p).address(), s.signer().publicKey())));
    }

    private static FeatureFlag parse(String text) {
      return Arrays.stream(FeatureFlag.values())
          .filter(f -> f.rustDisplay().equals(text))
          .findFirst()
          .orElseThrow(() -> new CliException("unknown feature flag: " + text));
    }
  }
}
