package doublezero.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.sdk.solana.key.KeypairFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path home;

  @Test
  void keygenWritesOwnerOnlyFileAndAddressReadsIt() throws Exception {
    CliRun cli = new CliRun(home);
    var r = cli.run("keygen");
    assertThat(r.code()).isZero();
    Path id = home.resolve(".config/doublezero/id.json");
    String pk = KeypairFile.read(id).publicKey().toBase58();
    assertThat(r.out()).isEqualTo("Pubkey: " + pk + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(id)))
        .isEqualTo("rw-------");
    assertThat(r.out() + r.err()).doesNotContain(Files.readString(id).substring(1, 20));
    assertThat(cli.run("address").out()).isEqualTo(pk + "\n");
    var again = cli.run("keygen");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).isEmpty();
    assertThat(again.err())
        .isEqualTo("Error: The file " + id + " already exists (use doublezero keygen -f)\n");
    assertThat(KeypairFile.read(id).publicKey().toBase58()).isEqualTo(pk);
    assertThat(cli.run("keygen", "-f").out()).doesNotContain(pk);
  }

  @Test
  void keypairFlagAndVariableTakePrecedence() {
    CliRun cli = new CliRun(home);
    cli.run("keygen", "-o", home.resolve("a.json").toString());
    cli.run("keygen", "-o", home.resolve("b.json").toString());
    String a = KeypairFile.read(home.resolve("a.json")).publicKey().toBase58();
    String b = KeypairFile.read(home.resolve("b.json")).publicKey().toBase58();
    cli.var("DOUBLEZERO_KEYPAIR", home.resolve("b.json").toString());
    assertThat(cli.run("address").out()).isEqualTo(b + "\n");
    assertThat(cli.run("address", "--keypair", home.resolve("a.json").toString()).out())
        .isEqualTo(a + "\n");
  }

  @Test
  void missingKeypairIsOneClearErrorExitOne() {
    var r = new CliRun(home).run("address");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "Error: DoubleZero keypair not found at " + home.resolve(".config/doublezero/id.json"))
        .doesNotContain("Exception");
  }

  @Test
  void unreachableLedgerNamesTheUrl() {
    CliRun cli = new CliRun(home);
    cli.run("keygen");
    var r = cli.run("balance", "--url", "http://127.0.0.1:9");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("Error: cannot reach the DoubleZero ledger at http://127.0.0.1:9")
        .doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
