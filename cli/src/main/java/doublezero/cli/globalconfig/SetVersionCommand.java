package doublezero.cli.globalconfig;

import doublezero.cli.args.Unsigned;
import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.ProgramConfigAccounts;
import doublezero.sdk.serviceability.instruction.SetMinVersion;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/// Hidden `doublezero global-config set-version --min-compatible-version <x.y.z>` (reference
/// `smartcontract/cli/src/globalconfig/setversion.rs`): SetMinVersion (#79). Project deviation: the
/// accounts are the program's `[program_config, globalstate, payer, system]`; the v0.12.0 SDK sends
/// `[globalstate, payer, system]`, which its own program rejects (`docs/compatibility.md`, SDK
/// `SetMinVersion`).
@Command(
    name = "set-version",
    hidden = true,
    description = "Set the minimum compatible client version.")
final class SetVersionCommand extends CliCommand {
  @Option(
      names = "--min-compatible-version",
      required = true,
      converter = VersionConverter.class,
      description = "Minimum compatible client version (e.g. 1.0.0).")
  ProgramVersion version;

  @Override
  protected void execute(Session s) {
    Sender.checkBalance(s, s.signer());
    GlobalConfigCommand.globalState(s);
    PublicKey p = s.connection().programId();
    Sender.send(
        s,
        new SetMinVersion(version.major(), version.minor(), version.patch())
            .toInstruction(
                p,
                new ProgramConfigAccounts(
                    ServiceabilityPdas.programConfig(p).address(),
                    ServiceabilityPdas.globalState(p).address(),
                    s.signer().publicKey())));
  }

  /// `major.minor.patch`, each a u32, with the reference `ProgramVersion::from_str` messages.
  static final class VersionConverter implements ITypeConverter<ProgramVersion> {
    @Override
    public ProgramVersion convert(String value) {
      String[] parts = value.split("\\.", -1);
      if (parts.length != 3) {
        throw new TypeConversionException("Invalid version format");
      }
      String[] names = {"major", "minor", "patch"};
      long[] v = new long[3];
      for (int i = 0; i < 3; i++) {
        try {
          v[i] = Unsigned.parse(parts[i], 32);
        } catch (IllegalArgumentException e) {
          throw new TypeConversionException("Invalid " + names[i] + " version");
        }
      }
      return new ProgramVersion(v[0], v[1], v[2]);
    }
  }
}
