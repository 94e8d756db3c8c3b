package doublezero.cli.write;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.programs.DoubleZeroPrograms;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Sends through the CLI to an in-process localnet running the serviceability port: `init`
/// (InitGlobalState, ported) succeeds and prints the signature; argument mistakes are usage errors
/// that send nothing.
@NeedsLedgerInternals("a fresh ledger: runs init (InitGlobalState) through the CLI")
class WriteCommandsTest {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  @TempDir static Path dir;
  static Localnet net;
  static RpcClient rpc;
  static CliRun cli;
  static PublicKey me;

  @BeforeAll
  static void start() {
    net =
        Localnet.start(
            DoubleZeroPrograms.install(
                LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
                Environment.LOCAL));
    rpc =
        new RpcClient(net.rpcUrl(), RpcClientConfig.DEFAULTS.withCommitment(Commitment.CONFIRMED));
    cli = new CliRun(dir.resolve("home"));
    assertThat(cli.run("keygen").code()).isZero();
    me = KeypairFile.read(dir.resolve("home/.config/doublezero/id.json")).publicKey();
    String sig = rpc.requestAirdrop(me, 10_000_000_000L);
    rpc.confirmTransaction(sig, Commitment.CONFIRMED, Long.MAX_VALUE, Duration.ofSeconds(20));
    assertThat(cli.run("config", "set", "--url", net.rpcUrl()).code()).isZero();
  }

  @AfterAll
  static void stop() {
    rpc.close();
    net.close();
  }

  @Test
  void initSendsAndPrintsTheSignature() {
    CliRun.Result r = cli.run("init");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    assertThat(rpc.getAccountInfo(ServiceabilityPdas.globalState(PROGRAM).address())).isPresent();
    assertThat(cli.run("balance").out()).matches("9\\.99\\d* Credits\n");
  }

  @Test
  void badArgumentsAreUsageErrorsAndSendNothing() {
    long before = rpc.getBalance(me);
    CliRun.Result badCode = cli.run("contributor", "create", "--code", "bad code!");
    assertThat(badCode.code()).isEqualTo(2);
    assertThat(badCode.err())
        .contains("name must be alphanumeric, `_`, `-`, or `:` only")
        .endsWith("\nFor more information, try '--help'.\n")
        .doesNotContain("Usage:");
    assertThat(badCode.err().lines()).hasSize(2);
    CliRun.Result badOwner = cli.run("contributor", "create", "--code", "co01", "--owner", "nope");
    assertThat(badOwner.code()).isEqualTo(2);
    assertThat(badOwner.err()).contains("invalid pubkey format");
    CliRun.Result unknown = cli.run("device", "suspend", "--pubkey", "no-such-device");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("Error: Device with code no-such-device not found\n");
    CliRun.Result missingKey =
        cli.run(
            "contributor",
            "create",
            "--code",
            "co01",
            "--keypair",
            dir.resolve("none.json").toString());
    assertThat(missingKey.code()).isEqualTo(1);
    assertThat(missingKey.err())
        .isEqualTo("Error: keypair file " + dir.resolve("none.json") + " does not exist\n");
    CliRun.Result unreachable =
        cli.run("contributor", "create", "--code", "co01", "--url", "http://127.0.0.1:9");
    assertThat(unreachable.code()).isEqualTo(1);
    assertThat(unreachable.err())
        .startsWith("Error: cannot reach the DoubleZero ledger at http://127.0.0.1:9");
    assertThat(rpc.getBalance(me)).isEqualTo(before);
  }
}
