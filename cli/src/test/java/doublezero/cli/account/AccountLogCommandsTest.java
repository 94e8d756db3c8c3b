package doublezero.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.TransactionDetails;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `account --pubkey [--logs]` and `log --pubkey` end to end: a contributor created and updated
/// through the CLI, then its decoded state, its transactions (reference
/// `smartcontract/cli/src/account.rs`) and its program logs (`logcommand.rs`); rejected inputs.
class AccountLogCommandsTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static DecodedAccount<Contributor> contributor;
  static String createSig;
  static String updateSig;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    createSig = signature(n.run("contributor", "create", "--code", "acct01"));
    contributor =
        n.client.getAll(AccountType.CONTRIBUTOR, Contributor.class).stream()
            .filter(a -> a.state().code().equals("acct01"))
            .findFirst()
            .orElseThrow();
    updateSig =
        signature(
            n.run(
                "contributor",
                "update",
                "--pubkey",
                contributor.address().toBase58(),
                "--code",
                "acct02"));
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static String signature(CliRun.Result r) {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Signature: ");
    return r.out().substring("Signature: ".length()).trim();
  }

  static TransactionDetails tx(String sig) {
    return n.rpc.getTransaction(sig).orElseThrow();
  }

  static String time(String sig) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC)
        .format(Instant.ofEpochSecond(tx(sig).blockTime().orElseThrow()));
  }

  static List<String> logs(String sig) {
    return tx(sig).meta().orElseThrow().logMessages();
  }

  String header() {
    Contributor c = n.client.get(contributor.address(), Contributor.class).orElseThrow().state();
    return "Contributor (account_type: contributor, owner: "
        + c.owner()
        + ", index: "
        + c.index()
        + ", bump_seed: "
        + c.bumpSeed()
        + ", code: acct02, ops_manager_pk: "
        + c.opsManagerPk()
        + ")\n\nTransactions:\n";
  }

  String line(String sig, String ix) {
    return time(sig) + ": " + ix + "\n\t\t\tpubkey: " + n.user() + ", signature: " + sig + "\n";
  }

  @Test
  void accountShowsTheDecodedStateAndItsTransactionsNewestFirst() {
    CliRun.Result r = n.run("account", "--pubkey", contributor.address().toBase58());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            header()
                + line(
                    updateSig,
                    "UpdateContributor (code: Some(\"acct02\"), owner: None, ops_manager_pk: None)")
                + line(createSig, "CreateContributor (code: acct01)"));
  }

  @Test
  void accountWithLogsAddsEachTransactionsLogLines() {
    CliRun.Result r = n.run("account", "--pubkey", contributor.address().toBase58(), "--logs");
    assertThat(r.code()).as(r.err()).isZero();
    StringBuilder want = new StringBuilder(header());
    want.append(
        line(
            updateSig,
            "UpdateContributor (code: Some(\"acct02\"), owner: None, ops_manager_pk: None)"));
    logs(updateSig).forEach(l -> want.append("  - ").append(l).append('\n'));
    want.append('\n');
    want.append(line(createSig, "CreateContributor (code: acct01)"));
    logs(createSig).forEach(l -> want.append("  - ").append(l).append('\n'));
    want.append('\n');
    assertThat(r.out()).isEqualTo(want.toString());
    assertThat(logs(createSig))
        .isNotEmpty()
        .first()
        .asString()
        .startsWith("Program " + LocalCliNetwork.PROGRAM);
  }

  @Test
  void logPrintsTheProgramLogLinesNewestTransactionFirst() {
    CliRun.Result r = n.run("log", "--pubkey", contributor.address().toBase58());
    assertThat(r.code()).as(r.err()).isZero();
    StringBuilder want = new StringBuilder();
    logs(updateSig).forEach(l -> want.append(l).append('\n'));
    logs(createSig).forEach(l -> want.append(l).append('\n'));
    assertThat(r.out()).isEqualTo(want.toString());
    CliRun.Result none = n.run("log", "--pubkey", Keypair.generate().publicKey().toBase58());
    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.out()).isEmpty();
  }

  @Test
  void anAccountOfAnotherProgramIsNoneWithItsTransactions() {
    CliRun.Result r = n.run("account", "--pubkey", n.user().toBase58());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("None ()\n\nTransactions:\n")
        .contains("UpdateContributor (code: Some(\"acct02\")")
        .contains(updateSig);
  }

  @Test
  void decodeStillWorksUnderTheAccountGroup() {
    byte[] data = n.rpc.getAccountInfo(contributor.address()).orElseThrow().data();
    CliRun.Result r =
        n.run(
            "account",
            "decode",
            "--program",
            "serviceability",
            "--base64",
            Base64.getEncoder().encodeToString(data));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("acct02");
  }

  @Test
  void rejectedInputs() {
    for (String[] args :
        List.of(
            new String[] {"account", "--pubkey", "not-a-key"},
            new String[] {"account", "--pubkey", "11111111111111111111111111111111"},
            new String[] {"log", "--pubkey", "xyz"})) {
      CliRun.Result r = n.run(args);
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("Invalid pubkey");
      assertThat(r.out()).isEmpty();
    }
    PublicKey unknown = Keypair.generate().publicKey();
    CliRun.Result r = n.run("account", "--pubkey", unknown.toBase58());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error: AccountNotFound: pubkey=" + unknown + "\n");
    assertThat(r.out()).isEmpty();
    CliRun.Result missing = n.run("account");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--pubkey");
  }
}
