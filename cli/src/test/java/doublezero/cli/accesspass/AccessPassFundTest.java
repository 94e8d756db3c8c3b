package doublezero.cli.accesspass;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `access-pass fund` end to end: a payer with a pass and no users is topped up to `--min-balance`
/// plus the wallet's rent (`--force` skips the prompt); `--dry-run` plans and sends nothing; a
/// funded payer needs nothing; a bad `--min-balance` is a usage error that sends nothing.
class AccessPassFundTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static PublicKey payer;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    payer = Keypair.generate().publicKey();
    CliRun.Result r =
        n.run("access-pass", "set", "--client-ip", "8.8.6.1", "--user-payer", payer.toBase58());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  @Test
  void fundsThePayerUpToTheMinimumBalance() {
    long me = n.rpc.getBalance(n.user());
    long before = n.rpc.getBalance(payer);
    CliRun.Result dry =
        n.run(
            "access-pass",
            "fund",
            "--user-payer",
            payer.toBase58(),
            "--min-balance",
            "2",
            "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains("Transfers to execute:", payer.toBase58(), "[dry-run] no transfers sent.");
    assertThat(n.rpc.getBalance(payer)).isEqualTo(before);
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(me);

    CliRun.Result r =
        n.run(
            "access-pass",
            "fund",
            "--user-payer",
            payer.toBase58(),
            "--min-balance",
            "2",
            "--force");
    assertThat(r.code()).as(r.err()).isZero();
    long walletRent = n.rpc.getMinimumBalanceForRentExemption(0);
    assertThat(n.rpc.getBalance(payer)).isEqualTo(2_000_000_000L + walletRent);
    assertThat(r.out()).contains("transferred ", " SOL to " + payer);
    assertThat(
            n.run(
                    "access-pass",
                    "fund",
                    "--user-payer",
                    payer.toBase58(),
                    "--min-balance",
                    "2",
                    "--force")
                .out())
        .isEqualTo("All user payers are sufficiently funded.\n");
  }

  @Test
  void badMinBalanceSendsNothing() {
    long me = n.rpc.getBalance(n.user());
    CliRun.Result r = n.run("access-pass", "fund", "--min-balance", "lots", "--force");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--min-balance");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(me);
  }
}
