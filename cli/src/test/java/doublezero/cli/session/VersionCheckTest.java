package doublezero.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.DoubleZeroPrograms;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference's program-version check (`checkversion.rs`) against a ledger whose ProgramConfig
/// says a newer program, or a newer minimum client, than this CLI: a warning on stderr, or a
/// refusal with exit code 1.
@NeedsLedgerInternals(
    "seeded accounts: a ProgramConfig naming a newer program version written straight into the"
        + " ledger")
class VersionCheckTest {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();

  @Test
  void newerProgramWarnsAndNewerMinimumRefuses(@TempDir Path dir) throws Exception {
    CliRun warn =
        withProgramConfig(
            dir.resolve("warn"), new ProgramVersion(0, 13, 0), new ProgramVersion(0, 7, 1));
    CliRun.Result r = warn.run("device", "list");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "A new version of the client is available: 0.12.0 → 0.13.0\n"
                + "We recommend updating to the latest version for the best experience.\n");
    assertThat(warn.run("device", "list", "--no-version-warning").err()).isEmpty();
    CliRun refuse =
        withProgramConfig(
            dir.resolve("refuse"), new ProgramVersion(1, 0, 0), new ProgramVersion(0, 13, 0));
    CliRun.Result no = refuse.run("device", "list");
    assertThat(no.code()).isEqualTo(1);
    assertThat(no.err())
        .isEqualTo(
            "Error: A new version of the client is available: 0.12.0 → 0.13.0\n"
                + "Your client version is no longer up to date. Please update it before continuing"
                + " to use the client.\n");
    assertThat(refuse.run("address").code()).as("address is exempt").isZero();
  }

  private static CliRun withProgramConfig(Path dir, ProgramVersion version, ProgramVersion min) {
    var pda = ServiceabilityPdas.programConfig(PROGRAM);
    byte[] data = new ProgramConfig(pda.bump(), version, min).encode();
    Localnet net =
        Localnet.start(
            DoubleZeroPrograms.install(
                LocalnetConfig.ephemeral(dir.resolve("ledger")), Environment.LOCAL));
    net.node()
        .writeAccounts(
            Map.of(
                pda.address(),
                new Account(
                    Rent.minimumBalance(data.length),
                    PROGRAM,
                    data,
                    false,
                    Account.RENT_EXEMPT_EPOCH)))
        .join();
    CliRun cli = new CliRun(dir.resolve("home"));
    cli.run("keygen");
    cli.run("config", "set", "--url", net.rpcUrl());
    Runtime.getRuntime().addShutdownHook(new Thread(net::close));
    return cli;
  }
}
